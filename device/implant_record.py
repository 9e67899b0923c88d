"""The patient and implant record a pump holds: who it is in, and what catheter it feeds.

A real programmer's session starts from this record: the catheter's length and internal
volume size a priming bolus, the booked next refill plans the visit. Lengths are whole
millimetres and internal volumes whole nL per cm (0.0022 mL/cm is 2200 nL/cm), so the
record travels on the wire and in files as exact integers. Every check names the field,
the value and what is allowed; the pump, the state file, ``sim://``, scenarios and the
console all use the same checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from itb_console.device.units import UnitError, decimal_text, ml_text, scaled

CATHETER_LENGTH_MM = (100, 1500)  # 10 to 150 cm
CATHETER_NL_PER_CM = (500, 10_000)  # 0.0005 to 0.0100 mL/cm
MAX_TEXT_CHARS = 32
EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
TIP_LEVEL = re.compile(r"C[1-7]|T(?:1[0-2]|[1-9])|L[1-5]")
# Every level TIP_LEVEL takes, head to tail, for a list to choose from.
TIP_LEVELS = tuple(f"{region}{number}" for region, count in (("C", 7), ("T", 12), ("L", 5))
                   for number in range(1, count + 1))
WIRE_DATE = "%Y%m%d"


class RecordError(ValueError):
    """A record value that is refused: the field, the value and what is allowed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class ImplantRecord:
    """Everything but the pump's own identity (serial, model and patient are on the pump)."""

    implanted_on: date
    catheter_model: str = "SIM-CATH-1"
    catheter_length_mm: int = 450
    catheter_nl_per_cm: int = 2200
    tip_level: str = "T10"
    last_refill_on: date | None = None
    next_refill_on: date | None = None

    @property
    def catheter_volume_nl(self) -> int:
        """What fills the catheter: length x internal volume per cm, to the nearest nL."""
        return catheter_volume_nl(self.catheter_length_mm, self.catheter_nl_per_cm)

    def check(self, today: date) -> None:
        """Raise :class:`RecordError` for the first value outside what is allowed."""
        check_text("catheter_model", self.catheter_model)
        check_catheter(self.catheter_length_mm, self.catheter_nl_per_cm)
        if not TIP_LEVEL.fullmatch(self.tip_level):
            raise RecordError("tip_level", f"{self.tip_level[:12]!r} must be a vertebral level "
                              "C1-C7, T1-T12 or L1-L5")
        _within("implant_date", self.implanted_on, EARLIEST, today)
        if self.last_refill_on is not None:
            _within("last_refill", self.last_refill_on, self.implanted_on, today)
        if self.next_refill_on is not None:
            _within("next_refill", self.next_refill_on,
                    self.last_refill_on or self.implanted_on, LATEST)


def catheter_volume_nl(length_mm: int, nl_per_cm: int) -> int:
    """Length x internal volume per cm, to the nearest nL (halves up), exactly."""
    return (length_mm * nl_per_cm + 5) // 10


def check_catheter(length_mm: int, nl_per_cm: int) -> None:
    """A catheter's length and internal volume per cm, each within its range."""
    low, high = CATHETER_LENGTH_MM
    if not low <= length_mm <= high:
        raise RecordError("catheter_length_cm", f"{decimal_text(length_mm, 10)} cm is "
                          f"outside {decimal_text(low, 10)} to {decimal_text(high, 10)} cm")
    low, high = CATHETER_NL_PER_CM
    if not low <= nl_per_cm <= high:
        # Both units, exactly: on the wire the value is nL per cm, and a rounded mL/cm
        # (499 nL/cm as '0.0005 mL/cm') would read as inside its own range.
        raise RecordError("catheter_ml_per_cm", f"{ml_text(nl_per_cm)} mL/cm ({nl_per_cm} "
                          f"nL/cm) is outside {ml_text(low)} to {ml_text(high)} mL/cm "
                          f"({low} to {high} nL/cm)")


# What a short text on the pump may be. Said without the character itself: an answer
# frame cannot carry an "@" anywhere, not even in a quoted message.
SHORT_TEXT_RULE = (f"1 to {MAX_TEXT_CHARS} printable ASCII characters (space to tilde), "
                   "without the at sign")


def is_short_text(value: str) -> bool:
    """Serial numbers, patient IDs and record texts: they must fit any answer frame."""
    return (0 < len(value) <= MAX_TEXT_CHARS and value.isascii() and value.isprintable()
            and "@" not in value)


def check_text(field: str, value: str) -> None:
    if not is_short_text(value):
        raise RecordError(field, f"{value[:40]!r} must be {SHORT_TEXT_RULE}")


