"""Refill wizard against the simulated pump: discrepancy, double entry, bridge, verify."""

import re

import pytest
from itb_console.console.actions import ActionKind
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.therapy import Concentration
from itb_console.ui.dialogs.refill_wizard import RefillWizard
from PySide6.QtWidgets import QLabel, QWizard

from tests.text import plain, spaced
from tests.ui.keys import retype


@pytest.fixture
def connected(connect_sim):
    return connect_sim(lambda pump: pump.control.set_reservoir(calculated_nl=3_200_000,
                                                               true_nl=1_900_000))


def wizard_for(qtbot, session, pump):
    wizard = RefillWizard(session, pump.model.profile)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(box, mcg_per_ml):
    wanted = Concentration(mcg_per_ml)
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == wanted))


def fill_page(wizard, mcg_per_ml, withdrawn="3.2"):
    """Type the withdrawn volume, go on, and choose the concentration twice."""
    wizard.withdrawn.setText(withdrawn)
    wizard.next()
    choose(wizard.concentration, mcg_per_ml)
    choose(wizard.confirm, mcg_per_ml)


def test_discrepancy_must_be_acknowledged_then_refill_is_verified(qtbot, connected):
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    assert wizard.withdrawn.text() == ""  # measured and typed, never pre-filled
    assert not wizard.currentPage().isComplete()
    wizard.withdrawn.setText("1.9")
    assert "1.30 mL less came back than expected" in spaced(wizard.discrepancy.text())
    assert "over-infuse" in wizard.discrepancy.text()
    assert not wizard.currentPage().isComplete()
    wizard.acknowledge.setChecked(True)
    assert wizard.currentPage().isComplete()
    wizard.next()
    choose(wizard.concentration, 2000)
    assert not wizard.currentPage().isComplete()  # the second entry is still empty
    choose(wizard.confirm, 500)
    assert "must match" in wizard.fill_message.text()
    choose(wizard.confirm, 2000)
    assert wizard.currentPage().isComplete()
    wizard.next()
    assert "Next low-reservoir alarm" in wizard.summary.text()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        wizard.send_button.click()
    status = pump.interrogate()
    assert status.reservoir_nl > 19_990_000
    kinds = [a.kind for a in session.actions.actions]
    assert ActionKind.DISCREPANCY_ACKNOWLEDGED in kinds and ActionKind.REFILL in kinds
    refill = session.actions.of_kind(ActionKind.REFILL)[-1]
    assert (refill.detail["withdrawn_nl"], refill.detail["flagged"]) == (1_900_000, 1)


def test_concentration_change_rewrites_the_program_and_gives_the_bridge(qtbot, connected):
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 1000)
    # the step at 09:00 gives 450 mcg/day: 0.25 mL of the old 2000 mcg/mL at 0.225 mL/day
    # takes 1.111 days (26:40 h); then 450 mcg/day at 1000 mcg/mL is 0.450 mL/day
    assert ("Bridge bolus: 0.250 mL (500.0 mcg at 2000 mcg/mL) at 0.225 mL/day for 26:40 h, "
            "then 0.450 mL/day.") in spaced(wizard.fill_message.text())
    wizard.next()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        wizard.send_button.click()
    status = pump.interrogate()
    assert status.program.concentration == Concentration(1000)
    assert status.program.daily_dose_ng == session.program_at_start.daily_dose_ng
    assert status.bolus is not None and status.bolus.kind is BolusKind.BRIDGE
    assert session.actions.of_kind(ActionKind.BOLUS_STARTED)[-1].detail["kind"] == "bridge"


