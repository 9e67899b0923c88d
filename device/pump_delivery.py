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

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from fractions import Fraction

from itb_console.device.clock import Clock
from itb_console.device.pump_api import (
    CRITICAL_ALARMS,
    EVENT_KINDS,
    AlarmCode,
    BolusKind,
    Event,
    PumpIdentity,
)
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, Mode, Program
from itb_console.device.units import MINUTES_PER_DAY, SECONDS_PER_DAY

PUMP_EPOCH = datetime(2000, 1, 1)  # pump clock seconds count from here (naive)
_LOG_LIMIT = 5_000

# The walk is integer arithmetic, exact and several times faster than Fractions:
# world time in whole microseconds (ticks); the pump clock in picoseconds, advancing
# 10**6 + drift_ppm per tick; volumes in units of one nL/day flowing for one tick at 1 %
# (so programmed and over-infused volumes are both whole); battery in units of the
# reference rate's nL/day x minutes/day flowing for one tick.
TICKS_PER_S = 1_000_000
TICKS_PER_DAY = SECONDS_PER_DAY * TICKS_PER_S
PS_PER_MINUTE = 60 * 10**12
PS_PER_DAY = SECONDS_PER_DAY * 10**12
PPM = 1_000_000
VOLUME_UNITS_PER_NL = TICKS_PER_DAY * 100


def clock_seconds(moment: datetime) -> Fraction:
    """A naive pump-clock date-time as seconds since the pump epoch."""
    return Fraction(_pump_ps(moment), 10**12)


def clock_datetime(seconds: Fraction | int) -> datetime:
    return PUMP_EPOCH + timedelta(seconds=float(seconds))


def _pump_ps(moment: datetime) -> int:
    delta = moment - PUMP_EPOCH
    return ((delta.days * SECONDS_PER_DAY + delta.seconds) * TICKS_PER_S
            + delta.microseconds) * 10**6


def _ticks(world_s: Fraction | float) -> int:
    """World seconds to the nearest whole microsecond (ties to even), exactly.

    Exact for floats too: ``round(seconds * TICKS_PER_S)`` in floating point lands one
    microsecond off for about one clock reading in eight, so a pump that read its clock
    twice at the same moment would deliver in between. Integers, not Fraction: this runs
    on every sync.
    """
    numerator, denominator = world_s.as_integer_ratio()
    whole, left = divmod(numerator * TICKS_PER_S, denominator)
    return whole + (2 * left > denominator or (2 * left == denominator and whole % 2 == 1))


def _units(value: Fraction | int, units_per_one: int) -> int:
    """An exact level in whole units (a whole number needs no Fraction)."""
    if isinstance(value, int):
        return value * units_per_one
    return round(value * units_per_one)


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


class _Bolus:
    """A running bolus: its rate, the tick it ends at, and what it has pumped so far."""

    __slots__ = (
        "delivered_units",
        "ends_at_tick",
        "kind",
        "rate_nl_per_day",
        "resume_mode",
        "started_at_tick",
        "volume_nl",
    )

    def __init__(self, kind: BolusKind, volume_nl: int, rate_nl_per_day: int,
                 started_at: Fraction, delivered_nl: Fraction, resume_mode: Mode) -> None:
        self.kind = kind
        self.volume_nl = volume_nl
        self.rate_nl_per_day = rate_nl_per_day
        self.started_at_tick = _ticks(started_at)
        self.ends_at_tick = self.started_at_tick + _ceil_div(volume_nl * TICKS_PER_DAY,
                                                             rate_nl_per_day)
        self.delivered_units = _units(delivered_nl, VOLUME_UNITS_PER_NL)
        self.resume_mode = resume_mode

    @property
    def started_at(self) -> Fraction:
        """World seconds."""
        return Fraction(self.started_at_tick, TICKS_PER_S)

    @property
    def delivered_nl(self) -> Fraction:
        return Fraction(self.delivered_units, VOLUME_UNITS_PER_NL)


