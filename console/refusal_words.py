"""A pump's refusal in the words a trainee reads: alarm and record names as the console says them.

The pump (simulated, or an emulator over the wire) words its refusals for a tester who
knows the protocol: "The motor_stall alarm is not active.", "cath_mm: 2000 is outside...".
Before a refusal reaches a dialog, its raw names become the ones the console shows
everywhere else: alarm titles from the alarm catalogue (the alarms panel's), record fields
as the status panel and the bolus dialog name them. What to do comes with the pump's
reason (:data:`itb_console.console.outcome.REFUSAL_ADVICE`).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from itb_console.console import number_style as style
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.alarm_catalog import load_alarms

# Record fields by every name the pump or the record checks use for them (the wire's
# text form and the scenario file's human form), in the words of the console's fields.
RECORD_FIELDS = {
    "implanted": "implant date", "implant_date": "implant date",
    "cath_model": "catheter model", "catheter_model": "catheter model",
    "cath_mm": "catheter length", "catheter_length_cm": "catheter length",
    "cath_nl_per_cm": "catheter internal volume",
    "catheter_ml_per_cm": "catheter internal volume",
    "tip": "catheter tip level", "tip_level": "catheter tip level",
    "last_refill": "last refill date", "next_refill": "next refill date",
    "patient": "patient ID", "reason": "reason for the change",
}
VERBS = {"SETRECORD": "The request"}  # protocol verbs a refusal may name


@cache
def _alarm_names() -> dict[str, str]:
    """Alarm code -> its title as a sentence uses it ("motor stall")."""
    return {code: info.title[0].lower() + info.title[1:]
            for code, info in load_alarms().alarms.items()}


def _field(match: re.Match[str]) -> str:
    words = RECORD_FIELDS[match.group(1)]
    return f"{words[0].upper()}{words[1:]}:"


def plain_words(text: str) -> str:
    """``text`` with the pump's raw names replaced by the console's words."""
    names = _alarm_names()
    text = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b",
                  lambda match: names[match.group(1)], text)
    text = re.sub(r"^(" + "|".join(map(re.escape, RECORD_FIELDS)) + r"):", _field, text)
    return re.sub(r"\b(" + "|".join(map(re.escape, VERBS)) + r")\b",
                  lambda match: VERBS[match.group(1)], text)


# ------------------------------------------------------------------ the editor's own
# A schedule edit refused by the pump model's rules (device/schedule_edits.py and
# device/therapy.py, which word them in English for every caller): each known form in the
# language of the run, its numbers and units written that language's way. A form not
# listed here is shown as it is.
EDIT_REFUSALS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template) for pattern, template in (
        (r"^rate: (?P<dose>.+) is outside this pump's range (?P<low>.+) to (?P<high>.+) at "
         r"this concentration$",
         QT_TR_NOOP("rate: {dose} is outside this pump's range {low} to {high} at this "
                    "concentration")),
        (r"^step (?P<step>\d+): (?P<dose>.+) is outside this pump's range (?P<low>.+) to "
         r"(?P<high>.+) at this concentration$",
         QT_TR_NOOP("step {step}: {dose} is outside this pump's range {low} to {high} at "
                    "this concentration")),
        (r"^split: (?P<time>\S+) is not inside the day; split between 00:01 and 23:59$",
         QT_TR_NOOP("split: {time} is not inside the day; split between 00:01 and 23:59")),
        (r"^split: a step already starts at (?P<time>\S+)$",
         QT_TR_NOOP("split: a step already starts at {time}")),
        (r"^split: this pump allows at most (?P<count>\d+) steps$",
         QT_TR_NOOP("split: this pump allows at most {count} steps")),
        (r"^split at (?P<time>\S+): would leave a step of (?P<left>.+) min; each step must "
         r"last at least (?P<least>\d+) min$",
         QT_TR_NOOP("split at {time}: would leave a step of {left} min; each step must last "
                    "at least {least} min")),
        (r"^merge: step (?P<step>\d+) is the last step; nothing follows it$",
         QT_TR_NOOP("merge: step {step} is the last step; nothing follows it")),
        (r"^delete: a schedule needs at least one step$",
         QT_TR_NOOP("delete: a schedule needs at least one step")),
        (r"^move: the first step always starts at 00:00$",
         QT_TR_NOOP("move: the first step always starts at 00:00")),
        (r"^move: step (?P<step>\d+) can start between (?P<low>\S+) and (?P<high>\S+) \(each "
         r"step lasts at least (?P<least>\d+) min\); (?P<time>\S+) is outside that$",
         QT_TR_NOOP("move: step {step} can start between {low} and {high} (each step lasts "
                    "at least {least} min); {time} is outside that")),
        (r"^change: (?P<percent>\S+) % would stop delivery; a change must be above -100 %$",
         QT_TR_NOOP("change: {percent} % would stop delivery; a change must be above "
                    "-100 %")),
        (r"^dose rate: (?P<dose>.+) is outside (?P<low>.+) to (?P<high>.+)$",
         QT_TR_NOOP("dose rate: {dose} is outside {low} to {high}")),
        (r"^schedule: (?P<count>\d+) steps; this pump allows at most (?P<most>\d+)$",
         QT_TR_NOOP("schedule: {count} steps; this pump allows at most {most}")),
        (r"^step (?P<step>\d+): lasts (?P<minutes>\d+) min; each step must last at least "
         r"(?P<least>\d+) min$",
         QT_TR_NOOP("step {step}: lasts {minutes} min; each step must last at least "
                    "{least} min")),
    ))
_QUANTITY = re.compile(r"(?P<number>-?\d+(?:\.\d+)?(?:e[+-]?\d+)?) (?P<unit>mcg/day|mL/day|"
                       r"mcg/mL)\b")


def _local(value: str) -> str:
    """Numbers with a unit ("20.5 mcg/day") written the language's way ("20,5 mcg/Tag");
    a signed percentage keeps its sign."""
    def quantity(match: re.Match[str]) -> str:
        number = style.plain(Decimal(match.group("number")))
        return style.with_unit(number, match.group("unit"))
    value = _QUANTITY.sub(quantity, value)
    try:
        return style.plain(Decimal(value)) if re.fullmatch(r"-?\d+(?:\.\d+)?", value) else value
    except InvalidOperation:
        return value


def edit_refusal(text: str) -> str:
    """A refused schedule edit (the editor's own rules) in the language of the run."""
    for pattern, template in EDIT_REFUSALS:
        match = pattern.match(text)
        if match is not None:
            return tr(template).format(**{key: _local(value)
                                          for key, value in match.groupdict().items()})
    return text
