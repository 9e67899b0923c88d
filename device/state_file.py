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
from fractions import Fraction
from pathlib import Path
from typing import Any

from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.clock import Clock
from itb_console.device.implant_record import to_text
from itb_console.device.mri_fault import MriExposure
from itb_console.device.pump_model import PumpModel
from itb_console.device.resource_toml import ProfileError
from itb_console.device.state_checks import MAX_EVENTS, StateCheckError
from itb_console.device.state_fields import shown
from itb_console.device.state_reader import read_model
from itb_console.device.text_files import cannot_read

FORMAT_VERSION = 1
MAX_FILE_BYTES = 16 * 2**20  # 5000 events of the longest kind take under 3 MiB


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


def from_state(data: Any, clock: Clock,
               link_clock: Callable[[], float] = time.monotonic) -> PumpModel:
    """Rebuild a pump model; any missing, unknown or malformed field is a
    :class:`StateFileError` naming the field, its value and what is allowed."""
    if not isinstance(data, dict) or data.get("kind") != "itb-pump-state":
        raise StateFileError("this is not an ITB pump state file")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or not (
            1 <= version <= FORMAT_VERSION):
        raise StateFileError(f"format version {shown(version)} is not supported; this "
                             f"program reads version {FORMAT_VERSION} (a newer program "
                             "wrote it?)")
    try:
        return read_model(data, clock, link_clock)
    except (StateCheckError, ProfileError) as error:
        raise StateFileError(str(error)) from None


def save_state(model: PumpModel, path: Path) -> None:
    """Write atomically: a crash mid-save leaves the previous state, never half of one."""
    write_text_atomically(path, json.dumps(to_state(model), indent=1))


def load_state(path: Path, clock: Clock,
               link_clock: Callable[[], float] = time.monotonic) -> PumpModel:
    """The pump saved in ``path``, checked against its profile; the file is never changed."""
    try:
        with path.open("rb") as file:  # bounded: a wrong file chosen is not read whole
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise StateFileError(cannot_read(path, error)) from None
    if len(raw) > MAX_FILE_BYTES:  # before decoding: the cut may fall inside a character
        raise StateFileError(f"{path}: is larger than {MAX_FILE_BYTES // 2**20} MiB; a pump "
                             f"state file (at most {MAX_EVENTS} events) is smaller; it was "
                             "not changed")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StateFileError(cannot_read(path, error)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise StateFileError(f"{path}: is not valid JSON ({error}); it was not "
                             "changed") from None
    except (ValueError, RecursionError):  # a number of thousands of digits, deep nesting
        raise StateFileError(f"{path}: holds a number or nesting far beyond any pump state "
                             "file; it was not changed") from None
    try:
        return from_state(data, clock, link_clock)
    except StateFileError as error:
        raise StateFileError(f"{path}: {error}; it was not changed") from None