def test_a_refused_bridge_bolus_is_named_with_the_pumps_reason_and_the_refill_stands(
        qtbot, connected):
    session, pump = connected
    pump.control.motor_stall()  # the pump refills during a stall, but gives no bolus
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 1000)
    wizard.next()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as told:
        wizard.send_button.click()
    # 450 mcg/day at 1000 mcg/mL is 0.450 mL/day: the 0.25 mL of 2000 mcg/mL left in the
    # pump path gives 900 mcg/day for 0.25 / 0.45 days (13:20 h)
    assert spaced(plain(wizard.outcome.text())) == (
        "Refill: done and verified. The read-back confirms it. "
        "Bridge bolus: refused by the pump. The pump said: The motor is stalled: clear the "
        "motor stall alarm before a bolus. Find the cause of the stall (Alarms, Ctrl+L, says "
        "what to do), clear the motor stall alarm, then try again. The refill stands without "
        "it: the 0.25 mL of the old drug in the pump path now goes at the new rate, about "
        "900.0 mcg/day instead of 450.0 mcg/day for 13:20 h: watch the patient for signs of "
        "overdose.")
    assert told.args[0].text() == plain(wizard.outcome.text())  # the status bar's words too
    assert wizard.currentPage().subTitle() == ("Sent to the pump: what it answered and what "
                                               "was read back is below.")
    status = pump.interrogate()
    assert status.reservoir_concentration == Concentration(1000) and status.bolus is None
    assert session.actions.of_kind(ActionKind.BOLUS_STARTED) == []
    [unverified] = session.actions.of_kind(ActionKind.COMMAND_NOT_VERIFIED)
    assert (unverified.detail["command"], unverified.detail["outcome"]) == (
        "bridge bolus", "refused by the pump")
    assert session.actions.of_kind(ActionKind.REFILL) != []


def test_cancel_midway_leaves_the_pump_unchanged(qtbot, connected):
    session, pump = connected
    before = pump.interrogate()
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 2000)
    wizard.reject()
    after = pump.interrogate()
    assert (after.program, after.reservoir_concentration) == (before.program,
                                                              before.reservoir_concentration)
    assert after.reservoir_nl <= before.reservoir_nl
    assert not session.actions.of_kind(ActionKind.REFILL)


@pytest.mark.parametrize(("typed", "why"), [
    ("lots", "not a number"), ("3.205", "more decimals than this field takes"),
    ("25", "more than the 20 mL reservoir"), ("-1", "negative"),
])
def test_a_withdrawn_volume_that_cannot_be_measured_is_refused_with_why(qtbot, connected, typed,
                                                                       why):
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    wizard.withdrawn.setText(typed)
    assert why in wizard.discrepancy.text()
    assert not wizard.currentPage().isComplete()


def test_once_sent_the_pages_are_locked_and_the_result_shows_what_the_pump_read_back(
        qtbot, connected):
    """A stranger went Back after "done and verified", typed 10.00 mL of 500 mcg/mL, and
    saw those values above the verdict: values never sent, shown as verified."""
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 1000)
    wizard.filled.setValue(19.5)
    wizard.give_bridge.setChecked(False)
    wizard.next()
    assert wizard.send_button.text() == "Send to pump"
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        wizard.send_button.click()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is wizard.result_page
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled())
    assert not back.isEnabled()
    back.click()  # nothing to go back to: the review page was the commit
    assert wizard.currentPage() is wizard.result_page
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Close"
    assert spaced(plain(wizard.sent.text())).startswith(
        "Sent: Withdrawn 3.20 mL; expected 3.20 mL: exactly the expected volume came back. "
        "Fill 19.50 mL of baclofen 1000 mcg/mL; low-reservoir alarm at 2.00 mL. "
        "Program unchanged in dose, rewritten for the new concentration.")
    assert spaced(plain(wizard.outcome.text())) == (
        "Refill: done and verified. The read-back confirms it.")
    # 391.7 mcg/day at 1000 mcg/mL is 0.392 mL/day; 19.50 mL less a second's delivery
    assert re.fullmatch(
        r"Read back from the pump \(pump clock 2026-11-25 09:0\d\): reservoir 19\.50 mL of "
        r"baclofen 1000 mcg/mL; low-reservoir alarm at 2\.00 mL; program 391\.7 mcg/day "
        r"\(0\.392 mL/day\) at 1000 mcg/mL, flexible\. No bolus running\.",
        spaced(plain(wizard.read_back.text()))), wizard.read_back.text()
    status = pump.interrogate()
    assert (status.reservoir_concentration, status.low_reservoir_alarm_nl) == (
        Concentration(1000), 2_000_000)


