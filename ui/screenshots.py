"""Regenerate the documentation screenshots: ``python -m itb_console.ui.screenshots docs/images``.

The user guide shows exactly what the code draws, so the pictures are made by the code,
offscreen, at the 1366x768 the layout is designed for, from a simulated pump started at
a fixed time (the same pictures every run). Training mock, not for clinical use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from itb_console.console.language import CODES
from itb_console.ui.picture_size import PICTURE_SIZE

PROJECTOR_SIZE = (1920, 1080)
FIXED_DEVICE = "sim://?start=2026-11-25T09:00"
PICTURE_TIME = datetime(2026, 11, 25, 9, 0)  # the console's clock in the pictures
FIRST_STATUS_TIMEOUT_MS = 12_000  # under the 15 s a script may wait for the program
MAX_LAYOUT_ROUNDS = 20  # a layout settles in a few; a window that never does is still saved


@contextmanager
def private_runtime(folder: Path) -> Iterator[None]:
    """Pictures are drawn with runtime folders of their own: the Connect dialog must not
    list the user's running emulators (announced in ``$ITB_EMULATOR_RUNTIME_DIR``), nor
    the instructor panel take over a classroom the user left running (announced in
    ``$XDG_RUNTIME_DIR``). The user's values come back afterwards."""
    from itb_console.device.running_emulators import FOLDER_VARIABLE

    own = {FOLDER_VARIABLE: folder / "emulators", "XDG_RUNTIME_DIR": folder / "runtime"}
    saved = {name: os.environ.get(name) for name in own}
    for name, path in own.items():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ[name] = str(path)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def wait_for_first_status(session) -> str:
    """Run the event loop until the first interrogation comes back, and then every read
    that follows it (the implant record) has been answered and shown; returns "" then,
    or why it did not (the connection's error, or that nothing answered in time).

    Taken at the first status, the picture said "Read 06:38:30, connected" above an
    implant record of dashes: the record is read after the status.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    failures: list[str] = []
    session.status_changed.connect(loop.quit)
    session.error.connect(failures.append)
    session.error.connect(loop.quit)
    QTimer.singleShot(FIRST_STATUS_TIMEOUT_MS, loop.quit)
    loop.exec()
    if session.status is not None:
        wait_until(lambda: not session.worker.pending)
        return ""
    return failures[0] if failures else (
        f"Could not connect to {session.url}: no answer within "
        f"{FIRST_STATUS_TIMEOUT_MS // 1000} s. Check the device and that the emulator runs.")


def settle_layout(widget) -> None:
    """Run the event loop until no child of ``widget`` moves or resizes any more.

    A value just shown can take several rounds to be laid out (the label's new height,
    its group's, the scroll area's): grabbed after one, the Battery group's wrapped
    dates overlapped and were cut off.
    """
    from PySide6.QtWidgets import QApplication, QWidget

    def geometries() -> list:
        return [child.geometry() for child in widget.findChildren(QWidget)]

    before = None
    for _round in range(MAX_LAYOUT_ROUNDS):
        QApplication.processEvents()
        after = geometries()
        if after == before:
            return
        before = after


def save(widget, path: Path) -> Path:
    settle_layout(widget)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def wait_until(ready, timeout_s: float = FIRST_STATUS_TIMEOUT_MS / 1000) -> None:
    """Run the event loop until ``ready()`` (a pump call on the worker has answered)."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def render_pump_tools(window, folder: Path) -> list[Path]:
    """Trial screening (a candidate at 75 mcg), titration (spinal, 450 mcg/day proposed),
    battery and clock (the pump left on summer time: 1 h ahead)."""
    from zoneinfo import ZoneInfo

    from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog

    saved = []
    trial = window.trial_screening()
    for dose, responded, hours in ((50, 0, 0.0), (75, 1, 6.0)):
        trial.dose.setValue(dose)
        trial.response.setCurrentIndex(responded)
        trial.hours.setValue(hours)
        trial.add_bolus()
    saved.append(save(trial, folder / "trial_dialog.png"))
    trial.close()
    titration = window.titration()
    wait_until(lambda: titration.log_read)
    titration.proposed.setValue(450)
    saved.append(save(titration, folder / "titration_dialog.png"))
    titration.close()
    session = window.session
    session.pump.control.set_pump_clock(datetime(2026, 11, 25, 10, 0))
    session.refresh()
    wait_until(lambda: session.status.pump_clock.hour == 10)
    battery = BatteryClockDialog(session, window.draft.profile.battery,
                                 ZoneInfo("Europe/London"), window)
    battery.show()
    saved.append(save(battery, folder / "battery_clock_dialog.png"))
    battery.close()
    return saved


