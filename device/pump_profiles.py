"""The shipped pump profiles (``resources/profiles/*.toml``): what each pump model can do.

These numbers change with the device being modelled, not with the code, so they live
in TOML files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from itb_console.device.resource_toml import ProfileError, TomlFields, read_toml, resource_node
from itb_console.device.therapy import Concentration, DoseRate, ScheduleRules
from itb_console.device.units import NG_PER_MCG, NL_PER_ML


@dataclass(frozen=True)
class BatteryProfile:
    life_days: int
    reference_rate_nl_per_day: int
    eri_to_eos_days: int
    replacement_planning_days: int
    telemetry_session_cost_minutes: int


@dataclass(frozen=True)
class PumpProfile:
    """What one pump model can do; all volumes in nL, rates in nL/day."""

    id: str
    name: str
    model_code: str
    reservoir_nl: int
    low_reservoir_alarm_default_nl: int
    low_reservoir_alarm_min_nl: int
    low_reservoir_alarm_max_nl: int
    min_rate_nl_per_day: int
    max_rate_nl_per_day: int
    max_steps: int
    min_step_minutes: int
    refill_discrepancy_threshold_nl: int
    over_infusion_threshold_permille: int
    internal_dead_volume_nl: int
    catheter_dead_volume_nl_per_cm: int
    max_bolus_nl: int
    battery: BatteryProfile

    def schedule_rules(self, concentration: Concentration) -> ScheduleRules:
        """The dose limits this pump's volume limits give at a concentration."""
        per_nl = concentration.mcg_per_ml * NG_PER_MCG
        return ScheduleRules(
            max_steps=self.max_steps,
            min_step_minutes=self.min_step_minutes,
            min_dose=DoseRate(math.ceil(self.min_rate_nl_per_day * per_nl / NL_PER_ML)),
            max_dose=DoseRate(self.max_rate_nl_per_day * per_nl // NL_PER_ML),
        )


def parse_profile(data: dict[str, Any], source: str) -> PumpProfile:
    fields = TomlFields(data, source)
    reservoir = fields.fixed("reservoir_ml", NL_PER_ML, NL_PER_ML, 100 * NL_PER_ML, "mL")
    alarm_range = fields.raw("low_reservoir_alarm_range_ml")
    if not isinstance(alarm_range, list) or len(alarm_range) != 2:
        raise fields.fail("low_reservoir_alarm_range_ml", "must be [lowest, highest] in mL")
    alarm_fields = TomlFields({"low": alarm_range[0], "high": alarm_range[1]}, source,
                           "low_reservoir_alarm_range_ml.")
    alarm_low = alarm_fields.fixed("low", NL_PER_ML, 0, reservoir, "mL")
    alarm_high = alarm_fields.fixed("high", NL_PER_ML, alarm_low, reservoir, "mL")
    min_rate = fields.fixed("min_rate_ml_per_day", NL_PER_ML, 1, 100 * NL_PER_ML, "mL/day")
    battery = fields.table_of("battery")
    profile = PumpProfile(
        id=fields.text("id"),
        name=fields.text("name"),
        model_code=fields.text("model_code"),
        reservoir_nl=reservoir,
        low_reservoir_alarm_default_nl=fields.fixed(
            "low_reservoir_alarm_default_ml", NL_PER_ML, alarm_low, alarm_high, "mL"),
        low_reservoir_alarm_min_nl=alarm_low,
        low_reservoir_alarm_max_nl=alarm_high,
        min_rate_nl_per_day=min_rate,
        max_rate_nl_per_day=fields.fixed(
            "max_rate_ml_per_day", NL_PER_ML, min_rate, 100 * NL_PER_ML, "mL/day"),
        max_steps=fields.integer("max_steps", 1, 48),
        min_step_minutes=fields.integer("min_step_minutes", 1, 1440),
        refill_discrepancy_threshold_nl=fields.fixed(
            "refill_discrepancy_threshold_ml", NL_PER_ML, 0, reservoir, "mL"),
        over_infusion_threshold_permille=fields.fixed(
            "over_infusion_threshold_percent", 10, 0, 1000, "%"),
        internal_dead_volume_nl=fields.fixed(
            "internal_dead_volume_ml", NL_PER_ML, 0, reservoir, "mL"),
        catheter_dead_volume_nl_per_cm=fields.fixed(
            "catheter_dead_volume_ml_per_cm", NL_PER_ML, 0, NL_PER_ML, "mL/cm"),
        max_bolus_nl=fields.fixed("max_bolus_ml", NL_PER_ML, 1, reservoir, "mL"),
        battery=BatteryProfile(
            life_days=battery.integer("life_days", 30, 20 * 366),
            reference_rate_nl_per_day=battery.fixed(
                "reference_rate_ml_per_day", NL_PER_ML, 1, 100 * NL_PER_ML, "mL/day"),
            eri_to_eos_days=battery.integer("eri_to_eos_days", 1, 366),
            replacement_planning_days=battery.integer("replacement_planning_days", 0, 731),
            telemetry_session_cost_minutes=battery.integer(
                "telemetry_session_cost_minutes", 0, 14 * 1440),
        ),
    )
    if profile.battery.eri_to_eos_days >= profile.battery.life_days:
        raise battery.fail("eri_to_eos_days", "must be shorter than life_days")
    return profile


def load_profile_file(path: Path) -> PumpProfile:
    return parse_profile(read_toml(path, str(path)), str(path))


def profile_ids() -> list[str]:
    """The ids of the shipped pump profiles, sorted."""
    folder = resource_node("profiles")
    return sorted(item.name.removesuffix(".toml") for item in folder.iterdir()
                  if item.name.endswith(".toml"))


@cache
def load_profile(profile_id: str) -> PumpProfile:
    """A shipped profile by id (``itb-20``, ``itb-40``)."""
    known = profile_ids()
    if profile_id not in known:
        raise ProfileError(f"profile: {profile_id!r} is not known; choose one of "
                           f"{', '.join(known)}")
    source = f"resources/profiles/{profile_id}.toml"
    profile = parse_profile(read_toml(resource_node("profiles", f"{profile_id}.toml"), source),
                            source)
    if profile.id != profile_id:
        raise ProfileError(f"{source}: id: {profile.id!r} must match the file name")
    return profile