def test_the_result_shows_the_bridge_bolus_the_pump_runs(qtbot, connected):
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 1000)
    wizard.next()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        wizard.send_button.click()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert "Bridge bolus running: 0." in spaced(plain(wizard.read_back.text()))
    assert " of 0.250 mL (drug already in the catheter) given; " in spaced(
        plain(wizard.read_back.text()))


@pytest.mark.parametrize(("typed", "shown", "why"), [
    ("30", "30 mL", "30 mL is outside 0.00 to 20.00 mL."),
    ("25", "25 mL", "25 mL is outside 0.00 to 20.00 mL."),
    ("-1", "-1 mL", "-1 mL is outside 0.00 to 20.00 mL."),
    ("0,5", "0,5 mL", "0,5: the decimal separator here is “.”; type 0.5."),
])
def test_a_fill_volume_typed_out_of_range_or_misspelt_stays_as_typed_and_says_why(
        qtbot, connected, typed, shown, why):
    """The wizard redraws its page at each key that changes what Next allows: the field
    once rewrote "3" to "3.00" under the cursor (so "30" became 3.00 mL) and put 20.00
    back over "-1", in silence."""
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 2000)
    assert wizard.filled.text() == "20.00 mL"
    retype(qtbot, wizard.filled, typed)
    assert (wizard.filled.text(), spaced(wizard.filled.note.text())) == (shown, why)
    assert wizard.filled.note.isVisible()
    assert spaced(plain(wizard.fill_message.text())) == why
    assert not wizard.currentPage().isComplete()
    retype(qtbot, wizard.filled, "15")
    assert (wizard.filled.text(), wizard.filled.value()) == ("15 mL", 15.0)
    assert (wizard.filled.note.isVisible(), wizard.fill_message.text()) == (False, "")
    assert wizard.currentPage().isComplete()


def test_a_letter_in_the_fill_volume_is_not_taken_and_the_field_says_so(qtbot, connected):
    session, pump = connected
    wizard = wizard_for(qtbot, session, pump)
    fill_page(wizard, 2000)
    retype(qtbot, wizard.filled, "abc")
    assert (wizard.filled.text(), wizard.filled.value()) == ("20.00 mL", 20.0)
    assert wizard.filled.note.isVisible()
    assert wizard.filled.note.text() == "Only digits and “.” can be typed here."


def bolus_notes(wizard):
    """The notes on the page in view that say why the pump would refuse the refill."""
    return [label for label in wizard.findChildren(QLabel) if label.isVisibleTo(wizard)
            and label.accessibleName() == "Why the pump would refuse the refill now"]


def test_while_a_bolus_runs_the_wizard_says_the_pump_refuses_and_send_waits(qtbot, connected):
    session, pump = connected
    pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 50_000, 2 * 3600))
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    wizard = wizard_for(qtbot, session, pump)
    said = ("A clinician bolus is running (2:00 h left): the pump refuses a refill until it "
            "has ended or been cancelled (Cancel bolus..., in the main window).")
    assert [spaced(note.text()) for note in bolus_notes(wizard)] == [said]
    fill_page(wizard, 2000)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    assert [spaced(note.text()) for note in bolus_notes(wizard)] == [said]
    assert not wizard.send_button.isEnabled()
    pump.cancel_bolus()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    assert wizard.send_button.isEnabled() and wizard.bolus_refusal() == ""
    assert bolus_notes(wizard) == []
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as told:
        wizard.send_button.click()
    assert told.args[0].text() == "Refill: done and verified. The read-back confirms it."
