"""The whole console against the simulated pump: connect, edit, review, send, verify, close."""

import json
import subprocess
import sys

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.session import Session, SessionState
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import DoseRate, Mode, Program, Schedule
from itb_console.ui.app import parse_args
from itb_console.ui.dialogs.device_picker import DevicePicker, recent_devices
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.layout_check import layout_problems
from itb_console.ui.main_window import MainWindow
from itb_console.ui.picture_size import MIN_PICTURE, PICTURE_SIZE
from itb_console.ui.screen_fit import fill
from itb_console.ui.screenshots import main as screenshots_main
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableWidget

from tests.text import spaced


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, monkeypatch):
    # qtbot closes the window after each test; a close with unsent edits asks first.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    session = Session()
    made = MainWindow(session, settings)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        made.connect_to("sim://?start=2026-11-25T09:00")
    yield made
    made.draft.revert()  # so closing at teardown does not stop to ask about unsent edits
    session.shutdown()


def review_dialog(window) -> ReviewDialog:
    return ReviewDialog(window.session, window.draft.in_force, window.draft.pending,
                        parent=window)


def test_full_session_edit_review_send_verify(window, qtbot):
    assert window.session.state is SessionState.READY
    assert window.status_panel.fields["Serial"].text() == "SIM-000001"
    assert not window.send_action.isEnabled()
    window.editor.set_level(1, 480)  # 450 -> 480 mcg/day from 07:00 to 12:00
    assert window.send_action.isEnabled()
    assert "up 1.6 %" in spaced(window.summary.text())
    dialog = review_dialog(window)
    assert dialog.send_button.isEnabled()  # small change: no warning to confirm
    with qtbot.waitSignal(window.session.send_finished, timeout=10_000):
        dialog.send_button.click()
    assert dialog.send_result.verified
    assert dialog.outcome.text() == ("<b style='color:#2e7d32'>Send program: sent and "
                                     "verified.</b> The pump reads back exactly the new "
                                     "program.")
    qtbot.waitUntil(lambda: not window.draft.is_changed, timeout=10_000)
    assert window.draft.in_force.schedule.as_pairs()[1] == (420, 480_000)
    assert window.undo_stack.count() == 0
    kinds = [a.kind for a in window.session.actions.actions]
    assert kinds[:2] == [ActionKind.CONNECT, ActionKind.INTERROGATE]
    assert ActionKind.PROGRAM_SENT in kinds


def test_soft_limit_needs_the_typed_confirmation(window, qtbot):
    window.editor.set_level(0, 900)
    dialog = review_dialog(window)
    assert dialog.review.warnings and not dialog.send_button.isEnabled()
    dialog.confirm.setText("ok")
    assert not dialog.send_button.isEnabled()
    dialog.confirm.setText("confirm")
    assert dialog.send_button.isEnabled()
    with qtbot.waitSignal(window.session.send_finished, timeout=10_000):
        dialog.send_button.click()
    kinds = [a.kind for a in window.session.actions.actions]
    assert ActionKind.SOFT_LIMIT_OVERRIDDEN in kinds


def test_cancelled_review_leaves_the_pump_unchanged(window, qtbot):
    before = window.session.status.program
    window.editor.set_level(2, 420)
    cancelled = []

    def cancel_the_review_on_screen():
        shown = QApplication.activeModalWidget()
        cancelled.append(type(shown).__name__)
        if isinstance(shown, ReviewDialog):
            shown.close_button.click()
        elif shown is not None:
            shown.reject()  # not the review: end it so that the test fails, not hangs

    QTimer.singleShot(0, cancel_the_review_on_screen)
    window.send_action.trigger()  # Ctrl+Return: the modal review, until cancelled
    assert cancelled == ["ReviewDialog"]
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000) as read:
        window.session.refresh()  # a fresh read from the pump, not the status in hand
    assert read.args[0].program == before
    assert ActionKind.PROGRAM_SENT not in [a.kind for a in window.session.actions.actions]
    assert window.draft.pending.schedule.as_pairs()[2] == (720, 420_000)  # edit kept


def test_revert_and_stopping_warns_on_close(window, qtbot, monkeypatch):
    window.editor.set_level(0, 300)
    window.revert()
    assert not window.draft.is_changed
    window.undo_stack.undo()
    assert window.draft.is_changed
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.Cancel)[1])
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert "NOT been sent" in asked[0]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)


