"""Screening trial dialog: the label sequence, the starting dose, and handing it to the draft."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.session import Session
from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Mode,
    Program,
    Schedule,
    TherapyError,
)
from itb_console.ui.dialogs.trial_dialog import TrialDialog
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.text import spaced


@pytest.fixture
def connected(connect_sim):
    return connect_sim()


@pytest.fixture
def dialog(qtbot, connected):
    session, _pump = connected
    used = []
    made = TrialDialog(session, used.append)
    made.used = used
    qtbot.addWidget(made)
    return made


def give(dialog, dose, responded, hours=0.0):
    dialog.dose.setValue(dose)
    dialog.response.setCurrentIndex(1 if responded else 0)
    dialog.hours.setValue(hours)
    dialog.add_button.click()


def rows(dialog):
    return [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]


@pytest.mark.parametrize(("hours", "daily_mcg", "mcg_per_hour", "ml_per_day"), [
    (6, 150, "6.25 mcg/h", "0.075 mL/day"),  # twice the effective dose
    (10, 75, "3.13 mcg/h", "0.038 mL/day"),  # effect over 8 h: the dose itself
])
def test_effective_75_mcg_gives_the_label_starting_dose(dialog, hours, daily_mcg,
                                                        mcg_per_hour, ml_per_day):
    give(dialog, 50, False)
    assert "give 75 mcg after 24 h" in dialog.outcome.text()
    assert dialog.dose.value() == 75  # the next dose of the sequence is offered
    give(dialog, 75, True, hours)
    assert rows(dialog) == [["1", "50", "no", "-"], ["2", "75", "yes", f"{int(hours)}:00\u00a0h"]]
    assert dialog.screening.starting_dose == DoseRate.from_mcg_per_day(daily_mcg)
    text = spaced(dialog.outcome.text())
    assert f"Start at {daily_mcg} mcg/day" in text
    assert mcg_per_hour in text and f"{ml_per_day} at 2000 mcg/mL" in text
    assert dialog.use_button.isEnabled() and not dialog.add_button.isEnabled()


def test_no_response_to_100_mcg_is_not_a_candidate_and_is_recorded(dialog):
    for dose in (50, 75, 100):
        give(dialog, dose, False)
    assert "not a candidate" in dialog.outcome.text()
    assert not dialog.use_button.isEnabled() and not dialog.add_button.isEnabled()
    dialog.record_button.click()
    recorded = dialog.session.actions.of_kind(ActionKind.SCREENING_RECORDED)
    assert len(recorded) == 1
    assert recorded[0].detail == {"boluses": "50 mcg no, 75 mcg no, 100 mcg no",
                                  "candidate": 0, "start_ng_per_day": 0}
    assert not dialog.record_button.isEnabled()  # recorded once


def test_out_of_sequence_dose_is_refused_with_what_is_allowed(dialog):
    give(dialog, 75, False)
    assert "Not added: screening bolus 1: 75 mcg" in dialog.message.text()
    assert "Allowed: 50, then 75, then 100 mcg" in dialog.message.text()
    assert dialog.boluses == [] and dialog.table.rowCount() == 0
    give(dialog, 50, True, 6)
    dialog.add_bolus()  # after a response the screening is finished
    assert "Screening is finished" in dialog.message.text() and len(dialog.boluses) == 1


def test_remove_last_bolus_reopens_the_screening(dialog):
    give(dialog, 50, True, 6)
    assert dialog.screening.candidate
    dialog.remove_button.click()
    assert dialog.boluses == [] and not dialog.screening.candidate
    assert dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert "Give the first screening bolus: 50 mcg" in dialog.outcome.text()


def test_use_as_starting_program_hands_the_dose_over_and_records(dialog):
    give(dialog, 50, False)
    give(dialog, 75, True, 6)
    dialog.use_button.click()
    assert dialog.used == [DoseRate.from_mcg_per_day(150)]
    assert "runs 150 mcg/day all day" in dialog.applied.text()
    recorded = dialog.session.actions.of_kind(ActionKind.SCREENING_RECORDED)
    assert recorded[-1].detail["start_ng_per_day"] == 150_000


def test_a_refused_dose_says_why_and_changes_nothing(qtbot, connected):
    session, _pump = connected

    def refuse(dose):
        raise TherapyError(f"step 1 (00:00-24:00): {dose} is outside this pump's range")

    dialog = TrialDialog(session, refuse)
    qtbot.addWidget(dialog)
    give(dialog, 50, True, 10)
    dialog.use_button.click()
    assert "Not put in the draft: step 1 (00:00-24:00): 50 mcg/day" in dialog.applied.text()
    assert "lower concentration" in dialog.applied.text()


def unconnected_window(qtbot, monkeypatch, tmp_path):
    """A main window before connecting, and the (title, text) of every notice it shows."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[1:3]))
    session = Session()
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window, session, told


def test_main_window_puts_the_dose_in_the_draft_undoably(qtbot, monkeypatch, tmp_path):
    window, session, told = unconnected_window(qtbot, monkeypatch, tmp_path)
    assert window.trial_screening() is None
    assert told == [("Trial screening", "No pump read yet: connect to a pump (Ctrl+K).")]
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    in_force = window.draft.in_force
    dialog = window.trial_screening()
    give(dialog, 50, False)
    give(dialog, 75, True, 6)
    dialog.use_button.click()
    assert window.draft.pending == Program(Mode.CONTINUOUS, Schedule.constant(
        DoseRate.from_mcg_per_day(150)), Concentration(2000))
    assert session.status.program == in_force  # nothing sent
    dialog.remove_last()
    give(dialog, 75, True, 10)  # 75 mcg/day is below 96 mcg/day, the minimum at 2000 mcg/mL
    dialog.use_button.click()
    assert "Not put in the draft" in dialog.applied.text()
    assert window.draft.pending.schedule.daily_dose_mcg == 150  # unchanged by the refusal
    window.undo_stack.undo()
    assert window.draft.pending == in_force
    dialog.close()
    window.draft.revert()
    session.shutdown()
