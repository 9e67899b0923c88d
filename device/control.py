"""Tester control of a pump model: time, reservoir, battery, clock, alarms, faults.

This is what a trainer or a test script does *to* the pump, outside the clinician's
protocol: none of it needs a session and none of it is reachable from the console. The
emulator exposes the same operations over test-only control frames (docs/emulator.md).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import datetime
from fractions import Fraction
from typing import Concatenate, ParamSpec, TypeVar

from itb_console.device.clock import ClockError, ManualClock, ScaledClock
from itb_console.device.mri_fault import MriResume
from itb_console.device.pump_api import AlarmCode, Event, PumpRefused, Reason
from itb_console.device.pump_model import PumpModel
from itb_console.device.units import ml_text

P = ParamSpec("P")
R = TypeVar("R")


def _locked(method: Callable[Concatenate[PumpControl, P], R]
            ) -> Callable[Concatenate[PumpControl, P], R]:
    @functools.wraps(method)
    def wrapper(self: PumpControl, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.lock:
            return method(self, *args, **kwargs)
    return wrapper


class PumpControl:
    """Tester operations on one in-process pump model.

    ``lock`` is shared with whatever serves the pump to a clinician (the simulated pump,
    the emulator), so a tester action never lands in the middle of a clinician request.
    """

    def __init__(self, model: PumpModel, lock: threading.RLock | None = None) -> None:
        self.model = model
        self.lock = lock or threading.RLock()

    @_locked
    def advance(self, seconds: float) -> None:
        """Move world time forward (the pump delivers, alarms fire on the way)."""
        clock = self.model.clock
        if isinstance(clock, ManualClock):
            clock.advance(seconds)
        elif isinstance(clock, ScaledClock):
            clock.step(seconds)
        else:
            raise ClockError("this pump's clock cannot be moved by hand")
        self.model.sync()

    @_locked
    def set_speed(self, speed: float) -> None:
        clock = self.model.clock
        if not isinstance(clock, ScaledClock):
            raise ClockError("this pump's clock does not run by itself; use advance")
        self.model.sync()
        clock.set_speed(speed)

    @_locked
    def set_reservoir(self, calculated_nl: int | None = None, true_nl: int | None = None) -> None:
        """Set what the pump calculates and/or what is really in the reservoir."""
        model = self.model
        model.sync()
        for name, value in (("calculated", calculated_nl), ("true", true_nl)):
            if value is not None and not 0 <= value <= model.profile.reservoir_nl:
                raise PumpRefused(Reason.OUT_OF_RANGE,
                                  f"{name} reservoir: {ml_text(value)} mL is outside 0 to "
                                  f"{ml_text(model.profile.reservoir_nl)} mL")
        if calculated_nl is not None:
            model.reservoir_nl = Fraction(calculated_nl)
        if true_nl is not None:
            model.true_reservoir_nl = Fraction(true_nl)
        model.record("fault", detail="tester set the reservoir",
                      calculated_nl=int(model.reservoir_nl),
                      true_nl=int(model.true_reservoir_nl))
        model.raise_threshold_alarms()

    @_locked
    def true_residual_nl(self) -> int:
        """What a clinician would withdraw now: the true volume, not the calculated one."""
        self.model.sync()
        return int(self.model.true_reservoir_nl)

    @_locked
    def set_battery_days_left(self, days: float) -> None:
        """Battery left, in days at the reference rate (ERI fires at the profile's lead)."""
        model = self.model
        model.sync()
        life = model.profile.battery.life_days
        if not 0 <= days <= life:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"battery: {days:g} days is outside 0 to {life} days")
        model.battery_used_days = life - Fraction(days)
        model.forget_battery_milestones()
        model.record("fault", detail="tester set the battery", days_left=round(days))
        model.raise_threshold_alarms()

    @_locked
    def set_pump_clock(self, pump_clock: datetime, drift_ppm: int | None = None) -> None:
        """Set the pump's own clock (and its drift) without a session."""
        model = self.model
        model.sync()
        if drift_ppm is not None:
            self.set_drift_ppm(drift_ppm)
        model.reset_clock(pump_clock)

    @_locked
    def set_drift_ppm(self, drift_ppm: int) -> None:
        """The pump clock runs ``drift_ppm`` fast from now on (the pump does not know).

        Logged as a ``fault``, as every tester setting the pump cannot see for itself is
        (reservoir, battery, over-infusion): a log read shows what the tester did.
        """
        if not -100_000 <= drift_ppm <= 100_000:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"drift: {drift_ppm} ppm is outside -100000 to 100000 ppm")
        self.model.set_drift(drift_ppm)
        self.model.record("fault", detail="tester set clock drift", ppm=drift_ppm)

    @_locked
    def raise_alarm(self, code: AlarmCode) -> None:
        self.model.raise_alarm(code)

    @_locked
    def motor_stall(self) -> None:
        self.model.raise_alarm(AlarmCode.MOTOR_STALL)

    @_locked
    def mri(self, minutes: int, resume: MriResume, delay_hours: int = 0) -> None:
        """An MRI scan starts now: rotor stopped, stall alarm, restart as ``resume`` says."""
        self.model.start_mri(minutes, resume, delay_hours)

    @_locked
    def set_over_infusion(self, percent: int) -> None:
        """Deliver ``percent`` more than programmed (the pump's calculation does not know)."""
        if not 0 <= percent <= 200:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"over-infusion: {percent} % is outside 0 to 200 %")
        model = self.model
        model.sync()
        model.over_infusion_percent = percent
        model.record("fault", detail="tester set over-infusion", percent=percent)

    @_locked
    def log(self, since_seq: int = 0) -> tuple[Event, ...]:
        return self.model.log(since_seq)
