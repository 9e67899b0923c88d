"""The file a pump replacement starts from: the old pump's program, drug and implant record.

Before a pump is explanted the clinician reads it and keeps what the new pump must carry
on: the program (daily doses, mode), the drug and its concentration, the patient and the
catheter. The file is JSON, marked with its format and version so that a file from
another program, or from a later version of this one, is refused in words rather than
half-read. Every value is checked as the pump checks it, and the program travels in its
canonical text with its checksum, so a file edited by hand or damaged is refused too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import ImplantRecord, RecordError, from_text, to_text
from itb_console.device.pump_api import PumpStatus
from itb_console.device.state_checks import StateCheckError, check_identity_text
from itb_console.device.text_files import cannot_read, read_text
from itb_console.device.therapy import Program, TherapyError

FORMAT = "itb-console saved pump"
VERSION = 1
SUFFIX = ".itbpump.json"
MAX_BYTES = 64 * 1024  # a saved pump is about 1 KB; anything far larger is not one
NOTICE = "Training mock, not for clinical use."
_KEYS = {"format", "version", "notice", "saved_at", "pump_clock", "pump", "program",
         "program_checksum", "record"}
_PUMP_KEYS = {"serial", "model", "profile", "patient"}


class SavedPumpError(ValueError):
    """A file that is not a saved pump this console can use: the file, and why."""


@dataclass(frozen=True)
class SavedPump:
    """What the old pump held when it was read, and when."""

    serial_number: str
    model_code: str
    profile_id: str
    patient_id: str
    program: Program  # its concentration is the drug in the old pump's reservoir
    record: ImplantRecord
    pump_clock: datetime  # naive, the old pump's own clock when read
    saved_at: datetime  # aware UTC, the world time of the reading

    @classmethod
    def read_from(cls, status: PumpStatus, record: ImplantRecord) -> SavedPump:
        ident = status.identity
        return cls(ident.serial_number, ident.model_code, ident.profile_id, ident.patient_id,
                   status.program, record, status.pump_clock, status.world_time)


def to_json(saved: SavedPump) -> str:
    """The file's text (UTF-8 JSON, keys in a fixed order, one value per line)."""
    data = {
        "format": FORMAT, "version": VERSION, "notice": NOTICE,
        "saved_at": saved.saved_at.astimezone(UTC).isoformat(),
        "pump_clock": saved.pump_clock.isoformat(),
        "pump": {"serial": saved.serial_number, "model": saved.model_code,
                 "profile": saved.profile_id, "patient": saved.patient_id},
        "program": saved.program.canonical_text(),
        "program_checksum": f"{saved.program.checksum():08X}",
        "record": to_text(saved.record),
    }
    return json.dumps(data, indent=2) + "\n"


def from_json(text: str, name: str = "the file") -> SavedPump:
    """Parse and check a saved pump; :class:`SavedPumpError` says what is wrong."""
    def refuse(why: str) -> SavedPumpError:
        return SavedPumpError(f"{name}: {why}")

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise refuse(f"not a saved pump file: it is not JSON ({error.msg} at line "
                     f"{error.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refuse(f"not a saved pump file: it has no \"format\": \"{FORMAT}\" (save the "
                     "old pump from Pump > Replace pump)")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refuse(f"version: {version!r} must be a whole number from 1")
    if version > VERSION:
        raise refuse(f"version {version} was written by a newer console; this one reads "
                     f"version {VERSION}")
    missing = sorted(_KEYS - set(data))
    unknown = sorted(set(data) - _KEYS)
    if missing or unknown:
        raise refuse(f"{(missing or unknown)[0]}: " + ("is missing" if missing else
                     f"is not a field of a saved pump; allowed: {', '.join(sorted(_KEYS))}"))
    pump = _table(data, "pump", refuse)
    if set(pump) != _PUMP_KEYS:
        raise refuse(f"pump: must hold exactly {', '.join(sorted(_PUMP_KEYS))}")
    for key in sorted(_PUMP_KEYS):
        value = pump[key]
        try:
            if not isinstance(value, str):
                raise StateCheckError(f"{key}: {value!r} must be a text")
            check_identity_text(key, value)
        except StateCheckError as error:
            raise refuse(f"pump.{error}") from None
    saved_at = _moment(data, "saved_at", refuse, aware=True)
    pump_clock = _moment(data, "pump_clock", refuse, aware=False)
    program = _program(data, refuse)
    raw_record = _table(data, "record", refuse)
    try:
        if not all(isinstance(value, str) for value in raw_record.values()):
            raise RecordError("record", "every value must be a text")
        record = from_text(raw_record, pump_clock.date())
    except RecordError as error:
        raise refuse(f"record.{error}") from None
    return SavedPump(pump["serial"], pump["model"], pump["profile"], pump["patient"], program,
                     record, pump_clock, saved_at)


def _table(data: dict[str, Any], key: str, refuse: Any) -> dict[str, Any]:
    value = data[key]
    if not isinstance(value, dict):
        raise refuse(f"{key}: must be a table of fields")
    return value


def _moment(data: dict[str, Any], key: str, refuse: Any, *, aware: bool) -> datetime:
    text = data[key]
    example = "2026-11-25T09:00:00+00:00" if aware else "2026-11-25T09:00:00"
    try:
        moment = datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        moment = None
    if moment is None or (moment.tzinfo is not None) != aware:
        raise refuse(f"{key}: {str(text)[:40]!r} must be a date-time like {example}")
    return moment.astimezone(UTC) if aware else moment


def _program(data: dict[str, Any], refuse: Any) -> Program:
    text, checksum = data["program"], data["program_checksum"]
    if not isinstance(text, str) or len(text) > 400:
        raise refuse("program: must be the program's text, mode;drug;conc;start:ng,...")
    try:
        program = Program.from_canonical_text(text)
        drugs = load_drugs()
        if program.drug not in drugs:
            raise TherapyError(f"drug: {program.drug!r} is not in the drug table")
        drugs[program.drug].check_concentration(program.concentration)
    except TherapyError as error:
        raise refuse(f"program: {error}") from None
    expected = f"{program.checksum():08X}"
    if checksum != expected:
        raise refuse(f"program_checksum: {str(checksum)[:12]!r} does not match the program "
                     f"({expected}): the file was changed or damaged since it was saved")
    return program


def save(path: Path, saved: SavedPump) -> SavedPump:
    """Write atomically, then read the file back: what is on disk is what was meant.

    Runs off the GUI thread. Returns the saved pump as read back.
    """
    try:
        write_text_atomically(path, to_json(saved))
    except OSError as error:
        raise SavedPumpError(f"{path}: cannot be written ({error.strerror or error})") from None
    again = load(path)
    if again != saved:
        raise SavedPumpError(f"{path}: the file read back differs from what was written")
    return again


def load(path: Path) -> SavedPump:
    """Read and check a saved pump file (off the GUI thread)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SavedPumpError(cannot_read(path, error)) from None
    if size > MAX_BYTES:
        raise SavedPumpError(f"{path}: not a saved pump file: {size:,} bytes is far more "
                             f"than one holds (at most {MAX_BYTES:,})")
    return from_json(read_text(path, SavedPumpError), str(path))
