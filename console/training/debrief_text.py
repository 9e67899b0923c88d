"""The trainee's actions in plain words, for the debrief PDF and the replay window.

An action is recorded with terse details (nanolitres, a program's canonical text); the
debrief reads them back to a person, with units, e.g. "Program sent: 350.0 mcg/day
(0.1750 mL/day at 2000 mcg/mL), flexible, 3 steps, verified". A detail that is missing
or malformed (a hand-edited file) is shown as recorded rather than breaking the debrief.
"""

from __future__ import annotations

from datetime import UTC, datetime

from itb_console.console import number_style as style
from itb_console.console.actions import Action, ActionKind, ActionLog
from itb_console.console.clinical.implant_words import implant_words
from itb_console.console.event_words import (
    alarm_title,
    bolus_words,
    number,
    program_words,
    refill_words,
    volume,
)
from itb_console.console.training.debrief import Debrief
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import ProgramInForce
from itb_console.device.units import mcg, ml

ACTION_NAMES = {
    ActionKind.CONNECT: QT_TR_NOOP("Connected"),
    ActionKind.INTERROGATE: QT_TR_NOOP("Pump interrogated"),
    ActionKind.PROGRAM_SENT: QT_TR_NOOP("Program sent"),
    ActionKind.PROGRAM_FAILED: QT_TR_NOOP("Program send failed"),
    ActionKind.REFILL: QT_TR_NOOP("Refill"),
    ActionKind.DISCREPANCY_ACKNOWLEDGED: QT_TR_NOOP("Discrepancy acknowledged"),
    ActionKind.BOLUS_STARTED: QT_TR_NOOP("Bolus started"),
    ActionKind.BOLUS_CANCELLED: QT_TR_NOOP("Bolus cancelled"),
    ActionKind.ALARM_CLEARED: QT_TR_NOOP("Alarm cleared"),
    ActionKind.CLOCK_SET: QT_TR_NOOP("Pump clock set"),
    ActionKind.SOFT_LIMIT_OVERRIDDEN: QT_TR_NOOP("Soft-limit warning overridden"),
    ActionKind.SCREENING_RECORDED: QT_TR_NOOP("Trial screening recorded"),
    ActionKind.REPORT_PRINTED: QT_TR_NOOP("Session report saved"),
    ActionKind.COMMAND_NOT_VERIFIED: QT_TR_NOOP("Command not verified"),
    ActionKind.RECORD_CHANGED: QT_TR_NOOP("Implant record changed"),
    ActionKind.MRI_CHECKED: QT_TR_NOOP("Post-MRI check recorded"),
    ActionKind.PUMP_SAVED: QT_TR_NOOP("Old pump saved for its replacement"),
    ActionKind.DISCONNECT: QT_TR_NOOP("Session closed"),
}
# What a post-MRI check found (console/clinical/mri_check.py's outcomes), in words.
_MRI_FOUND = {"no-stall": QT_TR_NOOP("no motor stall logged"),
              "resumed": QT_TR_NOOP("delivery resumed after the stall"),
              "not-yet-logged": QT_TR_NOOP("no recovery logged yet (interrogate again)"),
              "delayed": QT_TR_NOOP("delivery has NOT resumed (delayed restart)")}
_IN_FORCE = {
    ProgramInForce.OLD.value: QT_TR_NOOP("the pump runs the OLD program"),
    ProgramInForce.NEW.value: QT_TR_NOOP("the pump runs the NEW program, not verified"),
    ProgramInForce.UNKNOWN.value: QT_TR_NOOP("which program runs is NOT known: interrogate")}


_UNITS = {
    "_nl": lambda n: f"{n} nL ({style.millilitres(ml(n))})",
    "_s": lambda n: f"{n} s ({style.duration(n)})",
    "_ng_per_day": lambda n: f"{n} ng/day ({style.mcg_per_day(mcg(n))})",
}


def elapsed(started_at: datetime, at: datetime) -> str:
    """Time since the start as +H:MM:SS (negative before the start)."""
    return style.elapsed(int((at - started_at).total_seconds()))


def _words(action: Action) -> str:
    """What the recorded details say, without the action's name."""
    detail = action.detail
    match action.kind:
        case ActionKind.CONNECT:
            return tr("to {url}").format(url=detail["url"]) if "url" in detail else ""
        case ActionKind.PROGRAM_SENT:
            return (tr("{program}, verified").format(program=program_words(str(
                detail["program"]))) if "program" in detail else tr("verified"))
        case ActionKind.PROGRAM_FAILED:
            in_force = _IN_FORCE.get(str(detail.get("program_in_force")))
            state = tr(in_force) if in_force else ""
            program = (tr("tried {program}").format(program=program_words(str(
                detail["program"]))) if "program" in detail else "")
            return "; ".join(p for p in (program, state) if p)
        case ActionKind.REFILL:
            return refill_words(detail)
        case ActionKind.DISCREPANCY_ACKNOWLEDGED:
            amount = volume(detail, "discrepancy_nl")
            return tr("discrepancy of {volume}").format(volume=amount) if amount else ""
        case ActionKind.BOLUS_STARTED:
            return bolus_words(detail)
        case ActionKind.ALARM_CLEARED:
            return alarm_title(str(detail.get("code", "")))
        case ActionKind.CLOCK_SET:
            return (tr("to {time}").format(time=detail["pump_clock"]) if "pump_clock" in detail
                    else "")
        case ActionKind.SOFT_LIMIT_OVERRIDDEN:
            return str(detail.get("warning", ""))
        case ActionKind.REPORT_PRINTED:
            return str(detail.get("file", ""))
        case ActionKind.COMMAND_NOT_VERIFIED:
            return f"{detail.get('command', '')}: {detail.get('outcome', '')}"
        case ActionKind.MRI_CHECKED:
            return _mri_words(detail)
        case ActionKind.PUMP_SAVED:
            return (f"{detail.get('serial', '')} to {detail['file']}" if "file" in detail
                    else str(detail.get("serial", "")))
        case ActionKind.INTERROGATE | ActionKind.BOLUS_CANCELLED | ActionKind.DISCONNECT:
            return ""
    # Any other detail as "name: value" in words (its unit said with the value), never the
    # record's "start_ng_per_day = 150000".
    return "; ".join(f"{_name(key)}: {value}" for key, value in recorded_details(action))


