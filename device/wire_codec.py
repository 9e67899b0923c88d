"""Therapy and status values as frame arguments, and back: exact integers throughout.

Times on the wire are compact ``YYYYMMDDTHHMMSS`` (pump clock, naive) or epoch
milliseconds (world time); volumes are nL, doses ng/day, programs their canonical text.
Every decoder raises :class:`ArgumentError` on a malformed value, so a damaged response
is reported, never half-read.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote, urlencode

from itb_console.device.implant_record import (
    WIRE_KEYS,
    ImplantRecord,
    RecordError,
    parse_value,
    to_text,
)
from itb_console.device.protocol import ArgumentError, Frame, shown
from itb_console.device.pump_api import (
    Alarm,
    AlarmCode,
    BatteryStatus,
    BolusKind,
    BolusStatus,
    Event,
    PumpIdentity,
    PumpStatus,
    Reason,
)
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError

TIME_FORMAT = "%Y%m%dT%H%M%S"
_NUMBER = "(?:0|[1-9][0-9]{0,11})"
PROGRAM_SYNTAX = re.compile(f"(?:stopped|continuous|flexible);[A-Za-z0-9-]{{1,32}};{_NUMBER};"
                            f"{_NUMBER}:{_NUMBER}(?:,{_NUMBER}:{_NUMBER}){{0,47}}")


def time_text(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def parse_time(text: str, name: str = "time") -> datetime:
    try:
        return datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        raise ArgumentError(f"{name}={text!r} is not a time like 20261125T093000") from None


def parse_program(text: str) -> Program:
    """A program's canonical text: bad-request if malformed, bad-program if not allowed."""
    if not PROGRAM_SYNTAX.fullmatch(text):
        raise ArgumentError(f"program={shown(text)} is not mode;drug;conc;start:ng,... "
                            "(docs/protocol.md, section 2)")
    try:
        return Program.from_canonical_text(text)
    except TherapyError as error:
        raise ArgumentError(f"program: {error}", Reason.BAD_PROGRAM) from None


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _int(args: dict[str, str], name: str) -> int:
    return Frame(0, "X", args).int_arg(name, -(10**15), 10**15)


def encode_status(status: PumpStatus) -> dict[str, str]:
    ident, battery, bolus = status.identity, status.battery, status.bolus
    args = {
        "serial": ident.serial_number, "profile": ident.profile_id, "model": ident.model_code,
        "firmware": ident.firmware, "patient": ident.patient_id,
        "program": status.program.canonical_text(),
        "reservoir_nl": str(status.reservoir_nl),
        "conc": str(status.reservoir_concentration.mcg_per_ml),
        "low_alarm_nl": str(status.low_reservoir_alarm_nl),
        "delivered_nl": str(status.delivered_nl),
        "clock": time_text(status.pump_clock),
        "world_ms": str(round(status.world_time.timestamp() * 1000)),
        "implanted": time_text(battery.implanted_at), "eri": time_text(battery.eri_at),
        "eos": time_text(battery.eos_at), "eri_reached": _flag(battery.eri_reached),
        "eos_reached": _flag(battery.eos_reached),
        "alarms": encode_alarms(status.alarms),
        "session": _flag(status.session_open),
        "last_event": str(status.last_event_seq),
    }
    if bolus is not None:
        args |= encode_bolus(bolus)
    return args


def encode_alarms(alarms: tuple[Alarm, ...]) -> str:
    """``code:time:c`` (critical) or ``:n``, comma-separated; ``none`` when empty."""
    return ",".join(f"{a.code.value}:{time_text(a.raised_at)}:{'c' if a.critical else 'n'}"
                    for a in alarms) or "none"


def decode_alarms(text: str) -> tuple[Alarm, ...]:
    if text == "none":
        return ()
    alarms = []
    for item in text.split(","):
        parts = item.split(":")
        if len(parts) != 3 or parts[2] not in ("c", "n"):
            raise ArgumentError(f"alarm {item!r} must be code:time:c|n")
        try:
            code = AlarmCode(parts[0])
        except ValueError:
            raise ArgumentError(f"alarm code {parts[0]!r} is not known") from None
        alarms.append(Alarm(code, parse_time(parts[1], "alarm time"), parts[2] == "c"))
    return tuple(alarms)


