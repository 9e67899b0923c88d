"""The debrief of a scenario run: who, when, the score per objective, and every action.

A debrief is what the instructor goes through with the trainee after a scenario, and what
is filed: it names whose pump the run was on (patient, pump and implant record, as the
session report and the review dialog do), and it is saved as a versioned JSON file
(written atomically) and loaded back exactly, so a replay weeks later shows the same
timeline and the same marks. A file that is corrupt, or written by a newer program, is
refused with the file name and the reason, and nothing of it is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from itb_console.console.actions import Action, ActionKind, ActionLog
from itb_console.console.clinical.report import TRAINING_MARK, implant_json
from itb_console.console.training.assessment import Assessment
from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.implant_record import LATEST, ImplantRecord, RecordError
from itb_console.device.text_files import read_text
from itb_console.device.version import Build, current_build

FORMAT_VERSION = 1
FILE_KIND = "itb-debrief"


class DebriefError(ValueError):
    """A debrief that cannot be saved or loaded, with the file and what is wrong."""


@dataclass(frozen=True)
class ObjectiveRecord:
    """One objective as scored: the points won out of its maximum, and the feedback."""

    id: str
    text: str
    points: int
    max_points: int
    passed: bool
    feedback: str


@dataclass(frozen=True)
class PumpOnRecord:
    """Whose pump the run was on, as the pump held it when the run ended (a record the
    trainee changed shows changed; the timeline says when and why)."""

    patient_id: str
    model_code: str
    serial_number: str
    implant: ImplantRecord


class ScoredRun:
    """The score of a run from its objectives: shared by the debrief and the trainee record."""

    objectives: tuple[ObjectiveRecord, ...]

    @property
    def score(self) -> int:
        return sum(o.points for o in self.objectives)

    @property
    def max_score(self) -> int:
        return sum(o.max_points for o in self.objectives)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class Debrief(ScoredRun):
    scenario_id: str
    scenario_title: str
    trainee: str
    station: str
    started_at: datetime  # world time, aware
    ended_at: datetime  # world time, aware
    objectives: tuple[ObjectiveRecord, ...]
    actions: ActionLog = field(default_factory=ActionLog)
    # The build that scored the run; None for files written before builds were recorded.
    software: Build | None = field(default_factory=current_build)
    # The patient, pump and implant record; None for files written before they were kept.
    pump: PumpOnRecord | None = None

    @classmethod
    def from_assessment(cls, assessment: Assessment, actions: ActionLog, *, trainee: str,
                        station: str, started_at: datetime, ended_at: datetime,
                        pump: PumpOnRecord | None) -> Debrief:
        """The debrief of an assessed run; the actions are copied, so later ones stay out."""
        scenario = assessment.scenario
        return cls(
            scenario_id=scenario.id, scenario_title=scenario.title, trainee=trainee,
            station=station, started_at=started_at, ended_at=ended_at,
            objectives=tuple(
                ObjectiveRecord(r.objective.id, r.objective.text, r.points,
                                r.objective.points, r.passed, r.feedback)
                for r in assessment.results),
            actions=ActionLog(list(actions.actions)), pump=pump)


# ---------------------------------------------------------------------------- writing
def _time_text(value: datetime, where: str) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise DebriefError(f"{where}: {value} has no time zone; world times must be aware")
    return value.isoformat()


def _detail_value(value: object, where: str) -> str | int:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DebriefError(f"{where}: {value!r} must be text or a whole number")
    return value


def to_json_dict(debrief: Debrief) -> dict[str, Any]:
    """The debrief as the JSON object of docs/scenarios.md ("Debrief")."""
    return {
        "kind": FILE_KIND,
        "format_version": FORMAT_VERSION,
        "training_mark": TRAINING_MARK,
        "software": None if debrief.software is None else debrief.software.to_json_dict(),
        "scenario": {"id": debrief.scenario_id, "title": debrief.scenario_title},
        "pump": None if debrief.pump is None else pump_to_json(debrief.pump),
        "trainee": debrief.trainee,
        "station": debrief.station,
        "started_at": _time_text(debrief.started_at, "started_at"),
        "ended_at": _time_text(debrief.ended_at, "ended_at"),
        "score": debrief.score,
        "max_score": debrief.max_score,
        "objectives": [objective_to_json(o) for o in debrief.objectives],
        "actions": [action_to_json(a, f"actions[{i}]")
                    for i, a in enumerate(debrief.actions.actions)],
    }


def pump_to_json(pump: PumpOnRecord) -> dict[str, Any]:
    """Whose pump, as JSON (debrief files and the classroom protocol share it)."""
    return {"patient_id": pump.patient_id, "model_code": pump.model_code,
            "serial_number": pump.serial_number, "implant": implant_json(pump.implant)}


def objective_to_json(objective: ObjectiveRecord) -> dict[str, Any]:
    """One scored objective as JSON (debrief files and the classroom protocol share it)."""
    return {"id": objective.id, "text": objective.text, "points": objective.points,
            "max_points": objective.max_points, "passed": objective.passed,
            "feedback": objective.feedback}


def action_to_json(action: Action, where: str) -> dict[str, Any]:
    """One trainee action as JSON (debrief files and the classroom protocol share it)."""
    return {"kind": action.kind.value, "at": _time_text(action.at, f"{where}.at"),
            "detail": {key: _detail_value(value, f"{where}.detail.{key}")
                       for key, value in action.detail.items()}}


def save_debrief(debrief: Debrief, path: Path) -> None:
    """Write the debrief atomically; a value that cannot be saved exactly is refused first."""
    text = json.dumps(to_json_dict(debrief), indent=1)
    try:
        write_text_atomically(path, text)
    except OSError as error:
        raise DebriefError(f"{path}: cannot be written ({error.strerror or error})") from None


# ---------------------------------------------------------------------------- reading
_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
          dict: "an object"}


def json_field(data: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    """``data[key]`` if it is of ``kind`` (a bool is not taken for a number)."""
    name = f"{where}{key}"
    if key not in data:
        raise DebriefError(f"{name} is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DebriefError(f"{name}: {value!r} must be {_NAMES[kind]}")
    return value


def json_time(data: dict[str, Any], key: str, where: str = "") -> datetime:
    text = json_field(data, key, str, where)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise DebriefError(f"{where}{key}: {text!r} must be a date-time like "
                           "2026-11-25T09:00:00+00:00") from None
    if value.utcoffset() is None:
        raise DebriefError(f"{where}{key}: {text!r} must include its UTC offset (+00:00)")
    return value


def objective_from_json(data: object, where: str) -> ObjectiveRecord:
    if not isinstance(data, dict):
        raise DebriefError(f"{where}: must be an object")
    maximum = json_field(data, "max_points", int, f"{where}.")
    if not 1 <= maximum <= 100:
        raise DebriefError(f"{where}.max_points: {maximum} must be from 1 to 100")
    passed = json_field(data, "passed", bool, f"{where}.")
    points = json_field(data, "points", int, f"{where}.")
    if points != (maximum if passed else 0):
        raise DebriefError(f"{where}.points: {points} must be {maximum if passed else 0} "
                           f"for an objective {'passed' if passed else 'failed'} "
                           f"out of {maximum}")
    return ObjectiveRecord(json_field(data, "id", str, f"{where}."),
                           json_field(data, "text", str, f"{where}."), points, maximum, passed,
                           json_field(data, "feedback", str, f"{where}."))


def action_from_json(data: object, where: str) -> Action:
    if not isinstance(data, dict):
        raise DebriefError(f"{where}: must be an object")
    kind_text = json_field(data, "kind", str, f"{where}.")
    try:
        kind = ActionKind(kind_text)
    except ValueError:
        raise DebriefError(f"{where}.kind: {kind_text!r} is not an action this program knows "
                           f"({', '.join(k.value for k in ActionKind)})") from None
    detail = json_field(data, "detail", dict, f"{where}.")
    return Action(kind, json_time(data, "at", f"{where}."),
                  {key: _detail_value(value, f"{where}.detail.{key}")
                   for key, value in detail.items()})


def _date(data: dict[str, Any], key: str, where: str, optional: bool) -> date | None:
    if optional and data.get(key, "") is None:
        return None
    text = json_field(data, key, str, where)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DebriefError(f"{where}{key}: {text!r} must be a date like 2026-11-25"
                           + (" or null" if optional else "")) from None


def pump_from_json(data: object, where: str = "pump.") -> PumpOnRecord:
    """Whose pump; every record value is checked as the pump checks it."""
    if not isinstance(data, dict):
        raise DebriefError(f"{where.rstrip('.')}: must be an object with patient_id, "
                           "model_code, serial_number and implant")
    implant = json_field(data, "implant", dict, where)
    inner = f"{where}implant."
    implanted_on = _date(implant, "implant_date", inner, optional=False)
    assert implanted_on is not None
    record = ImplantRecord(
        implanted_on=implanted_on,
        catheter_model=json_field(implant, "catheter_model", str, inner),
        catheter_length_mm=json_field(implant, "catheter_length_mm", int, inner),
        catheter_nl_per_cm=json_field(implant, "catheter_nl_per_cm", int, inner),
        tip_level=json_field(implant, "tip_level", str, inner),
        last_refill_on=_date(implant, "last_refill", inner, optional=True),
        next_refill_on=_date(implant, "next_refill", inner, optional=True))
    try:
        record.check(LATEST)  # dates in order; any day up to the latest a pump keeps
    except RecordError as error:
        raise DebriefError(f"{inner}{error}") from None
    volume = json_field(implant, "catheter_volume_nl", int, inner)
    if volume != record.catheter_volume_nl:
        raise DebriefError(f"{inner}catheter_volume_nl: {volume} does not match the "
                           f"catheter, which holds {record.catheter_volume_nl} nL")
    return PumpOnRecord(json_field(data, "patient_id", str, where),
                        json_field(data, "model_code", str, where),
                        json_field(data, "serial_number", str, where), record)


def _software(data: dict[str, Any]) -> Build | None:
    """The optional ``software`` record: absent or null in files from before it existed."""
    record = data.get("software")
    if record is None:
        return None
    if not isinstance(record, dict):
        raise DebriefError(f"software: {record!r} must be an object with name, version "
                           "and commit")
    commit = record.get("commit")
    if commit is not None and not isinstance(commit, str):
        raise DebriefError(f"software.commit: {commit!r} must be text or null")
    return Build(json_field(record, "name", str, "software."),
                 json_field(record, "version", str, "software."), commit)


def from_json_dict(data: object) -> Debrief:
    """Rebuild a debrief; anything missing, malformed or inconsistent is a DebriefError."""
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise DebriefError(f"this is not an ITB debrief file (no \"kind\": \"{FILE_KIND}\")")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DebriefError(f"format_version {version!r} must be a whole number from 1")
    if version > FORMAT_VERSION:
        raise DebriefError(f"format_version {version} is newer than this program reads "
                           f"(up to {FORMAT_VERSION}); open it with a newer console")
    scenario = json_field(data, "scenario", dict)
    objectives = tuple(objective_from_json(o, f"objectives[{i}]")
                       for i, o in enumerate(json_field(data, "objectives", list)))
    if not objectives:
        raise DebriefError("objectives: a debrief needs at least one objective")
    ids = [o.id for o in objectives]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        raise DebriefError(f"objectives: id {duplicate!r} is used twice; ids must be unique")
    debrief = Debrief(
        scenario_id=json_field(scenario, "id", str, "scenario."),
        scenario_title=json_field(scenario, "title", str, "scenario."),
        trainee=json_field(data, "trainee", str), station=json_field(data, "station", str),
        started_at=json_time(data, "started_at"), ended_at=json_time(data, "ended_at"),
        objectives=objectives,
        actions=ActionLog([action_from_json(a, f"actions[{i}]")
                           for i, a in enumerate(json_field(data, "actions", list))]),
        software=_software(data),
        pump=None if data.get("pump") is None else pump_from_json(data["pump"]))
    if debrief.ended_at < debrief.started_at:
        raise DebriefError(f"ended_at: {debrief.ended_at.isoformat()} is before started_at "
                           f"{debrief.started_at.isoformat()}")
    for key, total in (("score", debrief.score), ("max_score", debrief.max_score)):
        if json_field(data, key, int) != total:
            raise DebriefError(f"{key}: {data[key]} does not match the objectives, "
                               f"which add up to {total}")
    return debrief


def load_debrief(path: Path) -> Debrief:
    """Load a debrief file, all or nothing; errors name the file and what is wrong."""
    text = read_text(path, DebriefError)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise DebriefError(f"{path}: is not valid JSON ({error})") from None
    try:
        return from_json_dict(data)
    except DebriefError as error:
        raise DebriefError(f"{path}: {error}") from None
