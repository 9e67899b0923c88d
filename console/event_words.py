"""The pump's event log in plain words: what happened, with doses and volumes in units.

The log on the wire is terse (``old=flexible;baclofen;2000;0:350000,...``,
``withdrawn_nl=13500000``, ``bolus-start``); a trainee reads "Program changed: daily dose
350.0 -> 391.7 mcg/day". The raw record stays available beside the words (the details
pane, the CSV), and a detail that is missing or malformed is shown as recorded rather than
breaking the log. The debrief reads the trainee's actions with the same helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from fractions import Fraction

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import came_back
from itb_console.console.number_style import Number
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.pump_api import Event
from itb_console.device.therapy import Program, TherapyError
from itb_console.device.units import mcg, ml

EVENT_NAMES = {
    "implant": "Pump implanted",
    "program": "Program changed",
    "refill": "Refill",
    "bolus-start": "Bolus started",
    "bolus-end": "Bolus finished",
    "bolus-cancel": "Bolus cancelled",
    "alarm": "Alarm",
    "alarm-clear": "Alarm cleared",
    "clock-set": "Pump clock set",
    "session-open": "Programming session opened",
    "session-close": "Programming session closed",
    "fault": "Tester fault",
}
ARROW = "\u2192"


def number(value: str | int | None) -> int | None:
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None


def volume(detail: dict[str, str | int], key: str,
           written: Callable[[Number], str] = style.millilitres) -> str | None:
    """A volume in the record, in words; a bolus's through ``style.small_volume``."""
    nl = number(detail.get(key))
    return None if nl is None else written(ml(nl))


def program_words(text: str) -> str:
    """A program's canonical text as its daily dose and volume, mode and steps."""
    try:
        program = Program.from_canonical_text(text)
    except TherapyError:
        return f"program {text!r}"
    steps = len(program.schedule.steps)
    return (f"{style.mcg_per_day(mcg(program.daily_dose_ng))} "
            f"({style.ml_per_day(ml(program.daily_volume_nl))} at {program.concentration}), "
            f"{program.mode.value}, "
            f"{style.counted(steps, 'step')}")


def refill_words(detail: dict[str, str | int]) -> str:
    parts = []
    withdrawn, expected = number(detail.get("withdrawn_nl")), number(
        detail.get("expected_residual_nl"))
    if withdrawn is not None:
        parts.append(f"withdrew {style.millilitres(ml(withdrawn))}" + (
            f" (expected {style.millilitres(ml(expected))}: "
            f"{came_back(expected - withdrawn)})" if expected is not None else ""))
    filled = volume(detail, "filled_nl")
    if filled:
        parts.append(f"filled {filled}" + (f" at {detail['concentration']} mcg/mL"
                                           if "concentration" in detail else ""))
    alarm = volume(detail, "low_alarm_nl")
    if alarm:
        parts.append(f"low-reservoir alarm at {alarm}")
    if number(detail.get("flagged")):
        parts.append("discrepancy FLAGGED")
    return ", ".join(parts)


def bolus_words(detail: dict[str, str | int]) -> str:
    name = f"{detail.get('kind', 'unknown')} bolus"
    amount = volume(detail, "volume_nl", style.small_volume)
    seconds = number(detail.get("duration_s"))
    over = f" over {style.duration(seconds)}" if seconds is not None else ""
    return f"{name}" + (f", {amount}{over}" if amount else over)


def alarm_title(code: str) -> str:
    """An alarm's name as the alarms panel shows it; the code, spaced, if unknown."""
    catalog = load_alarms()
    return catalog.info(code).title if code in catalog.alarms else code.replace("_", " ")


def event_name(kind: str) -> str:
    return EVENT_NAMES.get(kind) or kind.replace("-", " ").replace("_", " ").capitalize()


def _program(text: object) -> Program | None:
    try:
        return Program.from_canonical_text(str(text))
    except TherapyError:
        return None


