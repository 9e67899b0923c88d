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
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.pump_api import Event
from itb_console.device.therapy import Program, TherapyError
from itb_console.device.units import mcg, ml

EVENT_NAMES = {
    "implant": QT_TR_NOOP("Pump implanted"),
    "program": QT_TR_NOOP("Program changed"),
    "refill": QT_TR_NOOP("Refill"),
    "bolus-start": QT_TR_NOOP("Bolus started"),
    "bolus-end": QT_TR_NOOP("Bolus finished"),
    "bolus-cancel": QT_TR_NOOP("Bolus cancelled"),
    "alarm": QT_TR_NOOP("Alarm"),
    "alarm-clear": QT_TR_NOOP("Alarm cleared"),
    "clock-set": QT_TR_NOOP("Pump clock set"),
    "session-open": QT_TR_NOOP("Programming session opened"),
    "session-close": QT_TR_NOOP("Programming session closed"),
    "fault": QT_TR_NOOP("Tester fault"),
}
# The pump's words for a mode and a bolus kind, as a sentence uses them.
MODE_WORDS = {"stopped": QT_TR_NOOP("stopped"), "continuous": QT_TR_NOOP("continuous"),
              "flexible": QT_TR_NOOP("flexible"), "bolus": QT_TR_NOOP("bolus")}
BOLUS_KINDS = {"clinician": QT_TR_NOOP("clinician bolus"),
               "priming": QT_TR_NOOP("priming bolus"), "bridge": QT_TR_NOOP("bridge bolus")}
ARROW = "\u2192"
SEVERITY_WORDS = {"critical": QT_TR_NOOP("critical"), "non-critical": QT_TR_NOOP("non-critical"),
                  "non_critical": QT_TR_NOOP("non-critical")}


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
        return tr("program {text}").format(text=repr(text))
    return tr("{dose} ({volume} at {concentration}), {mode}, {steps}").format(
        dose=style.mcg_per_day(mcg(program.daily_dose_ng)),
        volume=style.ml_per_day(ml(program.daily_volume_nl)),
        concentration=program.concentration, mode=mode_words(program.mode.value),
        steps=tr("%n steps", "", len(program.schedule.steps)))


def mode_words(mode: str) -> str:
    """A program mode in the language of the run ("flexible"); an unknown one as recorded."""
    return tr(MODE_WORDS[mode]) if mode in MODE_WORDS else mode


def bolus_kind_words(kind: object) -> str:
    """"clinician bolus", "priming bolus"...; an unknown kind as recorded."""
    return (tr(BOLUS_KINDS[str(kind)]) if str(kind) in BOLUS_KINDS
            else tr("{kind} bolus").format(kind=kind))


def refill_words(detail: dict[str, str | int]) -> str:
    parts = []
    withdrawn, expected = number(detail.get("withdrawn_nl")), number(
        detail.get("expected_residual_nl"))
    if withdrawn is not None:
        withdrew = style.millilitres(ml(withdrawn))
        parts.append(tr("withdrew {volume} (expected {expected}: {difference})").format(
            volume=withdrew, expected=style.millilitres(ml(expected)),
            difference=came_back(expected - withdrawn)) if expected is not None
            else tr("withdrew {volume}").format(volume=withdrew))
    filled = volume(detail, "filled_nl")
    if filled:
        parts.append(tr("filled {volume} at {concentration} mcg/mL").format(
            volume=filled, concentration=detail["concentration"]) if "concentration" in detail
            else tr("filled {volume}").format(volume=filled))
    alarm = volume(detail, "low_alarm_nl")
    if alarm:
        parts.append(tr("low-reservoir alarm at {volume}").format(volume=alarm))
    if number(detail.get("flagged")):
        parts.append(tr("discrepancy FLAGGED"))
    return ", ".join(parts)


def bolus_words(detail: dict[str, str | int]) -> str:
    name = bolus_kind_words(detail.get("kind", tr("unknown")))
    amount = volume(detail, "volume_nl", style.small_volume)
    seconds = number(detail.get("duration_s"))
    over = style.duration(seconds) if seconds is not None else ""
    if amount and over:
        return tr("{bolus}, {volume} over {duration}").format(bolus=name, volume=amount,
                                                              duration=over)
    if amount:
        return tr("{bolus}, {volume}").format(bolus=name, volume=amount)
    if over:
        return tr("{bolus} over {duration}").format(bolus=name, duration=over)
    return name