NEW_PUMP_DEVICE = ("sim://?start=2026-11-25T09:30&serial=SIM-000002&profile=itb-40&conc=500"
                   "&mode=stopped&reservoir=40&patient=NEW-PUMP")


def render_replacement(window, folder: Path) -> list[Path]:
    """Pump > Replace pump from the window's pump to a new 40 mL pump at 500 mcg/mL: the
    old pump saved, the priming done, the doses carried over (before sending). Leaves the
    window connected to the new pump."""
    scratch = tempfile.TemporaryDirectory()
    wizard = window.replace_pump()
    wizard.choose_save_path = lambda _default: Path(scratch.name) / "old.itbpump.json"
    wizard.pick_device = lambda: (NEW_PUMP_DEVICE, None)
    wizard.confirm_leave = lambda _text: True
    session = window.session

    def step(number: int, button) -> None:
        if number > 1:
            wizard.next()
        button.click()
        wait_until(lambda: number in wizard.outcomes)
        wait_until(lambda: not session.worker.pending)
        settle()

    def settle() -> None:
        """A page's content grew (a table filled): its layout settles, then it is drawn."""
        from itb_console.ui.screen_fit import fit_to
        from PySide6.QtCore import QRect
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        fit_to(wizard, QRect(0, 0, *PICTURE_SIZE))
        QApplication.processEvents()

    step(1, wizard.save_button)
    saved = [save(wizard, folder / "replace_wizard_save.png")]
    step(2, wizard.connect_button)
    step(3, wizard.prime_button)
    saved.append(save(wizard, folder / "replace_wizard_prime.png"))
    step(4, wizard.record_button)
    wizard.next()
    settle()
    saved.append(save(wizard, folder / "replace_wizard_program.png"))
    wizard.close()
    scratch.cleanup()
    return saved


def render_presentation(window, folder: Path) -> Path:
    """Presentation mode as a 1920x1080 projector shows it, the world paused (the same
    picture every run)."""
    session = window.session
    session.set_clock_speed(0)
    wait_until(lambda: session.clock_speed == 0)
    path = _presenting(window, folder / "presentation_mode.png")
    session.set_clock_speed(1)
    wait_until(lambda: session.clock_speed == 1)
    return path


def _presenting(window, path: Path) -> Path:
    """Save the window in presentation mode. The offscreen screen is 800 pixels wide, so
    the window is sized by hand and the header given the type a 1920-pixel screen gets."""
    from itb_console.ui.training.presenter_strip import big_type_for

    presentation = window.presentation
    presentation.enter()
    window.showNormal()
    window.resize(*PROJECTOR_SIZE)
    wait_until(lambda: (window.width(), window.height()) == PROJECTOR_SIZE)
    presentation.strip.set_big_type(big_type_for(PROJECTOR_SIZE[0]))
    saved = save(window, path)
    presentation.leave()
    return saved


def render_failure_paths(window, folder: Path) -> list[Path]:
    """What the console says when things go wrong: the review's answer, a refill whose
    bridge bolus the pump refuses (its motor stalled), and presentation mode once the
    session is closed (the last values read, grey, under their age). Last: it changes
    the pump and ends the session."""
    from itb_console.console.number_style import Quantity
    from itb_console.device.therapy import Concentration
    from itb_console.device.units import ml
    from itb_console.ui.dialogs.review_dialog import ReviewDialog

    session, saved = window.session, []
    window.editor.set_level(1, 480)
    review = ReviewDialog(session, window.draft.in_force, window.draft.pending, parent=window)
    review.show()
    review.send_button.click()
    wait_until(lambda: review.send_result is not None)
    saved.append(save(review, folder / "review_dialog_sent.png"))
    review.reject()
    session.pump.control.motor_stall()
    session.refresh()
    wait_until(lambda: bool(session.status.alarms))
    wizard = window.refill()
    # as measured: the whole residual, in the 0.01 mL the syringe reads
    wizard.withdrawn.setText(Quantity.ML.number(ml(session.status.reservoir_nl)))
    wizard.next()
    for box in (wizard.concentration, wizard.confirm):
        box.setCurrentIndex(next(i for i in range(box.count())
                                 if box.itemData(i) == Concentration(1000)))
    wizard.next()
    wizard.send_button.click()
    wait_until(lambda: wizard.awaited.last is not None)
    saved.append(save(wizard, folder / "refill_bridge_refused.png"))
    wizard.close()
    session.close_session()
    wait_until(lambda: session.pump is None and not session.worker.pending)
    saved.append(_presenting(window, folder / "presentation_not_connected.png"))
    return saved


