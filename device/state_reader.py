"""Builds a pump model from a state file's JSON, every field read, typed and bounded.

Each value is read through :class:`itb_console.device.state_fields.Fields`, which knows
the tables' fields and refuses any other; the ranges come from the pump's profile and
the limits of the wire, so a loaded pump can always answer (a delivered volume of
``1e400`` nL would make every STATUS fail). What involves more than one field (the
program against the drug table, the battery's milestones, the event log) is then
checked on the built model by :func:`itb_console.device.state_checks.check_model`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from itb_console.device.clock import Clock
from itb_console.device.implant_record import ImplantRecord, RecordError, from_text
from itb_console.device.mri_fault import (
    DELAY_HOURS,
    MAX_SCAN_MINUTES,
    SESSIONS_TO_LOG_RECOVERY,
    MriExposure,
    MriResume,
)
from itb_console.device.pump_api import EVENT_KINDS, AlarmCode, BolusKind, Event, PumpIdentity
from itb_console.device.pump_delivery import TICKS_PER_S, _Bolus
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import PumpProfile, load_profile, profile_ids
from itb_console.device.state_checks import (
    MAX_DRIFT_PPM,
    MAX_EVENTS,
    MAX_OVER_INFUSION_PERCENT,
    YEAR_2000_S,
    YEAR_2100_S,
    StateCheckError,
    check_identity_text,
    check_model,
)
from itb_console.device.state_fields import Fields, listed, shown
from itb_console.device.therapy import (
    MAX_CONCENTRATION_MCG_PER_ML,
    Concentration,
    Mode,
    Program,
    TherapyError,
)
from itb_console.device.units import SECONDS_PER_DAY

REQUIRED = ("format_version", "kind", "identity", "program", "reservoir_concentration",
            "reservoir_nl", "true_reservoir_nl", "low_reservoir_alarm_nl", "delivered_nl",
            "world_time", "clock", "battery_used_days", "implanted_at", "faults", "alarms",
            "bolus", "events")
# Files written before the implant record and the battery moments were kept lack these.
OPTIONAL = ("record", "eri_reached_at", "eos_reached_at", "eos_forecast_at")
CENTURY_DAYS = (YEAR_2100_S - YEAR_2000_S) // SECONDS_PER_DAY
MAX_EVENT_SEQ = 10**9  # the largest LOG since= (docs/protocol.md, section 7)
_WORLD = " s (world time, from 2000-01-01 UTC to the file's world_time)"
_DETAIL_KEY = re.compile("[a-z_]{1,40}")


def max_delivered_nl(profile: PumpProfile) -> int:
    """More than the pump could deliver from 2000 to 2100 at its top rate, over-infusing."""
    return (profile.max_rate_nl_per_day * (100 + MAX_OVER_INFUSION_PERCENT) // 100
            * CENTURY_DAYS)


def read_model(data: Any, clock: Clock,
               link_clock: Callable[[], float] = time.monotonic) -> PumpModel:
    """The pump a state file describes, or :class:`StateCheckError` naming the field.

    ``format_version`` and ``kind`` are checked by the caller (they decide whether this
    reader applies at all).
    """
    top = Fields(data, "", REQUIRED, OPTIONAL)
    identity = top.table("identity", ("serial_number", "patient_id", "profile_id"))
    profile = load_profile(identity.choice("profile_id", profile_ids(), "a pump profile"))
    serial, patient = identity.text("serial_number"), identity.text("patient_id")
    check_identity_text("identity.serial_number", serial)
    check_identity_text("identity.patient_id", patient)
    world_time = top.fraction("world_time", YEAR_2000_S, YEAR_2100_S,
                              " s (2000-01-01 to 2100-01-01 UTC)")
    clock_data = top.table("clock", ("base_s", "set_at", "drift_ppm", "timezone"))
    volume = profile.reservoir_nl
    model = PumpModel(
        profile=profile,
        identity=PumpIdentity(serial, profile.id, profile.model_code, "ITB-SIM 1.0", patient),
        program=_program(top.text("program")),
        reservoir_concentration=Concentration(top.integer(
            "reservoir_concentration", 1, MAX_CONCENTRATION_MCG_PER_ML, " mcg/mL")),
        reservoir_nl=top.fraction("reservoir_nl", 0, volume, as_ml=True),
        true_reservoir_nl=top.fraction("true_reservoir_nl", 0, volume, as_ml=True),
        low_reservoir_alarm_nl=top.integer(
            "low_reservoir_alarm_nl", profile.low_reservoir_alarm_min_nl,
            profile.low_reservoir_alarm_max_nl, as_ml=True),
        clock=clock,
        world_time=world_time,
        clock_base_s=clock_data.fraction("base_s", 0, YEAR_2100_S - YEAR_2000_S,
                                         " s (pump clock, since 2000-01-01)"),
        clock_set_at=clock_data.fraction("set_at", YEAR_2000_S, world_time, _WORLD),
        drift_ppm=clock_data.integer("drift_ppm", -MAX_DRIFT_PPM, MAX_DRIFT_PPM, " ppm"),
        timezone=clock_data.text("timezone"),
        battery_used_days=top.fraction("battery_used_days", 0, profile.battery.life_days,
                                       " days"),
        implanted_at=top.fraction("implanted_at", YEAR_2000_S, world_time, _WORLD),
        link_clock=link_clock,
    )
    model.delivered_nl = top.fraction("delivered_nl", 0, max_delivered_nl(profile),
                                      as_ml=True)
    faults = top.table("faults", ("over_infusion_percent", "motor_stalled"), ("mri",))
    model.over_infusion_percent = faults.integer(
        "over_infusion_percent", 0, MAX_OVER_INFUSION_PERCENT, " %")
    model.motor_stalled = faults.flag("motor_stalled")
    if faults.has("mri") and faults.raw("mri") is not None:
        _read_mri(model, faults.table("mri", MRI_FIELDS))
    model.active_alarms = _alarms(top, world_time)
    alarms = model.active_alarms
    model.eri_reached_at = _battery_moment(
        top, "eri_reached_at", alarms.get(AlarmCode.REPLACEMENT_INDICATOR), world_time)
    model.eos_reached_at = _battery_moment(
        top, "eos_reached_at", alarms.get(AlarmCode.END_OF_SERVICE), world_time)
    # Older files lack the forecast: the pump forecasts afresh. check_model ties it to
    # the ERI moment; without one it means nothing and is dropped.
    forecast = top.optional_fraction(
        "eos_forecast_at", YEAR_2000_S,
        YEAR_2100_S + profile.battery.eri_to_eos_days * SECONDS_PER_DAY,
        " s (world time)") if top.has("eos_forecast_at") else None
    model.eos_forecast_at = None if model.eri_reached_at is None else forecast
    if top.raw("bolus") is not None:
        model.bolus = _bolus(top.table("bolus", BOLUS_FIELDS), profile, world_time)
    model.events = _events(top)
    model._next_seq = (model.events[-1].seq + 1) if model.events else 1
    check_model(model)
    model.implant_record = _record(top, model)  # needs a clock checked sane
    return model


def _program(text: str) -> Program:
    try:
        return Program.from_canonical_text(text)
    except TherapyError as error:
        raise StateCheckError(f"program: {shown(text, 80)}: {error}") from None


def _alarms(top: Fields, world_time: Fraction) -> dict[AlarmCode, Fraction]:
    """Each active alarm's code and the world time it was raised."""
    codes = [code.value for code in AlarmCode]
    alarms = top.table("alarms", (), codes, '{"low_reservoir": "1767225600/1"}',
                       what="an alarm code")
    return {AlarmCode(code): alarms.fraction(code, YEAR_2000_S, world_time, _WORLD)
            for code in alarms.data}


