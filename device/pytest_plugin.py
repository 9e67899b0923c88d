"""A pytest fixture for testers, registered as a ``pytest11`` plugin when the package is installed.

``itb_emulator`` gives a running emulator on a new pty, with test control on and a clock
that moves only when the test says so, plus a connected :class:`SerialPump`::

    def test_low_reservoir_alarm(itb_emulator):
        itb_emulator.pump.control("RESERVOIR", calculated_nl=2_500_000)
        itb_emulator.pump.control("ADVANCE", seconds=3 * 86_400)
        assert "low_reservoir" in {a.code.value for a in itb_emulator.pump.read_alarms()}
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from itb_console.device.emulator import Emulator
from itb_console.device.serial_pump import SerialPump

START_2026 = 1_767_225_600.0  # 2026-01-01 00:00 UTC


@dataclass
class RunningEmulator:
    emulator: Emulator
    pump: SerialPump

    @property
    def port(self) -> str:
        return self.emulator.port


@pytest.fixture
def itb_emulator() -> Iterator[RunningEmulator]:
    with Emulator.start(speed=None, start=START_2026, test_control=True) as emulator:
        pump = SerialPump(emulator.port, timeout_s=2.0)
        try:
            yield RunningEmulator(emulator, pump)
        finally:
            pump.close()
