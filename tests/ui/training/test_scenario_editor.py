"""The scenario editor: a trainer's form that saves what the loader reads back, and Try it."""

import dataclasses
from datetime import date
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
from itb_console.ui.training.scenario_editor import ScenarioEditor, error_field, where_in_form
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

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


def erase(qtbot, form, key):
    """Empty a line as a trainer does: select all, Delete."""
    widget = form.widgets[key]
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def choose(combo, value):
    """Pick an option by the code the file keeps (the trainer reads its words)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not an option"
    combo.setCurrentIndex(index)


def fill_new_scenario(qtbot, editor):
    """What a trainer types for a delayed-restart story: every part of the form."""
    story = editor.story
    type_in(qtbot, story, "title", "Sleepy after a scan")
    type_in(qtbot, story, "id", "sleepy-after-scan")
    choose(story.widgets["difficulty"], "intermediate")
    type_in(qtbot, story, "summary", "Find why less drug came back.")
    choose(story.widgets["origin"], "cerebral")
    story.widgets["story"].setPlainText("Mr T., 52.\nSleepier for two weeks.")
    story.widgets["text"].setPlainText("Refill and report.")
    left, right = editor.pump_left, editor.pump_right
    type_in(qtbot, left, "patient_id", "TRAINING-77")
    type_in(qtbot, left, "concentration_mcg_per_ml", "2000")
    choose(left.widgets["mode"], "flexible")
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
    choose(editor.events.form.widgets["alarm"], "motor_stall")
    editor.events.add()
    choose(editor.events.form.widgets["kind"], "advance")
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
        "time jumps ahead 24 h", "alarm: Motor stall"]
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
    assert editor.error == loader.value.without_line()  # no file yet: no line of it
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
    checked(qtbot, editor)
    assert editor.error is None  # the shipped file itself keeps its short name
    copy = tmp_path / name
    saved(qtbot, editor, copy)  # a trainer's copy needs a short name of its own
    original = load_scenario_file(SHIPPED / name)
    assert editor.message.text().endswith(
        f"is the short name of the shipped scenario '{original.title}'; give this scenario "
        "a short name of its own</span>")
    assert not copy.exists()
    type_in(qtbot, editor.story, "id", f"my-{original.id}")
    saved(qtbot, editor, copy)
    assert load_scenario_file(copy) == dataclasses.replace(original, source=str(copy),
                                                           id=f"my-{original.id}")


def test_a_file_that_does_not_load_opens_with_its_error(qtbot, editor, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text((SHIPPED / "05-refill-discrepancy.toml").read_text(
        encoding="utf-8").replace('reservoir_ml = "3.2"', 'reservoir_ml = "33"'),
        encoding="utf-8")
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.open_file(broken)
    checked(qtbot, editor)
    line = broken.read_text(encoding="utf-8").splitlines().index('reservoir_ml = "33"') + 1
    assert line == 27  # the file's line, as the loader says it, not the rewritten text's
    assert editor.error == "broken.toml:27: pump.reservoir_ml: 33 mL is outside 0 to 20 mL"
    assert "broken.toml:27: pump.reservoir_ml" in editor.verdict.text()
    with pytest.raises(ScenarioError, match=r"broken.toml:27: pump.reservoir_ml"):
        load_scenario_file(broken)
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


def test_the_implant_record_is_edited_in_the_form_and_saved_as_pump_record(qtbot, editor,
                                                                          tmp_path):
    fill_new_scenario(qtbot, editor)
    assert "record" not in editor.data["pump"]  # nothing typed: no [pump.record] written
    record = editor.pump_record
    type_in(qtbot, record, "implant_date", "2023-05-09")
    type_in(qtbot, record, "catheter_length_cm", "37.5")
    type_in(qtbot, record, "catheter_ml_per_cm", "0.0026")
    choose(record.widgets["tip_level"], "T8")
    type_in(qtbot, record, "last_refill", "2026-09-30")
    type_in(qtbot, record, "next_refill", "2026-12-23")
    assert editor.data["pump"]["record"] == {
        "implant_date": "2023-05-09", "catheter_length_cm": "37.5",
        "catheter_ml_per_cm": "0.0026", "tip_level": "T8", "last_refill": "2026-09-30",
        "next_refill": "2026-12-23"}
    checked(qtbot, editor)
    assert editor.error is None
    path = tmp_path / "recorded.toml"
    saved(qtbot, editor, path)
    assert "[pump.record]" in path.read_text(encoding="utf-8")
    implant = load_scenario_file(path).pump.record
    assert (implant.implanted_on, implant.catheter_length_mm, implant.catheter_nl_per_cm,
            implant.catheter_volume_nl, implant.tip_level, implant.catheter_model) == (
        date(2023, 5, 9), 375, 2600, 97_500, "T8", "SIM-CATH-1")
    assert (implant.last_refill_on, implant.next_refill_on) == (date(2026, 9, 30),
                                                                date(2026, 12, 23))
    for key in ("implant_date", "catheter_length_cm", "catheter_ml_per_cm", "last_refill",
                "next_refill"):
        erase(qtbot, record, key)
    assert editor.data["pump"]["record"] == {"tip_level": "T8"}


def test_a_record_emptied_again_leaves_no_record_table(qtbot, editor):
    type_in(qtbot, editor.pump_record, "catheter_model", "CATH-9")
    assert editor.data["pump"]["record"] == {"catheter_model": "CATH-9"}
    erase(qtbot, editor.pump_record, "catheter_model")
    assert "record" not in editor.data["pump"]


@pytest.mark.parametrize(("key", "typed", "message"), [
    ("catheter_length_cm", "300", "pump.record.catheter_length_cm: 300 cm is outside 10 to "
                                  "150 cm"),
    ("catheter_ml_per_cm", "0.02", "pump.record.catheter_ml_per_cm: 0.02 mL/cm (20000 nL/cm) "
                                   "is outside 0.0005 to 0.01 mL/cm"),
    ("implant_date", "2026-13-01", "pump.record.implant_date: '2026-13-01' is not a date like "
                                   "2026-11-25"),
    ("last_refill", "2099-01-01", "pump.record.last_refill: 2099-01-01 is outside"),
    ("catheter_model", "cath@home", "pump.record.catheter_model: 'cath@home' must be 1 to 32 "
                                    "printable ASCII characters (space to tilde), "
                                    "without the at sign"),
])
def test_a_bad_record_value_gets_the_loaders_words_and_goes_to_its_field(qtbot, editor, key,
                                                                         typed, message):
    fill_new_scenario(qtbot, editor)
    editor.show()
    type_in(qtbot, editor.pump_record, key, typed)
    checked(qtbot, editor)
    with pytest.raises(ScenarioError) as loader:
        check_scenario("new-scenario.toml", editor.data)
    assert editor.error == loader.value.without_line()  # no file yet: no line of it
    assert message in editor.error
    assert error_field(editor.error) == ("pump.record", None, key)
    editor.tabs.setCurrentIndex(0)
    editor.go_to_error()
    assert editor.tabs.currentIndex() == 1
    assert editor.pump_record.widgets[key].hasFocus()


def test_an_mri_events_delay_shows_only_for_a_late_restart(qtbot, editor):
    fill_new_scenario(qtbot, editor)
    editor.show()
    editor.events.add()  # at minute 0: first in the list
    form = editor.events.form
    choose(form.widgets["kind"], "mri")
    row = editor.events.rows[0]
    assert editor.events.current() is row
    assert row == {"after_minutes": 0, "kind": "mri", "minutes": 45, "resume": "normal"}
    visible = {key for key, widget in form.widgets.items() if widget.isVisibleTo(form)}
    assert visible == {"after_minutes", "kind", "minutes", "resume"}
    assert form.widgets["resume"].currentText() == "restarts when the scan ends"
    choose(form.widgets["resume"], "delayed")
    assert row["delay_hours"] == 6 and form.widgets["delay_hours"].isVisibleTo(form)
    assert editor.events.table.item(0, 1).text() == "MRI scan, 45 min; restarts 6 h late"
    type_in(qtbot, form, "delay_hours", "30")
    checked(qtbot, editor)
    assert editor.error.endswith("events[1].delay_hours: 30 must be a whole number from 2 "
                                 "to 24")
    choose(form.widgets["resume"], "stuck")
    assert "delay_hours" not in row and not form.widgets["delay_hours"].isVisibleTo(form)
    assert editor.events.table.item(0, 1).text() == "MRI scan, 45 min; stuck until interrogated"


@pytest.mark.parametrize(("message", "where"), [
    ("f.toml:11: pump: concentration_mcg_per_ml is missing",
     "Field: Concentration (mcg/mL), on the Pump as found tab"),
    ("f.toml:40: events[2].delay_hours: 30 must be a whole number from 2 to 24",
     "Field: Restart delayed by (hours), event 2 on the Events tab"),
    ("f.toml:9: pump.record.tip_level: 'T13' must be a vertebral level",
     "Field: Catheter tip level, on the Pump as found tab"),
    ("f.toml:3: objectives[1].outcome: 'x' must be one of no-stall, resumed, delayed",
     "Field: Check recorded as, objective 1 on the Objectives and feedback tab"),
    ("f.toml: not valid TOML: x", ""),
])
def test_the_check_says_where_the_field_is_in_the_form(message, where):
    assert where_in_form(message) == where


def test_a_missing_field_is_shown_with_its_place_and_go_to_finds_it(qtbot, editor):
    editor.show()
    checked(qtbot, editor)  # a new scenario: the concentration is the first thing missing
    assert editor.error.endswith("pump: concentration_mcg_per_ml is missing")
    assert "Field: Concentration (mcg/mL), on the Pump as found tab" in editor.verdict.text()
    editor.go_to_error()
    assert editor.tabs.currentIndex() == 1
    assert editor.pump_left.widgets["concentration_mcg_per_ml"].hasFocus()


def test_a_shipped_scenario_is_a_template_saved_only_as_a_trainers_own(qtbot, tmp_path,
                                                                       monkeypatch):
    """Opened, a shipped scenario loads; Save never writes over it but asks where, in the
    trainer's folder, and takes it only under a short name of its own."""
    editor = ScenarioEditor(folder=tmp_path)
    shipped = SHIPPED / "01-routine-refill.toml"
    before = shipped.read_bytes()
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.open_file(shipped)
    assert editor.message.text().endswith(
        "Opened 01-routine-refill.toml, a shipped scenario: to make one of your own from it, "
        "give it a short name of its own and save it in your folder (Save asks where).</span>")
    asked = []
    mine = tmp_path / "my-refill.toml"

    def where(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(mine), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    with qtbot.waitSignal(editor.files.answered, timeout=WAIT_MS):
        editor.save()
    assert asked == [str(tmp_path / "routine-refill.toml")]
    assert editor.message.text().endswith(
        "my-refill.toml: scenario.id: 'routine-refill' is the short name of the shipped "
        "scenario 'Routine refill'; give this scenario a short name of its own</span>")
    assert not mine.exists()
    type_in(qtbot, editor.story, "id", "my-refill")
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save()
    assert load_scenario_file(mine).id == "my-refill"
    assert (editor.path, editor.shipped) == (mine, False)
    assert shipped.read_bytes() == before
    closed(editor)
