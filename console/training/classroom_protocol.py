"""The classroom control protocol: JSON lines between the instructor panel and itb-classroom.

docs/classroom.md is the contract. Requests are checked here before anything runs, so a
bad line is answered with what was wrong and what is allowed, and nothing of it is done.
A station's row travels as JSON so that the panel, or a tester's script, needs no code
of the classroom to read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from itb_console.console.actions import Action
from itb_console.console.training.debrief import (
    DebriefError,
    ObjectiveRecord,
    PumpOnRecord,
    action_from_json,
    action_to_json,
    json_field,
    json_time,
    objective_from_json,
    objective_to_json,
    pump_from_json,
    pump_to_json,
)
from itb_console.console.training.scenario_runner import MIN_SPEED, StationState
from itb_console.console.training.scenarios import EventKind
from itb_console.device.clock import MAX_SPEED
from itb_console.device.mri_fault import MAX_SCAN_MINUTES, MriResume, check_mri
from itb_console.device.pump_api import AlarmCode

VERSION = 1
SERVER_NAME = "itb-classroom"
MAX_REQUEST_BYTES = 64 * 1024
MAX_STATIONS = 60
MAX_JUMP_S = 366 * 86_400
MAX_ID = 2**53  # exact in every JSON reader


class ProtocolError(ValueError):
    """A control line that breaks the protocol, saying what was wrong and what is allowed."""


@dataclass(frozen=True)
class Request:
    id: int
    op: str
    args: dict[str, Any]


_STATIONS = ("stations", list, False)
# op -> (argument, JSON type, required) for every argument it takes
OPS: dict[str, tuple[tuple[str, type, bool], ...]] = {
    "hello": (("version", int, True), ("token", str, True)),
    "open": (("scenario", str, False), ("scenario_file", str, False), ("count", int, True),
             ("speed", float, True), ("network", bool, False), ("key_file", str, False)),
    "read": (("actions_of", str, False),),
    "start": (_STATIONS,),
    "pause": (_STATIONS,),
    "resume": (_STATIONS,),
    "end": (_STATIONS,),
    "speed": (_STATIONS, ("speed", float, True)),
    "jump": (_STATIONS, ("seconds", float, True)),
    "inject": (_STATIONS, ("kind", str, True), ("alarm", str, False),
               ("percent", int, False), ("minutes", int, False), ("resume", str, False),
               ("delay_hours", int, False)),
    "restart": (("station", str, True),),
    "close": (_STATIONS,),
    "shutdown": (),
}
MRI_ARGS = ("minutes", "resume", "delay_hours")  # an injected MRI scan's own arguments
_TYPE_NAMES = {int: "a whole number", float: "a number", str: "text", bool: "true or false",
               list: "a list of station names"}


def _is(value: object, kind: type) -> bool:
    if isinstance(value, bool):
        return kind is bool
    if kind is float:
        return isinstance(value, int | float)
    return isinstance(value, kind)


def parse_request(line: bytes) -> Request:
    """One request line, checked whole: its id, a known op, and each argument's type."""
    if len(line) > MAX_REQUEST_BYTES:
        raise ProtocolError(f"request: {len(line)} bytes is longer than the "
                            f"{MAX_REQUEST_BYTES} allowed")
    try:
        data = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ProtocolError(f"request: not a JSON object on one line ({error})") from None
    if not isinstance(data, dict):
        raise ProtocolError("request: must be a JSON object like {\"id\": 1, \"op\": \"read\"}")
    request_id = data.pop("id", None)
    if not _is(request_id, int) or not 0 <= request_id <= MAX_ID:
        raise ProtocolError(f"id: {request_id!r} must be a whole number from 0 to {MAX_ID}")
    op = data.pop("op", None)
    if op not in OPS:
        raise ProtocolError(f"op: {op!r} is not known; allowed: {', '.join(OPS)}")
    allowed = {name: (kind, required) for name, kind, required in OPS[op]}
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise ProtocolError(f"{op}: {', '.join(unknown)} not allowed; it takes "
                            f"{', '.join(allowed) or 'no arguments'}")
    for name, (kind, required) in allowed.items():
        if name not in data:
            if required:
                raise ProtocolError(f"{op}: {name} is missing ({_TYPE_NAMES[kind]})")
            continue
        if not _is(data[name], kind):
            raise ProtocolError(f"{op}.{name}: {data[name]!r} must be {_TYPE_NAMES[kind]}")
    _check_values(op, data)
    return Request(request_id, op, data)


