"""Writing a scenario as TOML, and checking it with the loader itself.

The scenario editor keeps a scenario as the plain data of its TOML file (tables of text,
whole numbers and lists), so that a half-made scenario can be shown and changed. This
module writes that data as the file text, in the order of the schema, and
:func:`check_scenario` validates the text as the loader reads a trainer's file
(:func:`parse_trainer_scenario`): the editor's messages are the loader's, word for word.
"""

from __future__ import annotations

import tomllib
from datetime import date, time
from pathlib import Path
from typing import Any

from itb_console.console.training.scenario_file import ScenarioError
from itb_console.console.training.scenarios import (
    Scenario,
    is_shipped_file,
    parse_trainer_scenario,
)
from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.text_files import read_text

TABLES = ("scenario", "patient", "order", "pump", "new_pump")
ARRAYS = ("events", "objectives")
HEADER = "# ITB training scenario. Training mock, not for clinical use.\n"


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n",
            "\f": "\\f", "\r": "\\r"}


def _escaped(text: str, keep_newlines: bool) -> str:
    """TOML basic-string escapes: quote, backslash and every control character."""
    out = []
    for char in text:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def _string(text: str) -> str:
    if "\n" in text:  # a long text as a multi-line string a trainer can read and edit
        return f'"""\n{_escaped(text, keep_newlines=True)}"""'
    return f'"{_escaped(text, keep_newlines=False)}"'


def _value(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date | time):  # a TOML date a trainer wrote by hand stays one
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item, where) for item in value) + "]"
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        # a text in several languages, inside an array table: { en = "...", de = "..." }
        return "{ " + ", ".join(f"{key} = {_value(item, f'{where}.{key}')}"
                                for key, item in value.items()) + " }"
    raise ScenarioError(f"{where}: {value!r} cannot be written to a scenario file "
                        "(text, whole numbers, true/false, dates and lists only)")


def _table(header: str, table: Any, where: str, name: str | None = None) -> list[str]:
    """A table's lines; a plain table (``name`` given) writes its sub-tables after it, as
    ``[pump.record]`` follows ``[pump]``."""
    if not isinstance(table, dict):
        raise ScenarioError(f"{where}: must be a table")
    nested = {key: value for key, value in table.items()
              if name is not None and isinstance(value, dict)}
    lines = [header, *(f"{key} = {_value(value, f'{where}.{key}')}"
                       for key, value in table.items() if key not in nested), ""]
    for key, value in nested.items():
        lines += _table(f"[{name}.{key}]", value, f"{where}.{key}", f"{name}.{key}")
    return lines


def scenario_text(data: dict[str, Any]) -> str:
    """The scenario's TOML text; ``tomllib.loads`` of it gives ``data`` back exactly."""
    lines = [HEADER]
    for key in TABLES:
        if key in data:
            lines += _table(f"[{key}]", data[key], key, key)
    for key in ARRAYS:
        items = data.get(key, [])
        if not isinstance(items, list):
            raise ScenarioError(f"{key}: must be a list of tables")
        for index, item in enumerate(items):
            lines += _table(f"[[{key}]]", item, f"{key}[{index + 1}]")
    for key in sorted(set(data) - set(TABLES) - set(ARRAYS)):  # the loader names them
        lines += _table(f"[{key}]", data[key], key, key)
    return "\n".join(lines)


def check_scenario(name: str, data: dict[str, Any],
                   shipped_file: bool = False) -> tuple[str, Scenario]:
    """The text to save and the scenario it loads as; ScenarioError as the loader says.
    ``shipped_file``: the data is a shipped file's own (it keeps its short name)."""
    text = scenario_text(data)
    return text, parse_trainer_scenario(name, text, shipped_file)


def _filled(data: dict[str, Any]) -> dict[str, Any]:
    """The tables and lists that hold something (the editor shows an absent one empty)."""
    return {key: value for key, value in data.items() if value not in ([], {})}


def check_as_in_file(name: str, data: dict[str, Any], file_text: str | None,
                     shipped_file: bool = False) -> Scenario:
    """:func:`check_scenario` as the editor shows it: an error carries the line of the file
    on disk while the data is what that file holds (the line the trainer finds in it, not
    one of the text Save would write), and no line when the file does not hold it yet."""
    try:
        return check_scenario(name, data, shipped_file)[1]
    except ScenarioError as error:
        if file_text is not None and _filled(tomllib.loads(file_text)) == _filled(data):
            parse_trainer_scenario(name, file_text, shipped_file)
        raise ScenarioError(error.without_line()) from None


def read_scenario_data(path: Path) -> tuple[dict[str, Any], str, str | None]:
    """A scenario file's data for editing, its text, and the loader's error if it does not
    load.

    A file that is not TOML at all cannot be edited in the form: ScenarioError.
    """
    text = read_text(path, ScenarioError)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML: {error}") from None
    try:
        parse_trainer_scenario(str(path), text, is_shipped_file(path))
    except ScenarioError as error:
        return data, text, str(error)
    return data, text, None


def save_scenario(path: Path, data: dict[str, Any]) -> Scenario:
    """Validate, then write atomically: a scenario with an error is never written (and its
    error names no line: the file holds none of it)."""
    try:
        text, scenario = check_scenario(str(path), data, is_shipped_file(path))
    except ScenarioError as error:
        raise ScenarioError(error.without_line()) from None
    write_text_atomically(path, text)
    return scenario