class DeliveryIntegrator:
    """One pump's levels and clock, brought forward to any world time exactly.

    The levels are whole numbers of the units above; the properties ``reservoir_nl``,
    ``true_reservoir_nl``, ``delivered_nl``, ``battery_used_days`` and ``world_time`` show
    them as exact fractions (the state file and the tester's controls use those).
    """

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
        reference = profile.battery.reference_rate_nl_per_day
        self._battery_reference_x1440 = reference * MINUTES_PER_DAY
        self._battery_units_per_day = TICKS_PER_DAY * self._battery_reference_x1440
        self.identity = identity
        self.program = program
        self.reservoir_concentration = reservoir_concentration
        self._reservoir = 0
        self._true_reservoir = 0
        self._delivered = 0
        self._battery_used = 0
        self.reservoir_nl = reservoir_nl
        self.true_reservoir_nl = true_reservoir_nl
        self.battery_used_days = battery_used_days
        self.low_reservoir_alarm_nl = low_reservoir_alarm_nl
        self.clock = clock
        self.link_clock = link_clock
        self.timezone = timezone
        self._tick = _ticks(world_time)
        self._clock_base_ps = round(clock_base_s * 10**12)
        self._clock_set_at_tick = _ticks(clock_set_at)
        self.drift_ppm = drift_ppm
        self.implanted_at = implanted_at
        self.over_infusion_percent = 0
        self.motor_stalled = False
        # The rotor held by an outside force (an MRI magnet, bound gears): until the tick
        # given, or until something frees it (None). The model decides when it turns again.
        self.rotor_held = False
        self.rotor_resumes_at_tick: int | None = None
        self.active_alarms: dict[AlarmCode, Fraction] = {}
        # World times the battery reached ERI and end of service: kept, not recomputed,
        # so every later read reports the same dates (the 2012 recall was a moving date).
        self.eri_reached_at: Fraction | None = None
        self.eos_reached_at: Fraction | None = None
        # After ERI the end-of-service forecast shown is the earliest made since: a slower
        # drain (an empty reservoir, a lower rate) never moves the replace-by date later.
        self.eos_forecast_at: Fraction | None = None
        self.bolus: _Bolus | None = None
        self.staged: Program | None = None
        self.session_open = False
        self._session_seen = 0.0
        self.events: list[Event] = []
        self._next_seq = 1
        self.on_commit: Callable[[], None] | None = None

    # ----------------------------------------------------------------- exact views
    @property
    def program(self) -> Program:
        return self._program

    @program.setter
    def program(self, program: Program) -> None:
        """Also caches the daily volume x 1440 (whole nL): the battery pays by it."""
        self._program = program
        self._daily_nl_x1440 = 0 if program.mode is Mode.STOPPED else sum(
            rate * program.schedule.duration_minutes(index)
            for index, rate in enumerate(program.step_volume_rates_nl_per_day))

    @property
    def reservoir_nl(self) -> Fraction:
        """What the pump calculates is left."""
        return Fraction(self._reservoir, VOLUME_UNITS_PER_NL)

    @reservoir_nl.setter
    def reservoir_nl(self, volume_nl: Fraction | int) -> None:
        self._reservoir = _units(volume_nl, VOLUME_UNITS_PER_NL)

    @property
    def true_reservoir_nl(self) -> Fraction:
        return Fraction(self._true_reservoir, VOLUME_UNITS_PER_NL)

    @true_reservoir_nl.setter
    def true_reservoir_nl(self, volume_nl: Fraction | int) -> None:
        self._true_reservoir = _units(volume_nl, VOLUME_UNITS_PER_NL)

    @property
    def delivered_nl(self) -> Fraction:
        """What really reached the patient since implant."""
        return Fraction(self._delivered, VOLUME_UNITS_PER_NL)

    @delivered_nl.setter
    def delivered_nl(self, volume_nl: Fraction | int) -> None:
        self._delivered = _units(volume_nl, VOLUME_UNITS_PER_NL)

    @property
    def battery_used_days(self) -> Fraction:
        """Battery life used, in days at the reference rate."""
        return Fraction(self._battery_used, self._battery_units_per_day)

    @battery_used_days.setter
    def battery_used_days(self, days: Fraction | int) -> None:
        self._battery_used = _units(days, self._battery_units_per_day)

    def _battery_left_days(self) -> Fraction:
        return self.profile.battery.life_days - self.battery_used_days

    # ----------------------------------------------------------------- time and clock
    @property
    def world_time(self) -> Fraction:
        """World seconds (Unix time), to the microsecond."""
        return Fraction(self._tick, TICKS_PER_S)

    @property
    def _clock_base_s(self) -> Fraction:
        """Pump-clock seconds at ``_clock_set_at`` (the state file keeps both)."""
        return Fraction(self._clock_base_ps, 10**12)

    @property
    def _clock_set_at(self) -> Fraction:
        return Fraction(self._clock_set_at_tick, TICKS_PER_S)

    def _pump_ps_at(self, tick: int) -> int:
        return self._clock_base_ps + (tick - self._clock_set_at_tick) * (PPM + self.drift_ppm)

    def _tick_at_pump_ps(self, pump_ps: int) -> int:
        """The first tick at which the pump clock has reached ``pump_ps``."""
        return self._clock_set_at_tick + _ceil_div(pump_ps - self._clock_base_ps,
                                                   PPM + self.drift_ppm)

    def _pump_clock_at_tick(self, tick: int) -> datetime:
        return PUMP_EPOCH + timedelta(microseconds=self._pump_ps_at(tick) // 10**6)

    def _pump_clock_at(self, world: Fraction) -> datetime:
        return self._pump_clock_at_tick(_ticks(world))

    def _set_pump_clock(self, pump_clock: datetime) -> None:
        """From now on the pump clock counts from ``pump_clock``."""
        self._clock_base_ps = _pump_ps(pump_clock)
        self._clock_set_at_tick = self._tick

    def set_drift(self, drift_ppm: int) -> None:
        """The pump clock runs ``drift_ppm`` fast (negative: slow) from now on."""
        self.sync()
        self._clock_base_ps = self._pump_ps_at(self._tick)
        self._clock_set_at_tick = self._tick
        self.drift_ppm = drift_ppm

    def sync(self) -> None:
        """Bring the pump up to the clock's time (called by every public method)."""
        self.advance_to(_ticks(self.clock.now()))

    # ----------------------------------------------------------------- delivery
    def _motor_running(self) -> bool:
        """The motor turns unless stalled, out of battery, or the pump thinks it is empty.

        It turns on when the true reservoir is dry: the pump cannot tell, so its
        calculation goes on falling while nothing reaches the patient.
        """
        return (not self.motor_stalled and not self.rotor_held
                and AlarmCode.END_OF_SERVICE not in self.active_alarms
                and self._reservoir > 0)

    def _programmed_rate_now(self) -> tuple[int, int]:
        """(nL/day the pump believes it delivers, the tick at which that rate changes)."""
        bolus = self.bolus
        if bolus is not None:
            return bolus.rate_nl_per_day, bolus.ends_at_tick
        program = self._program
        if program.mode is Mode.STOPPED:
            return 0, self._tick + TICKS_PER_DAY
        pump_ps = self._pump_ps_at(self._tick)
        ps_of_day = pump_ps % PS_PER_DAY
        schedule = program.schedule
        index = schedule.index_at(ps_of_day // PS_PER_MINUTE)
        end_ps = pump_ps - ps_of_day + schedule.end_minute(index) * PS_PER_MINUTE
        return program.step_volume_rates_nl_per_day[index], self._tick_at_pump_ps(end_ps)

    def _battery_speed(self, pumping_nl_per_day: int) -> int:
        """Battery units per tick while pumping at a rate.

        Consumption follows the program's daily volume, not the step's (as the whole-day
        jump and the ERI/EOS forecast do), so cutting a day into pieces never changes the
        battery; a bolus pays its own rate, and never less than the reference rate.
        """
        if AlarmCode.END_OF_SERVICE in self.active_alarms:
            return 0
        if self.bolus is not None or pumping_nl_per_day == 0:
            basis_x1440 = pumping_nl_per_day * MINUTES_PER_DAY
        else:
            basis_x1440 = self._daily_nl_x1440
        return max(self._battery_reference_x1440, basis_x1440)

    def _thresholds(self) -> list[tuple[int, int, str]]:
        """(level now, level at which it fires, name) for each pending threshold."""
        pending = []
        reservoir = self._reservoir
        low = self.low_reservoir_alarm_nl * VOLUME_UNITS_PER_NL
        if reservoir > low and AlarmCode.LOW_RESERVOIR not in self.active_alarms:
            pending.append((reservoir, low, "low"))
        if reservoir > 0:
            pending.append((reservoir, 0, "calc-empty"))
        if self._true_reservoir > 0:
            pending.append((self._true_reservoir, 0, "true-empty"))
        battery = self.profile.battery
        left = battery.life_days * self._battery_units_per_day - self._battery_used
        eri = battery.eri_to_eos_days * self._battery_units_per_day
        if left > eri:
            pending.append((left, eri, "eri"))
        if left > 0:
            pending.append((left, 0, "eos"))
        return pending

    def advance_to(self, target_tick: int) -> None:
        """Run the pump forward to world tick ``target_tick``, firing what happens on the way."""
        while self._tick < target_tick:
            if self._try_jump_days(target_tick):
                continue
            self._advance_segment(target_tick)

    def _per_day(self, day_ticks: int) -> tuple[int, int, int]:
        """(calculated, true, battery) units one pump-clock day of steady running costs.

        Rates repeat every pump day, and a pump day is ``day_ticks`` whole ticks, so this
        is what walking any one day step by step would add up to.
        """
        program = self._program
        if not self._motor_running() or program.mode is Mode.STOPPED:
            return 0, 0, self._battery_speed(0) * day_ticks
        pump_ps = self._pump_ps_at(self._tick)
        day_start_ps = pump_ps - pump_ps % PS_PER_DAY
        schedule = program.schedule
        rates = program.step_volume_rates_nl_per_day
        ticks = [self._tick_at_pump_ps(day_start_ps + step.start_minute * PS_PER_MINUTE)
                 for step in schedule.steps]
        ticks.append(ticks[0] + day_ticks)
        rate_ticks = battery_units = 0
        for index, rate in enumerate(rates):
            length = ticks[index + 1] - ticks[index]
            rate_ticks += rate * length
            battery_units += self._battery_speed(rate) * length
        true = rate_ticks * (100 + self.over_infusion_percent) if self._true_reservoir > 0 else 0
        return rate_ticks * 100, true, battery_units

    def _try_jump_days(self, target_tick: int) -> bool:
        """Jump whole pump days at once while no threshold can fire in them.

        Only when a pump day is a whole number of ticks (always without drift); a drifting
        clock whose day is not is walked step by step, which is as exact, only slower.
        """
        if self.bolus is not None or self.rotor_resumes_at_tick is not None:
            return False
        clock_rate = PPM + self.drift_ppm
        if PS_PER_DAY % clock_rate:
            return False
        day_ticks = PS_PER_DAY // clock_rate
        whole_days = (target_tick - self._tick) // day_ticks
        if whole_days < 1:
            return False
        calc, true, battery = self._per_day(day_ticks)
        per_day = {"low": calc, "calc-empty": calc, "true-empty": true,
                   "eri": battery, "eos": battery}
        safe = whole_days
        for level, fire_at, name in self._thresholds():
            if per_day[name] > 0:
                safe = min(safe, _ceil_div(level - fire_at, per_day[name]) - 1)
        if safe < 1:
            return False
        self._reservoir -= safe * calc
        self._true_reservoir -= safe * true
        self._delivered += safe * true
        self._battery_used += safe * battery
        self._tick += safe * day_ticks
        return True

    def _advance_segment(self, target_tick: int) -> None:
        rate, rate_until = self._programmed_rate_now()
        now = self._tick
        end = min(target_tick, rate_until)
        frees_at = self.rotor_resumes_at_tick
        if frees_at is not None:
            end = min(end, frees_at)
        if not self._motor_running():
            rate = 0
        calc_speed = rate * 100
        true_speed = (rate * (100 + self.over_infusion_percent) if self._true_reservoir > 0
                      else 0)
        battery_speed = self._battery_speed(rate)
        speeds = {"low": calc_speed, "calc-empty": calc_speed, "true-empty": true_speed,
                  "eri": battery_speed, "eos": battery_speed}
        fired: list[str] = []
        for level, fire_at, name in self._thresholds():
            speed = speeds[name]
            if speed > 0:
                when = now + _ceil_div(level - fire_at, speed)
                if when < end:
                    end, fired = when, [name]
                elif when == end:
                    fired.append(name)
        elapsed = end - now
        self._reservoir = max(0, self._reservoir - calc_speed * elapsed)
        delivered = min(self._true_reservoir, true_speed * elapsed)
        self._true_reservoir -= delivered
        self._delivered += delivered
        self._battery_used += battery_speed * elapsed
        if self.bolus is not None:
            self.bolus.delivered_units += calc_speed * elapsed
        self._tick = end
        for name in fired:
            self._fire(name)
        if frees_at is not None and end == frees_at:
            self.free_rotor()
        if self.bolus is not None and end == rate_until:
            self._end_bolus("bolus-end")

    def free_rotor(self) -> None:
        """The rotor turns again (the model notes it for the log)."""
        self.rotor_held = False
        self.rotor_resumes_at_tick = None

    def _fire(self, name: str) -> None:
        if name == "low":
            self._raise(AlarmCode.LOW_RESERVOIR)
        elif name == "calc-empty":
            self._reservoir = 0
            self._raise(AlarmCode.RESERVOIR_EMPTY)
        elif name == "true-empty":
            self._true_reservoir = 0
            if self._reservoir > 0:
                self.record("fault", detail="drug ran out before the calculated reservoir "
                                            "(over-infusion); delivery stopped, no alarm")
        elif name == "eri":
            self._reach_eri()
        elif name == "eos":
            self._battery_used = self.profile.battery.life_days * self._battery_units_per_day
            self._reach_eos()

    def raise_threshold_alarms(self) -> None:
        """Alarms whose condition already holds (after a refill, a tester change...)."""
        if self._reservoir <= self.low_reservoir_alarm_nl * VOLUME_UNITS_PER_NL:
            self._raise(AlarmCode.LOW_RESERVOIR)
        else:
            self._clear_quietly(AlarmCode.LOW_RESERVOIR)
        if self._reservoir <= 0:
            self._raise(AlarmCode.RESERVOIR_EMPTY)
        else:
            self._clear_quietly(AlarmCode.RESERVOIR_EMPTY)
        self.raise_battery_alarms()

    def raise_battery_alarms(self) -> None:
        """ERI and end of service when the battery is already past them (a tester's change,
        a telemetry session's cost), which the integrator's events would never fire."""
        left = self._battery_left_days()
        if left <= self.profile.battery.eri_to_eos_days:
            self._reach_eri()
        if left <= 0:
            self._reach_eos()

    def forget_battery_milestones(self) -> None:
        """A battery set back above a milestone (a tester's new battery) has not reached it."""
        left = self._battery_left_days()
        if left > self.profile.battery.eri_to_eos_days:
            self.eri_reached_at = self.eos_forecast_at = None
            self._clear_quietly(AlarmCode.REPLACEMENT_INDICATOR)
        if left > 0:
            self.eos_reached_at = None
            self._clear_quietly(AlarmCode.END_OF_SERVICE)

    def _reach_eri(self) -> None:
        if self.eri_reached_at is None:
            self.eri_reached_at = self.world_time
        self._raise(AlarmCode.REPLACEMENT_INDICATOR)

    def _reach_eos(self) -> None:
        self._reach_eri()
        if self.eos_reached_at is None:
            self.eos_reached_at = self.world_time
        self._raise(AlarmCode.END_OF_SERVICE)

    # ----------------------------------------------------------------- alarms and log
    def record(self, event_kind: str, /, **detail: str | int) -> Event:
        if event_kind not in EVENT_KINDS:
            raise ValueError(f"event kind {event_kind!r} is not one of {EVENT_KINDS}")
        event = Event(self._next_seq, self._pump_clock_at_tick(self._tick), event_kind,
                      dict(detail))
        self._next_seq += 1
        self.events.append(event)
        del self.events[:-_LOG_LIMIT]
        return event

    def _raise(self, code: AlarmCode) -> None:
        if code not in self.active_alarms:
            self.active_alarms[code] = self.world_time
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
                     delivered_nl=bolus.delivered_units // VOLUME_UNITS_PER_NL,
                     resume_mode=bolus.resume_mode.value)