def _check_values(op: str, args: dict[str, Any]) -> None:
    if not all(isinstance(n, str) for n in args.get("stations", [])):
        raise ProtocolError(f"{op}.stations: must be a list of station names (text)")
    if op == "open":
        if ("scenario" in args) == ("scenario_file" in args):
            raise ProtocolError("open: give exactly one of scenario (a shipped scenario's "
                                "id) or scenario_file (a path to a .toml file)")
        if not 1 <= args["count"] <= MAX_STATIONS:
            raise ProtocolError(f"open.count: {args['count']} must be from 1 to {MAX_STATIONS}")
        if not args.get("key_file", "-").strip():
            raise ProtocolError("open.key_file: empty; give the path of the key file the "
                                "stations are keyed with, or leave key_file out for none")
    if "speed" in args and not MIN_SPEED <= args["speed"] <= MAX_SPEED:
        raise ProtocolError(f"{op}.speed: {args['speed']:g} is outside x{MIN_SPEED:g} to "
                            f"x{MAX_SPEED:,.0f}")
    if op == "jump" and not 0 <= args["seconds"] <= MAX_JUMP_S:
        raise ProtocolError(f"jump.seconds: {args['seconds']:g} must be from 0 to "
                            f"{MAX_JUMP_S} (a year); time only moves forward")
    if op == "inject":
        _check_inject(args)


def _check_inject(args: dict[str, Any]) -> None:
    kinds = [k.value for k in EventKind if k is not EventKind.ADVANCE]
    kind = args["kind"]
    if kind not in kinds:
        raise ProtocolError(f"inject.kind: {kind!r} is not a fault; allowed: "
                            f"{', '.join(kinds)} (jump moves time)")
    if kind == EventKind.ALARM.value:
        codes = [c.value for c in AlarmCode]
        if args.get("alarm") not in codes:
            raise ProtocolError(f"inject.alarm: {args.get('alarm')!r} must be one of "
                                f"{', '.join(codes)}")
    if kind == EventKind.OVER_INFUSION.value and not 1 <= args.get("percent", 0) <= 200:
        raise ProtocolError(f"inject.percent: {args.get('percent')!r} must be from 1 to 200")
    scan = [name for name in MRI_ARGS if name in args]
    if kind != EventKind.MRI.value:
        if scan:
            raise ProtocolError(f"inject.{scan[0]}: only kind mri takes "
                                f"{', '.join(MRI_ARGS)}")
        return
    resumes = [r.value for r in MriResume]
    if args.get("resume") not in resumes:
        raise ProtocolError(f"inject.resume: {args.get('resume')!r} must be one of "
                            f"{', '.join(resumes)}")
    if "minutes" not in args:
        raise ProtocolError(f"inject.minutes is missing (the scan's length, 1 to "
                            f"{MAX_SCAN_MINUTES} min)")
    problem = check_mri(args["minutes"], MriResume(args["resume"]), args.get("delay_hours", 0))
    if problem is not None:
        raise ProtocolError(f"inject: {problem}")


def answer(request_id: int | None, result: Any = None, error: str | None = None) -> bytes:
    """A reply line: ``ok`` with a result, or not ok with the error text."""
    body: dict[str, Any] = {"id": request_id, "ok": error is None}
    body["result" if error is None else "error"] = result if error is None else error
    return json.dumps(body, separators=(",", ":")).encode() + b"\n"