def render_debrief(window, folder: Path) -> Path:
    """The debrief replay of the example titration run, at the program that was sent."""
    from itb_console.console.training.debrief_example import example_debrief
    from itb_console.ui.training.debrief_window import DebriefWindow
    from PySide6.QtWidgets import QApplication

    debrief = DebriefWindow(example_debrief(), Path("titration-a-trainee.json"), window)
    debrief.show()
    debrief.show_action(4)
    QApplication.processEvents()  # wrapped rows take their height once the columns settle
    path = save(debrief, folder / "debrief_window.png")
    debrief.close()
    return path


def render_instructor(window, folder: Path) -> list[Path]:
    """Three stations of the refill-discrepancy scenario: one trainee at work, one scored
    (and recorded: the dialog confirming who sat there)."""
    from itb_console.console.training.records import Trainee
    from itb_console.device.serial_pump import SerialPump
    from itb_console.ui.training.trainee_dialog import TraineeDialog

    panel = window.show_instructor()
    panel.timer.stop()
    panel.resize(1366, 768)
    panel.scenario.setCurrentIndex(next(i for i in range(panel.scenario.count())
                                        if panel.scenario.itemData(i).id
                                        == "refill-discrepancy"))
    panel.count.setValue(3)
    answers: list[object] = []
    panel.link.answered.connect(answers.append)

    def answered(click) -> None:
        before = len(answers)
        click()
        wait_until(lambda: len(answers) > before)

    answered(panel.open_stations)
    answered(panel.start)
    answered(panel.pause)  # pump time stands still: the same picture every run
    trainee = SerialPump(panel.rows[0].url, timeout_s=1.0)
    trainee.open_session()
    trainee.interrogate()
    trainee.note("discrepancy-acknowledged", {"discrepancy_nl": 1_300_000})
    trainee.close()
    panel.trainees.update({"Station 1": Trainee("TR-2026-01", "Ann Bell"),
                           "Station 2": Trainee("TR-2026-02", "Carl Diaz")})
    panel.table.selectRow(1)
    confirm = TraineeDialog(["Station 2"], panel.trainees, panel)
    confirm.show()
    saved = [save(confirm, folder / "trainee_dialog.png")]
    confirm.reject()
    # The dialog just pictured, confirmed as shown (exec() would wait for a click).
    panel.confirm_trainees = lambda stations: {s: panel.trainees.get(s) for s in stations}
    filed: list[str] = []
    window.records.answered.connect(lambda tag, _result, _error: filed.append(tag))
    answered(panel.end)
    wait_until(lambda: "instructor:Station 2" in filed)  # Carl's run is in the records
    panel.table.selectRow(0)
    rows: list[object] = []
    panel.link.rows_ready.connect(rows.append)
    panel.refresh_soon()
    wait_until(lambda: bool(rows) and not panel.link.reading)
    saved.append(save(panel, folder / "instructor_panel.png"))
    panel.close()
    window.instructor = None
    return saved


