"""The delivery integrator: runs a pump's reservoir, battery and clock forward in time.

Delivery between events is analytic. From any instant the integrator knows which rate
holds until the next breakpoint (a step boundary on the pump clock, the end of a bolus),
and solves for the moment a threshold is crossed (low-reservoir alarm, calculated or true
reservoir empty, replacement indicator, end of service). When nothing can happen for
whole days it jumps them at once by the daily volume, so seven years cost a few hundred
iterations, not millions of minutes.

The pump *calculates* its reservoir from the programmed rate; the true reservoir falls
faster when the pump over-infuses. The low-reservoir alarm follows the calculation, so an
over-infusing pump can run dry before it warns (field safety notice, 2016).

:class:`DeliveryIntegrator` holds the pump's state and records what happens on the way
(alarms, the log); :class:`itb_console.device.pump_model.PumpModel` adds the commands.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from itb_console.device.clock import Clock
from itb_console.device.pump_api import (
    CRITICAL_ALARMS,
    AlarmCode,
    BolusKind,
    Event,
    PumpIdentity,
)
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, Mode, Program
from itb_console.device.units import SECONDS_PER_DAY

PUMP_EPOCH = datetime(2000, 1, 1)  # pump clock seconds count from here (naive)
_LOG_LIMIT = 5_000



def clock_seconds(moment: datetime) -> Fraction:
    """A naive pump-clock date-time as seconds since the pump epoch."""
    delta = moment - PUMP_EPOCH
    return Fraction(delta.days * SECONDS_PER_DAY + delta.seconds) + Fraction(
        delta.microseconds, 1_000_000)


def clock_datetime(seconds: Fraction | int) -> datetime:
    return PUMP_EPOCH + timedelta(seconds=float(seconds))


@dataclass
class _Bolus:
    kind: BolusKind
    volume_nl: int
    rate_nl_per_day: int
    started_at: Fraction  # world
    delivered_nl: Fraction
    resume_mode: Mode

    @property
    def remaining_nl(self) -> Fraction:
        return self.volume_nl - self.delivered_nl



class DeliveryIntegrator:
    """One pump's levels and clock, brought forward to any world time exactly."""

    def __init__(
        self,
        *,
        profile: PumpProfile,
        identity: PumpIdentity,
        program: Program,
        reservoir_concentration: Concentration,
        reservoir_nl: Fraction,
        true_reservoir_nl: Fraction,
        low_reservoir_alarm_nl: int,
        clock: Clock,
        world_time: Fraction,
        clock_base_s: Fraction,
        clock_set_at: Fraction,
        drift_ppm: int,
        timezone: str,
        battery_used_days: Fraction,
        implanted_at: Fraction,
        link_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.profile = profile
        self.identity = identity
        self.program = program
        self.reservoir_concentration = reservoir_concentration
        self.reservoir_nl = reservoir_nl
        self.true_reservoir_nl = true_reservoir_nl
        self.low_reservoir_alarm_nl = low_reservoir_alarm_nl
        self.clock = clock
        self.link_clock = link_clock
        self.timezone = timezone
        self.delivered_nl = Fraction(0)
        self._t = world_time
        self._clock_base_s = clock_base_s
        self._clock_set_at = clock_set_at
        self.drift_ppm = drift_ppm
        self.battery_used_days = battery_used_days
        self.implanted_at = implanted_at
        self.over_infusion_percent = 0
        self.motor_stalled = False
        self.active_alarms: dict[AlarmCode, Fraction] = {}
        self.bolus: _Bolus | None = None
        self.staged: Program | None = None
        self.session_open = False
        self._session_seen = 0.0
        self.events: list[Event] = []
        self._next_seq = 1
        self.on_commit: Callable[[], None] | None = None

    # ----------------------------------------------------------------- time and clock
    @property
    def world_time(self) -> Fraction:
        return self._t

    def _clock_factor(self) -> Fraction:
        return 1 + Fraction(self.drift_ppm, 1_000_000)

    def _pump_seconds(self, world: Fraction) -> Fraction:
        return self._clock_base_s + (world - self._clock_set_at) * self._clock_factor()

    def _world_at_pump_seconds(self, pump_s: Fraction) -> Fraction:
        return self._clock_set_at + (pump_s - self._clock_base_s) / self._clock_factor()

    def _pump_clock_at(self, world: Fraction) -> datetime:
        return clock_datetime(self._pump_seconds(world))

    def sync(self) -> None:
        """Bring the pump up to the clock's time (called by every public method)."""
        self.advance_to(Fraction(self.clock.now()))

    # ----------------------------------------------------------------- delivery
    def _motor_running(self) -> bool:
        """The motor turns unless stalled, out of battery, or the pump thinks it is empty.

        It turns on when the true reservoir is dry: the pump cannot tell, so its
        calculation goes on falling while nothing reaches the patient.
        """
        return (not self.motor_stalled and AlarmCode.END_OF_SERVICE not in self.active_alarms
                and self.reservoir_nl > 0)

    def _over_factor(self) -> Fraction:
        return 1 + Fraction(self.over_infusion_percent, 100)

    def _programmed_rate_now(self) -> tuple[int, Fraction]:
        """(nL/day the pump believes it delivers, world time until that rate changes)."""
        if self.bolus is not None:
            return self.bolus.rate_nl_per_day, self.bolus.started_at + Fraction(
                self.bolus.volume_nl * SECONDS_PER_DAY, self.bolus.rate_nl_per_day)
        if self.program.mode is Mode.STOPPED:
            return 0, self._t + SECONDS_PER_DAY
        pump_s = self._pump_seconds(self._t)
        second_of_day = pump_s % SECONDS_PER_DAY
        minute = int(second_of_day // 60)
        schedule = self.program.schedule
        index = schedule.index_at(minute)
        end_s = pump_s - second_of_day + schedule.end_minute(index) * 60
        rate = self.program.step_volume_rates_nl_per_day[index]
        return rate, self._world_at_pump_seconds(end_s)

    def _daily(self) -> tuple[Fraction, Fraction, Fraction, Fraction]:
        """Per pump-clock day in steady running: (world s, calc nL, true nL, battery days).

        All four are per the same stretch of world time, so a pump with a drifting clock
        pays its battery by world time whether it is delivering or idle.
        """
        day_world = SECONDS_PER_DAY / self._clock_factor()
        share = day_world / SECONDS_PER_DAY
        delivering = self._motor_running() and self.program.mode is not Mode.STOPPED
        daily_nl = self.program.daily_volume_nl if delivering else Fraction(0)
        calc = daily_nl * share
        true = calc * self._over_factor() if self.true_reservoir_nl > 0 else Fraction(0)
        battery = (Fraction(0) if AlarmCode.END_OF_SERVICE in self.active_alarms
                   else self._battery_rate(daily_nl) * share)
        return day_world, calc, true, battery

    def _battery_rate(self, rate_nl_per_day: Fraction | int) -> Fraction:
        reference = self.profile.battery.reference_rate_nl_per_day
        return max(Fraction(1), Fraction(rate_nl_per_day) / reference)

    def _battery_basis_nl_per_day(self, pumping_nl_per_day: Fraction) -> Fraction:
        """The volume rate the battery pays for: the program's daily volume, not the step's.

        Consumption follows the daily volume (as the whole-day jump and the ERI/EOS forecast
        do), so cutting a day into pieces never changes the battery; a bolus pays its rate.
        """
        if self.bolus is not None or pumping_nl_per_day == 0:
            return pumping_nl_per_day
        return self.program.daily_volume_nl

    def _battery_left(self) -> Fraction:
        return self.profile.battery.life_days - self.battery_used_days

    def _thresholds(self) -> list[tuple[Fraction, Fraction, str]]:
        """(level now, level at which it fires, name) for each pending threshold."""
        pending = []
        if (self.reservoir_nl > self.low_reservoir_alarm_nl
                and AlarmCode.LOW_RESERVOIR not in self.active_alarms):
            pending.append((self.reservoir_nl, Fraction(self.low_reservoir_alarm_nl), "low"))
        if self.reservoir_nl > 0:
            pending.append((self.reservoir_nl, Fraction(0), "calc-empty"))
        if self.true_reservoir_nl > 0:
            pending.append((self.true_reservoir_nl, Fraction(0), "true-empty"))
        eri = Fraction(self.profile.battery.eri_to_eos_days)
        if self._battery_left() > eri:
            pending.append((self._battery_left(), eri, "eri"))
        if self._battery_left() > 0:
            pending.append((self._battery_left(), Fraction(0), "eos"))
        return pending

    def advance_to(self, target: Fraction) -> None:
        """Run the pump forward to world time ``target``, firing what happens on the way."""
        while self._t < target:
            if self._try_jump_days(target):
                continue
            self._advance_segment(target)

    def _try_jump_days(self, target: Fraction) -> bool:
        if self.bolus is not None:
            return False
        day_world, calc, true, battery = self._daily()
        whole_days = math.floor((target - self._t) / day_world)
        if whole_days < 1:
            return False
        per_day = {"low": calc, "calc-empty": calc, "true-empty": true,
                   "eri": battery, "eos": battery}
        safe = whole_days
        for level, fire_at, name in self._thresholds():
            if per_day[name] > 0:
                safe = min(safe, math.ceil((level - fire_at) / per_day[name]) - 1)
        if safe < 1:
            return False
        self.reservoir_nl -= safe * calc
        self.true_reservoir_nl -= safe * true
        self.delivered_nl += safe * true
        self.battery_used_days += safe * battery
        self._t += safe * day_world
        return True

    def _advance_segment(self, target: Fraction) -> None:
        rate, rate_until = self._programmed_rate_now()
        end = min(target, rate_until)
        calc_rate = Fraction(rate) if self._motor_running() else Fraction(0)
        true_rate = calc_rate * self._over_factor() if self.true_reservoir_nl > 0 else Fraction(0)
        battery_rate = (Fraction(0) if AlarmCode.END_OF_SERVICE in self.active_alarms
                        else self._battery_rate(self._battery_basis_nl_per_day(calc_rate)))
        speeds = {"low": calc_rate, "calc-empty": calc_rate, "true-empty": true_rate,
                  "eri": battery_rate, "eos": battery_rate}
        fired: list[str] = []
        for level, fire_at, name in self._thresholds():
            if speeds[name] > 0:
                when = self._t + (level - fire_at) / speeds[name] * SECONDS_PER_DAY
                if when < end:
                    end, fired = when, [name]
                elif when == end:
                    fired.append(name)
        elapsed_days = (end - self._t) / SECONDS_PER_DAY
        self.reservoir_nl = max(Fraction(0), self.reservoir_nl - calc_rate * elapsed_days)
        delivered = min(self.true_reservoir_nl, true_rate * elapsed_days)
        self.true_reservoir_nl -= delivered
        self.delivered_nl += delivered
        self.battery_used_days += battery_rate * elapsed_days
        if self.bolus is not None:
            self.bolus.delivered_nl += calc_rate * elapsed_days
        self._t = end
        for name in fired:
            self._fire(name)
        if self.bolus is not None and self._t == rate_until:
            self._end_bolus("bolus-end")

    def _fire(self, name: str) -> None:
        if name == "low":
            self._raise(AlarmCode.LOW_RESERVOIR)
        elif name == "calc-empty":
            self.reservoir_nl = Fraction(0)
            self._raise(AlarmCode.RESERVOIR_EMPTY)
        elif name == "true-empty":
            self.true_reservoir_nl = Fraction(0)
            if self.reservoir_nl > 0:
                self.record("fault", detail="drug ran out before the calculated reservoir "
                                            "(over-infusion); delivery stopped, no alarm")
        elif name == "eri":
            self._raise(AlarmCode.REPLACEMENT_INDICATOR)
        elif name == "eos":
            self.battery_used_days = Fraction(self.profile.battery.life_days)
            self._raise(AlarmCode.END_OF_SERVICE)

    def raise_threshold_alarms(self) -> None:
        """Alarms whose condition already holds (after a refill, a tester change...)."""
        if self.reservoir_nl <= self.low_reservoir_alarm_nl:
            self._raise(AlarmCode.LOW_RESERVOIR)
        else:
            self._clear_quietly(AlarmCode.LOW_RESERVOIR)
        if self.reservoir_nl <= 0:
            self._raise(AlarmCode.RESERVOIR_EMPTY)
        else:
            self._clear_quietly(AlarmCode.RESERVOIR_EMPTY)
        if self._battery_left() <= self.profile.battery.eri_to_eos_days:
            self._raise(AlarmCode.REPLACEMENT_INDICATOR)
        if self._battery_left() <= 0:
            self._raise(AlarmCode.END_OF_SERVICE)

    # ----------------------------------------------------------------- alarms and log
    def record(self, event_kind: str, /, **detail: str | int) -> Event:
        event = Event(self._next_seq, self._pump_clock_at(self._t), event_kind, dict(detail))
        self._next_seq += 1
        self.events.append(event)
        del self.events[:-_LOG_LIMIT]
        return event

    def _raise(self, code: AlarmCode) -> None:
        if code not in self.active_alarms:
            self.active_alarms[code] = self._t
            self.record("alarm", code=code.value,
                         severity="critical" if code in CRITICAL_ALARMS else "non-critical")
        self._end_bolus_if_motor_stopped()

    def _end_bolus_if_motor_stopped(self) -> None:
        """A bolus ends the moment its motor stops (stall, end of service, calculated empty).

        Ending it here, not at the next sync, keeps the log's bolus-end at the true instant
        however the caller cuts up time.
        """
        if self.bolus is not None and not self._motor_running():
            self._end_bolus("bolus-end")

    def _clear_quietly(self, code: AlarmCode) -> None:
        if self.active_alarms.pop(code, None) is not None:
            self.record("alarm-clear", code=code.value, by="pump")

    def _end_bolus(self, event_kind: str) -> None:
        bolus = self.bolus
        assert bolus is not None
        self.bolus = None
        self.record(event_kind, kind=bolus.kind.value,
                     delivered_nl=int(bolus.delivered_nl), resume_mode=bolus.resume_mode.value)
