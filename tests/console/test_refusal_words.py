"""Every refusal a pump can give reaches the trainee in the console's words, with what to do.

The requests below are real ones, refused by the real pump model; none of its raw names
(``motor_stall``, ``cath_mm``, ``SETRECORD``) may survive into what a dialog shows.
"""

import re

import pytest
from itb_console.console.language import Language
from itb_console.console.outcome import Command, from_error
from itb_console.console.refusal_words import edit_refusal, plain_words
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.pump_api import AlarmCode, BolusKind, BolusRequest, PumpRefused
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.schedule_edits import (
    delete_step,
    merge_steps,
    move_boundary,
    scale_rates,
    set_rate,
    split_step,
)
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, DoseRate, Schedule, TherapyError

from tests.text import spaced

CLEARABLE = {code for code in AlarmCode if load_alarms().info(code.value).clearable}


def raw_names() -> re.Pattern[str]:
    """snake_case codes and field keys, or a protocol verb (the server's own list)."""
    pump = SimulatedPump.from_url("sim://")
    verbs = "|".join(re.escape(verb) for verb in PumpServer(pump.model).commands)
    return re.compile(rf"\b[a-z]+(?:_[a-z]+)+\b|\b(?:{verbs})\b")


RAW_NAME = raw_names()


def refusal(call) -> PumpRefused:
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    pump.open_session()
    with pytest.raises(PumpRefused) as refused:
        call(pump)
    return refused.value


def raised(code):
    def call(pump):
        pump.control.raise_alarm(code)
        pump.clear_alarm(code)
    return call


def stalled_bolus(pump):
    pump.control.motor_stall()
    pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 25_000, 3600))


REQUESTS = [
    *[pytest.param(lambda pump, code=code: pump.clear_alarm(code), id=f"clear-{code.value}")
      for code in AlarmCode],
    *[pytest.param(raised(code), id=f"not-clearable-{code.value}")
      for code in AlarmCode if code not in CLEARABLE | {AlarmCode.END_OF_SERVICE}],
    pytest.param(stalled_bolus, id="bolus-while-stalled"),
    *[pytest.param(lambda pump, key=key, value=value: pump.write_record({key: value}, "typo"),
                   id=f"record-{key}")
      for key, value in (("cath_mm", "2000"), ("cath_nl_per_cm", "1"), ("tip", "S1"),
                         ("implanted", "19000101"), ("next_refill", "19000101"),
                         ("cath_model", "@"), ("patient", ""))],
    pytest.param(lambda pump: pump.write_record({"cath_mm": "500"}, ""), id="record-reason"),
    pytest.param(lambda pump: pump.write_record({}, "nothing"), id="record-nothing"),
]


@pytest.mark.parametrize("call", REQUESTS)
def test_a_refusal_uses_plain_names_and_says_what_to_do(call):
    outcome = from_error(Command.CLEAR_ALARM, refusal(call))
    assert RAW_NAME.search(outcome.text()) is None, outcome.text()
    assert outcome.next_step.endswith("."), outcome.text()


def test_alarm_codes_become_the_alarms_panels_titles():
    assert plain_words("The motor_stall alarm is not active.") == (
        "The motor stall alarm is not active.")
    assert plain_words("The end_of_service alarm clears only when its cause is dealt "
                       "with.") == ("The end of service alarm clears only when its cause "
                                    "is dealt with.")
    assert plain_words("cath_mm: 2000 is outside 100 to 1500") == (
        "Catheter length: 2000 is outside 100 to 1500")


def test_the_motor_stall_refusal_says_to_clear_the_stall_first():
    outcome = from_error(Command.BOLUS, refusal(stalled_bolus))
    assert outcome.text() == (
        "Bolus: refused by the pump. The pump said: The motor is stalled: clear the motor "
        "stall alarm before a bolus. Find the cause of the stall (Alarms, Ctrl+L, says what "
        "to do), clear the motor stall alarm, then try again.")


# ------------------------------------------------------------------ the editor's own
RULES = load_profile("itb-20").schedule_rules(Concentration(2000))
BASE = Schedule.from_pairs([(0, 350_000), (420, 450_000), (720, 400_000), (1320, 350_000)])
TEN = Schedule.from_pairs([(minute, 350_000) for minute in range(0, 600, 60)])
EDITS = [
    pytest.param(lambda: set_rate(BASE, 1, DoseRate(20_000), RULES), id="rate"),
    pytest.param(lambda: split_step(BASE, 420, RULES), id="split-taken"),
    pytest.param(lambda: split_step(BASE, 1440, RULES), id="split-outside"),
    pytest.param(lambda: split_step(TEN, 660, RULES), id="split-too-many"),
    pytest.param(lambda: split_step(BASE, 425, RULES), id="split-too-short"),
    pytest.param(lambda: merge_steps(BASE, 3, RULES), id="merge-last"),
    pytest.param(lambda: delete_step(Schedule.from_pairs([(0, 350_000)]), 0, RULES),
                 id="delete-only"),
    pytest.param(lambda: move_boundary(BASE, 0, 60, RULES), id="move-first"),
    pytest.param(lambda: move_boundary(BASE, 1, 1000, RULES), id="move-outside"),
    pytest.param(lambda: scale_rates(BASE, "-150", RULES), id="change-stops"),
]


@pytest.mark.parametrize("edit", EDITS)
def test_every_refused_edit_reads_in_the_language_of_the_run(speak, edit):
    with pytest.raises(TherapyError) as refused:
        edit()
    english = str(refused.value)
    # English as the pump model words it, its numbers in the one number style
    assert spaced(edit_refusal(english)).replace("\u2212", "-") == english
    speak(Language.DE)
    german = edit_refusal(english)
    assert german != english
    assert german_reads(german), german


def german_reads(text: str) -> bool:
    """No English word of the refusals left, and no decimal point in a number."""
    english = {"step", "split", "move", "merge", "rate", "delete", "change", "outside",
               "between", "least", "pump", "would"}
    return not (set(re.findall(r"[a-z]+", text)) & english) and not re.search(r"\d\.\d", text)


def test_a_refused_rate_is_written_the_languages_way(speak):
    speak(Language.DE)
    assert edit_refusal("rate: 20.5 mcg/day is outside this pump's range 96 mcg/day to "
                        "48000 mcg/day at this concentration") == (
        "Rate: 20,5\u00a0mcg/\u2060Tag liegt außerhalb des Bereichs dieser Pumpe von "
        "96\u00a0mcg/\u2060Tag bis 48000\u00a0mcg/\u2060Tag bei dieser Konzentration")
    assert edit_refusal("something the table does not know") == (
        "something the table does not know")