def example_runs() -> list:
    """Six trainees' runs of two shipped scenarios over five weeks (fixed passes, so the
    same pictures every run): what a trainer's records look like after a course."""
    from datetime import UTC, datetime, timedelta

    from itb_console.console.training.debrief import ObjectiveRecord
    from itb_console.console.training.records import RunRecord, Trainee
    from itb_console.console.training.scenarios import shipped_scenarios

    chosen = {s.id: s for s in shipped_scenarios()}
    names = [("TR-2026-01", "Ann Bell"), ("TR-2026-02", "Carl Diaz"), ("TR-2026-03", "Eve Fox"),
             ("TR-2026-04", "Gus Hale"), ("TR-2026-05", "Ida Jones"), ("TR-2026-06", "Kai Lund")]
    runs = []
    for week in range(5):
        for number, (pseudonym, name) in enumerate(names):
            scenario = chosen["routine-refill" if (week + number) % 3 else "spinal-titration"]
            recorded = datetime(2026, 10, 5, 9, tzinfo=UTC) + timedelta(days=7 * week + number)
            objectives = tuple(
                ObjectiveRecord(o.id, o.text, o.points if passed else 0, o.points, passed,
                                o.feedback_pass if passed else o.feedback_fail)
                for index, o in enumerate(scenario.objectives)
                for passed in [(index * 7 + number * 3 + week * 5) % (9 - week) != 0])
            runs.append(RunRecord(
                Trainee(pseudonym, name), scenario.id, scenario.title, f"Station {number + 1}",
                scenario.pump.start_local, scenario.pump.start_local + timedelta(minutes=20),
                recorded, objectives))
    return runs


def render_records(window, folder: Path) -> list[Path]:
    """Training > Trainee records after a five-week course: one trainee's history, then
    the cohort of the routine refill."""
    from itb_console.console.training.records_queries import insert_run

    records = window.records_service()
    for run in example_runs():
        records.ask("example", lambda connection, run=run: insert_run(connection, run))
    shown = window.show_records()
    shown.resize(*PICTURE_SIZE)
    wait_until(lambda: len(shown.trainees) == 6 and len(shown.history) == 5
               and shown.scenario.findData("routine-refill") >= 0)
    saved = [save(shown, folder / "trainee_records.png")]
    shown.tabs.setCurrentIndex(1)
    shown.scenario.setCurrentIndex(shown.scenario.findData("routine-refill"))
    wait_until(lambda: len(shown.cohort_runs) == 20)
    saved.append(save(shown, folder / "trainee_records_cohort.png"))
    shown.close()
    return saved


def render_scenario_editor(window, folder: Path) -> list[Path]:
    """Training > Scenario editor with a shipped scenario open: its pump as found and its
    objectives, then a reservoir typed too large and the loader's message beside it."""
    from importlib import resources

    shown = window.show_scenario_editor()
    shown.resize(*PICTURE_SIZE)
    shipped = resources.files("itb_console.resources").joinpath(
        "scenarios", "05-refill-discrepancy.toml")
    shown.open_file(Path(str(shipped)))
    wait_until(lambda: shown.path is not None and shown.loaded is not None)
    shown.tabs.setCurrentIndex(1)
    saved = [save(shown, folder / "scenario_editor.png")]
    shown.tabs.setCurrentIndex(3)
    saved.append(save(shown, folder / "scenario_editor_objectives.png"))
    shown.tabs.setCurrentIndex(1)
    reservoir = shown.pump_right.widgets["reservoir_ml"]
    reservoir.setText("32")
    reservoir.textEdited.emit("32")
    shown.check_now()
    wait_until(lambda: shown.error is not None)
    saved.append(save(shown, folder / "scenario_editor_error.png"))
    shown.dirty = False  # the pictures leave the shipped file as it is
    shown.close()
    return saved


def render_history_and_settings(window, folder: Path) -> list[Path]:
    """The delivery history of 100 simulated days (a refill with a bolus at day 60, the
    dose raised 10 % at day 75), the print preview of the report, the preferences."""
    from itb_console.device.pump_api import BolusKind, BolusRequest, RefillRequest
    from itb_console.device.schedule_edits import scale_rates
    from itb_console.ui.dialogs.preferences import PreferencesDialog
    from itb_console.ui.reports.report_pdf import ReportPreview
    from PySide6.QtWidgets import QApplication

    session = window.session
    pump, day = session.pump, 86_400
    pump.control.advance(60 * day)
    left = pump.interrogate().reservoir_nl
    pump.refill(RefillRequest(left, 20_000_000, window.draft.in_force.concentration,
                              2_000_000))
    pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 25_000, 3600))
    pump.control.advance(15 * day)
    program = window.draft.in_force
    pump.write_program(type(program)(program.mode, scale_rates(
        program.schedule, 10, window.draft.rules), program.concentration))
    pump.control.advance(25 * day)
    session.refresh()
    history = window.show_delivery_history()
    wait_until(lambda: history.history is not None
               and history.history.now > history.history.start.replace(year=2027))
    history.range.setCurrentText("All")
    saved = [save(history, folder / "history_window.png")]
    history.close()
    preview = ReportPreview(window.report_or_tell("Print preview"), window)
    preview.resize(900, 680)
    preview.show()
    QApplication.processEvents()
    saved.append(save(preview, folder / "print_preview.png"))
    preview.reject()
    preferences = PreferencesDialog(window.settings, window, window.draft.profile)
    preferences.show()
    saved.append(save(preferences, folder / "preferences_dialog.png"))
    preferences.reject()
    return saved