def encode_bolus(bolus: BolusStatus) -> dict[str, str]:
    return {"bolus": bolus.kind.value, "bolus_nl": str(bolus.volume_nl),
            "bolus_done_nl": str(bolus.delivered_nl),
            "bolus_rate_nl_per_day": str(bolus.rate_nl_per_day),
            "bolus_start": time_text(bolus.started_at), "bolus_end": time_text(bolus.ends_at),
            "resume": bolus.resume_mode.value}


def decode_bolus(args: dict[str, str]) -> BolusStatus | None:
    if "bolus" not in args:
        return None
    try:
        kind, resume = BolusKind(args["bolus"]), Mode(args.get("resume", ""))
    except ValueError:
        raise ArgumentError("bolus kind or resume mode is not known") from None
    return BolusStatus(kind, _int(args, "bolus_nl"), _int(args, "bolus_done_nl"),
                       _int(args, "bolus_rate_nl_per_day"),
                       parse_time(args.get("bolus_start", ""), "bolus_start"),
                       parse_time(args.get("bolus_end", ""), "bolus_end"), resume)


def decode_identity(args: dict[str, str]) -> PumpIdentity:
    try:
        return PumpIdentity(args["serial"], args["profile"], args["model"], args["firmware"],
                            args["patient"])
    except KeyError as missing:
        raise ArgumentError(f"{missing.args[0]} is missing") from None


def decode_status(args: dict[str, str]) -> PumpStatus:
    try:
        concentration = Concentration(_int(args, "conc"))
    except TherapyError as error:
        raise ArgumentError(str(error)) from None
    return PumpStatus(
        identity=decode_identity(args),
        program=parse_program(args.get("program", "")),
        reservoir_nl=_int(args, "reservoir_nl"),
        reservoir_concentration=concentration,
        low_reservoir_alarm_nl=_int(args, "low_alarm_nl"),
        delivered_nl=_int(args, "delivered_nl"),
        pump_clock=parse_time(args.get("clock", ""), "clock"),
        world_time=datetime.fromtimestamp(_int(args, "world_ms") / 1000, UTC),
        battery=BatteryStatus(parse_time(args.get("implanted", ""), "implanted"),
                              parse_time(args.get("eri", ""), "eri"),
                              parse_time(args.get("eos", ""), "eos"),
                              args.get("eri_reached") == "1", args.get("eos_reached") == "1"),
        alarms=decode_alarms(args.get("alarms", "none")),
        bolus=decode_bolus(args),
        session_open=args.get("session") == "1",
        last_event_seq=_int(args, "last_event"),
    )


def encode_event(event: Event) -> str:
    """``seq|time|kind|detail``, the detail URL-encoded and then percent-encoded."""
    detail = quote(urlencode({k: str(v) for k, v in event.detail.items()}), safe="")
    return f"{event.seq}|{time_text(event.pump_clock)}|{event.kind}|{detail}"



def decode_events(text: str) -> tuple[Event, ...]:
    if text == "none":
        return ()
    events = []
    for item in text.split(","):
        parts = item.split("|")
        if len(parts) != 4 or not parts[0].isdigit():
            raise ArgumentError(f"event {item[:40]!r} must be seq|time|kind|detail")
        detail: dict[str, str | int] = {
            key: int(value) if value.lstrip("-").isdigit() else value
            for key, value in parse_qsl(unquote(parts[3]), keep_blank_values=True)}
        events.append(Event(int(parts[0]), parse_time(parts[1], "event time"), parts[2],
                            detail))
    return tuple(events)


def encode_record(identity: PumpIdentity, record: ImplantRecord) -> dict[str, str]:
    """The RECORD answer: who the pump is in, then the implant record's fields."""
    return {"patient": identity.patient_id, "serial": identity.serial_number,
            "model": identity.model_code} | to_text(record)


def decode_record(args: dict[str, str]) -> ImplantRecord:
    """The record from a RECORD or SETRECORD answer (the identity keys are ignored)."""
    try:
        values = {WIRE_KEYS[key]: parse_value(key, args[key]) for key in WIRE_KEYS}
    except KeyError as missing:
        raise ArgumentError(f"{missing.args[0]} is missing") from None
    except RecordError as error:
        raise ArgumentError(str(error)) from None
    return ImplantRecord(**values)  # type: ignore[arg-type]
