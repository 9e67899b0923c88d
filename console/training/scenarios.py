"""Training scenarios: the story, the pump as the trainee finds it, events, objectives.

A scenario is a TOML file (schema in docs/scenarios.md). Shipped ones live in
``resources/scenarios``; trainers add their own from a folder. Loading validates every
field against the pump profile and the drug table, so a scenario that loads can be run.
"""

from __future__ import annotations

import enum
import functools
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import Origin
from itb_console.console.clinical.mri_check import MriOutcome
from itb_console.console.training.scenario_file import (
    ScenarioError,
    SourceText,
    Table,
    Where,
    parse_toml,
)
from itb_console.device.default_pump import InitialPump, load_initial_pump, schedule_from_pairs
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import (
    ImplantRecord,
    RecordError,
    human_changes,
    with_changes,
)
from itb_console.device.mri_fault import DELAY_HOURS, MAX_SCAN_MINUTES, MriResume
from itb_console.device.pump_api import AlarmCode, BolusKind
from itb_console.device.pump_profiles import load_profile, profile_ids
from itb_console.device.resource_toml import ProfileError
from itb_console.device.state_checks import StateCheckError, check_identity_text
from itb_console.device.text_files import read_text
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError
from itb_console.device.units import NL_PER_ML, UnitError, ml, scaled


@dataclass(frozen=True)
class ScenarioPump:
    """The pump as the trainee finds it when the scenario starts."""

    profile_id: str
    patient_id: str
    program: Program
    reservoir_nl: int
    true_reservoir_nl: int
    low_reservoir_alarm_nl: int
    start_local: datetime  # aware, in ``timezone``
    clock_offset_minutes: int  # pump clock minus true local time
    drift_ppm: int
    battery_days_left: int | None
    over_infusion_percent: int
    alarms: tuple[AlarmCode, ...]
    record: ImplantRecord

    @property
    def serial_number(self) -> str:
        """A station's pump serial, from the patient ID: TRAINING-08 is SIM-000008."""
        return f"SIM-{self.patient_id.rsplit('-', 1)[-1]:0>6}"


class EventKind(enum.Enum):
    ALARM = "alarm"
    MOTOR_STALL = "motor_stall"
    OVER_INFUSION = "over_infusion"
    LINK_DROP = "link_drop"
    ADVANCE = "advance"
    MRI = "mri"


@dataclass(frozen=True)
class ScenarioEvent:
    """Something the instructor's script does at a time after the start (world time)."""

    after_minutes: int
    kind: EventKind
    alarm: AlarmCode | None = None
    percent: int = 0
    hours: int = 0
    minutes: int = 0  # an MRI scan's length
    resume: MriResume = MriResume.NORMAL  # how the pump restarts after the scan
    delay_hours: int = 0  # a delayed restart's delay


class CheckKind(enum.Enum):
    INTERROGATED_FIRST = "interrogated_first"
    PROGRAM_UNCHANGED = "program_unchanged"
    DAILY_DOSE_BETWEEN = "daily_dose_between"
    NEVER_STOPPED = "never_stopped"
    REFILL = "refill"
    DISCREPANCY_ACKNOWLEDGED = "discrepancy_acknowledged"
    BOLUS_GIVEN = "bolus_given"
    NO_BOLUS = "no_bolus"
    ALARM_CLEARED = "alarm_cleared"
    CLOCK_WITHIN = "clock_within"
    REPORT_PRINTED = "report_printed"
    NO_SOFT_LIMIT_OVERRIDE = "no_soft_limit_override"
    LOW_RESERVOIR_ALARM = "low_reservoir_alarm"
    INTERROGATED_TWICE = "interrogated_twice"
    MRI_CHECKED = "mri_checked"
    PUMP_SAVED = "pump_saved"
    RECORD_CARRIED = "record_carried"