def render_all(folder: Path) -> list[Path]:
    """The main window as opened and mid-edit, the editor, the review dialog, the help."""
    from itb_console.console.session import Session
    from itb_console.ui.dialogs.review_dialog import ReviewDialog
    from itb_console.ui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    settings = QSettings(str(folder / ".screenshots-settings.ini"), QSettings.Format.IniFormat)
    session = Session(wall_clock=lambda: PICTURE_TIME)  # "Read 09:00:00" in every picture
    window = MainWindow(session, settings)
    scratch = tempfile.TemporaryDirectory()  # trainee records made for the pictures
    window.records_path = Path(scratch.name) / "trainee-records.sqlite3"
    window.resize(*PICTURE_SIZE)
    window.show()
    window.connect_to(FIXED_DEVICE)
    wait_for_first_status(session)
    saved = [save(window, folder / "main_window.png")]
    editor = window.editor
    editor.split_at(17 * 60)
    editor.set_level(3, 430)
    editor.set_level(1, 480)
    editor.set_level(4, 20)  # refused: the message under the plot is part of the picture
    saved.append(save(window, folder / "main_window_editing.png"))
    saved.append(save(editor, folder / "timeline_editor.png"))
    review = ReviewDialog(session, window.draft.in_force, window.draft.pending, parent=window)
    review.show()
    saved.append(save(review, folder / "review_dialog.png"))
    review.reject()
    window.editor.set_level(0, 900)  # a change beyond the soft limit: the warning view
    warned = ReviewDialog(session, window.draft.in_force, window.draft.pending,
                          parent=window)
    warned.show()
    saved.append(save(warned, folder / "review_dialog_warning.png"))
    warned.reject()
    shortcuts = window.show_shortcuts()
    saved.append(save(shortcuts, folder / "shortcuts_help.png"))
    shortcuts.close()
    about = window.show_about()
    saved.append(save(about, folder / "about_dialog.png"))
    about.close()
    window.draft.revert()
    saved.append(render_presentation(window, folder))
    saved.extend(render_pump_tools(window, folder))
    saved.append(render_debrief(window, folder))
    saved.extend(render_instructor(window, folder))
    saved.extend(render_records(window, folder))
    saved.extend(render_scenario_editor(window, folder))
    saved.extend(render_history_and_settings(window, folder))
    saved.extend(render_replacement(window, folder))
    saved.extend(render_failure_paths(window, folder))
    session.shutdown()
    window.hide()
    if window.records is not None:
        window.records.close()
    scratch.cleanup()
    (folder / ".screenshots-settings.ini").unlink(missing_ok=True)
    return saved


def main(argv: list[str]) -> int:
    """``[--lang CODE] FOLDER``: every window, in English or the language asked for."""
    language = None
    if argv[:1] == ["--lang"] and len(argv) >= 2:
        language, argv = argv[1], argv[2:]
    if len(argv) != 1 or (language is not None and language not in CODES):
        print("usage: python -m itb_console.ui.screenshots [--lang "
              f"{'|'.join(CODES)}] FOLDER   (e.g. docs/images)", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as failure:
        print(f"itb_console.ui.screenshots: error: cannot create {folder}: {failure.strerror}",
              file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from itb_console.console.translation import speak
    from itb_console.ui.application import application
    from itb_console.ui.qt_messages import quiet_qt_backends
    from itb_console.ui.style import apply_style

    quiet_qt_backends()
    app = application()
    speak(language or "en", None)
    apply_style(app)
    try:
        with (tempfile.TemporaryDirectory(prefix="itb-screenshots-") as scratch,
              private_runtime(Path(scratch))):
            for path in render_all(folder):
                print(f"saved {path}")
    except OSError as failure:
        print(f"itb_console.ui.screenshots: error: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
