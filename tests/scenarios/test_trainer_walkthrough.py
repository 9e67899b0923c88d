"""Issue 16's "done when", as a trainer with no Python does it, through the real windows.

The trainer opens Training > Scenario editor, writes a new post-MRI scenario in the form
(story, the pump as found with its implant record, an MRI scan and a jump in time,
objectives with their feedback) and saves it; opens Training > Instructor panel, where
it is listed, opens three stations, names the trainees, starts; three scripted trainees
run it at their consoles; End and score files each run in the trainee records; Training >
Trainee records shows the cohort, and Cohort PDF prints it.

With ``ITB_WALKTHROUGH_IMAGES=FOLDER`` (``make screenshots``) each step is also pictured
at 1366x768 for the user guide's walk-through; ``ITB_WALKTHROUGH_SCALE=1.5`` pictures it
in large type. Training mock, not for clinical use.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from itb_console.console.session import Session
from itb_console.console.training.scenario_runner import StationState
from itb_console.device.pump_api import AlarmCode
from itb_console.ui.main_window import MainWindow
from itb_console.ui.screenshots import save
from itb_console.ui.style import CRITICAL, apply_style
from itb_console.ui.training.instructor_panel import CONNECT_COLUMN
from itb_console.ui.training.trainee_dialog import TraineeDialog
from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.scenarios.trainee import ClassroomStation, Trainee
from tests.text import spaced

WAIT_MS = 60_000
SCREEN = QSize(1366, 768)
SCENARIO_ID = "mri-late-restart-over"
TITLE = "After an MRI: a late restart, over by the visit"
TRAINEES = (("TR-2026-11", "Ann Bell"), ("TR-2026-12", "Carl Diaz"), ("TR-2026-13", "Eve Fox"))
# objective id -> (check, points); the trainer's own weights
OBJECTIVES = {"interrogate-first": 10, "second-look": 20, "mri-check": 40, "not-stopped": 10,
              "report": 20}


class Pictures:
    """The walk-through's pictures for the user guide, when asked for."""

    def __init__(self) -> None:
        folder = os.environ.get("ITB_WALKTHROUGH_IMAGES")
        self.folder = Path(folder) if folder else None
        self.scale = float(os.environ.get("ITB_WALKTHROUGH_SCALE", "1"))
        self.suffix = "" if self.scale == 1 else f"-{self.scale:g}x"
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)

    def style(self, app: QApplication) -> None:
        """The console's own look (and type size) when pictures are taken."""
        if self.folder is not None:
            apply_style(app, self.scale)

    def take(self, window: QWidget, name: str) -> None:
        if self.folder is None:
            return
        window.resize(SCREEN)
        QApplication.processEvents()
        save(window, self.folder / f"walkthrough_{name}{self.suffix}.png")

    def pdf_page(self, pdf: Path, name: str) -> None:
        if self.folder is None:
            return
        stem = self.folder / f"walkthrough_{name}{self.suffix}"
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True, timeout=60)


# ---------------------------------------------------------------------------- the form
def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Select what is there and type over it, as a trainer does."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def choose(combo, value: str) -> None:
    """Pick the option whose code the file keeps (the trainer reads its words)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def button(window: QWidget, text: str) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.text() == text)


def checked(qtbot, editor) -> str:
    """The check box's verdict on the form as it is now (it checks once typing rests)."""
    with qtbot.waitSignal(editor.checker.answered, timeout=WAIT_MS,
                          check_params_cb=lambda tag, *_: tag == f"check {editor._checks}"):
        editor.check_now()
    return spaced(re.sub(r"<[^>]+>", "", editor.verdict.text()))  # as read: no markup


