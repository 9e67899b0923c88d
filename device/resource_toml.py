"""Reads TOML resource files field by field, naming file, field, value and range on error.

The numbers of the device being modelled live in TOML files under ``resources/``; every
loader reads them through :class:`TomlFields`, so a bad file is refused with the file, the
field, the value and what is allowed, and nothing half-loaded is ever used.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from itb_console.device.text_files import read_text
from itb_console.device.units import UnitError, scaled


class ProfileError(ValueError):
    """A resource file that cannot be used, with where and why."""


class TomlFields:
    """Reads typed fields from one TOML table, naming the file and field on error."""

    def __init__(self, table: dict[str, Any], source: str, prefix: str = "") -> None:
        self.table = table
        self.source = source
        self.prefix = prefix

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, message: str) -> ProfileError:
        return ProfileError(f"{self.source}: {self._name(key)}: {message}")

    def raw(self, key: str) -> Any:
        if key not in self.table:
            raise self.fail(key, "is missing")
        return self.table[key]

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{value!r} must be a non-empty text")
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"{value!r} must be a whole number from {low} to {high}")
        return value

    def fixed(self, key: str, factor: int, low: int, high: int, unit: str) -> int:
        """A decimal in ``unit`` as an integer of the fixed unit, within [low, high]."""
        value = self.raw(key)
        try:
            number = scaled(value, factor, self._name(key))
        except UnitError as error:
            raise ProfileError(f"{self.source}: {error}") from None
        if not low <= number <= high:
            raise self.fail(
                key, f"{value} {unit} is outside {low / factor:g} to {high / factor:g} {unit}"
            )
        return number

    def table_of(self, key: str) -> TomlFields:
        value = self.raw(key)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return TomlFields(value, self.source, f"{self._name(key)}.")


def read_toml(path: Path | Any, source: str) -> dict[str, Any]:
    text = read_text(path, ProfileError, source)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source}: is not valid TOML ({error})") from None



def resource_node(*parts: str) -> Any:
    """A file or folder among the shipped resources, readable from a wheel or a zip."""
    node = resources.files("itb_console.resources")
    for part in parts:
        node = node.joinpath(part)
    return node
