"""Pump profiles, the drug table and the alarm catalogue, loaded from ``resources/``.

These numbers change with the device being modelled, not with the code, so they live
in TOML files. A bad file is refused with the file, the field, the value and what is
allowed; nothing half-loaded is ever used.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Mode,
    Program,
    Schedule,
    ScheduleRules,
    Step,
    TherapyError,
)
from itb_console.device.units import NG_PER_MCG, NL_PER_ML, UnitError, parse_minute_of_day, scaled


class ProfileError(ValueError):
    """A resource file that cannot be used, with where and why."""


class _Fields:
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

    def table_of(self, key: str) -> _Fields:
        value = self.raw(key)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return _Fields(value, self.source, f"{self._name(key)}.")


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


def _read_toml(path: Path | Any, source: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"{source}: cannot be read ({error})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source}: is not valid TOML ({error})") from None


def parse_profile(data: dict[str, Any], source: str) -> PumpProfile:
    fields = _Fields(data, source)
    reservoir = fields.fixed("reservoir_ml", NL_PER_ML, NL_PER_ML, 100 * NL_PER_ML, "mL")
    alarm_range = fields.raw("low_reservoir_alarm_range_ml")
    if not isinstance(alarm_range, list) or len(alarm_range) != 2:
        raise fields.fail("low_reservoir_alarm_range_ml", "must be [lowest, highest] in mL")
    alarm_fields = _Fields({"low": alarm_range[0], "high": alarm_range[1]}, source,
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
    return parse_profile(_read_toml(path, str(path)), str(path))


def _resource_dir(*parts: str) -> Any:
    node = resources.files("itb_console.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def profile_ids() -> list[str]:
    """The ids of the shipped pump profiles, sorted."""
    folder = _resource_dir("profiles")
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
    profile = parse_profile(_read_toml(_resource_dir("profiles", f"{profile_id}.toml"), source),
                            source)
    if profile.id != profile_id:
        raise ProfileError(f"{source}: id: {profile.id!r} must match the file name")
    return profile


DEFAULT_PROFILE_ID = "itb-20"


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
        fields = _Fields(entry, source, f"drug {number}.")
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
def load_drugs() -> dict[str, Drug]:
    """The shipped drug table, by drug name."""
    return parse_drugs(_read_toml(_resource_dir("drugs.toml"), "resources/drugs.toml"),
                       "resources/drugs.toml")


@dataclass(frozen=True)
class Tone:
    description: str
    pattern: tuple[tuple[int, int], ...]  # (frequency Hz, duration ms)
    repeat_minutes: int


@dataclass(frozen=True)
class AlarmInfo:
    code: str
    severity: str  # "critical" | "non_critical"
    title: str
    meaning: str
    action: str
    clearable: bool

    @property
    def critical(self) -> bool:
        return self.severity == "critical"


@dataclass(frozen=True)
class AlarmCatalog:
    tones: dict[str, Tone]
    alarms: dict[str, AlarmInfo]

    def info(self, code: str) -> AlarmInfo:
        if code not in self.alarms:
            raise ProfileError(f"alarm: {code!r} is not one of {', '.join(self.alarms)}")
        return self.alarms[code]

    def tone_for(self, code: str) -> Tone:
        return self.tones[self.info(code).severity]


def parse_alarms(data: dict[str, Any], source: str) -> AlarmCatalog:
    root = _Fields(data, source)
    tones_table = root.table_of("tones")
    tones: dict[str, Tone] = {}
    for severity in ("critical", "non_critical"):
        tone = tones_table.table_of(severity)
        pattern = tone.raw("pattern")
        if (not isinstance(pattern, list) or not pattern or not all(
                isinstance(p, list) and len(p) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) and 20 <= v <= 20000
                        for v in p) for p in pattern)):
            raise tone.fail("pattern", "must be a list of [frequency Hz, duration ms] pairs")
        tones[severity] = Tone(tone.text("description"),
                               tuple((int(f), int(d)) for f, d in pattern),
                               tone.integer("repeat_minutes", 1, 1440))
    alarms_table = root.table_of("alarms")
    alarms: dict[str, AlarmInfo] = {}
    for code in alarms_table.table:
        entry = alarms_table.table_of(code)
        severity = entry.text("severity")
        if severity not in tones:
            raise entry.fail("severity", f"{severity!r} must be critical or non_critical")
        clearable = entry.raw("clearable")
        if not isinstance(clearable, bool):
            raise entry.fail("clearable", f"{clearable!r} must be true or false")
        alarms[code] = AlarmInfo(code, severity, entry.text("title"), entry.text("meaning"),
                                 entry.text("action"), clearable)
    return AlarmCatalog(tones, alarms)


@cache
def load_alarms() -> AlarmCatalog:
    return parse_alarms(_read_toml(_resource_dir("alarms.toml"), "resources/alarms.toml"),
                        "resources/alarms.toml")


@dataclass(frozen=True)
class InitialPump:
    """How a new simulated pump or emulator starts (``resources/default_pump.toml``)."""

    profile_id: str
    serial_number: str
    patient_id: str
    program: Program
    reservoir_nl: int
    low_reservoir_alarm_nl: int


def schedule_from_pairs(raw_steps: object) -> Schedule:
    """A schedule written in a data file as ``[["HH:MM", "mcg/day"], ...]``.

    Raises :class:`TherapyError` or :class:`UnitError` naming the bad pair.
    """
    if not isinstance(raw_steps, list) or not raw_steps:
        raise TherapyError('steps: must be a list of ["HH:MM", "mcg/day"] pairs')
    steps = []
    for pair in raw_steps:
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise TherapyError(f'steps: {pair!r} must be a ["HH:MM", "mcg/day"] pair')
        steps.append(Step(parse_minute_of_day(pair[0], "steps"),
                          DoseRate.from_mcg_per_day(pair[1])))
    return Schedule(tuple(steps))


def parse_initial_pump(data: dict[str, Any], source: str) -> InitialPump:
    fields = _Fields(data, source)
    profile = load_profile(fields.text("profile"))
    try:
        schedule = schedule_from_pairs(fields.raw("steps"))
        concentration = Concentration(fields.raw("concentration_mcg_per_ml"))
        program = Program(Mode(fields.text("mode")), schedule, concentration,
                          fields.text("drug"))
        program.schedule.check(profile.schedule_rules(concentration))
    except (TherapyError, UnitError, ValueError) as error:
        if isinstance(error, ProfileError):
            raise
        raise ProfileError(f"{source}: {error}") from None
    reservoir = fields.fixed("reservoir_ml", NL_PER_ML, 0, profile.reservoir_nl, "mL")
    return InitialPump(
        profile_id=profile.id,
        serial_number=fields.text("serial_number"),
        patient_id=fields.text("patient_id"),
        program=program,
        reservoir_nl=reservoir,
        low_reservoir_alarm_nl=fields.fixed(
            "low_reservoir_alarm_ml", NL_PER_ML, profile.low_reservoir_alarm_min_nl,
            profile.low_reservoir_alarm_max_nl, "mL"),
    )


def load_initial_pump() -> InitialPump:
    source = "resources/default_pump.toml"
    return parse_initial_pump(_read_toml(_resource_dir("default_pump.toml"), source), source)