def write_the_scenario(qtbot, editor, pictures: Pictures) -> None:
    """Every part of the form, typed: story, pump as found and its record, events,
    objectives with their feedback; the check box says what is still missing, and where."""
    story = editor.story.widgets
    type_into(qtbot, story["title"], TITLE)
    type_into(qtbot, story["id"], SCENARIO_ID)
    choose(story["difficulty"], "intermediate")
    type_into(qtbot, story["summary"], "Back four hours after an MRI: confirm with a second "
                                       "interrogation that the late restart is over.")
    choose(story["origin"], "spinal")
    type_into(qtbot, story["story"], "Mr K., 61, spinal cord injury, on 350 mcg/day. He had "
                                     "a 40-minute MRI of the head at 08:00 and comes to the "
                                     "pump clinic at noon for the check radiology asked for.")
    type_into(qtbot, story["text"], "Check the pump after the MRI (Pump > After an MRI), "
                                    "record what you find, do not stop the pump, print the "
                                    "report.")
    assert "Field: Concentration (mcg/mL), on the Pump as found tab" in checked(qtbot, editor)
    pictures.take(editor, "1_story")

    editor.tabs.setCurrentIndex(1)
    pump = editor.pump_left.widgets
    type_into(qtbot, pump["patient_id"], "TRAINING-31")
    pump["start"].setDateTime(datetime(2026, 12, 2, 8, 0))
    type_into(qtbot, pump["concentration_mcg_per_ml"], "2000")
    steps = pump["steps"]
    steps.table.item(0, 1).setText("350")
    type_into(qtbot, editor.pump_right.widgets["reservoir_ml"], "9.5")
    record = editor.pump_record.widgets
    type_into(qtbot, record["implant_date"], "2022-03-15")
    type_into(qtbot, record["catheter_length_cm"], "50")
    choose(record["tip_level"], "T9")
    type_into(qtbot, record["last_refill"], "2026-10-21")
    type_into(qtbot, record["next_refill"], "2027-01-13")
    assert "Field: Short name, objective 1 on the Objectives and feedback tab" in checked(
        qtbot, editor)
    editor.tabs.currentWidget().ensureWidgetVisible(record["next_refill"])  # as scrolled to
    pictures.take(editor, "2_pump")

    editor.tabs.setCurrentIndex(2)
    events = editor.events
    button(events, "Add event").click()
    choose(events.form.widgets["kind"], "mri")
    type_into(qtbot, events.form.widgets["minutes"], "40")
    choose(events.form.widgets["resume"], "delayed")
    type_into(qtbot, events.form.widgets["delay_hours"], "2")
    button(events, "Add event").click()
    choose(events.form.widgets["kind"], "advance")
    type_into(qtbot, events.form.widgets["hours"], "4")
    events.choose(0)
    checked(qtbot, editor)
    pictures.take(editor, "3_events")

    editor.tabs.setCurrentIndex(3)
    objectives = editor.objectives
    feedback = {
        "interrogate-first": ("interrogated_first", "Interrogate the pump before anything else",
                              "You read the pump first.",
                              "Always interrogate first: the pump says what is running."),
        "second-look": ("interrogated_twice", "Interrogate a second time",
                        "You looked again: the recovery shows only at the second look.",
                        "After an MRI one look is not enough: the log shows the recovery "
                        "only at the second interrogation."),
        "mri-check": ("mri_checked", "Record the check: delivery resumed",
                      "Right: the pump restarted at 10:40, 2 h 40 min after the scan began.",
                      "The check was not recorded as resumed: a second interrogation "
                      "shows the stall recovery at 10:40."),
        "not-stopped": ("never_stopped", "Leave the pump running", "The pump kept running.",
                        "Never leave the pump stopped: baclofen withdrawal is dangerous."),
        "report": ("report_printed", "Print the session report", "The check is on record.",
                   "Print the report: the post-MRI check must go on record."),
    }
    for number, (objective_id, (check, text, done, missed)) in enumerate(feedback.items()):
        if number:
            button(objectives, "Add objective").click()
        form = objectives.form.widgets
        type_into(qtbot, form["id"], objective_id)
        type_into(qtbot, form["text"], text)
        choose(form["check"], check)
        if check == "mri_checked":
            choose(form["outcome"], "resumed")
        type_into(qtbot, form["points"], str(OBJECTIVES[objective_id]))
        type_into(qtbot, form["pass"], done)
        type_into(qtbot, form["fail"], missed)
    assert checked(qtbot, editor) == (
        f"Loads as written: '{TITLE}', 2 events, 5 objectives, 100 points.")
    objectives.choose(2)  # the post-MRI check and what it must conclude
    pictures.take(editor, "4_objectives")


