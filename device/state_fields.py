"""Reads the values of a pump state file one field at a time, each typed and bounded.

A state file is JSON that a tester may edit by hand, so every value is read as if it
came from a stranger: a table has exactly the fields it may have, a number has one
written form and a range, a word is one of a list. Every refusal names the field (its
path, such as ``bolus.delivered_nl`` or ``events[3].kind``), the value as written and
what is allowed, so the file can be fixed without reading this code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from fractions import Fraction
from typing import Any

from itb_console.device.state_checks import StateCheckError, range_text, within

# The writer puts every exact quantity as "numerator/denominator" of whole numbers. Forty
# digits each hold any value a pump reaches and keep arithmetic on them cheap; exponents
# ("1e400") and decimal points are refused, so no file can smuggle in a giant number.
FRACTION_DIGITS = 40
_NUMBER = re.compile(f"(-?[0-9]{{1,{FRACTION_DIGITS}}})(?:/([0-9]{{1,{FRACTION_DIGITS}}}))?")
FRACTION_FORM = ("a fraction 'a/b' of whole numbers like '3/2' (no exponent, no decimal "
                 "point)")
_CLOCK_EXAMPLE = "2026-01-01T00:00:00"


def shown(value: Any, limit: int = 40) -> str:
    """A value as it stands in the file, clipped so that a message stays one line."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, default=str)
    if isinstance(value, dict):
        text = "a table " + text
    elif isinstance(value, list):
        text = "a list " + text
    return text if len(text) <= limit else text[:limit] + "..."


class Fields:
    """One JSON table of the file, checked to hold exactly the fields it may hold."""

    def __init__(self, data: Any, path: str, required: Iterable[str],
                 optional: Iterable[str] = (), example: str = "", what: str = "") -> None:
        """``what`` names the keys when they are words of a list ("an alarm code")."""
        self.path = path
        required, optional = list(required), list(optional)
        allowed = required + optional
        if not isinstance(data, dict):
            raise StateCheckError(f"{path or 'the file'}: {shown(data)} must be a table "
                                  f"{example or '{...}'} with the fields "
                                  f"{', '.join(allowed)}")
        unknown = [key for key in data if key not in allowed]
        if unknown and what:
            raise StateCheckError(f"{path}: {shown(unknown[0])} is not {what}; allowed: "
                                  f"{', '.join(allowed)}")
        if unknown:
            raise StateCheckError(f"{self.name(unknown[0])}: is not a field of "
                                  f"{path or 'a pump state file'}; allowed: "
                                  f"{', '.join(allowed)}")
        missing = [key for key in required if key not in data]
        if missing:
            raise StateCheckError(f"{self.name(missing[0])}: is missing; "
                                  f"{path or 'a pump state file'} needs "
                                  f"{', '.join(required)}")
        self.data: dict[str, Any] = data

    def name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str) -> Any:
        return self.data[key]

    def table(self, key: str, required: Iterable[str], optional: Iterable[str] = (),
              example: str = "", what: str = "") -> Fields:
        return Fields(self.data[key], self.name(key), required, optional, example, what)

    def fraction(self, key: str, low: Fraction | int, high: Fraction | int, unit: str = "",
                 *, as_ml: bool = False) -> Fraction:
        """An exact quantity written ``"a/b"``, within ``[low, high]``."""
        value, name = self.data[key], self.name(key)
        match = _NUMBER.fullmatch(value) if isinstance(value, str) else None
        if match is None or (match[2] is not None and int(match[2]) == 0):
            raise StateCheckError(f"{name}: {shown(value)} must be {FRACTION_FORM}, "
                                  f"{range_text(low, high, unit, as_ml=as_ml)}")
        number = Fraction(int(match[1]), int(match[2] or 1))
        within(name, number, low, high, unit, as_ml=as_ml)
        if match[2] is None:
            raise StateCheckError(f"{name}: {shown(value)} must be {FRACTION_FORM}: "
                                  f"write {value}/1")
        return number

    def optional_fraction(self, key: str, low: Fraction | int, high: Fraction | int,
                          unit: str = "") -> Fraction | None:
        """A fraction or ``null``."""
        return None if self.data[key] is None else self.fraction(key, low, high, unit)

    def integer(self, key: str, low: int, high: int, unit: str = "", *,
                as_ml: bool = False) -> int:
        value, name = self.data[key], self.name(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise StateCheckError(f"{name}: {shown(value)} must be a whole number (no "
                                  f"quotes, no decimal point), "
                                  f"{range_text(low, high, unit, as_ml=as_ml)}")
        within(name, value, low, high, unit, as_ml=as_ml)
        return value

    def optional_integer(self, key: str, low: int, high: int, unit: str = "") -> int | None:
        return None if self.data[key] is None else self.integer(key, low, high, unit)

    def flag(self, key: str) -> bool:
        value = self.data[key]
        if not isinstance(value, bool):
            raise StateCheckError(f"{self.name(key)}: {shown(value)} must be true or false")
        return value

    def text(self, key: str) -> str:
        value = self.data[key]
        if not isinstance(value, str):
            raise StateCheckError(f"{self.name(key)}: {shown(value)} must be a text in "
                                  "double quotes")
        return value

    def choice(self, key: str, allowed: Iterable[str], what: str) -> str:
        """One word of a list (``what`` says what the words are: "an alarm code")."""
        value, words = self.data[key], list(allowed)
        if value not in words:
            raise StateCheckError(f"{self.name(key)}: {shown(value)} is not {what}; "
                                  f"allowed: {', '.join(words)}")
        return str(value)

    def pump_clock(self, key: str) -> datetime:
        """A pump-clock time (naive, as the pump shows it), 2000 to 2099."""
        value, name = self.data[key], self.name(key)
        moment = None
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = None
        if moment is None or moment.tzinfo is not None or not 2000 <= moment.year <= 2099:
            raise StateCheckError(f"{name}: {shown(value)} must be a pump-clock time like "
                                  f"'{_CLOCK_EXAMPLE}' (no time zone), 2000 to 2099")
        return moment

    def optional_pump_clock(self, key: str) -> datetime | None:
        return None if self.data[key] is None else self.pump_clock(key)


def listed(data: Any, path: str, most: int, example: str) -> list[Any]:
    """A JSON list of at most ``most`` items."""
    if not isinstance(data, list):
        raise StateCheckError(f"{path}: {shown(data)} must be a list like [{example}, ...]")
    if len(data) > most:
        raise StateCheckError(f"{path}: {len(data)} items; at most {most}")
    return data
