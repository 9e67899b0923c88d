"""Reading scenario TOML files with errors that name the file, the line and the field.

Trainers write scenario files by hand, so a mistake must point at the line to fix.
``tomllib`` reports syntax errors with a line; for a value that parses but is wrong, this
module finds the line of the key in its table (``[[objectives]]`` number 3, say).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from itb_console.console.language import CODES, current

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class ScenarioError(ValueError):
    """A scenario file that cannot be used: ``file:line: field: what is wrong``."""

    def __init__(self, message: str, name: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.name, self.line = name, line

    def without_line(self) -> str:
        """The message without its line, for a scenario whose file does not hold it yet
        (a line of text never written would point the trainer at the wrong place)."""
        if self.line is None:
            return str(self)
        return str(self).replace(f"{self.name}:{self.line}: ", f"{self.name}: ", 1)


@dataclass(frozen=True)
class Where:
    """A table in a scenario file: its name and, for arrays of tables, its index."""

    table: str
    index: int | None = None

    def field(self, key: str) -> str:
        if self.index is None:
            return f"{self.table}.{key}" if self.table else key
        return f"{self.table}[{self.index + 1}].{key}"


class SourceText:
    """The text of a scenario file, for turning a (table, key) into a line number."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()

    def line_of(self, where: Where, key: str | None = None) -> int:
        table, seen, header_line = "", -1, 1
        in_target = where.table == "" and where.index is None
        for number, line in enumerate(self.lines, start=1):
            header = _HEADER.match(line)
            if header:
                table = header.group(2)
                if where == Where("") and key == table:
                    return number
                if table == where.table:
                    seen += 1 if header.group(1) == "[[" else 0
                    in_target = where.index is None or seen == where.index
                    if in_target:
                        header_line = number
                else:
                    in_target = False
                continue
            key_match = _KEY.match(line)
            if in_target and key and key_match and key_match.group(1) == key:
                return number
        return header_line

    def error(self, where: Where, key: str | None, message: str) -> ScenarioError:
        line = self.line_of(where, key)
        table = where.table if where.index is None else f"{where.table}[{where.index + 1}]"
        field = where.field(key) if key else (table or "file")  # which of the [[events]]
        return ScenarioError(f"{self.name}:{line}: {field}: {message}", self.name, line)


def parse_toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{name}: not valid TOML: {error}") from None


class Table:
    """Typed access to one scenario table; every failure is a located ScenarioError."""

    def __init__(self, source: SourceText, where: Where, data: Any) -> None:
        if not isinstance(data, dict):
            raise source.error(where, None, "must be a table")
        self.source = source
        self.where = where
        self.data = data

    def fail(self, key: str | None, message: str) -> ScenarioError:
        return self.source.error(self.where, key, message)

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(key, f"is not a known field here; allowed: "
                                     f"{', '.join(sorted(allowed))}")

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def require(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(None, f"{key} is missing")
        return self.data[key]

    def decimal_text(self, key: str) -> object:
        """A decimal written as text (``"0.02"``): a TOML number is refused, so that every
        volume in a file is written one way and no decimal is lost to a float."""
        value = self.require(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise self.fail(key, f"{value!r} is written as a number; write it as text in "
                                 f'quotes: {key} = "{value!r}"')
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default) if default is not None else self.require(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{value!r} must be a non-empty text")
        return value.strip()

    def words(self, key: str, default: str | None = None) -> str:
        """A text a trainee reads, in one language or several: ``story = "..."``, or
        ``story.en = "..."`` and ``story.de = "..."`` (a table of language codes). The
        language of the run is taken, else English, else the first one written."""
        value = self.data.get(key, default) if default is not None else self.require(key)
        if not isinstance(value, dict):
            return self.text(key, default)
        if not value:
            raise self.fail(key, "a table of languages needs at least one, e.g. en = \"...\"")
        for code, text in value.items():
            if code not in CODES:
                raise self.fail(key, f"{code!r} is not a language of the console; use "
                                     f"{', '.join(CODES)}")
            if not isinstance(text, str) or not text.strip():
                raise self.fail(key, f"{code}: {text!r} must be a non-empty text")
        chosen = value.get(current().value) or value.get("en") or next(iter(value.values()))
        return chosen.strip()

    def integer(self, key: str, low: int, high: int, default: int | None = None) -> int:
        value = self.data.get(key, default) if default is not None else self.require(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"{value!r} must be a whole number from {low} to {high}")
        return value

    def choice(self, key: str, options: list[str], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in options:
            raise self.fail(key, f"{value!r} must be one of {', '.join(options)}")
        return value

    def table(self, key: str) -> Table:
        return Table(self.source, Where(key), self.require(key))

    def tables(self, key: str) -> list[Table]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be written as [[" + key + "]] tables")
        return [Table(self.source, Where(key, index), item) for index, item in enumerate(value)]