# ---------------------------------------------------------------------------- the panel
def answer_trainees(names: list[tuple[str, str]] | None, answered: list[str]) -> None:
    """Fill the trainee dialog the panel is about to show (modal), then Score and record.

    ``None`` keeps the names already there. Whatever goes wrong, the dialog is closed, so
    the test fails instead of waiting on it."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, TraineeDialog)
            for (pseudonym, name), (id_field, name_field) in zip(names or [], dialog.fields,
                                                                  strict=False):
                id_field.setText(pseudonym)
                name_field.setText(name)
            dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Ok).click()
            answered.append(dialog.problem.text() or "accepted")
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, fill)


def clicked(qtbot, panel, text: str, done: Callable[[], bool]) -> None:
    """Click, then wait until the panel shows ``done``. Not waitSignal on the link's
    answers: End and score files the runs with more answers queued right behind its own,
    and one reaching a finished (freed) signal blocker calls into whatever object took
    its place."""
    panel.message.clear()
    button(panel, text).click()
    qtbot.waitUntil(lambda: done() or CRITICAL in panel.message.text(), timeout=WAIT_MS)
    assert CRITICAL not in panel.message.text(), panel.message.text()


# ---------------------------------------------------------------------------- trainees
def careful(t: Trainee) -> None:
    """Ann: the check after a second interrogation, recorded; the report."""
    assert "Delivery resumed at 2026-12-02 10:40, after 2:40 h stopped" in t.after_mri(1)
    t.print_report()


def hurried(t: Trainee) -> None:
    """Carl: one look, the stall alarm silenced, the report; no check."""
    t.clear_alarm(AlarmCode.MOTOR_STALL)
    t.print_report()


def forgetful(t: Trainee) -> None:
    """Eve: the check done right, but no report."""
    assert "Delivery resumed at 2026-12-02 10:40" in t.after_mri(1)


SCRIPTS: tuple[Callable[[Trainee], None], ...] = (careful, hurried, forgetful)


# ---------------------------------------------------------------------------- the test
def test_a_trainer_writes_a_post_mri_scenario_runs_three_stations_and_prints_the_cohort(
        qtbot, tmp_path, monkeypatch):
    pictures = Pictures()
    pictures.style(QApplication.instance())
    trainer = MainWindow(Session(), QSettings(str(tmp_path / "trainer.ini"),
                                              QSettings.Format.IniFormat))
    trainer.records_path = tmp_path / "records" / "trainee-records.sqlite3"
    qtbot.addWidget(trainer)
    trainer.show()

    # 1. Training > Scenario editor: the form, then Save (the file dialog answered).
    trainer.scenario_editor_action.trigger()
    editor = trainer.scenario_editor
    # If the test fails before Save, closing must not wait on the unsaved-changes question.
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    write_the_scenario(qtbot, editor, pictures)
    saved_as = tmp_path / "my scenarios" / f"{SCENARIO_ID}.toml"
    saved_as.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved_as), ""))
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        button(editor, "Save").click()
    assert editor.dirty is False and saved_as.exists()
    editor.close()

    # 2. Training > Instructor panel lists it (the folder it was saved in); three stations.
    trainer.instructor_action.trigger()
    panel = trainer.instructor
    panel.timer.stop()  # read when the test asks (the 4 Hz refresh is not under test)
    qtbot.waitUntil(lambda: panel.scenario.findText(
        f"{TITLE} (intermediate) - {saved_as.name}") >= 0, timeout=WAIT_MS)
    panel.scenario.setCurrentIndex(panel.scenario.findText(
        f"{TITLE} (intermediate) - {saved_as.name}"))
    panel.count.setValue(3)
    clicked(qtbot, panel, "Open", lambda: len(panel.rows) == 3)
    assert [r.scenario_id for r in panel.rows] == [SCENARIO_ID] * 3
    answered: list[str] = []
    answer_trainees(list(TRAINEES), answered)
    button(panel, "Trainees...").click()
    assert answered == ["accepted"]
    clicked(qtbot, panel, "Start",
            lambda: {r.state for r in panel.rows} == {StationState.RUNNING})

    # 3. Three trainees at their consoles, one after another, each connecting to the
    # address the trainer reads out of 'Connect to' (File > Connect takes it as it is).
    trainees = []
    for number, (row, script) in enumerate(zip(panel.rows, SCRIPTS, strict=True)):
        folder = tmp_path / f"trainee-{number + 1}"
        folder.mkdir()
        station = ClassroomStation(panel.link.client, row)
        station.url = panel.table.item(number, CONNECT_COLUMN).text()
        assert station.url == row.url and station.url.startswith("socket://")
        trainee = Trainee(qtbot, station, folder, monkeypatch)
        trainee.connect()
        script(trainee)
        trainees.append(trainee)
    for trainee in trainees[:-1]:
        trainee.finish()  # Eve is still connected when her station ends

    # 4. End and score: the trainees confirmed, each run filed in the trainee records.
    recorded: list[tuple[str, object]] = []
    trainer.records.answered.connect(lambda tag, _run, error: recorded.append((tag, error)))
    answer_trainees(None, answered)
    assert panel.commands_box.title() == "Stations: all (none selected)"
    clicked(qtbot, panel, "End and score", lambda: len(recorded) == 3)
    assert answered == ["accepted", "accepted"]
    eve = trainees[-1]  # her console says why the link closed, and what next
    eve.wait_disconnected()
    assert eve.messages[-1].startswith(f"The pump at {eve.station.url} closed the link: the "
                                       "instructor has ended or closed this training station")
    assert "your run is over: wait for the instructor's debrief" in eve.messages[-1]
    eve.finish()
    assert sorted(recorded) == [(f"instructor:Station {n}", None) for n in (1, 2, 3)]
    with qtbot.waitSignal(panel.link.rows_ready, timeout=WAIT_MS):
        panel.refresh_soon()
    assert [panel.table.item(r, 1).text() for r in range(3)] == [
        f"{name} ({pseudonym})" for pseudonym, name in TRAINEES]
    assert [spaced(panel.table.item(r, 10).text()) for r in range(3)] == [
        "100 / 100 (100 %)", "40 / 100 (40 %)", "80 / 100 (80 %)"]
    panel.table.selectRow(1)
    assert panel.commands_box.title() == "Stations: Station 2"
    with qtbot.waitSignal(panel.link.rows_ready, timeout=WAIT_MS):
        panel.refresh_soon()
    pictures.take(panel, "5_panel")

    # 5. Training > Trainee records: the cohort of the new scenario, then its PDF.
    trainer.records_action.trigger()
    records = trainer.records_window
    records.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: records.scenario.findData(SCENARIO_ID) >= 0, timeout=WAIT_MS)
    records.scenario.setCurrentIndex(records.scenario.findData(SCENARIO_ID))
    qtbot.waitUntil(lambda: len(records.cohort_runs) == 3, timeout=WAIT_MS)
    table = records.cohort_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Trainee id", "Name", "Date (UTC)", "Score", *OBJECTIVES]
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    shown = sorted([spaced(table.item(r, c).text()) for c in range(table.columnCount())]
                   for r in range(table.rowCount()))
    assert [row[2][:10] for row in shown] == [today] * 3
    assert [row[:2] + row[3:] for row in shown] == [
        ["TR-2026-11", "Ann Bell", "100 / 100 (100 %)", "✓ 10 / 10", "✓ 20 / 20", "✓ 40 / 40",
         "✓ 10 / 10", "✓ 20 / 20"],
        ["TR-2026-12", "Carl Diaz", "40 / 100 (40 %)", "✓ 10 / 10", "✗ 0 / 20", "✗ 0 / 40",
         "✓ 10 / 10", "✓ 20 / 20"],
        ["TR-2026-13", "Eve Fox", "80 / 100 (80 %)", "✓ 10 / 10", "✓ 20 / 20", "✓ 40 / 40",
         "✓ 10 / 10", "✗ 0 / 20"]]
    assert spaced(records.cohort_summary.text()) == (
        "3 runs by 3 trainees; mean 73 %, median 80 %, lowest 40 %, best 100 %")
    pictures.take(records, "6_cohort")

    pdf = tmp_path / "cohort.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(records.files.finished, timeout=WAIT_MS) as written:
        button(records, "Cohort PDF...").click()
    assert written.args == [str(pdf), None]
    assert f"Saved {pdf}." in records.message.text()
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    (page,) = [spaced(" ".join(document.getAllText(n).text().split()))
               for n in range(document.pageCount())]
    assert page.startswith("Training mock, not for clinical use Page 1 of 1")
    for text in (f"Scenario {TITLE} ({SCENARIO_ID})",
                 "Runs 3 Trainees 3 Mean score 73 % Median score 80 % Best 100 % Lowest 40 %",
                 "O3 Record the check: delivery resumed mri-check",
                 "100 / 100 (100 %) ✓ 10 / 10 ✓ 20 / 20 ✓ 40 / 40 ✓ 10 / 10 ✓ 20 / 20",
                 "40 / 100 (40 %) ✓ 10 / 10 ✗ 0 / 20 ✗ 0 / 40 ✓ 10 / 10 ✓ 20 / 20",
                 "80 / 100 (80 %) ✓ 10 / 10 ✓ 20 / 20 ✓ 40 / 40 ✓ 10 / 10 ✗ 0 / 20"):
        assert text in page
    for pseudonym, name in TRAINEES:
        assert f"{name} {pseudonym}" in page
    if shutil.which("pdftoppm"):
        pictures.pdf_page(pdf, "7_cohort_pdf")

    records.close()
    trainer.close()