def alarm_title(code: str) -> str:
    """An alarm's name as the alarms panel shows it; the code, spaced, if unknown."""
    catalog = load_alarms()
    return tr(catalog.info(code).title) if code in catalog.alarms else code.replace("_", " ")


def event_name(kind: str) -> str:
    return (tr(EVENT_NAMES[kind]) if kind in EVENT_NAMES
            else kind.replace("-", " ").replace("_", " ").capitalize())


def _program(text: object) -> Program | None:
    try:
        return Program.from_canonical_text(str(text))
    except TherapyError:
        return None


def _program_change(detail: dict[str, str | int]) -> str:
    old, new = _program(detail.get("old")), _program(detail.get("new"))
    if new is None:
        return raw_record_line(detail)
    shape = tr("{mode}, {steps} at {concentration}").format(
        mode=mode_words(new.mode.value), steps=tr("%n steps", "", len(new.schedule.steps)),
        concentration=new.concentration)
    after = style.mcg_per_day(mcg(new.daily_dose_ng))
    if old is None:
        return tr("daily dose now {dose}; {shape}").format(dose=after, shape=shape)
    before = Fraction(old.daily_dose_ng)
    percent = None if before == 0 else (Fraction(new.daily_dose_ng) - before) / before * 100
    return tr("daily dose {old} {arrow} {new} ({change}); {shape}").format(
        old=style.Quantity.MCG_PER_DAY.number(mcg(old.daily_dose_ng)), arrow=ARROW, new=after,
        change=style.change(percent), shape=shape)


def _clock_change(detail: dict[str, str | int]) -> str:
    try:
        old = datetime.fromisoformat(str(detail["old"]))
        new = datetime.fromisoformat(str(detail["new"]))
    except (KeyError, ValueError):
        return raw_record_line(detail)
    shift = style.duration_difference((new - old).total_seconds(),
                                      QT_TR_NOOP("{span} forward"), QT_TR_NOOP("{span} back"),
                                      QT_TR_NOOP("unchanged"))
    return tr("from {old} to {new} ({shift})").format(old=style.moment(old),
                                                      new=style.moment(new), shift=shift)


def _bolus_end(detail: dict[str, str | int], cancelled: bool) -> str:
    delivered = volume(detail, "delivered_nl", style.small_volume)
    words = bolus_kind_words(detail.get("kind", tr("unknown")))
    if delivered:
        words = (tr("{bolus}, {volume} delivered before it was stopped") if cancelled
                 else tr("{bolus}, {volume} delivered")).format(bolus=words, volume=delivered)
    if "resume_mode" in detail:
        words = tr("{bolus}; back to {mode} mode").format(
            bolus=words, mode=mode_words(str(detail["resume_mode"])))
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
            serial = tr("serial {serial}").format(serial=detail.get("serial", "?"))
            return (f"{serial}; {program_words(str(detail['program']))}" if program
                    else serial)
        case "refill":
            return refill_words(detail)
        case "bolus-start":
            return bolus_words(detail)
        case "bolus-end" | "bolus-cancel":
            return _bolus_end(detail, event.kind == "bolus-cancel")
        case "alarm":
            severity = SEVERITY_WORDS.get(str(detail.get("severity")))
            return tr("{alarm} ({severity})").format(
                alarm=alarm_title(str(detail.get("code", ""))),
                severity=tr(severity) if severity else detail.get(
                    "severity", tr("severity not recorded")))
        case "alarm-clear":
            by = {"clinician": tr("by the clinician"),
                  "pump": tr("by the pump (condition over)")}
            return tr("{alarm}, {by}").format(
                alarm=alarm_title(str(detail.get("code", ""))),
                by=by.get(str(detail.get("by"))) or tr("by {who}").format(
                    who=detail.get("by", "?")))
        case "clock-set":
            return _clock_change(detail)
        case "session-close":
            return tr("timed out") if detail.get("reason") == "timeout" else ""
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