def _within(field: str, value: date, low: date, high: date) -> None:
    if not low <= value <= high:
        raise RecordError(field, f"{value:%Y-%m-%d} is outside {low:%Y-%m-%d} to "
                          f"{high:%Y-%m-%d}")


# ------------------------------------------------------------------ text form
# One text form for the wire (RECORD/SETRECORD), the state file, sim:// and scenarios.
WIRE_KEYS = {"implanted": "implanted_on", "cath_model": "catheter_model",
             "cath_mm": "catheter_length_mm", "cath_nl_per_cm": "catheter_nl_per_cm",
             "tip": "tip_level", "last_refill": "last_refill_on",
             "next_refill": "next_refill_on"}
_DATE_FIELDS = {"implanted_on", "last_refill_on", "next_refill_on"}
_INT_FIELDS = {"catheter_length_mm", "catheter_nl_per_cm"}


def to_text(record: ImplantRecord) -> dict[str, str]:
    """The record as ``key=value`` texts (dates ``YYYYMMDD`` or ``none``)."""
    out = {}
    for key, name in WIRE_KEYS.items():
        value = getattr(record, name)
        out[key] = ("none" if value is None else value.strftime(WIRE_DATE)
                    if isinstance(value, date) else str(value))
    return out


def parse_value(key: str, text: str) -> date | int | str | None:
    """One text value by its key; :class:`RecordError` names the key when malformed."""
    name = WIRE_KEYS.get(key)
    if name is None:
        raise RecordError(key, f"is not a record field; allowed: {', '.join(WIRE_KEYS)}")
    if name in _DATE_FIELDS:
        if text == "none" and name != "implanted_on":
            return None
        try:
            return datetime.strptime(text, WIRE_DATE).date()
        except ValueError:
            raise RecordError(key, f"{text[:20]!r} is not a date like 20261125"
                              + ("" if name == "implanted_on" else " (or none)")) from None
    if name in _INT_FIELDS:
        if not re.fullmatch(r"[0-9]{1,6}", text):
            raise RecordError(key, f"{text[:20]!r} is not a whole number")
        return int(text)
    return text


def with_changes(record: ImplantRecord, changes: dict[str, str], today: date) -> ImplantRecord:
    """The record with text ``changes`` applied and checked; the old one is never touched."""
    return from_text(to_text(record) | changes, today)


def from_text(values: dict[str, str], today: date) -> ImplantRecord:
    """A whole record from its text form (a state file); every key is required."""
    missing = [key for key in WIRE_KEYS if key not in values]
    if missing:
        raise RecordError(missing[0], "is missing")
    parsed = {}
    for key, text in values.items():
        value = parse_value(key, text)  # an unknown key is refused here, by name
        parsed[WIRE_KEYS[key]] = value
    record = ImplantRecord(**parsed)  # type: ignore[arg-type]
    record.check(today)
    return record



# ------------------------------------------------------------------ human form
# What people type (sim:// options, scenario files): cm, mL/cm and ISO dates.
HUMAN_KEYS = {"implant_date": "implanted", "catheter_model": "cath_model",
              "catheter_length_cm": "cath_mm", "catheter_ml_per_cm": "cath_nl_per_cm",
              "tip_level": "tip", "last_refill": "last_refill", "next_refill": "next_refill"}
_HUMAN_SCALE = {"catheter_length_cm": 10, "catheter_ml_per_cm": 1_000_000}


def human_changes(values: Mapping[str, object]) -> dict[str, str]:
    """Human-form values as text-form changes; :class:`RecordError` names the human key."""
    changes = {}
    for key, value in values.items():
        wire = HUMAN_KEYS.get(key)
        if wire is None:
            raise RecordError(key, f"is not a record field; allowed: {', '.join(HUMAN_KEYS)}")
        if key in _HUMAN_SCALE:
            try:
                changes[wire] = str(scaled(value, _HUMAN_SCALE[key], key))
            except UnitError as error:
                raise RecordError(key, str(error).split(": ", 1)[-1]) from None
        elif wire in ("implanted", "last_refill", "next_refill"):
            changes[wire] = _iso_date(key, value)
        elif isinstance(value, str):
            changes[wire] = value
        else:
            raise RecordError(key, f"{value!r} must be a text")
    return changes


def _iso_date(key: str, value: object) -> str:
    if isinstance(value, date):
        return value.strftime(WIRE_DATE)
    try:
        return date.fromisoformat(str(value)).strftime(WIRE_DATE)
    except ValueError:
        raise RecordError(key, f"{str(value)[:20]!r} is not a date like 2026-11-25") from None
