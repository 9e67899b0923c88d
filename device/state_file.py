"""The pump's state as a versioned JSON file, written so that a crash never loses it.

Writes go to a temporary file in the same folder, are flushed and fsynced, then renamed
over the old file and the folder is fsynced: a reader sees the old state or the new one,
never half of each, even if the process is killed mid-write. A file that is corrupt or
from a newer version is refused with the reason and left untouched.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.clock import Clock
from itb_console.device.implant_record import ImplantRecord, RecordError, from_text, to_text
from itb_console.device.mri_fault import MriExposure, MriResume
from itb_console.device.pump_api import AlarmCode, BolusKind, Event, PumpIdentity
from itb_console.device.pump_delivery import _Bolus
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.resource_toml import ProfileError
from itb_console.device.state_checks import StateCheckError, check_model
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError

FORMAT_VERSION = 1


class StateFileError(ValueError):
    """A state file that cannot be loaded, with the file and the reason."""


def _fraction(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def _optional_fraction(value: Fraction | None) -> str | None:
    return None if value is None else _fraction(value)


def to_state(model: PumpModel) -> dict[str, Any]:
    """Everything needed to bring the same pump back, faults included."""
    model.sync()
    bolus = model.bolus
    return {
        "format_version": FORMAT_VERSION,
        "kind": "itb-pump-state",
        "identity": {"serial_number": model.identity.serial_number,
                     "patient_id": model.identity.patient_id,
                     "profile_id": model.profile.id},
        "record": to_text(model.implant_record),
        "program": model.program.canonical_text(),
        "reservoir_concentration": model.reservoir_concentration.mcg_per_ml,
        "reservoir_nl": _fraction(model.reservoir_nl),
        "true_reservoir_nl": _fraction(model.true_reservoir_nl),
        "low_reservoir_alarm_nl": model.low_reservoir_alarm_nl,
        "delivered_nl": _fraction(model.delivered_nl),
        "world_time": _fraction(model.world_time),
        "clock": {"base_s": _fraction(model._clock_base_s),
                  "set_at": _fraction(model._clock_set_at),
                  "drift_ppm": model.drift_ppm, "timezone": model.timezone},
        "battery_used_days": _fraction(model.battery_used_days),
        "implanted_at": _fraction(model.implanted_at),
        "eri_reached_at": _optional_fraction(model.eri_reached_at),
        "eos_reached_at": _optional_fraction(model.eos_reached_at),
        "eos_forecast_at": _optional_fraction(model.eos_forecast_at),
        "faults": {"over_infusion_percent": model.over_infusion_percent,
                   "motor_stalled": model.motor_stalled, "mri": _mri_state(model.mri)},
        "alarms": {code.value: _fraction(at) for code, at in model.active_alarms.items()},
        "bolus": None if bolus is None else {
            "kind": bolus.kind.value, "volume_nl": bolus.volume_nl,
            "rate_nl_per_day": bolus.rate_nl_per_day, "started_at": _fraction(bolus.started_at),
            "delivered_nl": _fraction(bolus.delivered_nl),
            "resume_mode": bolus.resume_mode.value},
        "events": [{"seq": e.seq, "pump_clock": e.pump_clock.isoformat(), "kind": e.kind,
                    "detail": e.detail} for e in model.events],
    }


def _mri_state(exposure: MriExposure | None) -> dict[str, Any] | None:
    if exposure is None:
        return None
    return {"resume": exposure.resume.value, "scan_end_tick": exposure.scan_end_tick,
            "resume_tick": exposure.resume_tick,
            "stalled_at": None if exposure.stalled_at is None
            else exposure.stalled_at.isoformat(),
            "resumed_at": None if exposure.resumed_at is None
            else exposure.resumed_at.isoformat(),
            "sessions_since_resume": exposure.sessions_since_resume}


def _read_mri(model: PumpModel, data: Any) -> None:
    """An MRI exposure in progress (a file without one has none): the rotor as it was."""
    if data is None:
        return
    resume_tick = data["resume_tick"]
    exposure = MriExposure(
        MriResume(data["resume"]), int(data["scan_end_tick"]),
        None if resume_tick is None else int(resume_tick),
        resumed_at=None if data["resumed_at"] is None
        else datetime.fromisoformat(data["resumed_at"]),
        stalled_at=None if data["stalled_at"] is None
        else datetime.fromisoformat(data["stalled_at"]),
        sessions_since_resume=int(data["sessions_since_resume"]))
    model.mri = exposure
    model.rotor_held = exposure.resumed_at is None
    model.rotor_resumes_at_tick = exposure.resume_tick if model.rotor_held else None


def _read_fraction(text: Any, field: str) -> Fraction:
    if not isinstance(text, str):
        raise StateFileError(f"{field}: {text!r} must be a fraction like '3/2'")
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise StateFileError(f"{field}: {text!r} must be a fraction like '3/2'") from None


def _read_program(text: Any) -> Program:
    try:
        return Program.from_canonical_text(str(text))
    except TherapyError as error:
        raise StateFileError(f"program: {str(text)[:80]!r}: {error}") from None


def _battery_moment(data: dict[str, Any], field: str, alarm: AlarmCode) -> Fraction | None:
    """A battery milestone's moment; files written before it was kept take the alarm's.

    The pump raised the alarm at the moment the battery reached the milestone and keeps
    it active, so its raise time is that moment; :func:`check_model` refuses a file whose
    battery is past the milestone with neither.
    """
    if field in data:
        text = data[field]
        return None if text is None else _read_fraction(text, field)
    alarms = data["alarms"]
    return _read_fraction(alarms[alarm.value], f"alarms.{alarm.value}") if (
        isinstance(alarms, dict) and alarm.value in alarms) else None


def _read_record(data: dict[str, Any], model: PumpModel) -> ImplantRecord:
    """The record; a file from before records were kept gets the default one."""
    today = model.pump_today()
    if "record" not in data:
        return ImplantRecord(implanted_on=model.battery_status().implanted_at.date())
    values = data["record"]
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise StateFileError("record: must be a table of texts like "
                             '{"cath_mm": "450", "tip": "T10", ...}')
    try:
        return from_text(values, today)
    except RecordError as error:
        raise StateFileError(f"record.{error}") from None


def from_state(data: dict[str, Any], clock: Clock,
               link_clock: Callable[[], float] = time.monotonic) -> PumpModel:
    """Rebuild a pump model; any missing or malformed field is a :class:`StateFileError`."""
    if not isinstance(data, dict) or data.get("kind") != "itb-pump-state":
        raise StateFileError("this is not an ITB pump state file")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise StateFileError(f"format version {version!r} is not supported; this program "
                             f"reads version {FORMAT_VERSION} (a newer program wrote it?)")
    try:
        identity = data["identity"]
        profile = load_profile(identity["profile_id"])
        clock_data, faults = data["clock"], data["faults"]
        model = PumpModel(
            profile=profile,
            identity=PumpIdentity(str(identity["serial_number"]), profile.id,
                                  profile.model_code, "ITB-SIM 1.0",
                                  str(identity["patient_id"])),
            program=_read_program(data["program"]),
            reservoir_concentration=Concentration(data["reservoir_concentration"]),
            reservoir_nl=_read_fraction(data["reservoir_nl"], "reservoir_nl"),
            true_reservoir_nl=_read_fraction(data["true_reservoir_nl"], "true_reservoir_nl"),
            low_reservoir_alarm_nl=int(data["low_reservoir_alarm_nl"]),
            clock=clock,
            world_time=_read_fraction(data["world_time"], "world_time"),
            clock_base_s=_read_fraction(clock_data["base_s"], "clock.base_s"),
            clock_set_at=_read_fraction(clock_data["set_at"], "clock.set_at"),
            drift_ppm=int(clock_data["drift_ppm"]),
            timezone=str(clock_data["timezone"]),
            battery_used_days=_read_fraction(data["battery_used_days"], "battery_used_days"),
            implanted_at=_read_fraction(data["implanted_at"], "implanted_at"),
            link_clock=link_clock,
        )
        model.delivered_nl = _read_fraction(data["delivered_nl"], "delivered_nl")
        model.over_infusion_percent = int(faults["over_infusion_percent"])
        model.motor_stalled = bool(faults["motor_stalled"])
        _read_mri(model, faults.get("mri"))
        model.active_alarms = {AlarmCode(code): _read_fraction(at, f"alarms.{code}")
                               for code, at in data["alarms"].items()}
        model.eri_reached_at = _battery_moment(data, "eri_reached_at",
                                               AlarmCode.REPLACEMENT_INDICATOR)
        model.eos_reached_at = _battery_moment(data, "eos_reached_at",
                                               AlarmCode.END_OF_SERVICE)
        forecast = data.get("eos_forecast_at")  # absent in older files: forecast afresh
        model.eos_forecast_at = (None if forecast is None or model.eri_reached_at is None
                                 else _read_fraction(forecast, "eos_forecast_at"))
        if data["bolus"] is not None:
            b = data["bolus"]
            model.bolus = _Bolus(BolusKind(b["kind"]), int(b["volume_nl"]),
                                 int(b["rate_nl_per_day"]),
                                 _read_fraction(b["started_at"], "bolus.started_at"),
                                 _read_fraction(b["delivered_nl"], "bolus.delivered_nl"),
                                 Mode(b["resume_mode"]))
        model.events = [Event(int(e["seq"]), datetime.fromisoformat(e["pump_clock"]),
                              str(e["kind"]), dict(e["detail"])) for e in data["events"]]
        model._next_seq = (model.events[-1].seq + 1) if model.events else 1
        check_model(model)
        model.implant_record = _read_record(data, model)  # needs a clock checked sane
    except StateCheckError as error:
        raise StateFileError(str(error)) from None
    except StateFileError:
        raise
    except KeyError as error:
        raise StateFileError(f"field {error} is missing") from None
    except (TypeError, ValueError, AttributeError, TherapyError, ProfileError) as error:
        raise StateFileError(f"a field is malformed ({error})") from None
    return model


def save_state(model: PumpModel, path: Path) -> None:
    """Write atomically: a crash mid-save leaves the previous state, never half of one."""
    write_text_atomically(path, json.dumps(to_state(model), indent=1))


def load_state(path: Path, clock: Clock,
               link_clock: Callable[[], float] = time.monotonic) -> PumpModel:
    """The pump saved in ``path``, checked against its profile; the file is never changed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StateFileError(f"{path}: cannot be read ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise StateFileError(f"{path}: is not valid JSON ({error}); it was not "
                             "changed") from None
    try:
        return from_state(data, clock, link_clock)
    except StateFileError as error:
        raise StateFileError(f"{path}: {error}; it was not changed") from None
