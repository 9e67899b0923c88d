"""Titration dialog against the simulated pump: ranges, the 24-hour rule, override, apply."""

from fractions import Fraction

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import Origin
from itb_console.console.program_draft import ProgramDraft
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule
from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog
from itb_console.ui.dialogs.titration_dialog import TitrationDialog
from PySide6.QtGui import QUndoStack

from tests.text import spaced
from tests.ui.dialogs.test_trial_dialog import unconnected_window

CONC = Concentration(2000)


def constant(mcg_per_day, mode=Mode.CONTINUOUS):
    return Program(mode, Schedule.constant(DoseRate.from_mcg_per_day(mcg_per_day)), CONC)


def running(mcg_per_day, hours_ago=25, mode=Mode.CONTINUOUS):
    """A pump whose dose was last changed to ``mcg_per_day`` ``hours_ago`` hours ago."""
    def setup(pump):
        pump.open_session()
        pump.write_program(constant(mcg_per_day, mode))
        pump.close_session()
        pump.control.advance(hours_ago * 3600)
    return setup


def open_dialog(qtbot, session, pump):
    draft = ProgramDraft(session.status.program, pump.model.profile)
    stack = QUndoStack()
    dialog = TitrationDialog(session, draft, stack)
    qtbot.addWidget(dialog)
    dialog.stack = stack  # keep the stack alive with the dialog
    qtbot.waitUntil(lambda: dialog.log_read, timeout=10_000)
    return dialog


def choose(dialog, origin):
    dialog.origin.setCurrentIndex(dialog.origin.findData(origin))


def test_spinal_300_allows_up_to_390_and_applies_undoably(qtbot, connect_sim):
    session, pump = connect_sim(running(300))
    dialog = open_dialog(qtbot, session, pump)
    assert "330.0 to 390.0 mcg/day</b> (up 10 to 30 %)" in spaced(dialog.allowed.text())
    assert "240.0 to 270.0 mcg/day (down 10 to 20 %)" in spaced(dialog.allowed.text())
    assert "a new change is allowed" in dialog.rule.text()
    dialog.proposed.setValue(390)
    assert "390.0 mcg/day is within the titration rules" in spaced(dialog.verdict.text())
    assert "16.25 mcg/h; 0.195 mL/day at 2000 mcg/mL" in spaced(dialog.proposed_detail.text())
    dialog.apply_button.click()
    assert dialog.draft.pending == constant(390)
    assert "The draft now gives 390.0 mcg/day" in spaced(dialog.outcome.text())
    assert pump.interrogate().program == constant(300)  # nothing sent
    assert not session.actions.of_kind(ActionKind.SOFT_LIMIT_OVERRIDDEN)
    dialog.stack.undo()
    assert dialog.draft.pending == constant(300)


def test_cerebral_200_has_a_230_ceiling_and_beyond_needs_a_reasoned_override(qtbot,
                                                                             connect_sim):
    session, pump = connect_sim(running(200))
    dialog = open_dialog(qtbot, session, pump)
    choose(dialog, Origin.CEREBRAL)
    assert "210.0 to 230.0 mcg/day</b> (up 5 to 15 %)" in spaced(dialog.allowed.text())
    dialog.proposed.setValue(240)
    assert "outside the cerebral titration range" in dialog.verdict.text()
    assert not dialog.apply_button.isEnabled()
    dialog.override.setChecked(True)
    assert "Type the reason" in dialog.verdict.text() and not dialog.apply_button.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.apply_button.isEnabled()
    dialog.reason.setText("severe spasms, consultant agreed")
    assert dialog.apply_button.isEnabled() and "Override confirmed" in dialog.verdict.text()
    dialog.apply_button.click()
    assert dialog.draft.pending == constant(240)
    noted = session.actions.of_kind(ActionKind.SOFT_LIMIT_OVERRIDDEN)
    assert len(noted) == 1 and noted[0].detail["reason"] == "severe spasms, consultant agreed"
    assert "outside the cerebral titration range" in noted[0].detail["warning"]


def test_a_change_within_24_h_needs_an_override(qtbot, connect_sim):
    session, pump = connect_sim(running(300, hours_ago=2))
    dialog = open_dialog(qtbot, session, pump)
    assert "next change from" in dialog.rule.text()
    dialog.proposed.setValue(330)
    assert "changed less than 24 h ago" in dialog.verdict.text()
    assert not dialog.apply_button.isEnabled()


def test_usual_range_note_follows_origin_and_age(qtbot, connect_sim):
    session, pump = connect_sim(running(300))
    dialog = open_dialog(qtbot, session, pump)
    dialog.proposed.setValue(250)  # a 16.7 % reduction: allowed
    assert "within the titration rules" in dialog.verdict.text()
    assert "outside the usual maintenance range for spinal origin (300 to 800" in (
        dialog.usual.text())
    dialog.child.setChecked(True)
    assert dialog.usual.text().startswith("24 to 1199 mcg/day: the proposed dose is within")


