"""Every window and dialog of the console at three screens and two type sizes.

Workshops run on 1024x768 and 1366x768 projectors and 1920x1080 screens, and trainers
raise the type to 1.5x. ``cases`` opens each window (each page of a wizard, each tab of
the scenario editor) the way its menu does, on a simulated pump set up so that every
window has something to show (alarms, a log, a history, an edited program), and places
it on each screen as the application would. tests/ui/test_sizes.py checks each case with
``layout_problems``; ``python -m itb_console.ui.sizes docs/images/sizes`` (``make
screenshots``) saves each as a PNG to look at. Training mock, not for clinical use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget, QWizard

if TYPE_CHECKING:
    from itb_console.console.session import Session
    from itb_console.device.simulated import SimulatedPump
    from itb_console.ui.dialogs.mri_dialog import MriCheckDialog
    from itb_console.ui.main_window import MainWindow

SCREENS = (QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080))
FONT_SCALES = (1.0, 1.5)
START = "sim://?start=2026-11-25T09:00"
DAY_S = 86_400


@dataclass
class Shown:
    """One window in one state, as a case names it (``refill-2-fill``)."""

    name: str
    window: QWidget
    whole_tables: tuple[QTableView, ...] = ()  # must show every row without scrolling
    fills_screen: bool = False  # the main window: as large as the screen


@dataclass
class Stage:
    """The console on a simulated pump with something in every window: a month of
    history, an MRI scan in the log, low-reservoir and battery alarms, an edited
    program beyond the soft limit."""

    window: MainWindow
    pump: SimulatedPump
    folder: tempfile.TemporaryDirectory
    runtime: ExitStack  # the runtime folders of its own (private_runtime), until close
    opened: set[type] = field(default_factory=set)  # window classes shown so far
    # wizard name -> (the pages shown, all its pages)
    pages: dict[str, tuple[set[int], set[int]]] = field(default_factory=dict)

    @property
    def session(self) -> Session:
        return self.window.session

    def close(self) -> None:
        """Close every window without questions (the edited program is thrown away)."""
        window = self.window
        window.close_without_questions()  # a stopped pump or an edit is not asked about
        window.deleteLater()  # with the windows it keeps
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.runtime.close()
        self.folder.cleanup()


def _set_up_pump(pump: SimulatedPump) -> None:
    from itb_console.device.mri_fault import MriResume

    pump.set_clock_speed(0)  # the world stands still: the same pictures every run
    control = pump.control
    control.advance(30 * DAY_S)
    control.mri(30, MriResume.NORMAL)
    control.advance(3600)
    control.set_battery_days_left(80)
    control.set_reservoir(calculated_nl=1_500_000)


def open_stage() -> Stage:
    """The console connected to the prepared pump, its program edited twice."""
    from itb_console.console.session import Session
    from itb_console.device.simulated import SimulatedPump
    from itb_console.ui.main_window import MainWindow
    from itb_console.ui.screenshots import private_runtime, wait_for_first_status

    pumps: list[SimulatedPump] = []

    def opener(url: str) -> SimulatedPump:
        pumps.append(SimulatedPump.from_url(url))
        _set_up_pump(pumps[-1])
        return pumps[-1]

    folder = tempfile.TemporaryDirectory(prefix="itb-sizes-")
    runtime = ExitStack()
    runtime.enter_context(private_runtime(Path(folder.name)))
    settings = QSettings(str(Path(folder.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(opener=opener), settings)
    window.records_path = Path(folder.name) / "trainee-records.sqlite3"
    window.show()
    window.connect_to(START)
    failure = wait_for_first_status(window.session)
    if failure:
        runtime.close()
        folder.cleanup()
        raise RuntimeError(failure)
    window.editor.split_at(17 * 60)
    window.editor.set_level(3, 430)
    window.editor.set_level(0, 900)  # beyond the soft limit: review shows its warning
    return Stage(window, pumps[0], folder, runtime)


def wait_until(ready: Callable[[], object], what: str) -> None:
    from itb_console.ui.screenshots import wait_until as run_until

    run_until(ready)
    if not ready():
        raise RuntimeError(f"sizes: {what} did not happen in time")


# ---------------------------------------------------------------------- the windows
Opener = Callable[[Stage], Iterator[Shown]]
Window = TypeVar("Window", bound=QWidget)


def _main_windows(stage: Stage) -> Iterator[Shown]:
    """Before any pump (the hint where the timeline goes), and connected and edited."""
    from itb_console.console.session import Session
    from itb_console.ui.main_window import MainWindow

    idle = MainWindow(Session(), stage.window.settings)
    idle.show()
    yield Shown("main_window-no_pump", idle, fills_screen=True)
    _close(stage, idle)
    window = stage.window
    yield Shown("main_window", window, (window.table,), fills_screen=True)


def _presentation(stage: Stage) -> Iterator[Shown]:
    window = stage.window
    window.presentation.enter()
    window.showNormal()  # full screen would take the offscreen platform's own screen size
    yield Shown("presentation", window, (window.table,), fills_screen=True)
    window.presentation.leave()


def _review(stage: Stage) -> Iterator[Shown]:
    from itb_console.console.clinical.review import SoftLimits
    from itb_console.ui.dialogs.review_dialog import ReviewDialog

    window = stage.window
    review = ReviewDialog(stage.session, window.draft.in_force, window.draft.pending,
                          SoftLimits(), window)
    review.show()
    table = review.findChild(QTableView)
    assert table is not None
    yield Shown("review", review, (table,))
    _close(stage, review)


def _refill(stage: Stage) -> Iterator[Shown]:
    """Each page: a discrepancy to acknowledge, a new concentration (the bridge bolus),
    the summary, and the pump's answer."""
    from itb_console.console.number_style import Quantity

    wizard = stage.window.refill()
    assert wizard is not None
    wizard.withdrawn.setText(Quantity.ML.number(0.2))  # "0,20" in German: as a person types
    wizard.acknowledge.setChecked(True)
    yield _page(stage, wizard, "refill-1-withdraw")
    wizard.next()
    status = stage.session.status
    assert status is not None
    other = next(index for index in range(1, wizard.concentration.count())
                 if wizard.concentration.itemData(index) != status.reservoir_concentration)
    wizard.concentration.setCurrentIndex(other)
    wizard.confirm.setCurrentIndex(other)
    yield _page(stage, wizard, "refill-2-fill")
    wizard.next()
    yield _page(stage, wizard, "refill-3-review")
    wizard.send_button.click()
    wait_until(lambda: wizard.awaited.last is not None, "the refill's answer")
    yield _page(stage, wizard, "refill-4-result")
    wizard.close()


