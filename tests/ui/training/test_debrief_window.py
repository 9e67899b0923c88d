"""Debrief window: score and objectives, step and play through the actions, PDF, bad files."""

import json

import pytest
from itb_console.console.session import Session
from itb_console.console.training.debrief import save_debrief, to_json_dict
from itb_console.console.training.debrief_example import example_debrief
from itb_console.ui.main_window import MainWindow
from itb_console.ui.training.debrief_window import DebriefWindow, open_debrief
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.text import spaced


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "titration.json"
    save_debrief(example_debrief(), path)
    return path


@pytest.fixture
def warnings(monkeypatch):
    """What QMessageBox.warning would have shown, instead of a modal box."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(
        (title, text)))
    return shown


@pytest.fixture
def window(qtbot, saved):
    made = DebriefWindow(example_debrief(), saved)
    qtbot.addWidget(made)
    made.show()
    return made


def cells(table, row):
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_score_objectives_and_timeline_are_shown(window):
    assert "Score 50 / 100 (50 %)" in spaced(window.header.text())
    assert "A. Trainee at Station 3" in window.header.text()
    for words in ("<b>Patient:</b>&nbsp;TRAINING-02", "<b>Pump:</b>&nbsp;GX-20 SIM-000002",
                  "<b>Catheter&nbsp;tip:</b>&nbsp;T10",
                  "<b>Next&nbsp;refill&nbsp;(booked):</b>&nbsp;2027-01-13"):
        assert words in window.header.text()
    assert "training mock" in window.windowTitle()
    assert window.objectives.rowCount() == 5
    assert cells(window.objectives, 1)[1:3] == ["0 / 40", "Failed"]
    assert cells(window.objectives, 0)[1:3] == ["15 / 15", "Passed"]
    assert window.timeline.rowCount() == 7
    assert [spaced(text) for text in cells(window.timeline, 4)] == [
        "+0:04:30", "Program sent",
        "350.0 mcg/day (0.175 mL/day at 2000 mcg/mL), continuous, 1 step, verified"]
    assert window.position.text() == "Action 1 of 7"


def test_slider_and_buttons_step_through_the_actions_in_order(window):
    window.slider.setValue(2)
    assert window.timeline.currentRow() == 2
    assert "Program send failed" in window.context.text()
    assert "as found: no program sent yet" in window.context.text()
    window.next_button.click()
    window.next_button.click()
    assert window.slider.value() == 4 and window.timeline.currentRow() == 4
    assert "(sent and verified)" in window.context.text()
    assert "program_in_force" in window.context.text()  # the details as recorded
    # the wire's text may wrap after each ';' (it ran past the pane's edge)
    assert "continuous;\u200bbaclofen;\u200b2000;\u200b0:350000" in window.context.text()
    window.previous_button.click()
    assert window.position.text() == "Action 4 of 7"
    window.timeline.selectRow(6)
    assert window.slider.value() == 6 and "Session closed" in window.context.text()


def test_play_steps_one_action_per_tick_and_stops_at_the_end(window):
    window.slider.setValue(6)
    window.play_button.click()  # at the end: starts again from the first action
    assert window.timer.isActive() and window.slider.value() == 0
    assert window.play_button.text() == "Pause"
    for expected in range(1, 7):
        window.timer.timeout.emit()
        assert window.slider.value() == expected
    assert not window.timer.isActive() and window.play_button.text() == "Play"
    window.play_button.click()
    window.timer.timeout.emit()
    window.play_button.click()  # pause
    assert not window.timer.isActive() and window.slider.value() == 1


def test_save_pdf_and_a_failure_to_save(window, tmp_path):
    path = window.save_pdf(tmp_path / "debrief.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert "Debrief PDF saved" in window.status.text()
    assert window.save_pdf(tmp_path / "missing" / "debrief.pdf") is None
    assert "Could not save the PDF" in window.status.text()


def test_save_pdf_asks_for_a_file_and_a_cancel_writes_nothing(window, tmp_path, monkeypatch):
    chosen = iter([("", ""), (str(tmp_path / "asked"), "PDF (*.pdf)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(chosen))
    assert window.save_pdf() is None
    assert window.save_pdf() == tmp_path / "asked.pdf"
    assert (tmp_path / "asked.pdf").exists() and list(tmp_path.glob("*.pdf")) == [
        tmp_path / "asked.pdf"]


def test_a_bad_file_is_refused_and_nothing_of_it_is_shown(qtbot, window, tmp_path, warnings):
    record = json.loads(window.source.read_text())
    record["format_version"] = 9
    future = tmp_path / "future.json"
    future.write_text(json.dumps(record))
    assert not window.open_file(future)
    (title, text), = warnings
    assert title == "Open debrief"
    assert str(future) in text and "format_version 9 is newer" in text
    assert "Nothing was opened" in text
    assert "Score 50 / 100" in window.header.text() and window.timeline.rowCount() == 7


def test_open_another_replaces_the_whole_view(window, tmp_path):
    record = json.loads(window.source.read_text())
    record["actions"] = record["actions"][:2]
    record["trainee"] = "B. Second"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(record))
    window.slider.setValue(1)
    assert window.open_file(other)
    assert "B. Second" in window.header.text() and window.timeline.rowCount() == 2
    assert window.slider.maximum() == 1 and window.slider.value() == 0
    assert window.source == other


def test_a_debrief_without_actions_disables_the_replay(qtbot, tmp_path):
    record = to_json_dict(example_debrief())
    record["actions"] = []
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps(record))
    shown = DebriefWindow(example_debrief(), None)
    qtbot.addWidget(shown)
    assert shown.open_file(empty)
    assert not shown.play_button.isEnabled() and not shown.slider.isEnabled()
    assert "No actions were recorded" in shown.context.text()


def test_open_debrief_from_the_main_window_file_menu(qtbot, tmp_path, saved, warnings,
                                                     monkeypatch):
    session = Session()
    main = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    file_menu = main.menuBar().actions()[0].menu()
    assert main.debrief_action in file_menu.actions()
    assert main.debrief_action.shortcut().toString() == "Ctrl+D"
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    answers = iter([("", ""), (str(broken), ""), (str(saved), "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(answers))
    main.debrief_action.trigger()  # cancelled
    main.debrief_action.trigger()  # broken: a message, no window
    assert not main.findChildren(DebriefWindow)
    assert "broken.json: is not valid JSON" in warnings[0][1]
    main.debrief_action.trigger()
    (opened,) = main.findChildren(DebriefWindow)
    assert opened.isVisible() and opened.source == saved
    opened.close()
    session.shutdown()


def test_open_debrief_with_a_path_needs_no_dialog(qtbot, saved, warnings):
    holder = DebriefWindow(example_debrief())
    qtbot.addWidget(holder)
    shown = open_debrief(holder, saved)
    assert shown is not None and shown.debrief == example_debrief()
    assert open_debrief(holder, saved.with_name("absent.json")) is None
    assert "absent.json: cannot be read" in warnings[0][1]