def test_mode_stop_is_shown_and_undoable(window):
    window._mode_chosen(1)
    assert window.draft.pending.mode.value == "stopped"
    assert "STOPPED" in window.summary.text()
    window.undo_stack.undo()
    assert window.draft.pending.mode.value == "flexible"


def test_device_picker_remembers_recent_devices(qtbot, settings):
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    picker.by_url.setChecked(True)
    picker.url.setEditText("")
    picker._accept()
    assert "type a URL" in picker.error.text()
    picker.url.setEditText("socket://127.0.0.1:7001")
    picker._accept()
    picker.sim.setChecked(True)
    picker.profile.setCurrentIndex(picker.profile.findData("itb-40"))
    assert picker.profile.currentText() == "40 mL (itb-40)"
    assert picker.chosen_url() == "sim://?profile=itb-40"
    assert recent_devices(settings) == ["socket://127.0.0.1:7001"]


def test_shortcuts_help_lists_the_keys(window):
    shortcuts = window.show_shortcuts()
    table = shortcuts.findChild(QTableWidget)
    keys = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"Ctrl+Return", "F1", "S", "M"} <= keys
    listed = shortcuts.text()
    for action in window.findChildren(QAction):
        key = action.shortcut().toString()
        if key:
            assert key in listed, f"{action.text()} ({key}) is not listed"
    shortcuts.close()


def test_menus_and_unit_shortcut(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Pump", "&Edit", "&View", "&Training", "&Help"]
    window.editor.set_level(1, 480)
    assert window.undo_action.isEnabled() and "480.0 mcg/day" in spaced(
        window.undo_action.toolTip())
    assert window.undo_action.text() == "Undo"
    next_unit = next(a for a in window.findChildren(QAction) if a.text() == "Next unit")
    next_unit.trigger()
    assert window.editor.unit.value == "mcg/h"
    assert window.editor.levels[1].value() == pytest.approx(20.0)


def test_training_banner_is_on_the_window(window):
    banner = window.findChild(QLabel, "banner")
    assert banner.isVisible() and "Training mock, not for clinical use" in banner.text()
    assert "Training mock" in window.windowTitle()


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [(["--speed", "0"], "outside 1 to 1,000,000"),
     (["--speed", "fast"], "'fast' is not a number"),
     (["--device", "/dev/ttyUSB0", "--speed", "10"], "applies to the simulated pump"),
     (["--screenshot", "x.jpg"], "must end in .png"),
     (["--screenshot", "x.png", "--size", "800x600"], "--size: 800x600 is outside the sizes "
                                                      "allowed; use WIDTHxHEIGHT in pixels, "
                                                      "from 1024x768 to 7680x4320"),
     (["--screenshot", "x.png", "--size", "wide"], "--size: 'wide' is not a size"),
     (["--size", "1366x768"], "--size applies to --screenshot only"),
     (["--colour"], "unrecognized arguments"),
     (["--lang", "xx"], "--lang: 'xx' is not a language of this console; use one of en, de, "
                        "fr, es")],
)
def test_bad_flags_exit_2_with_a_message(argv, fragment, capsys):
    with pytest.raises(SystemExit) as stop:
        parse_args(argv)
    assert stop.value.code == 2
    assert fragment in capsys.readouterr().err


def test_speed_is_added_to_the_sim_url():
    assert parse_args(["--speed", "1000"]).device == "sim://?speed=1000"
    assert parse_args(["--device", "sim://?profile=itb-40", "--speed", "60"]).device == (
        "sim://?profile=itb-40&speed=60")


