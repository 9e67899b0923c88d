"""The scenario editor: a trainer's form that saves what the loader reads back, and Try it."""

import dataclasses
from pathlib import Path

import pytest
from itb_console.console.training.classroom_link import ClassroomLink
from itb_console.console.training.scenario_file import ScenarioError
from itb_console.console.training.scenario_toml import check_scenario
from itb_console.console.training.scenarios import (
    CheckKind,
    EventKind,
    load_scenario_file,
)
from itb_console.device.pump_api import AlarmCode
from itb_console.device.units import NL_PER_ML
from itb_console.ui.training.scenario_editor import ScenarioEditor, error_field
from PySide6.QtWidgets import QMessageBox

from tests.classroom import serves

WAIT_MS = 30_000
SHIPPED = Path(__file__).parents[3] / "resources" / "scenarios"


def closed(editor):
    """Close without the unsaved-changes question (qtbot would close it asking)."""
    editor.dirty = False
    editor.close()
    editor.deleteLater()


@pytest.fixture
def editor(qtbot):
    made = ScenarioEditor()
    yield made
    closed(made)


def checked(qtbot, editor):
    """Wait for the loader's verdict on the form as it is now."""
    with qtbot.waitSignal(editor.checker.answered, timeout=WAIT_MS,
                          check_params_cb=lambda tag, *_: tag == f"check {editor._checks}"):
        editor.check_now()


def saved(qtbot, editor, path):
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.save_to(path)


def type_in(qtbot, form, key, text):
    widget = form.widgets[key]
    widget.clear()
    qtbot.keyClicks(widget, text)


def fill_new_scenario(qtbot, editor):
    """What a trainer types for a delayed-restart story: every part of the form."""
    story = editor.story
    type_in(qtbot, story, "title", "Sleepy after a scan")
    type_in(qtbot, story, "id", "sleepy-after-scan")
    story.widgets["difficulty"].setCurrentText("intermediate")
    type_in(qtbot, story, "summary", "Find why less drug came back.")
    story.widgets["origin"].setCurrentText("cerebral")
    story.widgets["story"].setPlainText("Mr T., 52.\nSleepier for two weeks.")
    story.widgets["text"].setPlainText("Refill and report.")
    left, right = editor.pump_left, editor.pump_right
    type_in(qtbot, left, "patient_id", "TRAINING-77")
    type_in(qtbot, left, "concentration_mcg_per_ml", "2000")
    left.widgets["mode"].setCurrentText("flexible")
    steps = left.widgets["steps"]
    steps.table.item(0, 1).setText("300")
    steps.add_step()
    steps.table.item(1, 0).setText("08:00")
    steps.table.item(1, 1).setText("350")
    type_in(qtbot, right, "reservoir_ml", "3.2")
    type_in(qtbot, right, "true_reservoir_ml", "1.9")
    type_in(qtbot, right, "battery_days_left", "400")
    editor.events.add()
    type_in(qtbot, editor.events.form, "after_minutes", "90")
    editor.events.form.widgets["alarm"].setCurrentText("motor_stall")
    editor.events.add()
    editor.events.form.widgets["kind"].setCurrentText("advance")
    type_in(qtbot, editor.events.form, "hours", "24")
    type_in(qtbot, editor.events.form, "after_minutes", "30")
    objective = editor.objectives.form
    type_in(qtbot, objective, "id", "interrogate-first")
    type_in(qtbot, objective, "text", "Interrogate before anything else")
    type_in(qtbot, objective, "points", "40")
    objective.widgets["pass"].setPlainText("You read the pump first.")
    objective.widgets["fail"].setPlainText("Always interrogate first.")


