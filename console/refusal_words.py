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
from functools import cache

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