@dataclass(frozen=True)
class Objective:
    id: str
    text: str
    check: CheckKind
    points: int
    feedback_pass: str
    feedback_fail: str
    min_mcg_per_day: float = 0.0
    max_mcg_per_day: float = 0.0
    filled_nl: int = 0
    concentration: Concentration | None = None
    bolus_kind: BolusKind | None = None
    min_volume_nl: int = 0
    max_volume_nl: int = 0
    alarm: AlarmCode | None = None
    minutes: int = 0
    alarm_volume_nl: int = 0
    outcome: str = ""  # the post-MRI check's conclusion (mri_checked)


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    difficulty: str
    summary: str
    patient_story: str
    origin: Origin
    order: str
    pump: ScenarioPump
    events: tuple[ScenarioEvent, ...]
    objectives: tuple[Objective, ...]
    source: str
    # A pump replacement: the pump that takes over, filled and not yet programmed (stopped,
    # carrying the default pump's schedule at its concentration).
    new_pump: InitialPump | None = None

    @property
    def max_score(self) -> int:
        return sum(o.points for o in self.objectives)


CHECK_FIELDS: dict[CheckKind, set[str]] = {  # the fields each check takes
    CheckKind.DAILY_DOSE_BETWEEN: {"min_mcg_per_day", "max_mcg_per_day"},
    CheckKind.REFILL: {"filled_ml", "concentration_mcg_per_ml"},
    CheckKind.BOLUS_GIVEN: {"bolus", "min_ml", "max_ml"},
    CheckKind.ALARM_CLEARED: {"alarm"},
    CheckKind.CLOCK_WITHIN: {"minutes"},
    CheckKind.LOW_RESERVOIR_ALARM: {"alarm_ml"},
    CheckKind.MRI_CHECKED: {"outcome"},
}
OBJECTIVE_COMMON = {"id", "text", "check", "points", "pass", "fail"}
# What a post-MRI check can be recorded as ("interrogate again" is not a conclusion).
MRI_CONCLUSIONS = tuple(o.value for o in MriOutcome if o is not MriOutcome.NOT_YET_LOGGED)
EVENT_COMMON = {"after_minutes", "kind"}
EVENT_FIELDS: dict[EventKind, set[str]] = {  # the fields each kind of event takes
    EventKind.ALARM: {"alarm"}, EventKind.OVER_INFUSION: {"percent"},
    EventKind.ADVANCE: {"hours"}, EventKind.MRI: {"minutes", "resume", "delay_hours"}}


def _volume(table: Table, key: str, low: int, high: int) -> int:
    try:
        value = scaled(table.decimal_text(key), NL_PER_ML, key)
    except UnitError as error:
        raise table.fail(key, str(error).split(": ", 1)[-1]) from None
    if not low <= value <= high:
        raise table.fail(key, f"{style.plain(ml(value))} mL is outside "
                              f"{style.plain(ml(low))} to {style.plain(ml(high))} mL")
    return value


def _alarm(table: Table, key: str) -> AlarmCode:
    return AlarmCode(table.choice(key, [a.value for a in AlarmCode]))