def _battery_moment(top: Fields, field: str, raised_at: Fraction | None,
                    world_time: Fraction) -> Fraction | None:
    """A battery milestone's moment; files written before it was kept take the alarm's.

    The pump raised the alarm at the moment the battery reached the milestone and keeps
    it active, so its raise time is that moment; :func:`check_model` refuses a file whose
    battery is past the milestone with neither.
    """
    if top.has(field):
        return top.optional_fraction(field, YEAR_2000_S, world_time, _WORLD)
    return raised_at


BOLUS_FIELDS = ("kind", "volume_nl", "rate_nl_per_day", "started_at", "delivered_nl",
                "resume_mode")


def _bolus(bolus: Fields, profile: PumpProfile, world_time: Fraction) -> _Bolus:
    volume_nl = bolus.integer("volume_nl", 1, profile.max_bolus_nl, as_ml=True)
    return _Bolus(
        BolusKind(bolus.choice("kind", [k.value for k in BolusKind], "a bolus kind")),
        volume_nl,
        bolus.integer("rate_nl_per_day", profile.min_rate_nl_per_day,
                      profile.max_rate_nl_per_day, " nL/day"),
        bolus.fraction("started_at", YEAR_2000_S, world_time, _WORLD),
        bolus.fraction("delivered_nl", 0, volume_nl, " nL (at most the bolus volume)"),
        Mode(bolus.choice("resume_mode", [m.value for m in Mode], "a pump mode")))