def test_screenshots_command_writes_every_picture(tmp_path):
    done = subprocess.run([sys.executable, "-m", "itb_console.ui.screenshots", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["about_dialog.png", "battery_clock_dialog.png", "debrief_window.png",
                     "history_window.png",
                     "instructor_panel.png", "main_window.png", "main_window_editing.png",
                     "preferences_dialog.png", "presentation_mode.png",
                     "presentation_not_connected.png", "print_preview.png",
                     "refill_bridge_refused.png",
                     "replace_wizard_prime.png", "replace_wizard_program.png",
                     "replace_wizard_save.png", "review_dialog.png",
                     "review_dialog_sent.png", "review_dialog_warning.png",
                     "scenario_editor.png",
                     "scenario_editor_error.png", "scenario_editor_objectives.png",
                     "shortcuts_help.png", "timeline_editor.png", "titration_dialog.png",
                     "trainee_dialog.png", "trainee_records.png",
                     "trainee_records_cohort.png", "trial_dialog.png"]
    assert all((tmp_path / n).read_bytes()[:4] == b"\x89PNG" for n in names)


@pytest.mark.parametrize(("size", "expected"), [([], (1366, 768)),
                                              (["--size", "1920x1080"], (1920, 1080))])
def test_screenshot_command_draws_the_window_for_a_real_screen(tmp_path, size, expected):
    """Not Qt's offscreen 800x800 (groups overlapping, headers wrapped), and not a word
    of Qt's back-end chatter on the terminal."""
    target = tmp_path / "main.png"
    done = subprocess.run([sys.executable, "-m", "itb_console.ui.app", "--screenshot",
                           str(target), *size], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (done.stdout, done.stderr) == (f"saved {target}\n", "")
    picture = QImage(str(target))
    assert (picture.width(), picture.height()) == expected


@pytest.mark.parametrize("size", [PICTURE_SIZE, MIN_PICTURE])
def test_the_screenshot_size_shows_every_text_whole(window, size):
    fill(window, QSize(*size))
    assert (window.width(), window.height()) == size
    screen = QRect(QPoint(0, 0), window.frameGeometry().size())  # the picture: no frame
    assert layout_problems(window, screen, (window.table,)) == []


def test_the_status_panel_takes_a_share_of_a_wide_window_until_dragged(window):
    fill(window, QSize(1024, 768))
    assert window.splitter.sizes()[0] == 340
    fill(window, QSize(1366, 768))
    assert window.splitter.sizes()[0] == round(0.3 * sum(window.splitter.sizes())) > 400
    fill(window, QSize(1920, 1080))
    widest = window.splitter.widget(0).maximumWidth()
    assert window.splitter.sizes()[0] == widest and widest >= 420
    window.splitter.moveSplitter(380, 1)  # as a trainer's drag does
    fill(window, QSize(1366, 768))
    assert window.splitter.sizes()[0] == 380


def test_set_program_in_force_restarts_editing(window):
    window.editor.set_level(1, 480)
    program = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day("300")),
                      window.draft.in_force.concentration)
    window.set_program_in_force(program, load_profile("itb-40"))
    assert window.draft.pending == program and not window.draft.is_changed
    assert window.undo_stack.count() == 0 and not window.revert_action.isEnabled()
    assert window.table.rowCount() == 1 and "300.0 mcg/day" in spaced(window.summary.text())


def test_screenshots_command_needs_a_folder(capsys):
    assert screenshots_main([]) == 2
    assert "usage: python -m itb_console.ui.screenshots [--lang en|de|fr|es] FOLDER" in (
        capsys.readouterr().err)


def test_session_report_saves_pdf_and_json_and_is_noted(window, tmp_path, monkeypatch):
    from itb_console.console.actions import ActionKind
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    path = window.save_report()
    assert path == tmp_path / "report.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    record = json.loads((tmp_path / "report.json").read_text())
    assert record["pump"]["serial_number"] == "SIM-000001"
    assert record["training_mark"] == "Training mock, not for clinical use"
    assert record["alarm_date"] == "2027-01-30"
    assert (record["values_link"], record["values_current"]) == ("connected", True)
    assert window.session.actions.actions[-1].kind is ActionKind.REPORT_PRINTED
    assert window.statusBar().currentMessage() == (
        f"Session report: done and verified. Saved {path} (and report.json).")


def pdf_words(path) -> str:
    """The words of every page of a PDF, as a reader sees them."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return " ".join(spaced(document.getAllText(page).text()).replace("\r\n", " ")
                    for page in range(document.pageCount()))


def test_the_report_says_a_cancelled_bolus_was_cancelled_and_a_running_one_runs(
        window, qtbot, tmp_path, monkeypatch):
    """A stranger cancelled the bridge bolus and started a clinician bolus; the report
    said "Bridge bolus ... completed" and "Clinician bolus ... cancelled"."""
    from itb_console.console.number_style import small_volume, small_volume_number
    from itb_console.device.therapy import Concentration
    from itb_console.device.units import ml
    from PySide6.QtWidgets import QFileDialog

    session = window.session
    wizard = window.refill()
    wizard.withdrawn.setText(f"{ml(session.status.reservoir_nl):.2f}")
    wizard.next()
    for box in (wizard.concentration, wizard.confirm):
        box.setCurrentIndex(next(i for i in range(box.count())
                                 if box.itemData(i) == Concentration(1000)))
    wizard.filled.setValue(19.5)
    wizard.next()
    assert wizard.send_button.isEnabled(), wizard.fill_message.text()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        wizard.send_button.click()
    assert session.status.bolus.kind.value == "bridge"
    wizard.accept()
    session.pump.control.advance(3600)  # an hour of the 26:40 h bridge bolus
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as cancelled:
        window.bolus_strip.cancel_requested.emit()
    assert cancelled.args[0].ok
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    dialog = window.bolus()
    dialog.dose.setValue(100)  # 100 mcg at 1000 mcg/mL: 0.100 mL
    dialog.hours.setValue(0)
    dialog.minutes.setValue(30)
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as started:
        dialog.start.click()
    assert started.args[0].ok
    dialog.close()
    session.pump.control.advance(360)  # 6 of its 30 minutes
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    # what the pump said: the volume given at the cancel, and the running bolus so far
    [stopped] = [e for e in session.pump.read_log() if e.kind == "bolus-cancel"]
    given_nl = int(stopped.detail["delivered_nl"])
    running = session.status.bolus
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report"), "PDF (*.pdf)"))
    path = window.save_report()
    record = json.loads(path.with_suffix(".json").read_text())
    assert record["boluses"] == [
        {"kind": "bridge", "volume_nl": 250_000, "duration_s": record["boluses"][0][
            "duration_s"], "state": "cancelled", "delivered_nl": given_nl},
        {"kind": "clinician", "volume_nl": 100_000, "duration_s": 1800, "state": "running",
         "delivered_nl": running.delivered_nl}]
    words = pdf_words(path)
    # 0.25 mL over 26:40 h (the 09:00 step's 450 mcg/day at 2000 mcg/mL): 0.0094 mL an hour
    assert given_nl == pytest.approx(9375, abs=10)
    assert (f"Bridge bolus 0.250 mL 26:40 h cancelled: {spaced(small_volume(ml(given_nl)))}"
            " given" in words), words
    # 0.100 mL over 30 min: 0.020 mL after 6
    assert running.delivered_nl == pytest.approx(20_000, abs=50)
    assert ("Clinician bolus 0.100 mL 0:30 h running: "
            f"{small_volume_number(ml(running.delivered_nl))} of 0.100 mL given so far"
            in words), words
    assert "completed" not in words


def test_instructor_panel_connects_this_console_to_a_station(qtbot, window, monkeypatch):
    """Connect this console while a session is open: it is closed and the station connects;
    with a program not sent, the trainer is asked first, and Cancel keeps the session."""
    panel = window.show_instructor()
    panel.timer.stop()
    panel.count.setValue(2)
    with qtbot.waitSignal(panel.link.answered, timeout=30_000) as opened:
        panel.open_stations()
    first, second = opened.args[0].rows
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000):
        panel.connect_here.emit(first.url, first.key_file)  # from the simulated pump
    assert (window.session.url, window.session.status.identity.serial_number) == (
        first.url, "SIM-000001")
    window.editor.set_level(0, 300)  # a change not sent
    asked = []
    monkeypatch.setattr(window, "ask_close_for_station", lambda url: (
        asked.append(url), QMessageBox.StandardButton.Cancel)[1])
    panel.connect_here.emit(second.url, second.key_file)
    assert asked == [second.url] and window.session.url == first.url
    assert window.session.state is SessionState.READY
    assert window.statusBar().currentMessage() == (
        f"Not connected to {second.url}: the session with {first.url} stays open.")
    monkeypatch.setattr(window, "ask_close_for_station", lambda url: (
        asked.append(url), QMessageBox.StandardButton.Close)[1])
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000):
        panel.connect_here.emit(second.url, second.key_file)
    assert asked == [second.url, second.url] and window.session.url == second.url
    window.session.close_session()
    qtbot.waitUntil(lambda: window.session.pump is None, timeout=10_000)


@pytest.mark.parametrize("opener", ["refill", "bolus", "show_battery_clock", "trial_screening",
                                    "titration", "show_event_log", "show_shortcuts",
                                    "show_about"])
def test_a_closed_tool_window_is_deleted_with_its_connections(window, qtbot, opener):
    """Each opening makes a new window: closed, it must go, not keep listening hidden."""
    dialog = getattr(window, opener)()
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        dialog.close()
    assert window.findChild(type(dialog)) is None
    window.session.status_changed.emit(window.session.status)  # nothing left to answer it
