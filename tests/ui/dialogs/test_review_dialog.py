"""Review and send against the simulated pump: values side by side, confirmation, verify."""

import pytest
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.session import Session
from itb_console.device.pump_api import ProgramInForce
from itb_console.device.therapy import Concentration, Mode, Program, Schedule
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from PySide6.QtWidgets import QLabel, QTableWidget

from tests.text import spaced
from tests.ui.keys import retype


@pytest.fixture
def session(qtbot):
    made = Session()
    with qtbot.waitSignal(made.status_changed, timeout=10_000):
        made.connect_to("sim://?start=2026-11-25T09:00")
    yield made
    made.shutdown()


def edited(program, pairs, concentration=None):
    return Program(program.mode, Schedule.from_pairs(pairs),
                   concentration or program.concentration)


def dialog_for(qtbot, session, new, limits=None):
    dialog = ReviewDialog(session, session.status.program, new, limits)
    qtbot.addWidget(dialog)
    return dialog


def test_the_review_names_the_patient_pump_and_catheter(qtbot, session):
    qtbot.waitUntil(lambda: session.record is not None, timeout=10_000)
    dialog = dialog_for(qtbot, session, edited(session.status.program, [(0, 400_000)]))
    [who] = [label for label in dialog.findChildren(QLabel)
             if label.accessibleName() == "Patient, pump and implant"]
    assert who.text() == ("<b>Patient:</b> TRAINING-01 &nbsp;&nbsp; <b>Pump:</b> GX-20 "
                          "SIM-000001 &nbsp;&nbsp; <b>Catheter&nbsp;tip:</b> T10 &nbsp;&nbsp; "
                          "<b>Next&nbsp;refill:</b> not booked")


def test_old_and_new_side_by_side_then_send_and_verify(qtbot, session):
    old = session.status.program
    # the morning step 450 -> 480 mcg/day for 5 h: +6.25 mcg/day, 391.7 -> 397.9 (+1.6 %)
    new = edited(old, [(0, 350_000), (420, 480_000), (720, 400_000), (1320, 350_000)])
    dialog = dialog_for(qtbot, session, new)
    table = dialog.findChild(QTableWidget)
    assert [table.item(1, c).text() for c in range(6)] == [
        "07:00-12:00", "450.0", "480.0", "20.00", "0.240", "\u25b2 higher"]
    assert table.item(0, 5).text() == ""  # unchanged rows carry no mark
    assert table.item(1, 2).font().bold() and not table.item(0, 2).font().bold()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "<b>Patient:</b> TRAINING-01" in shown and "SIM-000001" in shown
    totals = spaced(dialog.findChild(QLabel, "totals").text())
    assert "391.7 mcg/day &rarr; <b>397.9 mcg/day</b> (up 1.6 %)" in totals
    assert dialog.send_button.isEnabled()
    with qtbot.waitSignal(session.send_finished, timeout=10_000):
        dialog.send_button.click()
    assert dialog.send_result.verified and dialog.send_result.program == new
    assert dialog.outcome.text() == ("<b style='color:#2e7d32'>Send program: sent and "
                                     "verified.</b> The pump reads back exactly the new "
                                     "program.")
    assert not dialog.send_button.isEnabled() and dialog.close_button.text() == "Close"
    qtbot.waitUntil(lambda: session.status.program == new, timeout=10_000)


def test_refused_send_says_the_old_program_still_runs(qtbot, session):
    old = session.status.program
    wrong_drug = edited(old, old.schedule.as_pairs(), Concentration(500))
    dialog = dialog_for(qtbot, session, wrong_drug, SoftLimits(10_000, 100_000))
    with qtbot.waitSignal(session.send_finished, timeout=10_000):
        dialog.send_button.click()
    assert dialog.send_result.program_in_force is ProgramInForce.OLD
    assert dialog.outcome.text().startswith(
        "<b style='color:#b00020'>Send program: not sent, the pump runs the old "
        "program.</b> The pump refused it: "), dialog.outcome.text()
    assert dialog.outcome.text().endswith(
        "Program for the drug in the reservoir, or refill with the new concentration first.")
    with qtbot.waitSignal(session.status_changed, timeout=10_000) as read:
        session.refresh()  # a fresh read from the pump, not the status in hand
    assert read.args[0].program == old


def test_stopping_needs_the_typed_word_and_the_banner_is_shown(qtbot, session):
    old = session.status.program
    stop = Program(Mode.STOPPED, old.schedule, old.concentration)
    dialog = dialog_for(qtbot, session, stop)
    banner = dialog.findChild(QLabel, "banner")
    assert banner.text() == "Training mock, not for clinical use"
    assert "STOP delivering" in " ".join(dialog.review.warnings)
    assert not dialog.send_button.isEnabled()
    # The word, in any case, with spaces around it or not, as the label says.
    assert dialog.confirm_label.text() == "To send anyway, type the word “confirm” (any case):"
    for typed, sends in (("CONFIRMED", False), ("conf", False), ("confirm", True),
                         ("CONFIRM ", True), (" Confirm", True)):
        retype(qtbot, dialog.confirm, typed)
        assert (dialog.confirm.text(), dialog.send_button.isEnabled()) == (typed, sends)