# ---------------------------------------------------------------------------- rows
@dataclass(frozen=True)
class StationRow:
    """One station as the instructor sees it (docs/classroom.md, "Station row")."""

    name: str
    scenario_id: str
    scenario_title: str
    url: str
    key_file: str  # the path of the key file a console connects with; "" for none
    pid: int
    state: StationState
    problem: str  # why the station is crashed or not answering; "" when all is well
    speed: float
    started_at: datetime  # world time, aware
    world_time: datetime  # aware
    pump_clock: datetime  # naive, as the pump keeps it
    reservoir_nl: int  # as the pump calculates it
    true_residual_nl: int  # what a syringe would withdraw now
    daily_dose_ng: int
    mode: str
    alarms: tuple[str, ...]
    events_left: int
    link_down: bool
    action_count: int
    last_action: Action | None
    actions: tuple[Action, ...] | None  # only for the station a read asked for
    objectives: tuple[ObjectiveRecord, ...] | None  # once ended and scored
    pump: PumpOnRecord | None = None  # patient, pump and implant record, with ``actions``

    @property
    def score(self) -> tuple[int, int] | None:
        if self.objectives is None:
            return None
        return (sum(o.points for o in self.objectives),
                sum(o.max_points for o in self.objectives))


def row_to_json(row: StationRow) -> dict[str, Any]:
    where = f"{row.name}.actions"
    return {
        "name": row.name, "scenario_id": row.scenario_id,
        "scenario_title": row.scenario_title, "url": row.url, "key_file": row.key_file,
        "pid": row.pid,
        "state": row.state.value, "problem": row.problem, "speed": row.speed,
        "started_at": row.started_at.isoformat(), "world_time": row.world_time.isoformat(),
        "pump_clock": row.pump_clock.isoformat(), "reservoir_nl": row.reservoir_nl,
        "true_residual_nl": row.true_residual_nl, "daily_dose_ng": row.daily_dose_ng,
        "mode": row.mode, "alarms": list(row.alarms), "events_left": row.events_left,
        "link_down": row.link_down, "action_count": row.action_count,
        "last_action": (None if row.last_action is None
                        else action_to_json(row.last_action, where)),
        "actions": (None if row.actions is None
                    else [action_to_json(a, f"{where}[{i}]") for i, a in enumerate(row.actions)]),
        "objectives": (None if row.objectives is None
                       else [objective_to_json(o) for o in row.objectives]),
        "pump": None if row.pump is None else pump_to_json(row.pump),
    }


def row_from_json(data: object) -> StationRow:
    """A row from the classroom; one that does not read is a ProtocolError naming the field."""
    try:
        return _row(data)
    except DebriefError as error:
        raise ProtocolError(f"station row: {error}") from None


def _row(data: object) -> StationRow:
    if not isinstance(data, dict):
        raise ProtocolError("station row: must be an object")
    state_text = json_field(data, "state", str)
    try:
        state = StationState(state_text)
    except ValueError:
        raise ProtocolError(f"station row: state {state_text!r} is not known") from None
    try:
        pump_clock = datetime.fromisoformat(json_field(data, "pump_clock", str))
    except ValueError:
        raise ProtocolError("station row: pump_clock is not a date-time") from None
    last, actions, objectives, pump = (data.get(k) for k in (
        "last_action", "actions", "objectives", "pump"))
    alarms = json_field(data, "alarms", list)
    speed: Any = data.get("speed")
    if not _is(speed, float):
        raise ProtocolError(f"station row: speed {speed!r} must be a number")
    return StationRow(
        name=json_field(data, "name", str), scenario_id=json_field(data, "scenario_id", str),
        scenario_title=json_field(data, "scenario_title", str),
        url=json_field(data, "url", str), key_file=json_field(data, "key_file", str),
        pid=json_field(data, "pid", int), state=state,
        problem=json_field(data, "problem", str), speed=float(speed),
        started_at=json_time(data, "started_at"), world_time=json_time(data, "world_time"),
        pump_clock=pump_clock, reservoir_nl=json_field(data, "reservoir_nl", int),
        true_residual_nl=json_field(data, "true_residual_nl", int),
        daily_dose_ng=json_field(data, "daily_dose_ng", int),
        mode=json_field(data, "mode", str), alarms=tuple(str(a) for a in alarms),
        events_left=json_field(data, "events_left", int),
        link_down=json_field(data, "link_down", bool),
        action_count=json_field(data, "action_count", int),
        last_action=None if last is None else action_from_json(last, "last_action"),
        actions=(None if actions is None else tuple(
            action_from_json(a, f"actions[{i}]") for i, a in enumerate(actions))),
        objectives=(None if objectives is None else tuple(
            objective_from_json(o, f"objectives[{i}]") for i, o in enumerate(objectives))),
        pump=None if pump is None else pump_from_json(pump))
