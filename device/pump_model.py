"""The command surface of an implanted ITB pump: what a clinician or a tester asks it.

API overview (the emulator and the simulated pump stand on it):

- ``PumpModel.new(profile, program, reservoir_nl, clock, ...)`` or ``from_initial(...)``
- clinician side, each syncing time first: ``open_session``, ``close_session``,
  ``status``, ``stage_program`` + ``commit_program``, ``refill``, ``start_bolus``,
  ``cancel_bolus``, ``alarms``, ``clear_alarm``, ``pump_clock``, ``set_clock``, ``log``
- tester side: :mod:`itb_console.device.control` (faults, time, reservoir, battery...)
- persistence: ``to_state`` / ``from_state`` (the JSON shape of
  :mod:`itb_console.device.state_file`)

How the pump delivers between commands is :mod:`itb_console.device.pump_delivery`.
"""


from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from itb_console.device.clock import Clock
from itb_console.device.default_pump import InitialPump
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import (
    ImplantRecord,
    RecordError,
    check_text,
    with_changes,
)
from itb_console.device.mri_fault import MriExposure, MriResume, check_mri
from itb_console.device.pump_api import (
    CRITICAL_ALARMS,
    Alarm,
    AlarmCode,
    BatteryStatus,
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
from itb_console.device.pump_delivery import (
    PUMP_EPOCH,
    TICKS_PER_S,
    DeliveryIntegrator,
    _Bolus,
    clock_seconds,
)
from itb_console.device.pump_profiles import PumpProfile, load_profile
from itb_console.device.therapy import Concentration, Program, TherapyError
from itb_console.device.units import SECONDS_PER_DAY, ml_text, ml_text_below

FIRMWARE = "ITB-SIM 1.0"
SESSION_TIMEOUT_S = 120.0  # link inactivity that ends a telemetry session
CLINICIAN_CLEARABLE = frozenset({AlarmCode.MOTOR_STALL, AlarmCode.LOW_BATTERY_RESET})


class PumpModel(DeliveryIntegrator):
    """One implanted pump. Every public call first brings the pump up to the clock."""

    implant_record: ImplantRecord  # set by new() and by the state file
    mri: MriExposure | None = None  # a scan's effect until its stall recovery is logged

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
        record: ImplantRecord | None = None,
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
                                  f"{name}: {ml_text(volume)} mL is outside 0 to "
                                  f"{ml_text(profile.reservoir_nl)} mL")
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
        model.implant_record = record or ImplantRecord(implanted_on=model.pump_today())
        try:
            model.implant_record.check(model.pump_today())
        except RecordError as error:
            raise PumpRefused(Reason.OUT_OF_RANGE, str(error)) from None
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


    def pump_clock(self) -> datetime:
        self.sync()
        return self._pump_clock_at_tick(self._tick)

    def set_clock(self, pump_clock: datetime) -> None:
        self._require_session()
        self.reset_clock(pump_clock)

    def reset_clock(self, pump_clock: datetime) -> None:
        """Set the clock without a session: the clinician's path checks the session first."""
        self.sync()
        if not PUMP_EPOCH <= pump_clock < datetime(2100, 1, 1):
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"clock: {pump_clock:%Y-%m-%d %H:%M} is outside 2000 to 2099")
        before = self._pump_clock_at_tick(self._tick)
        self._set_pump_clock(pump_clock)
        self.record("clock-set", old=f"{before:%Y-%m-%dT%H:%M:%S}",
                     new=f"{pump_clock:%Y-%m-%dT%H:%M:%S}")
        self._committed()

    def raise_alarm(self, code: AlarmCode) -> None:
        """Tester: raise any alarm now (motor stall also stops the motor)."""
        self.sync()
        if code is AlarmCode.MOTOR_STALL:
            self.motor_stalled = True
        self._raise(code)

    def start_mri(self, minutes: int, resume: MriResume, delay_hours: int = 0) -> None:
        """Tester: an MRI scan of ``minutes`` starts now (device/mri_fault.py)."""
        problem = check_mri(minutes, resume, delay_hours)
        if problem is not None:
            raise PumpRefused(Reason.OUT_OF_RANGE, problem)
        self.sync()
        if self.mri is not None:
            raise PumpRefused(Reason.BUSY, "An MRI exposure is still in progress: a new scan "
                                           "can start once its stall recovery is logged (at "
                                           "the second OPEN after the rotor turned again).")
        end = self._tick + minutes * 60 * TICKS_PER_S
        resume_tick = {MriResume.NORMAL: end,
                       MriResume.DELAYED: end + delay_hours * 3600 * TICKS_PER_S,
                       MriResume.STUCK: None}[resume]
        self.mri = MriExposure(resume, end, resume_tick,
                               stalled_at=self._pump_clock_at_tick(self._tick))
        self.rotor_held = True
        self.rotor_resumes_at_tick = resume_tick
        self._raise(AlarmCode.MOTOR_STALL)

    def free_rotor(self) -> None:
        super().free_rotor()
        if self.mri is not None and self.mri.resumed_at is None:
            self.mri.resumed_at = self._pump_clock_at_tick(self._tick)

    def _mri_interrogated(self) -> None:
        """A session after the scan: frees a stuck rotor; the second one logs the recovery."""
        exposure = self.mri
        if exposure is None:
            return
        if exposure.rotor_free_on_session(self._tick):
            self.free_rotor()
        if exposure.resumed_at is None:
            return
        exposure.sessions_since_resume += 1
        if exposure.recovery_due():
            stalled = exposure.stalled_at or exposure.resumed_at
            self.record("stall-recovery",
                        resumed_at=f"{exposure.resumed_at:%Y-%m-%dT%H:%M:%S}",
                        stalled_minutes=round((exposure.resumed_at - stalled)
                                              .total_seconds() / 60))
            self._clear_quietly(AlarmCode.MOTOR_STALL)
            self.mri = None

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

    # ----------------------------------------------------------------- patient record
    def read_record(self) -> ImplantRecord:
        self.sync()
        return self.implant_record

    def write_record(self, changes: dict[str, str], reason: str) -> ImplantRecord:
        """Change record fields (text form, ``patient`` included) with the reason logged.

        All the changes are checked before any is made: a refused write changes nothing.
        """
        self._require_session()
        try:
            check_text("reason", reason)
            patient = changes.get("patient", self.identity.patient_id)
            check_text("patient", patient)
            updated = with_changes(self.implant_record,
                                   {k: v for k, v in changes.items() if k != "patient"},
                                   self.pump_today())
        except RecordError as error:
            raise PumpRefused(Reason.OUT_OF_RANGE, str(error)) from None
        if not changes:
            raise PumpRefused(Reason.BAD_REQUEST, "SETRECORD changes nothing: give at least "
                                                  "one record field")
        self.identity = replace(self.identity, patient_id=patient)
        self.implant_record = updated
        # Digits are logged as numbers, as a log read over the wire gives them back.
        self.record("record", reason=reason,
                    **{k: int(v) if v.isdigit() else v for k, v in changes.items()})
        self._committed()
        return updated

    # ----------------------------------------------------------------- sessions
    def open_session(self) -> PumpIdentity:
        self.sync()
        if self.session_open and not self._session_expired():
            raise PumpRefused(Reason.SESSION_OPEN,
                              "A programming session is already open on this pump.")
        self.session_open = True
        self._session_seen = self.link_clock()
        self.battery_used_days = min(
            Fraction(self.profile.battery.life_days), self.battery_used_days
            + Fraction(self.profile.battery.telemetry_session_cost_minutes, 1440))
        self.record("session-open")
        self.raise_battery_alarms()
        self._mri_interrogated()
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
                              f"fill volume: {ml_text(request.filled_nl)} mL is outside 0 to "
                              f"{ml_text(profile.reservoir_nl)} mL (the reservoir)")
        if not 0 <= request.withdrawn_nl <= profile.reservoir_nl:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"withdrawn volume: {ml_text(request.withdrawn_nl)} mL is outside "
                              f"0 to {ml_text(profile.reservoir_nl)} mL")
        if not (profile.low_reservoir_alarm_min_nl <= request.low_reservoir_alarm_nl
                <= profile.low_reservoir_alarm_max_nl):
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"low-reservoir alarm: {ml_text(request.low_reservoir_alarm_nl)} mL "
                              f"is outside {ml_text(profile.low_reservoir_alarm_min_nl)} to "
                              f"{ml_text(profile.low_reservoir_alarm_max_nl)} mL")
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
        self._refilled_today()
        self.record("refill", expected_residual_nl=expected,
                     withdrawn_nl=request.withdrawn_nl, filled_nl=request.filled_nl,
                     concentration=request.concentration.mcg_per_ml,
                     low_alarm_nl=request.low_reservoir_alarm_nl)
        if new_program is not None and new_program != self.program:
            self._apply_program(new_program)
        self.raise_threshold_alarms()
        self._committed()
        return RefillResult(expected, request.withdrawn_nl, request.filled_nl)

    def pump_today(self) -> date:
        """The pump clock's date now, without moving time on (mid-command)."""
        return self._pump_clock_at_tick(self._tick).date()

    def _refilled_today(self) -> None:
        """The record's last refill is today; a booking for this refill is used up."""
        today = self.pump_today()
        booked = self.implant_record.next_refill_on
        self.implant_record = replace(
            self.implant_record, last_refill_on=today,
            next_refill_on=None if booked is not None and booked <= today else booked)

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
                              f"bolus volume: {ml_text(request.volume_nl)} mL is above this "
                              f"pump's {ml_text(self.profile.max_bolus_nl)} mL")
        rate = round(Fraction(request.volume_nl * SECONDS_PER_DAY, request.duration_s))
        if not self.profile.min_rate_nl_per_day <= rate <= self.profile.max_rate_nl_per_day:
            raise PumpRefused(Reason.OUT_OF_RANGE,
                              f"bolus rate: {ml_text(rate)} mL/day is outside this pump's "
                              f"{ml_text(self.profile.min_rate_nl_per_day)} to "
                              f"{ml_text(self.profile.max_rate_nl_per_day)} mL/day; change the "
                              "duration")
        if request.volume_nl > self.reservoir_nl:
            raise PumpRefused(Reason.RESERVOIR,
                              f"bolus volume: {ml_text(request.volume_nl)} mL is more than "
                              f"the {ml_text_below(self.reservoir_nl, request.volume_nl)} mL "
                              "in the reservoir")
        if self.motor_stalled:
            raise PumpRefused(Reason.MOTOR_STALLED, "The motor is stalled: clear the "
                                                    "motor_stall alarm before a bolus.")
        self.bolus = _Bolus(request.kind, request.volume_nl, rate, self.world_time, Fraction(0),
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


    def _bolus_status(self) -> BolusStatus:
        bolus = self.bolus
        assert bolus is not None
        return BolusStatus(bolus.kind, bolus.volume_nl, int(bolus.delivered_nl),
                           bolus.rate_nl_per_day,
                           self._pump_clock_at_tick(bolus.started_at_tick),
                           self._pump_clock_at_tick(bolus.ends_at_tick), bolus.resume_mode)

    # ----------------------------------------------------------------- status
    def battery_status(self) -> BatteryStatus:
        """Milestones reached are reported as the moment they were reached, every read.

        Those still ahead are forecast at the program's rate (never below the reference
        rate); after ERI the pump keeps its earliest end-of-service forecast, so the date
        it reports can only come earlier.
        """
        eri_days = Fraction(self.profile.battery.eri_to_eos_days)
        left = self._battery_left_days()
        per_day = max(Fraction(1), self.program.daily_volume_nl
                      / self.profile.battery.reference_rate_nl_per_day)
        eri_world = (self.eri_reached_at if self.eri_reached_at is not None else
                     self.world_time + max(Fraction(0), left - eri_days) / per_day
                     * SECONDS_PER_DAY)
        eos_world = self.world_time + max(Fraction(0), left) / per_day * SECONDS_PER_DAY
        if self.eri_reached_at is not None:
            if self.eos_forecast_at is not None:
                eos_world = min(eos_world, self.eos_forecast_at)
            self.eos_forecast_at = eos_world
        if self.eos_reached_at is not None:
            eos_world = self.eos_reached_at
        return BatteryStatus(
            implanted_at=self._pump_clock_at(self.implanted_at),
            eri_at=self._pump_clock_at(eri_world),
            eos_at=self._pump_clock_at(eos_world),
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
            pump_clock=self._pump_clock_at_tick(self._tick),
            world_time=datetime.fromtimestamp(self._tick / TICKS_PER_S, UTC),
            battery=self.battery_status(),
            alarms=self.alarms(),
            bolus=None if self.bolus is None else self._bolus_status(),
            session_open=self.session_open and not self._session_expired(),
            last_event_seq=self._next_seq - 1,
        )

    def _committed(self) -> None:
        if self.on_commit is not None:
            self.on_commit()