def _name(key: str) -> str:
    """A recorded key in words: "start_ng_per_day" is "start"."""
    unit = next((u for u in _UNITS if key.endswith(u)), "")
    return key.removesuffix(unit).replace("_", " ")


def _mri_words(detail: dict[str, str | int]) -> str:
    """"delivery has NOT resumed (delayed restart), after 2 interrogations"."""
    outcome = str(detail.get("outcome", ""))
    found = tr(_MRI_FOUND[outcome]) if outcome in _MRI_FOUND else outcome
    count = number(detail.get("interrogations"))
    return found if count is None else tr("{found}, after {interrogations}").format(
        found=found, interrogations=tr("%n interrogations", "", int(count)))


def describe(action: Action) -> tuple[str, str]:
    """The action's name and its details in plain words (the words may be empty)."""
    known = ACTION_NAMES.get(action.kind)
    name = tr(known) if known else action.kind.value.replace("-", " ").capitalize()
    return name, _words(action)


def sentence(action: Action) -> str:
    """``"Program sent: 350.0 mcg/day (...), verified"``: name and words in one line."""
    name, words = describe(action)
    return f"{name}: {words}" if words else name


def recorded_details(action: Action) -> list[tuple[str, str]]:
    """Each recorded detail as it was stored, with the unit its key names."""
    rows = []
    for key, value in action.detail.items():
        unit = next((u for u in _UNITS if key.endswith(u)), None)
        amount = None if unit is None else number(value)
        rows.append((key, str(value) if unit is None or amount is None
                     else _UNITS[unit](amount)))
    return rows


def _program_in_force(done: list[Action]) -> str:
    """The program the pump runs after these actions, as far as the record tells."""
    for action in reversed(done):
        program = action.detail.get("program")
        state = action.detail.get("program_in_force")
        if action.kind is ActionKind.PROGRAM_SENT and program is not None:
            return tr("{program} (sent and verified)").format(program=program_words(str(program)))
        if action.kind is ActionKind.PROGRAM_FAILED and state == ProgramInForce.UNKNOWN.value:
            return tr("NOT KNOWN: the last send failed part-way")
        if action.kind is ActionKind.PROGRAM_FAILED and state == ProgramInForce.NEW.value:
            return tr("{program} (sent, NOT verified)").format(
                program=program_words(str(program)))
    return tr("as found: no program sent yet")


def context_at(actions: ActionLog, index: int) -> list[tuple[str, str]]:
    """What the pump side looked like after action ``index``, from the actions so far."""
    done = actions.actions[:index + 1]
    refills = [a for a in done if a.kind is ActionKind.REFILL]
    cleared = [alarm_title(str(a.detail.get("code", "?"))) for a in done
               if a.kind is ActionKind.ALARM_CLEARED]
    boluses = [a for a in done if a.kind is ActionKind.BOLUS_STARTED]
    cancelled = sum(1 for a in done if a.kind is ActionKind.BOLUS_CANCELLED)
    first_read = actions.first_index(ActionKind.INTERROGATE)
    started = str(len(boluses)) + (" " + tr("({count} cancelled)").format(count=cancelled)
                                   if cancelled else "")
    if boluses:
        started += ", " + tr("last: {bolus}").format(bolus=bolus_words(boluses[-1].detail))
    return [
        (tr("Interrogated"), tr("yes") if first_read is not None and first_read <= index
         else tr("NOT YET: nothing read from the pump")),
        (tr("Program in force"), _program_in_force(done)),
        (tr("Refill in this run"), (refill_words(refills[-1].detail) or tr("done")) if refills
         else tr("none yet")),
        (tr("Boluses started"), started),
        (tr("Alarms cleared"), ", ".join(cleared) or tr("none yet")),
    ]


def score_text(debrief: Debrief) -> str:
    """``"50 / 100 (50 %)"``."""
    return style.score(debrief.score, debrief.max_score, debrief.percent)


def _utc(value: datetime) -> str:
    return f"{style.clock_seconds(value.astimezone(UTC))} UTC"


def span_text(debrief: Debrief) -> str:
    """When the run started and ended (world time, UTC) and how long it took."""
    return tr("{start} to {end} ({span} h:min:s)").format(
        start=_utc(debrief.started_at), end=_utc(debrief.ended_at),
        span=elapsed(debrief.started_at, debrief.ended_at).lstrip("+"))


def trainee_text(debrief: Debrief) -> str:
    who = debrief.trainee or tr("not named")
    return tr("{trainee} at {station}").format(trainee=who, station=debrief.station) \
        if debrief.station else who


def pump_words(debrief: Debrief) -> dict[str, str]:
    """Whose pump the run was on, by label: patient, pump, then the implant record."""
    pump = debrief.pump
    if pump is None:
        return {tr("Patient and implant record"): tr("not recorded in this file")}
    return {tr("Patient"): pump.patient_id, tr("Pump"): f"{pump.model_code} {pump.serial_number}",
            **implant_words(pump.implant)}


def software_text(debrief: Debrief) -> str:
    """Which build scored the run, or that the file does not say (older debriefs)."""
    return debrief.software.text if debrief.software else tr("not recorded in this file")
