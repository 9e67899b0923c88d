"""The shipped drug table (``resources/drugs.toml``): each drug's supplied concentrations.

The table is package data: it cannot change while the program runs, so it is read and
checked once, on first use, and every later call (one per STAGE on the pump) gets the
same read-only table. A table that fails its checks is not kept: each call reads it
again and raises the same message, naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from itb_console.device.resource_toml import ProfileError, TomlFields, read_toml, resource_node
from itb_console.device.therapy import Concentration, TherapyError


@dataclass(frozen=True)
class Drug:
    name: str
    concentrations: tuple[Concentration, ...]
    screening_concentration: Concentration

    def check_concentration(self, concentration: Concentration) -> None:
        if concentration not in self.concentrations:
            allowed = ", ".join(str(c) for c in self.concentrations)
            raise TherapyError(
                f"concentration: {concentration} is not supplied for {self.name}; "
                f"choose one of {allowed}"
            )


def parse_drugs(data: dict[str, Any], source: str) -> dict[str, Drug]:
    entries = data.get("drug")
    if not isinstance(entries, list) or not entries:
        raise ProfileError(f"{source}: drug: must be a list of [[drug]] tables")
    drugs: dict[str, Drug] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ProfileError(f"{source}: drug {number}: must be a table")
        fields = TomlFields(entry, source, f"drug {number}.")
        name = fields.text("name")
        values = fields.raw("concentrations_mcg_per_ml")
        if not isinstance(values, list) or not values:
            raise fields.fail("concentrations_mcg_per_ml", "must be a list of whole mcg/mL")
        try:
            concentrations = tuple(Concentration(v) for v in values)
            screening = Concentration(fields.raw("screening_concentration_mcg_per_ml"))
        except TherapyError as error:
            raise ProfileError(f"{source}: drug {number}: {error}") from None
        if screening not in concentrations:
            raise fields.fail("screening_concentration_mcg_per_ml",
                              f"{screening} is not in the concentration list")
        drugs[name] = Drug(name, concentrations, screening)
    return drugs


@cache
def load_drugs() -> Mapping[str, Drug]:
    """The shipped drug table, by drug name (read-only: every caller shares it)."""
    return MappingProxyType(parse_drugs(
        read_toml(resource_node("drugs.toml"), "resources/drugs.toml"), "resources/drugs.toml"))
