"""What an implanted ITB pump's firmware and mechanics do, with time injected.

API overview (the emulator and the simulated pump stand on it):

- ``PumpModel.new(profile, program, reservoir_nl, clock, ...)`` or ``from_initial(...)``
- clinician side, each syncing time first: ``open_session``, ``close_session``,
  ``status``, ``stage_program`` + ``commit_program``, ``refill``, ``start_bolus``,
  ``cancel_bolus``, ``alarms``, ``clear_alarm``, ``pump_clock``, ``set_clock``, ``log``
- tester side: :mod:`itb_console.device.control` (faults, time, reservoir, battery...)
- persistence: ``to_state`` / ``from_state`` (the JSON shape of
  :mod:`itb_console.device.state_file`)

Delivery between events is analytic. From any instant the model knows which rate holds
until the next breakpoint (a step boundary on the pump clock, the end of a bolus), and
solves for the moment a threshold is crossed (low-reservoir alarm, calculated or true
reservoir empty, replacement indicator, end of service). When nothing can happen for
whole days it jumps them at once by the daily volume, so seven years cost a few hundred
iterations, not millions of minutes.

The pump *calculates* its reservoir from the programmed rate; the true reservoir falls
faster when the pump over-infuses. The low-reservoir alarm follows the calculation, so an
over-infusing pump can run dry before it warns (field safety notice, 2016).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from itb_console.device.clock import Clock
from itb_console.device.default_pump import InitialPump
from itb_console.device.drugs import load_drugs
from itb_console.device.pump_api import (
    CRITICAL_ALARMS,
    Alarm,
    AlarmCode,
    BatteryStatus,
    BolusKind,
    BolusRequest,
    BolusStatus,
    Event,
    PumpIdentity,
    PumpRefused,
    PumpStatus,
    Reason,
    RefillRequest,
    RefillResult,
)
from itb_console.device.pump_profiles import PumpProfile, load_profile
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError
from itb_console.device.units import SECONDS_PER_DAY, ml

FIRMWARE = "ITB-SIM 1.0"
SESSION_TIMEOUT_S = 120.0  # link inactivity that ends a telemetry session
PUMP_EPOCH = datetime(2000, 1, 1)  # pump clock seconds count from here (naive)
CLINICIAN_CLEARABLE = frozenset({AlarmCode.MOTOR_STALL, AlarmCode.LOW_BATTERY_RESET})
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


class PumpModel:
    """One implanted pump. Every public call first brings the pump up to the clock."""

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

    # ----------------------------------------------------------------- construction
    @classmethod
    def new(
        cls,
        profile: PumpProfile,
        program: Program,
        reservoir_nl: int,
        clock: Clock,
        *,
        low_reservoir_alarm_nl: int | None = None,
        serial_number: str = "SIM-000001",
        patient_id: str = "TRAINING-01",
        timezone: str = "Europe/London",
        drift_ppm: int = 0,
        link_clock: Callable[[], float] = time.monotonic,
        true_reservoir_nl: int | None = None,
        clock_offset_s: int = 0,
        battery_days_left: int | None = None,
        over_infusion_percent: int = 0,
    ) -> PumpModel:
        """A newly implanted pump, its clock set to local time in ``timezone``.

        The last four options give the pump as a training scenario finds it (a hidden
        over-infusion, a wrong clock, an old battery) without a trace in its event log,
        as the trainee would meet it.
        """
        program.schedule.check(profile.schedule_rules(program.concentration))
        true_nl = reservoir_nl if true_reservoir_nl is None else true_reservoir_nl
        for name, volume in (("reservoir", reservoir_nl), ("true reservoir", true_nl)):
            if not 0 <= volume <= profile.reservoir_nl:
                raise PumpRefused(Reason.OUT_OF_RANGE,
                                  f"{name}: {ml(volume):g} mL is outside 0 to "
                                  f"{ml(profile.reservoir_nl):g} mL")
        life = profile.battery.life_days
        if battery_days_left is not None and not 0 <= battery_days_left <= life:
            raise PumpRefused(Reason.OUT_OF_RANGE, f"battery: {battery_days_left} days is "
                                                   f"outside 0 to {life} days")
        if not 0 <= over_infusion_percent <= 200:
            raise PumpRefused(Reason.OUT_OF_RANGE, f"over-infusion: {over_infusion_percent} "
                                                   "% is outside 0 to 200 %")
        now = Fraction(clock.now())
        local = datetime.fromtimestamp(float(now), UTC).astimezone(ZoneInfo(timezone))
        identity = PumpIdentity(serial_number, profile.id, profile.model_code, FIRMWARE,
                                patient_id)
        model = cls(
            profile=profile, identity=identity, program=program,
            reservoir_concentration=program.concentration,
            reservoir_nl=Fraction(reservoir_nl), true_reservoir_nl=Fraction(true_nl),
            low_reservoir_alarm_nl=(profile.low_reservoir_alarm_default_nl
                                    if low_reservoir_alarm_nl is None
                                    else low_reservoir_alarm_nl),
            clock=clock, world_time=now,
            clock_base_s=clock_seconds(local.replace(tzinfo=None)) + clock_offset_s,
            clock_set_at=now, drift_ppm=drift_ppm, timezone=timezone,
            battery_used_days=Fraction(0 if battery_days_left is None
                                       else life - battery_days_left),
            implanted_at=now, link_clock=link_clock)
        model.over_infusion_percent = over_infusion_percent
        model.record("implant", serial=serial_number, profile=profile.id,
                      program=program.canonical_text())
        model.raise_threshold_alarms()
        return model

    @classmethod
    def from_initial(cls, initial: InitialPump, clock: Clock, **options: Any) -> PumpModel:
        return cls.new(load_profile(initial.profile_id), initial.program, initial.reservoir_nl,
                       clock, low_reservoir_alarm_nl=initial.low_reservoir_alarm_nl,
                       serial_number=initial.serial_number, patient_id=initial.patient_id,
                       **options)

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

    def pump_clock(self) -> datetime:
        self.sync()
        return self._pump_clock_at(self._t)

    def set_clock(self, pump_clock: datetime) -> None:
        self._require_session()
        self.reset_clock(pump_clock)

    def reset_clock(self, pump_clock: datetime) -> None:
        """Set the clock without a session: the clinician's path checks the session first."""
        self.sync()
        if not PUMP_EPOCH <= pump_clock < datetime(2100, 1, 1):
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"clock: {pump_clock:%Y-%m-%d %H:%M} is outside 2000 to 2099")
        before = self._pump_clock_at(self._t)
        self._clock_base_s = clock_seconds(pump_clock)
        self._clock_set_at = self._t
        self.record("clock-set", old=f"{before:%Y-%m-%dT%H:%M:%S}",
                     new=f"{pump_clock:%Y-%m-%dT%H:%M:%S}")
        self._committed()

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

    def raise_alarm(self, code: AlarmCode) -> None:
        """Tester: raise any alarm now (motor stall also stops the motor)."""
        self.sync()
        if code is AlarmCode.MOTOR_STALL:
            self.motor_stalled = True
        self._raise(code)

    def alarms(self) -> tuple[Alarm, ...]:
        self.sync()
        return tuple(Alarm(code, self._pump_clock_at(at), code in CRITICAL_ALARMS)
                     for code, at in sorted(self.active_alarms.items(), key=lambda i: i[1]))

    def clear_alarm(self, code: AlarmCode) -> None:
        self._require_session()
        if code not in self.active_alarms:
            raise PumpRefused(Reason.NO_SUCH_ALARM, f"The {code.value} alarm is not active.")
        if code not in CLINICIAN_CLEARABLE:
            raise PumpRefused(Reason.NOT_CLEARABLE,
                              f"The {code.value} alarm clears only when its cause is dealt "
                              "with (refill, or pump replacement).")
        if code is AlarmCode.MOTOR_STALL:
            self.motor_stalled = False
        del self.active_alarms[code]
        self.record("alarm-clear", code=code.value, by="clinician")
        self._committed()

    def log(self, since_seq: int = 0) -> tuple[Event, ...]:
        self.sync()
        return tuple(e for e in self.events if e.seq > since_seq)

    # ----------------------------------------------------------------- sessions
    def open_session(self) -> PumpIdentity:
        self.sync()
        if self.session_open and not self._session_expired():
            raise PumpRefused(Reason.SESSION_OPEN,
                              "A programming session is already open on this pump.")
        self.session_open = True
        self._session_seen = self.link_clock()
        self.battery_used_days += Fraction(
            self.profile.battery.telemetry_session_cost_minutes, 1440)
        self.record("session-open")
        return self.identity

    def close_session(self) -> None:
        self.sync()
        if self.session_open:
            self.session_open = False
            self.staged = None
            self.record("session-close")

    def _session_expired(self) -> bool:
        return self.link_clock() - self._session_seen > SESSION_TIMEOUT_S

    def touch_session(self) -> None:
        """Any request on the link keeps the session alive."""
        if self.session_open and not self._session_expired():
            self._session_seen = self.link_clock()

    def _require_session(self) -> None:
        self.sync()
        if self.session_open and self._session_expired():
            self.session_open = False
            self.staged = None
            self.record("session-close", reason="timeout")
        if not self.session_open:
            raise PumpRefused(Reason.NO_SESSION,
                              "Open a programming session first (it may have timed out).")
        self._session_seen = self.link_clock()
        if AlarmCode.END_OF_SERVICE in self.active_alarms:
            raise PumpRefused(Reason.END_OF_SERVICE,
                              "The pump has reached end of service and cannot be programmed; "
                              "it must be replaced.")

    # ----------------------------------------------------------------- programming
    def check_program(self, program: Program,
                      concentration: Concentration | None = None) -> None:
        """Refuse a program this pump must not run (profile, drug table, reservoir drug)."""
        reservoir = concentration or self.reservoir_concentration
        try:
            drugs = load_drugs()
            if program.drug not in drugs:
                raise PumpRefused(Reason.BAD_PROGRAM,
                                  f"drug: {program.drug!r} is not in the drug table")
            drugs[program.drug].check_concentration(program.concentration)
            program.schedule.check(self.profile.schedule_rules(program.concentration))
        except TherapyError as error:
            raise PumpRefused(Reason.BAD_PROGRAM, str(error)) from None
        if program.concentration != reservoir:
            raise PumpRefused(
                Reason.CONCENTRATION_MISMATCH,
                f"The program is written for {program.concentration} but the reservoir holds "
                f"{reservoir}. Change the concentration with a refill.")

    def stage_program(self, program: Program) -> int:
        """Hold a program for commit; returns its whole-program checksum."""
        self._require_session()
        self.check_program(program)
        self.staged = program
        return program.checksum()

    def commit_program(self, checksum: int) -> Program:
        """Run the staged program if ``checksum`` matches it; else the old one runs on."""
        self._require_session()
        if self.staged is None:
            raise PumpRefused(Reason.NOT_STAGED, "No program is staged; send it again.")
        if checksum != self.staged.checksum():
            self.staged = None
            raise PumpRefused(Reason.CHECKSUM_MISMATCH,
                              "The program checksum does not match what was received; the "
                              "old program is still running. Send it again.")
        self._apply_program(self.staged)
        self.staged = None
        self._committed()
        return self.program

    def _apply_program(self, program: Program) -> None:
        old = self.program
        self.program = program
        if self.bolus is not None:
            self.bolus.resume_mode = program.mode
        self.record("program", old=old.canonical_text(), new=program.canonical_text(),
                     checksum=program.checksum())

    def refill(self, request: RefillRequest) -> RefillResult:
        self._require_session()
        profile = self.profile
        if not 0 < request.filled_nl <= profile.reservoir_nl:
            raise PumpRefused(Reason.RESERVOIR,
                              f"fill volume: {ml(request.filled_nl):g} mL is outside 0 to "
                              f"{ml(profile.reservoir_nl):g} mL (the reservoir)")
        if not 0 <= request.withdrawn_nl <= profile.reservoir_nl:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"withdrawn volume: {ml(request.withdrawn_nl):g} mL is outside "
                              f"0 to {ml(profile.reservoir_nl):g} mL")
        if not (profile.low_reservoir_alarm_min_nl <= request.low_reservoir_alarm_nl
                <= profile.low_reservoir_alarm_max_nl):
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"low-reservoir alarm: {ml(request.low_reservoir_alarm_nl):g} mL "
                              f"is outside {ml(profile.low_reservoir_alarm_min_nl):g} to "
                              f"{ml(profile.low_reservoir_alarm_max_nl):g} mL")
        if self.bolus is not None:
            raise PumpRefused(Reason.BOLUS_ACTIVE, "Wait for the bolus to end, or cancel it, "
                                                   "before refilling.")
        new_program = request.program
        if new_program is None and request.concentration != self.program.concentration:
            raise PumpRefused(Reason.CONCENTRATION_MISMATCH,
                              f"Filling {request.concentration} changes the concentration from "
                              f"{self.program.concentration}: send the new program with the "
                              "refill.")
        if new_program is not None:
            self.check_program(new_program, request.concentration)
        drug = (new_program or self.program).drug
        if request.drug != drug:
            raise PumpRefused(Reason.BAD_PROGRAM,
                              f"drug: {request.drug[:40]!r} is not {drug!r}, the drug of the "
                              "program that will run; refill with the program's drug")
        expected = int(self.reservoir_nl)
        self.reservoir_nl = Fraction(request.filled_nl)
        self.true_reservoir_nl = Fraction(request.filled_nl)
        self.reservoir_concentration = request.concentration
        self.low_reservoir_alarm_nl = request.low_reservoir_alarm_nl
        self.record("refill", expected_residual_nl=expected,
                     withdrawn_nl=request.withdrawn_nl, filled_nl=request.filled_nl,
                     concentration=request.concentration.mcg_per_ml,
                     low_alarm_nl=request.low_reservoir_alarm_nl)
        if new_program is not None and new_program != self.program:
            self._apply_program(new_program)
        self.raise_threshold_alarms()
        self._committed()
        return RefillResult(expected, request.withdrawn_nl, request.filled_nl)

    # ----------------------------------------------------------------- boluses
    def start_bolus(self, request: BolusRequest) -> BolusStatus:
        self._require_session()
        if self.bolus is not None:
            raise PumpRefused(Reason.BOLUS_ACTIVE, "A bolus is already running; cancel it "
                                                   "first.")
        if request.duration_s <= 0 or request.volume_nl <= 0:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              "bolus: volume and duration must both be above zero")
        if request.volume_nl > self.profile.max_bolus_nl:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"bolus volume: {ml(request.volume_nl):g} mL is above this "
                              f"pump's {ml(self.profile.max_bolus_nl):g} mL")
        rate = round(Fraction(request.volume_nl * SECONDS_PER_DAY, request.duration_s))
        if not self.profile.min_rate_nl_per_day <= rate <= self.profile.max_rate_nl_per_day:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"bolus rate: {ml(rate):g} mL/day is outside this pump's "
                              f"{ml(self.profile.min_rate_nl_per_day):g} to "
                              f"{ml(self.profile.max_rate_nl_per_day):g} mL/day; change the "
                              "duration")
        if request.volume_nl > self.reservoir_nl:
            raise PumpRefused(Reason.RESERVOIR,
                              f"bolus volume: {ml(request.volume_nl):g} mL is more than the "
                              f"{ml(self.reservoir_nl):.2f} mL in the reservoir")
        if self.motor_stalled:
            raise PumpRefused(Reason.BAD_REQUEST, "The motor is stalled: clear the motor stall "
                                                  "alarm before a bolus.")
        self.bolus = _Bolus(request.kind, request.volume_nl, rate, self._t, Fraction(0),
                            self.program.mode)
        self.record("bolus-start", kind=request.kind.value, volume_nl=request.volume_nl,
                     duration_s=request.duration_s, rate_nl_per_day=rate)
        self._committed()
        return self._bolus_status()

    def cancel_bolus(self) -> BolusStatus:
        self._require_session()
        if self.bolus is None:
            raise PumpRefused(Reason.NO_BOLUS, "No bolus is running.")
        status = self._bolus_status()
        self._end_bolus("bolus-cancel")
        self._committed()
        return status

    def _end_bolus(self, event_kind: str) -> None:
        bolus = self.bolus
        assert bolus is not None
        self.bolus = None
        self.record(event_kind, kind=bolus.kind.value,
                     delivered_nl=int(bolus.delivered_nl), resume_mode=bolus.resume_mode.value)

    def _bolus_status(self) -> BolusStatus:
        bolus = self.bolus
        assert bolus is not None
        ends = bolus.started_at + Fraction(bolus.volume_nl * SECONDS_PER_DAY,
                                           bolus.rate_nl_per_day)
        return BolusStatus(bolus.kind, bolus.volume_nl, int(bolus.delivered_nl),
                           bolus.rate_nl_per_day, self._pump_clock_at(bolus.started_at),
                           self._pump_clock_at(ends), bolus.resume_mode)

    # ----------------------------------------------------------------- status
    def battery_status(self) -> BatteryStatus:
        eri_days = Fraction(self.profile.battery.eri_to_eos_days)
        left = self._battery_left()
        per_day = self._battery_rate(self.program.daily_volume_nl)
        to_eri = max(Fraction(0), (left - eri_days) / per_day)
        to_eos = max(Fraction(0), left / per_day)
        return BatteryStatus(
            implanted_at=self._pump_clock_at(self.implanted_at),
            eri_at=self._pump_clock_at(self._t + to_eri * SECONDS_PER_DAY),
            eos_at=self._pump_clock_at(self._t + to_eos * SECONDS_PER_DAY),
            eri_reached=AlarmCode.REPLACEMENT_INDICATOR in self.active_alarms,
            eos_reached=AlarmCode.END_OF_SERVICE in self.active_alarms,
        )

    def status(self) -> PumpStatus:
        self.sync()
        return PumpStatus(
            identity=self.identity,
            program=self.program,
            reservoir_nl=int(self.reservoir_nl),
            reservoir_concentration=self.reservoir_concentration,
            low_reservoir_alarm_nl=self.low_reservoir_alarm_nl,
            delivered_nl=int(self.delivered_nl),
            pump_clock=self._pump_clock_at(self._t),
            world_time=datetime.fromtimestamp(float(self._t), UTC),
            battery=self.battery_status(),
            alarms=self.alarms(),
            bolus=None if self.bolus is None else self._bolus_status(),
            session_open=self.session_open and not self._session_expired(),
            last_event_seq=self._next_seq - 1,
        )

    def _committed(self) -> None:
        if self.on_commit is not None:
            self.on_commit()