def _parse_pump(table: Table) -> ScenarioPump:
    table.check_keys({"profile", "patient_id", "start", "timezone", "concentration_mcg_per_ml",
                      "mode", "steps", "reservoir_ml", "true_reservoir_ml",
                      "low_reservoir_alarm_ml", "clock_offset_minutes", "drift_ppm",
                      "battery_days_left", "over_infusion_percent", "alarms", "drug",
                      "record"})
    profile_id = table.choice("profile", profile_ids())
    profile = load_profile(profile_id)
    try:
        zone = ZoneInfo(table.text("timezone", "Europe/London"))
    except (ZoneInfoNotFoundError, ValueError):
        raise table.fail("timezone", f"{table.get('timezone')!r} is not a known time zone "
                                     "name (e.g. Europe/London)") from None
    try:
        start = datetime.fromisoformat(table.text("start"))
    except ValueError:
        raise table.fail("start", f"{table.get('start')!r} must be a local date-time "
                                  "like 2026-11-25T09:00:00") from None
    if start.tzinfo is not None:
        raise table.fail("start", "give local time without a zone; the zone is 'timezone'")
    drug_name = table.text("drug", "baclofen")
    drugs = load_drugs()
    if drug_name not in drugs:
        raise table.fail("drug", f"{drug_name!r} must be one of {', '.join(drugs)}")
    raw_concentration = table.require("concentration_mcg_per_ml")
    try:
        concentration = Concentration(raw_concentration)
        drugs[drug_name].check_concentration(concentration)
    except TherapyError as error:
        raise table.fail("concentration_mcg_per_ml", str(error).split(": ", 1)[-1]) from None
    try:
        program = Program(Mode(table.choice("mode", [m.value for m in Mode])),
                          schedule_from_pairs(table.require("steps")), concentration, drug_name)
        program.schedule.check(profile.schedule_rules(concentration))
    except (TherapyError, UnitError) as error:
        raise table.fail("steps", str(error).removeprefix("steps: ")) from None
    reservoir = _volume(table, "reservoir_ml", 0, profile.reservoir_nl)
    true_reservoir = (_volume(table, "true_reservoir_ml", 0, profile.reservoir_nl)
                      if table.has("true_reservoir_ml") else reservoir)
    raw_alarms = table.get("alarms", [])
    if not isinstance(raw_alarms, list) or any(
            a not in {code.value for code in AlarmCode} for a in raw_alarms):
        raise table.fail("alarms", f"{raw_alarms!r} must be a list of: "
                                   f"{', '.join(a.value for a in AlarmCode)}")
    return ScenarioPump(
        profile_id=profile_id,
        patient_id=table.text("patient_id", "TRAINING-01"),
        program=program,
        reservoir_nl=reservoir,
        true_reservoir_nl=true_reservoir,
        low_reservoir_alarm_nl=(
            _volume(table, "low_reservoir_alarm_ml", profile.low_reservoir_alarm_min_nl,
                    profile.low_reservoir_alarm_max_nl)
            if table.has("low_reservoir_alarm_ml") else profile.low_reservoir_alarm_default_nl),
        start_local=start.replace(tzinfo=zone),
        clock_offset_minutes=table.integer("clock_offset_minutes", -1440, 1440, 0),
        drift_ppm=table.integer("drift_ppm", -10_000, 10_000, 0),
        battery_days_left=(table.integer("battery_days_left", 0, 20 * 366)
                           if table.has("battery_days_left") else None),
        over_infusion_percent=table.integer("over_infusion_percent", 0, 200, 0),
        alarms=tuple(AlarmCode(a) for a in raw_alarms),
        record=_parse_record(table, start.date()),
    )


def _parse_new_pump(table: Table, old: ScenarioPump) -> InitialPump:
    """``[new_pump]``: the replacement, filled at a concentration and stopped."""
    table.check_keys({"profile", "serial_number", "patient_id", "concentration_mcg_per_ml",
                      "reservoir_ml", "low_reservoir_alarm_ml"})
    profile_id = table.choice("profile", profile_ids())
    profile = load_profile(profile_id)
    serial = table.text("serial_number")
    patient = table.text("patient_id", "NEW-PUMP")
    for key, value in (("serial_number", serial), ("patient_id", patient)):
        try:
            check_identity_text(key, value)
        except StateCheckError as error:
            raise table.fail(key, str(error).split(": ", 1)[-1]) from None
    if serial == old.serial_number:
        raise table.fail("serial_number", f"{serial!r} is the old pump's serial (from its "
                                          "patient_id); the new pump has its own")
    drug = old.program.drug
    try:
        concentration = Concentration(table.require("concentration_mcg_per_ml"))
        load_drugs()[drug].check_concentration(concentration)
        program = Program(Mode.STOPPED, load_initial_pump().program.schedule, concentration,
                          drug)
        program.schedule.check(profile.schedule_rules(concentration))
    except TherapyError as error:
        raise table.fail("concentration_mcg_per_ml", str(error).split(": ", 1)[-1]) from None
    return InitialPump(
        profile_id=profile_id, serial_number=serial, patient_id=patient, program=program,
        reservoir_nl=_volume(table, "reservoir_ml", 0, profile.reservoir_nl),
        low_reservoir_alarm_nl=(
            _volume(table, "low_reservoir_alarm_ml", profile.low_reservoir_alarm_min_nl,
                    profile.low_reservoir_alarm_max_nl)
            if table.has("low_reservoir_alarm_ml") else profile.low_reservoir_alarm_default_nl))


