"""Outcomes from the pump's errors: refused with its reason and what to do, or unknown."""

import pytest
from itb_console.console.outcome import (
    REFUSAL_ADVICE,
    Command,
    OutcomeKind,
    from_error,
)
from itb_console.device.pump_api import LinkError, PumpRefused, PumpTimeout, Reason


def test_every_refusal_reason_has_advice():
    assert set(REFUSAL_ADVICE) == set(Reason)


def test_a_refusal_gives_the_pumps_words_and_what_to_do():
    outcome = from_error(Command.BOLUS, PumpRefused(Reason.BOLUS_ACTIVE,
                                                    "A bolus is already running; cancel it "
                                                    "first."), ticket=4)
    assert (outcome.kind, outcome.ticket, outcome.ok) == (OutcomeKind.REFUSED, 4, False)
    assert outcome.text() == ("Bolus: refused by the pump. The pump said: A bolus is already "
                              "running; cancel it first. Wait for the running bolus to end, "
                              "or cancel it, then try again.")


@pytest.mark.parametrize(("error", "what"), [
    (PumpTimeout("x"), "The pump did not answer in time, so it is not known whether it acted."),
    (LinkError("x"), "The link to the pump failed, so it is not known whether it acted.")])
def test_a_link_failure_is_unknown_with_what_to_check(error, what):
    outcome = from_error(Command.REFILL, error)
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert outcome.text() == (f"Refill: unknown. {what} Reconnect if needed and interrogate "
                              "(F5): check the reservoir volume, concentration and program "
                              "before anything else.")