MRI_FIELDS = ("resume", "scan_end_tick", "resume_tick", "stalled_at", "resumed_at",
              "sessions_since_resume")


def _read_mri(model: PumpModel, mri: Fields) -> None:
    """An MRI exposure in progress: the rotor as it was."""
    low, high = YEAR_2000_S * TICKS_PER_S, YEAR_2100_S * TICKS_PER_S
    latest = high + (MAX_SCAN_MINUTES * 60 + DELAY_HOURS[1] * 3600) * TICKS_PER_S
    unit = " us (world time in microseconds, 2000 to 2100)"
    exposure = MriExposure(
        MriResume(mri.choice("resume", [r.value for r in MriResume], "an MRI resume")),
        mri.integer("scan_end_tick", low, latest, unit),
        mri.optional_integer("resume_tick", low, latest, unit),
        resumed_at=mri.optional_pump_clock("resumed_at"),
        stalled_at=mri.optional_pump_clock("stalled_at"),
        sessions_since_resume=mri.integer("sessions_since_resume", 0,
                                          SESSIONS_TO_LOG_RECOVERY))
    model.mri = exposure
    model.rotor_held = exposure.resumed_at is None
    model.rotor_resumes_at_tick = exposure.resume_tick if model.rotor_held else None


_EVENT_EXAMPLE = ('{"seq": 1, "pump_clock": "2026-01-01T00:00:00", "kind": "implant", '
                  '"detail": {...}}')


def _events(top: Fields) -> list[Event]:
    events = []
    for index, item in enumerate(listed(top.raw("events"), "events", MAX_EVENTS,
                                        _EVENT_EXAMPLE)):
        event = Fields(item, f"events[{index}]", ("seq", "pump_clock", "kind", "detail"),
                       example=_EVENT_EXAMPLE)
        events.append(Event(event.integer("seq", 1, MAX_EVENT_SEQ),
                            event.pump_clock("pump_clock"),
                            event.choice("kind", EVENT_KINDS, "an event kind"),
                            _detail(event)))
    return events


def _detail(event: Fields) -> dict[str, str | int]:
    """An event's details: lower-case keys, each a text or a whole number."""
    detail, path = event.raw("detail"), event.name("detail")
    if not isinstance(detail, dict):
        raise StateCheckError(f"{path}: {shown(detail)} must be a table of texts or whole "
                              'numbers like {"code": "low_reservoir"}')
    for key, value in detail.items():
        if not _DETAIL_KEY.fullmatch(key):
            raise StateCheckError(f"{path}: key {shown(key)} must be 1 to 40 lower-case "
                                  "letters or _")
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise StateCheckError(f"{path}.{key}: {shown(value)} must be a text or a whole "
                                  "number")
    return dict(detail)


def _record(top: Fields, model: PumpModel) -> ImplantRecord:
    """The record; a file from before records were kept gets the default one."""
    if not top.has("record"):
        return ImplantRecord(implanted_on=model.battery_status().implanted_at.date())
    values = top.raw("record")
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise StateCheckError(f"record: {shown(values)} must be a table of texts like "
                              '{"cath_mm": "450", "tip": "T10", ...}')
    try:
        return from_text(values, model.pump_today())
    except RecordError as error:
        raise StateCheckError(f"record.{error}") from None