def _close(stage: Stage, window: QWidget) -> None:
    """Close a window, and free it unless the main window keeps it for its next opening:
    every window left alive is polished again when presentation mode changes the look."""
    window.close()
    kept = any(value is window for value in vars(stage.window).values())
    if not kept and not window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        window.deleteLater()


def _page(stage: Stage, wizard: QWizard, name: str) -> Shown:
    shown, every = stage.pages.setdefault(type(wizard).__name__, (set(), set()))
    shown.add(wizard.currentId())
    every.update(wizard.pageIds())
    return Shown(name, wizard)


def _shown(name: str, make: Callable[[Stage], Window | None],
           ready: Callable[[Window], object] = lambda _w: True) -> Opener:
    """A window opened by one call (as its menu item does), closed after its cases."""
    def opened(stage: Stage) -> Iterator[Shown]:
        window = make(stage)
        if window is None:
            raise RuntimeError(f"sizes: {name} did not open (is the pump connected?)")
        window.show()
        wait_until(lambda: ready(window), f"{name} reading the pump")
        yield Shown(name, window)
        _close(stage, window)
    return opened


def _trial(stage: Stage) -> QWidget | None:
    trial = stage.window.trial_screening()
    if trial is not None:
        for dose, responded, hours in ((50, 0, 0.0), (75, 1, 6.0)):
            trial.dose.setValue(dose)
            trial.response.setCurrentIndex(responded)
            trial.hours.setValue(hours)
            trial.add_bolus()
    return trial


def _mri(stage: Stage) -> MriCheckDialog | None:
    check = stage.window.after_mri()
    if check is not None:
        check.interrogate()
    return check


def _debrief(stage: Stage) -> QWidget:
    from itb_console.console.training.debrief_example import example_debrief
    from itb_console.ui.training.debrief_window import DebriefWindow

    debrief = DebriefWindow(example_debrief(), Path("titration-a-trainee.json"), stage.window)
    debrief.show()
    debrief.show_action(4)
    return debrief