def _parse_record(pump: Table, start: date) -> ImplantRecord:
    """``[pump.record]``: the implant record, in cm, mL/cm and ISO dates (default: implanted
    on the start day with the default catheter)."""
    table = Table(pump.source, Where("pump.record"), pump.get("record", {}))
    for key in ("catheter_length_cm", "catheter_ml_per_cm"):
        if table.has(key):
            table.decimal_text(key)
    try:
        changes = human_changes(table.data)
        return with_changes(ImplantRecord(implanted_on=start), changes, start)
    except RecordError as error:
        raise table.fail(error.field if error.field in table.data else None,
                         str(error).split(": ", 1)[-1]) from None


def _parse_event(table: Table) -> ScenarioEvent:
    kind = EventKind(table.choice("kind", [k.value for k in EventKind]))
    table.check_keys(EVENT_COMMON | EVENT_FIELDS.get(kind, set()))
    mri = kind is EventKind.MRI
    resume = (MriResume(table.choice("resume", [r.value for r in MriResume]))
              if mri else MriResume.NORMAL)
    minutes = table.integer("minutes", 1, MAX_SCAN_MINUTES) if mri else 0
    delay_hours = (table.integer("delay_hours", *DELAY_HOURS)
                   if resume is MriResume.DELAYED else 0)
    if mri and resume is not MriResume.DELAYED and table.has("delay_hours"):
        raise table.fail("delay_hours", "only resume = \"delayed\" takes a delay")
    return ScenarioEvent(
        after_minutes=table.integer("after_minutes", 0, 7 * 1440),
        kind=kind,
        alarm=_alarm(table, "alarm") if kind is EventKind.ALARM else None,
        percent=table.integer("percent", 1, 200) if kind is EventKind.OVER_INFUSION else 0,
        hours=table.integer("hours", 1, 24 * 366) if kind is EventKind.ADVANCE else 0,
        minutes=minutes, resume=resume, delay_hours=delay_hours,
    )


def _parse_objective(table: Table, profile_reservoir_nl: int) -> Objective:
    check = CheckKind(table.choice("check", [c.value for c in CheckKind]))
    table.check_keys(OBJECTIVE_COMMON | CHECK_FIELDS.get(check, set()))
    extra: dict[str, Any] = {}
    if check is CheckKind.DAILY_DOSE_BETWEEN:
        low = table.integer("min_mcg_per_day", 0, 100_000)
        extra = {"min_mcg_per_day": float(low),
                 "max_mcg_per_day": float(table.integer("max_mcg_per_day", low, 100_000))}
    elif check is CheckKind.REFILL:
        extra = {"filled_nl": _volume(table, "filled_ml", 1, profile_reservoir_nl)}
        if table.has("concentration_mcg_per_ml"):
            try:
                extra["concentration"] = Concentration(table.get("concentration_mcg_per_ml"))
            except TherapyError as error:
                raise table.fail("concentration_mcg_per_ml", str(error)) from None
    elif check is CheckKind.BOLUS_GIVEN:
        low = _volume(table, "min_ml", 0, profile_reservoir_nl)
        extra = {"bolus_kind": BolusKind(table.choice("bolus", [b.value for b in BolusKind])),
                 "min_volume_nl": low,
                 "max_volume_nl": _volume(table, "max_ml", low, profile_reservoir_nl)}
    elif check is CheckKind.ALARM_CLEARED:
        extra = {"alarm": _alarm(table, "alarm")}
    elif check is CheckKind.CLOCK_WITHIN:
        extra = {"minutes": table.integer("minutes", 0, 1440)}
    elif check is CheckKind.LOW_RESERVOIR_ALARM:
        extra = {"alarm_volume_nl": _volume(table, "alarm_ml", 0, profile_reservoir_nl)}
    elif check is CheckKind.MRI_CHECKED:
        extra = {"outcome": table.choice("outcome", list(MRI_CONCLUSIONS))}
    return Objective(
        id=table.text("id"), text=table.words("text"), check=check,
        points=table.integer("points", 1, 100),
        feedback_pass=table.words("pass"), feedback_fail=table.words("fail"), **extra)