def test_scaling_below_the_pump_minimum_is_refused_whole(qtbot, connect_sim):
    session, pump = connect_sim(running(300))
    dialog = open_dialog(qtbot, session, pump)
    dialog.proposed.setValue(50)
    dialog.override.setChecked(True)
    dialog.reason.setText("training: see the refusal")
    dialog.apply_button.click()
    assert "Not applied: step 1 (00:00-24:00): 50 mcg/day is outside this pump's range" in (
        dialog.outcome.text())
    assert dialog.draft.pending == constant(300) and dialog.stack.count() == 0
    assert not session.actions.of_kind(ActionKind.SOFT_LIMIT_OVERRIDDEN)


def test_flexible_schedule_is_scaled_in_proportion(qtbot, connect_sim):
    session, pump = connect_sim()  # 350/450/400/350 mcg/day steps: 391.667 mcg/day
    dialog = open_dialog(qtbot, session, pump)
    assert dialog.proposed.value() == pytest.approx(391.7)  # the dose in force, as shown
    assert "within the titration rules" in dialog.verdict.text()
    dialog.proposed.setValue(450)
    dialog.apply_button.click()
    pending = dialog.draft.pending
    assert abs(pending.schedule.daily_dose_ng - 450_000) < 5  # each step rounded to the ng
    assert [start for start, _ in pending.schedule.as_pairs()] == [0, 420, 720, 1320]
    ratios = {Fraction(new.dose.ng_per_day, old.dose.ng_per_day) for new, old in
              zip(pending.schedule.steps, session.status.program.schedule.steps, strict=True)}
    assert max(ratios) - min(ratios) < Fraction(1, 10_000)


def test_stopped_pump_has_no_titration_range(qtbot, connect_sim):
    session, pump = connect_sim(running(300, mode=Mode.STOPPED))
    dialog = open_dialog(qtbot, session, pump)
    assert "titration starts from a running dose" in dialog.allowed.text()
    assert not dialog.apply_button.isEnabled()


def test_log_read_failure_is_shown_and_can_be_retried(qtbot, connect_sim, monkeypatch):
    session, pump = connect_sim(running(300))
    real_read_log = pump.read_log

    def broken(since_seq=0):
        raise OSError("log unreadable for this test")

    monkeypatch.setattr(pump, "read_log", broken)
    draft = ProgramDraft(session.status.program, pump.model.profile)
    stack = QUndoStack()
    dialog = TitrationDialog(session, draft, stack)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Could not read the event log" in dialog.rule.text(),
                    timeout=10_000)
    dialog.proposed.setValue(330)
    assert not dialog.apply_button.isEnabled() and not dialog.read_again.isHidden()
    monkeypatch.setattr(pump, "read_log", real_read_log)
    dialog.read_again.click()
    qtbot.waitUntil(lambda: dialog.log_read, timeout=10_000)
    assert dialog.apply_button.isEnabled() and dialog.read_again.isHidden()


def test_main_window_menu_opens_the_tools_and_titration_is_undoable(qtbot, monkeypatch,
                                                                    tmp_path):
    window, session, told = unconnected_window(qtbot, monkeypatch, tmp_path)
    pump_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Pump")
    shortcuts = {a.text(): a.shortcut().toString() for a in pump_menu.actions()}
    assert shortcuts["Trial screening..."] == "Ctrl+Shift+T"
    assert shortcuts["Titration..."] == "Ctrl+T"
    assert shortcuts["Battery && clock..."] == "Ctrl+Shift+B"
    window.titration_action.trigger()
    assert told == [("Titration", "No pump read yet: connect to a pump (Ctrl+K).")]
    assert not window.battery_action.isEnabled()  # nothing read: nothing to show or set
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    assert isinstance(window.show_battery_clock(), BatteryClockDialog)
    dialog = window.titration()
    qtbot.waitUntil(lambda: dialog.log_read, timeout=10_000)
    dialog.proposed.setValue(450)
    dialog.apply_button.click()
    assert round(window.draft.pending.schedule.daily_dose_mcg, 2) == 450
    assert "450.0 mcg/day" in spaced(window.summary.text()) and window.send_action.isEnabled()
    assert session.status.program == window.draft.in_force  # nothing sent
    window.undo_stack.undo()
    assert not window.draft.is_changed
    session.shutdown()


def test_a_program_sent_while_it_is_open_is_the_last_change_at_once(qtbot, connect_sim):
    session, pump = connect_sim(running(300))
    dialog = open_dialog(qtbot, session, pump)
    assert "a new change is allowed" in dialog.rule.text()
    first = dialog.read_stamp.read_at
    assert dialog.read_stamp.text() == f"Event log read {first:%H:%M:%S}"
    with qtbot.waitSignal(session.send_finished, timeout=10_000):
        session.send_program(constant(330))
    qtbot.waitUntil(lambda: dialog.log_read and "next change from" in dialog.rule.text(),
                    timeout=10_000)
    dialog.proposed.setValue(360)
    assert not dialog.apply_button.isEnabled()  # a second change within 24 h