def _program_change(detail: dict[str, str | int]) -> str:
    old, new = _program(detail.get("old")), _program(detail.get("new"))
    if new is None:
        return raw_record_line(detail)
    steps = len(new.schedule.steps)
    shape = (f"{new.mode.value}, {style.counted(steps, 'step')} at "
             f"{new.concentration}")
    after = style.mcg_per_day(mcg(new.daily_dose_ng))
    if old is None:
        return f"daily dose now {after}; {shape}"
    before = Fraction(old.daily_dose_ng)
    percent = None if before == 0 else (Fraction(new.daily_dose_ng) - before) / before * 100
    return (f"daily dose {style.Quantity.MCG_PER_DAY.number(mcg(old.daily_dose_ng))} "
            f"{ARROW} {after} ({style.change(percent)}); {shape}")


def _clock_change(detail: dict[str, str | int]) -> str:
    try:
        old = datetime.fromisoformat(str(detail["old"]))
        new = datetime.fromisoformat(str(detail["new"]))
    except (KeyError, ValueError):
        return raw_record_line(detail)
    shift = style.duration_difference((new - old).total_seconds(), "forward", "back",
                                      "unchanged")
    return f"from {style.moment(old)} to {style.moment(new)} ({shift})"


def _bolus_end(detail: dict[str, str | int], cancelled: bool) -> str:
    delivered = volume(detail, "delivered_nl", style.small_volume)
    words = f"{detail.get('kind', 'unknown')} bolus"
    if delivered:
        words += f", {delivered} delivered" + (" before it was stopped" if cancelled else "")
    if "resume_mode" in detail:
        words += f"; back to {detail['resume_mode']} mode"
    return words


def _fault(detail: dict[str, str | int]) -> str:
    rest = {key: value for key, value in detail.items() if key != "detail"}
    words = [str(detail.get("detail", ""))]
    for key, value in rest.items():
        amount = number(value)
        if key.endswith("_nl") and amount is not None:
            words.append(f"{key.removesuffix('_nl').replace('_', ' ')} "
                         f"{style.millilitres(ml(amount))}")
        else:
            words.append(f"{key.replace('_', ' ')} {value}")
    return ", ".join(w for w in words if w)


def event_words(event: Event) -> str:
    """What the event's details say, in words with units ("" when it has none)."""
    detail = event.detail
    match event.kind:
        case "program":
            return _program_change(detail)
        case "implant":
            program = _program(detail.get("program"))
            return (f"serial {detail.get('serial', '?')}"
                    + (f"; {program_words(str(detail['program']))}" if program else ""))
        case "refill":
            return refill_words(detail)
        case "bolus-start":
            return bolus_words(detail)
        case "bolus-end" | "bolus-cancel":
            return _bolus_end(detail, event.kind == "bolus-cancel")
        case "alarm":
            return (f"{alarm_title(str(detail.get('code', '')))} "
                    f"({detail.get('severity', 'severity not recorded')})")
        case "alarm-clear":
            by = {"clinician": "by the clinician", "pump": "by the pump (condition over)"}
            return (f"{alarm_title(str(detail.get('code', '')))}, "
                    f"{by.get(str(detail.get('by')), 'by ' + str(detail.get('by', '?')))}")
        case "clock-set":
            return _clock_change(detail)
        case "session-close":
            return "timed out" if detail.get("reason") == "timeout" else ""
        case "fault":
            return _fault(detail)
        case "session-open":
            return ""
    return raw_record_line(detail)


def raw_record_line(detail: dict[str, str | int]) -> str:
    """The details exactly as the pump recorded them, key=value."""
    return ", ".join(f"{key}={value}" for key, value in detail.items())


def raw_record(event: Event) -> str:
    """The whole record as stored, one field a line, for the details pane and the CSV."""
    lines = [f"seq: {event.seq}", f"pump_clock: {event.pump_clock.isoformat(sep=' ')}",
             f"kind: {event.kind}"]
    return "\n".join(lines + [f"{key}: {value}" for key, value in event.detail.items()])