def _trainees(stage: Stage) -> QWidget:
    from itb_console.console.training.records import Trainee
    from itb_console.ui.training.trainee_dialog import TraineeDialog

    return TraineeDialog([f"Station {n}" for n in range(1, 4)],
                         {"Station 1": Trainee("TR-2026-01", "Ann Bell")}, stage.window)


def _records(stage: Stage) -> Iterator[Shown]:
    """After a five-week course: one trainee's history, then a scenario's cohort."""
    from itb_console.console.training.records_queries import insert_run
    from itb_console.ui.screenshots import example_runs

    records = stage.window.records_service()
    for run in example_runs():
        records.ask("example", partial(insert_run, run=run))
    shown = stage.window.show_records()
    wait_until(lambda: len(shown.trainees) == 6 and len(shown.history) == 5
               and shown.scenario.findData("routine-refill") >= 0, "the trainee records")
    yield Shown("trainee_records", shown)
    shown.tabs.setCurrentIndex(1)
    shown.scenario.setCurrentIndex(shown.scenario.findData("routine-refill"))
    wait_until(lambda: len(shown.cohort_runs) == 20, "the cohort")
    yield Shown("trainee_records-cohort", shown)
    shown.close()


def _scenario_editor(stage: Stage) -> Iterator[Shown]:
    """A shipped scenario open, each tab in turn."""
    from importlib import resources

    editor = stage.window.show_scenario_editor()
    shipped = resources.files("itb_console.resources").joinpath(
        "scenarios", "05-refill-discrepancy.toml")
    editor.open_file(Path(str(shipped)))
    wait_until(lambda: editor.path is not None and editor.loaded is not None,
               "the scenario file")
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        title = editor.tabs.tabText(tab).split()[0].lower().replace("&", "")
        yield Shown(f"scenario_editor-{tab + 1}-{title}", editor)
    editor.close()


def _report_preview(stage: Stage) -> QWidget:
    from itb_console.ui.reports.report_pdf import ReportPreview

    report = stage.window.report_or_tell("Print preview")
    assert report is not None
    return ReportPreview(report, stage.window)


def _preferences(stage: Stage) -> QWidget:
    from itb_console.ui.dialogs.preferences import PreferencesDialog

    window = stage.window
    return PreferencesDialog(window.settings, window, window.draft.profile)


def _device_picker(stage: Stage) -> QWidget:
    from itb_console.ui.dialogs.device_picker import DevicePicker

    return DevicePicker(stage.window.settings, stage.window)


def _battery(stage: Stage) -> QWidget | None:
    """The pump's clock left on summer time: the dialog offers to set it."""
    session = stage.session
    stage.pump.control.set_pump_clock(session.status.pump_clock.replace(hour=10)
                                      if session.status else datetime(2026, 12, 25, 10))
    session.refresh()
    wait_until(lambda: session.status is not None and session.status.pump_clock.hour == 10,
               "the pump clock read again")
    return stage.window.show_battery_clock()


def _replace(stage: Stage) -> Iterator[Shown]:
    """Pump > Replace pump, each step done: to a new 40 mL pump at 500 mcg/mL. Last of
    all: it leaves the console connected to the new pump."""
    from itb_console.ui.screenshots import NEW_PUMP_DEVICE

    wizard = stage.window.replace_pump()
    wizard.choose_save_path = lambda _default: Path(stage.folder.name) / "old.itbpump.json"
    wizard.pick_device = lambda: (NEW_PUMP_DEVICE, None)
    wizard.confirm_leave = lambda _text: True
    buttons = (wizard.save_button, wizard.connect_button, wizard.prime_button,
               wizard.record_button)
    for step, (button, name) in enumerate(zip(buttons, ("save", "connect", "prime",
                                                       "record"), strict=True), start=1):
        if step > 1:
            wizard.next()
        wait_until(button.isEnabled, f"replacement step {step} ready (the pump read)")
        button.click()
        wait_until(partial(wizard.outcomes.__contains__, step), f"replacement step {step}")
        wait_until(lambda: not stage.session.worker.pending, "the pump read back")
        yield _page(stage, wizard, f"replace-{step}-{name}")
    wizard.next()
    yield _page(stage, wizard, "replace-5-program")
    wizard.close()


