"""The pump back-ends the contract suite runs against.

Each entry is a factory: ``factory(url_options) -> context manager yielding a Harness``.
A harness gives the :class:`~itb_console.device.pump_api.Pump` under test and a tester control with
at least ``advance(seconds)``, ``set_reservoir(calculated_nl, true_nl)``,
``set_battery_days_left(days)``, ``raise_alarm(code)``, ``set_over_infusion(percent)``
and ``true_residual_nl()``. A new back-end joins the suite by adding its factory here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.emulator import Emulator
from itb_console.device.pump_api import Pump
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.serial_pump import SerialPump
from itb_console.device.simulated import SimulatedPump

START = 1_767_225_600.0  # 2026-01-01 00:00 UTC (= 00:00 in London)


@dataclass
class Harness:
    pump: Pump
    control: Any  # tester control: see the module docstring
    link_time: list[float]  # the link clock, so tests can let a session time out


@contextlib.contextmanager
def simulated(profile: str = "itb-20", reservoir_nl: int | None = None) -> Iterator[Harness]:
    link_time = [0.0]
    initial = load_initial_pump()
    model = PumpModel.new(load_profile(profile), initial.program,
                          initial.reservoir_nl if reservoir_nl is None else reservoir_nl,
                          ManualClock(START), link_clock=lambda: link_time[0])
    pump = SimulatedPump(model)
    try:
        yield Harness(pump, pump.control, link_time)
    finally:
        pump.close()


@contextlib.contextmanager
def serial_over_pty() -> Iterator[Harness]:
    """The wire protocol end to end: SerialPump -> pty -> emulator -> pump model."""
    link_time = [0.0]
    with Emulator.start(speed=None, start=START, test_control=True) as emulator:
        emulator.model.link_clock = lambda: link_time[0]
        pump = SerialPump(emulator.port, timeout_s=2.0)
        try:
            yield Harness(pump, emulator.control, link_time)
        finally:
            pump.close()


BACKENDS: dict[str, Callable[..., contextlib.AbstractContextManager[Harness]]] = {
    "simulated": simulated,
    "serial": serial_over_pty,
}