def test_a_scenario_made_in_the_form_saves_and_loads_back_the_same(qtbot, editor, tmp_path):
    fill_new_scenario(qtbot, editor)
    assert editor.dirty is True
    checked(qtbot, editor)
    assert editor.error is None
    path = tmp_path / "sleepy.toml"
    saved(qtbot, editor, path)
    assert editor.dirty is False
    assert "Saved" in editor.message.text()
    loaded = load_scenario_file(path)
    expected = check_scenario(str(path), editor.data)[1]
    assert loaded == expected
    assert (loaded.id, loaded.title, loaded.difficulty) == (
        "sleepy-after-scan", "Sleepy after a scan", "intermediate")
    assert loaded.patient_story == "Mr T., 52.\nSleepier for two weeks."
    assert loaded.pump.patient_id == "TRAINING-77"
    assert [(s.start_minute, s.dose.ng_per_day) for s in loaded.pump.program.schedule.steps] \
        == [(0, 300_000), (480, 350_000)]
    assert (loaded.pump.reservoir_nl, loaded.pump.true_reservoir_nl) == (
        32 * NL_PER_ML // 10, 19 * NL_PER_ML // 10)
    assert loaded.pump.battery_days_left == 400
    # the events list reads in time order: the 30-minute jump before the 90-minute stall
    assert [(e.after_minutes, e.kind) for e in loaded.events] == [
        (30, EventKind.ADVANCE), (90, EventKind.ALARM)]
    assert loaded.events[1].alarm is AlarmCode.MOTOR_STALL
    assert [editor.events.table.item(r, 1).text() for r in range(2)] == [
        "advance: 24 h", "alarm: motor stall"]
    assert loaded.objectives[0].check is CheckKind.INTERROGATED_FIRST
    assert loaded.max_score == 40
    assert editor.objectives.note.text() == "Total: 40 points"


def test_a_bad_value_shows_the_loaders_message_and_save_is_refused(qtbot, editor, tmp_path):
    fill_new_scenario(qtbot, editor)
    # letters cannot be typed into a number field; a separator between thousands can, and
    # is kept as typed (the field says why it is no number) for the loader to refuse
    type_in(qtbot, editor.pump_left, "concentration_mcg_per_ml", "1,000")
    assert editor.pump_left.widgets["concentration_mcg_per_ml"].note.text() == (
        "1,000 would be read as 1000; type 1 or 1000 without separators.")
    checked(qtbot, editor)
    with pytest.raises(ScenarioError) as loader:
        check_scenario("new-scenario.toml", editor.data)
    assert editor.error == str(loader.value)
    assert "pump.concentration_mcg_per_ml" in editor.error
    assert editor.error in editor.verdict.text()
    assert editor.go_button.isVisibleTo(editor)
    path = tmp_path / "bad.toml"
    saved(qtbot, editor, path)
    assert not path.exists()
    assert "Not saved" in editor.message.text()
    assert editor.dirty is True
    editor.go_to_error()
    assert editor.tabs.currentIndex() == 1


def test_the_check_waits_for_typing_to_rest_and_names_the_field(qtbot, editor):
    with qtbot.waitSignal(editor.checker.answered, timeout=WAIT_MS):
        type_in(qtbot, editor.pump_right, "reservoir_ml", "99")
    qtbot.waitUntil(lambda: "Not ready" in editor.verdict.text(), timeout=WAIT_MS)
    assert error_field("f.toml:3: objectives[2].points: 0 must be ...") == (
        "objectives", 1, "points")
    assert error_field("f.toml: not valid TOML: x") is None


@pytest.mark.parametrize("name", sorted(p.name for p in SHIPPED.glob("*.toml")))
def test_every_shipped_scenario_opens_in_the_form_and_saves_the_same(qtbot, editor, tmp_path,
                                                                      name):
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.open_file(SHIPPED / name)
    assert editor.path == SHIPPED / name
    copy = tmp_path / name
    saved(qtbot, editor, copy)
    original = load_scenario_file(SHIPPED / name)
    assert load_scenario_file(copy) == dataclasses.replace(original, source=str(copy))


def test_a_file_that_does_not_load_opens_with_its_error(qtbot, editor, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text((SHIPPED / "05-refill-discrepancy.toml").read_text(
        encoding="utf-8").replace('reservoir_ml = "3.2"', 'reservoir_ml = "33"'),
        encoding="utf-8")
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.open_file(broken)
    checked(qtbot, editor)
    assert editor.error == "broken.toml:29: pump.reservoir_ml: 33 mL is outside 0 to 20 mL"
    assert editor.pump_right.widgets["reservoir_ml"].text() == "33"


def test_closing_with_unsaved_changes_asks(qtbot, editor, monkeypatch):
    editor.show()
    type_in(qtbot, editor.story, "title", "Half made")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(editor, "ask_unsaved", lambda: answers.pop(0))
    editor.close()
    assert editor.isVisible() is True
    editor.close()
    assert editor.isVisible() is False
    assert answers == []


def test_try_it_opens_a_station_with_the_scenario_and_connects(qtbot, classroom):
    link = ClassroomLink(client=classroom)
    editor = ScenarioEditor(classroom=lambda: link)
    fill_new_scenario(qtbot, editor)
    with qtbot.waitSignal(editor.connect_here, timeout=60_000) as opened:
        editor.try_it()
    url = opened.args[0]
    assert url.startswith("socket://")
    assert serves(url) == "TRAINING-77"
    assert editor._trial_station in editor.message.text()
    closed(editor)