def parse_scenario(name: str, text: str) -> Scenario:
    """Parse and validate a scenario; raises :class:`ScenarioError` located in the file."""
    source = SourceText(name, text)
    root = Table(source, Where(""), parse_toml(name, text))
    root.check_keys({"scenario", "patient", "order", "pump", "new_pump", "events",
                     "objectives"})
    head = root.table("scenario")
    head.check_keys({"id", "title", "difficulty", "summary"})
    patient = root.table("patient")
    patient.check_keys({"story", "origin"})
    order = root.table("order")
    order.check_keys({"text"})
    try:
        pump = _parse_pump(root.table("pump"))
    except ProfileError as error:
        raise source.error(Where("pump"), "profile", str(error)) from None
    try:
        new_pump = (_parse_new_pump(root.table("new_pump"), pump) if root.has("new_pump")
                    else None)
    except ProfileError as error:
        raise source.error(Where("new_pump"), "profile", str(error)) from None
    events = tuple(_parse_event(t) for t in root.tables("events"))
    objectives = tuple(_parse_objective(t, load_profile(pump.profile_id).reservoir_nl)
                       for t in root.tables("objectives"))
    if not objectives:
        raise source.error(Where(""), None, "a scenario needs at least one [[objectives]]")
    ids = [o.id for o in objectives]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise source.error(Where("objectives", ids.index(duplicate, ids.index(duplicate) + 1)),
                           "id", f"{duplicate!r} is used twice; ids must be unique")
    return Scenario(
        id=head.text("id"), title=head.words("title"),
        difficulty=head.choice("difficulty", ["basic", "intermediate", "advanced"]),
        summary=head.words("summary"), patient_story=patient.words("story"),
        origin=Origin(patient.choice("origin", [o.value for o in Origin])),
        order=order.words("text"), pump=pump, events=events, objectives=objectives,
        source=name, new_pump=new_pump)


def _shipped_files() -> list[Traversable]:
    folder = resources.files("itb_console.resources").joinpath("scenarios")
    return sorted((item for item in folder.iterdir() if item.name.endswith(".toml")),
                  key=lambda item: item.name)


@functools.cache
def shipped_titles() -> dict[str, str]:
    """Each shipped scenario's short name and title, read once: every trainer's scenario
    is checked against them."""
    heads = (tomllib.loads(item.read_text(encoding="utf-8"))["scenario"]
             for item in _shipped_files())
    return {head["id"]: head["title"] for head in heads}


def is_shipped_file(path: Path | None) -> bool:
    """Whether ``path`` is one of the shipped files themselves (they keep their names)."""
    return path is not None and any(
        path.resolve() == Path(str(item)).resolve() for item in _shipped_files())


def shipped_name_problem(scenario_id: str) -> str | None:
    """Why a trainer's scenario may not take this short name, or None: runs and trainee
    records are filed by it, so they would be taken for the shipped scenario's."""
    title = shipped_titles().get(scenario_id)
    if title is None:
        return None
    return (f"'{scenario_id}' is the short name of the shipped scenario '{title}'; give "
            "this scenario a short name of its own")


def parse_trainer_scenario(name: str, text: str, shipped_file: bool = False) -> Scenario:
    """A trainer's scenario: as :func:`parse_scenario`, and its short name is not a shipped
    scenario's (unless it is that shipped file itself)."""
    scenario = parse_scenario(name, text)
    problem = None if shipped_file else shipped_name_problem(scenario.id)
    if problem is not None:
        raise SourceText(name, text).error(Where("scenario"), "id", problem)
    return scenario


def load_scenario_file(path: Path) -> Scenario:
    """A scenario file as a trainer's (see :func:`parse_trainer_scenario`)."""
    text = read_text(path, ScenarioError)
    return parse_trainer_scenario(str(path), text, is_shipped_file(path))


def shipped_scenarios() -> list[Scenario]:
    """Every scenario in resources/scenarios, sorted by file name."""
    return [parse_scenario(f"resources/scenarios/{item.name}", item.read_text(encoding="utf-8"))
            for item in _shipped_files()]


def user_scenarios(folder: Path) -> tuple[list[Scenario], list[str]]:
    """Scenarios from a trainer's folder, and the errors of the files that did not load."""
    loaded, errors = [], []
    for path in sorted(folder.glob("*.toml")):
        try:
            loaded.append(load_scenario_file(path))
        except ScenarioError as error:
            errors.append(str(error))
    return loaded, errors