OPENERS: tuple[Opener, ...] = (
    _main_windows,
    _presentation,
    _review,
    _refill,
    _shown("bolus", lambda s: s.window.bolus()),
    _shown("alarms", lambda s: s.window.show_alarms()),
    _shown("event_log", lambda s: s.window.show_event_log(),
           lambda w: len(w.events) > 0),
    _shown("history", lambda s: s.window.show_delivery_history(),
           lambda w: w.history is not None),
    _shown("battery_clock", _battery),
    _shown("trial", _trial),
    _shown("titration", lambda s: s.window.titration(), lambda w: w.log_read),
    _shown("after_mri", _mri, lambda w: w.check is not None),
    _shown("preferences", _preferences),
    _shown("device_picker", _device_picker),
    _shown("shortcuts", lambda s: s.window.show_shortcuts()),
    _shown("about", lambda s: s.window.show_about()),
    _shown("report_preview", _report_preview),
    _shown("debrief", _debrief),
    _shown("instructor", lambda s: s.window.show_instructor()),
    _shown("trainee_dialog", _trainees),
    _records,
    _scenario_editor,
    _replace,
)


# ---------------------------------------------------------------------- the cases
def place(shown: Shown, screen: QSize, initial: QSize) -> QRect:
    """Size and place the window on ``screen`` as the application does; its rectangle.

    A dialog starts at the size it was first shown at, centred, and is then fitted to the
    screen (``screen_fit``); the main window fills the screen."""
    from itb_console.ui.screen_fit import fill, fit_to

    area = QRect(0, 0, screen.width(), screen.height())
    window = shown.window
    if shown.fills_screen:  # as a maximised or full-screen window: the screen's size
        fill(window, screen - (window.frameGeometry().size() - window.size()))
    else:
        window.resize(initial)
        QApplication.processEvents()
        frame = window.frameGeometry()
        window.move(max(0, (screen.width() - frame.width()) // 2),
                    max(0, (screen.height() - frame.height()) // 2))
        fit_to(window, area)
    presentation = getattr(window, "presentation", None)
    if presentation is not None and presentation.active:
        from itb_console.ui.training.presenter_strip import big_type_for

        presentation.strip.set_big_type(big_type_for(screen.width()))
    QApplication.processEvents()
    QApplication.processEvents()  # wrapped labels take their height once widths settle
    return area


def cases(stage: Stage, screens: tuple[QSize, ...] = SCREENS
          ) -> Iterator[tuple[Shown, QRect]]:
    """Each window in each of its states on each screen; the caller checks or saves it
    before asking for the next."""
    for opener in OPENERS:
        for shown in opener(stage):
            stage.opened.add(type(shown.window))
            initial = shown.window.size()
            for screen in screens:
                yield shown, place(shown, screen, initial)


def case_name(shown: Shown, screen: QRect, scale: float) -> str:
    """``main_window-1024x768-1.5x``: a file name, the same in every language."""
    return f"{shown.name}-{screen.width()}x{screen.height()}-{str(scale).removesuffix('.0')}x"


def main(argv: list[str]) -> int:
    """Save every case to FOLDER/<window>-<width>x<height>-<scale>x.png."""
    if len(argv) != 1:
        print("usage: python -m itb_console.ui.sizes FOLDER   (e.g. docs/images/sizes)",
              file=sys.stderr)
        return 2
    folder = Path(argv[0])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as failure:
        print(f"itb_console.ui.sizes: error: cannot create {folder}: {failure.strerror}",
              file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from itb_console.ui.application import application
    from itb_console.ui.qt_messages import quiet_qt_backends
    from itb_console.ui.screenshots import save
    from itb_console.ui.style import apply_style

    quiet_qt_backends()
    app = application()
    for scale in FONT_SCALES:
        apply_style(app, scale)
        stage = open_stage()
        try:
            for shown, screen in cases(stage):
                path = folder / f"{case_name(shown, screen, scale)}.png"
                print(f"saved {save(shown.window, path)}")
        except OSError as failure:
            print(f"itb_console.ui.sizes: error: {failure}", file=sys.stderr)
            return 1
        finally:
            stage.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
