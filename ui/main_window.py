"""The main window: pump status on the left, the timeline editor and table in the middle.

The window holds one :class:`Session` (all pump calls off the GUI thread) and one
:class:`ProgramDraft` (what is being edited). The training-mock banner sits above
everything and cannot be hidden; under it the alarm bar and the bolus strip show the
highest active alarm and a bolus in progress. Everything shown of the pump comes from the
session's pump view: with no pump read there is no program in force and nothing to edit.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.app_log import log_folder
from itb_console.console.commands import cancel_bolus, not_delivering_reason
from itb_console.console.display_units import DisplayUnit
from itb_console.console.event_words import mode_words
from itb_console.console.outcome import Command, Outcome, OutcomeKind
from itb_console.console.program_draft import ProgramDraft
from itb_console.console.session import Session, SessionState
from itb_console.console.settings import (
    default_low_alarm_nl,
    display_unit,
    editor_snap_minutes,
    remember_device,
    remember_key_file,
    remember_scenario_folder,
    scenario_folder,
    soft_limits,
    sound_settings,
)
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import PumpProfile, load_profile
from itb_console.device.therapy import DoseRate, Mode, Program, Schedule
from itb_console.device.units import mcg, ml
from itb_console.ui.alarm_bar import AlarmBar
from itb_console.ui.banner import training_banner
from itb_console.ui.bolus_strip import BolusStrip
from itb_console.ui.status_panel import StatusPanel
from itb_console.ui.style import (
    ACCENT,
    CRITICAL,
    OK,
    TRAINING_MARK,
    WARN_INK,
    coloured,
)
from itb_console.ui.summary_row import SummaryRow
from itb_console.ui.timeline.schedule_table import ScheduleTable
from itb_console.ui.timeline.timeline_editor import IN_FORCE_WORDS, TimelineEditor
from itb_console.ui.timeline.undo_commands import ProgramChange
from itb_console.ui.training.presentation import PresentationMode
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the dialogs, panels and reports load when first opened
    from itb_console.console.clinical.report import SessionReport
    from itb_console.console.training.records_service import RecordsService
    from itb_console.console.training.scenarios import Scenario
    from itb_console.ui.dialogs.about import AboutDialog
    from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
    from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog
    from itb_console.ui.dialogs.bolus_dialog import BolusDialog
    from itb_console.ui.dialogs.event_log import EventLogWindow
    from itb_console.ui.dialogs.mri_dialog import MriCheckDialog
    from itb_console.ui.dialogs.refill_wizard import RefillWizard
    from itb_console.ui.dialogs.replace_wizard import ReplaceWizard
    from itb_console.ui.dialogs.shortcuts_help import ShortcutsHelp
    from itb_console.ui.dialogs.titration_dialog import TitrationDialog
    from itb_console.ui.dialogs.trial_dialog import TrialDialog
    from itb_console.ui.history.history_window import HistoryWindow
    from itb_console.ui.reports.report_pdf import ReportPreview
    from itb_console.ui.training.instructor_panel import InstructorPanel
    from itb_console.ui.training.records_window import RecordsWindow
    from itb_console.ui.training.scenario_editor import ScenarioEditor

log = logging.getLogger(__name__)
Shown = TypeVar("Shown", bound=QDialog)


def _show_new(dialog: Shown) -> Shown:
    """Show a tool window made for this one opening. It is deleted when closed, and with it
    every connection the session's signals have to it (no hidden copy keeps listening)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _fill(holder: QMenu | QToolBar, actions: list[QAction | None]) -> None:
    """Add actions in order; None is a separator."""
    for item in actions:
        if item is None:
            holder.addSeparator()
        else:
            holder.addAction(item)


STATUS_MIN_WIDTH_PX = 300  # the status panel wraps and scrolls below this
STATUS_WIDTH_PX = 340  # its width on a 1024-pixel screen
STATUS_SHARE = 0.3  # of a wider window, up to STATUS_MAX_CHARS
STATUS_MAX_CHARS = 48  # "Catheter fill  0.099 mL (0.0022 mL/cm)" on one line, with room
REFILL_TIP = QT_TR_NOOP("Refill the pump: withdraw, compare, fill, verify")
BOLUS_TIP = QT_TR_NOOP("A clinician or priming bolus; progress and cancel")
UNSENT_PROGRAM = QT_TR_NOOP("The pending program has NOT been sent to the pump.")


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings or QSettings()
        # The platform adds the application's display name (the product) after the title:
        # writing it here too showed it twice.
        self.setWindowTitle(tr(TRAINING_MARK))
        self.resize(1340, 740)
        initial = load_initial_pump()
        self.draft = ProgramDraft(initial.program, load_profile(initial.profile_id), self)
        self.undo_stack = QUndoStack(self)
        self.editor = TimelineEditor(self.draft, self.undo_stack)
        self.editor.snap_minutes = editor_snap_minutes(self.settings)
        self.history_window: HistoryWindow | None = None
        self.table = ScheduleTable(self.draft, self.editor)
        self.status_panel = StatusPanel()
        self.status_panel.bind(session.view)
        self.alarm_bar = AlarmBar(session.view)
        self.alarm_bar.open_panel.connect(self.show_alarms)
        self.bolus_strip = BolusStrip(session.view)
        self.bolus_strip.cancel_requested.connect(self.cancel_running_bolus)
        self.alarms_panel: AlarmsPanel | None = None
        self.instructor: InstructorPanel | None = None
        self.records_path: Path | None = None  # None: the app-data folder (tests set one)
        self.records: RecordsService | None = None
        self.records_window: RecordsWindow | None = None
        self._error_box: QMessageBox | None = None
        self._ask_on_close = True
        self._station_next: tuple[str, Path | None] | None = None  # to connect once closed
        self.scenario_editor: ScenarioEditor | None = None
        self._build_layout()
        self.presentation = PresentationMode(self, session, self.editor, self.status_panel,
                                             self.main_column)
        self._build_actions()
        session.status_changed.connect(self._status_changed)
        session.state_changed.connect(self._state_changed)
        session.error.connect(self._error)
        session.outcome_ready.connect(self._outcome)
        session.view.changed.connect(self._view_changed)
        self.draft.changed.connect(self._update_summary)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())
        self._state_changed(session.state)
        self._view_changed()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        central = QWidget()
        outer = self.main_column = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(training_banner(tr("no real pump is ever programmed by this program")))
        outer.addWidget(self.alarm_bar)
        outer.addWidget(self.bolus_strip)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.status_panel)
        scroll.setMinimumWidth(STATUS_MIN_WIDTH_PX)
        scroll.setMaximumWidth(max(420, STATUS_MAX_CHARS
                                   * scroll.fontMetrics().averageCharWidth()))
        splitter.addWidget(scroll)
        self.status_scroll = scroll
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(8, 3, 8, 3)
        self.summary = QLabel("")
        self.summary.setObjectName("totals")
        self.summary.setWordWrap(True)  # a stale read or a stopped pump adds words
        self.summary.setAccessibleName(tr("Daily totals and change against the program in force"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.mode = QComboBox()
        self.mode.addItems([tr("Running"), tr("Stopped")])
        self.mode.setAccessibleName(tr("Pending pump mode"))
        self.mode.setToolTip(tr("Stopping the pump stops all baclofen delivery"))
        self.mode.activated.connect(self._mode_chosen)
        # Review & send where the eye is, not only in the toolbar (whose overflow hid it).
        self.send_button = QPushButton(tr("Review && send..."))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(tr("Review the changes and send them to the pump"))
        self.summary_row = SummaryRow(self.summary,
                                      [QLabel(tr("Mode:")), self.mode, self.send_button])
        column.addWidget(self.summary_row)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.editor)
        vertical.addWidget(self.table)
        vertical.setSizes([430, 200])
        vertical.setStretchFactor(0, 1)  # the table is as tall as its rows; the plot grows
        vertical.setStretchFactor(1, 0)
        self.no_pump = QLabel(tr("No pump read yet.\n\nConnect to a pump (File > Connect..., "
                                 "Ctrl+K): its program in force appears here and editing "
                                 "starts from it."))
        self.no_pump.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_pump.setWordWrap(True)
        self.no_pump.setProperty("role", "muted")
        self.no_pump.setAccessibleName(tr("No pump read"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_pump)
        self.pages.addWidget(vertical)
        column.addWidget(self.pages, 1)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([STATUS_WIDTH_PX, 1000])
        self.splitter = splitter
        self.status_width_by_hand = False  # the trainer dragged the divider: theirs
        splitter.splitterMoved.connect(lambda *_: setattr(self, "status_width_by_hand", True))
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.state_label = QLabel("")
        self.statusBar().addPermanentWidget(self.state_label)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot,
                tip: str) -> QAction:
        made = QAction(text, self)
        made.setShortcut(shortcut)
        made.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
        made.setStatusTip(tip)
        made.triggered.connect(slot)
        return made

    def _build_actions(self) -> None:
        """One set of actions, shown in the menus and (the frequent ones) the toolbar."""
        self.connect_action = self._action(tr("Connect..."), "Ctrl+K", self.choose_device,
                                           tr("Connect to a pump"))
        self.disconnect_action = self._action(tr("Close session"), "Ctrl+W",
                                              self.session.close_session,
                                              tr("Close the programming session"))
        self.interrogate_action = self._action(tr("Interrogate"), "F5", self.session.interrogate,
                                               tr("Read the pump again"))
        self.send_action = self._action(tr("Review && send..."), "Ctrl+Return",
                                        self.review_and_send,
                                        tr("Review the changes and send them to the pump"))
        self.send_button.clicked.connect(self.send_action.trigger)
        self.print_action = self._action(tr("Print preview..."), "Ctrl+Shift+P", self.print_preview,
                                         tr("Preview the session report and print it"))
        self.history_action = self._action(tr("Delivery history..."), "Ctrl+H",
                                           self.show_delivery_history,
                                           tr("Daily dose and reservoir over time, and the "
                                              "outlook"))
        self.report_action = self._action(tr("Session report..."), "Ctrl+P", self.save_report,
                                          tr("Save the session report as PDF and JSON"))
        self.refill_action = self._action(tr("Refill..."), "Ctrl+F", self.refill, tr(REFILL_TIP))
        self.bolus_action = self._action(tr("Bolus..."), "Ctrl+B", self.bolus, tr(BOLUS_TIP))
        self.log_action = self._action(tr("Event log..."), "Ctrl+E", self.show_event_log,
                                       tr("The pump's event log: filter, search, export CSV"))
        self.alarms_action = self._action(tr("Alarms..."), "Ctrl+L", self.show_alarms,
                                          tr("Active alarms, tones, clearing and alarm test"))
        self.battery_action = self._action(tr("Battery && clock..."), "Ctrl+Shift+B",
                                           self.show_battery_clock,
                                           tr("Replacement dates; check and set the pump clock"))
        self.trial_action = self._action(tr("Trial screening..."), "Ctrl+Shift+T",
                                         self.trial_screening,
                                         tr("Screening boluses, candidacy and the starting dose"))
        self.mri_action = self._action(tr("After an MRI..."), "Ctrl+Shift+M", self.after_mri,
                                       tr("Post-MRI check: stall, recovery, delayed restart"))
        self.replace_action = self._action(
            tr("Replace pump..."), "Ctrl+Shift+N", self.replace_pump,
            tr("Save the old pump, connect the new one, prime, write the record, program"))
        self.titration_action = self._action(tr("Titration..."), "Ctrl+T", self.titration,
                                             tr("Allowed next-day dose; apply it to the draft"))
        self.debrief_action = self._action(
            tr("Open debrief..."), "Ctrl+D", self.open_debrief,
            tr("Open a saved scenario debrief: score, objectives, replay of the actions, PDF"))
        quit_action = self._action(tr("Quit"), "Ctrl+Q", self.close,
                                   tr("Close the console"))
        # Fixed texts: the undo stack's own actions grow with each command's name and
        # would make the toolbar jump; the command's name goes in the tooltip instead.
        self.undo_action = self._action(tr("Undo"), QKeySequence.StandardKey.Undo,
                                        self.undo_stack.undo, tr("Undo the last edit"))
        self.redo_action = self._action(tr("Redo"), QKeySequence.StandardKey.Redo,
                                        self.undo_stack.redo, tr("Redo the edit undone"))
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(
                tr("Undo: {edit}").format(edit=text) if text else tr("Undo")))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(
                tr("Redo: {edit}").format(edit=text) if text else tr("Redo")))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.revert_action = self._action(tr("Revert"), "Ctrl+R", self.revert,
                                          tr("Go back to the program in force"))
        self.units = QComboBox()
        self.units.setAccessibleName(tr("Display unit"))
        for unit in DisplayUnit:
            self.units.addItem(style.unit_words(unit.value), unit)
        self.units.currentIndexChanged.connect(
            lambda _i: self.editor.set_unit(self.units.currentData()))
        self.units.setCurrentIndex(list(DisplayUnit).index(display_unit(self.settings)))
        next_unit = self._action(tr("Next unit"), "Ctrl+U", lambda: self.units.setCurrentIndex(
            (self.units.currentIndex() + 1) % self.units.count()),
            tr("Show doses in the next unit (mcg/day, mcg/h, mL/day)"))
        preferences_action = self._action(tr("Preferences..."), "Ctrl+,", self.preferences,
                                          tr("Soft limits, units, editor snap, refill alarm "
                                             "default, alarm sound"))
        self.instructor_action = self._action(
            tr("Instructor panel..."), "Ctrl+I", self.show_instructor,
            tr("Run scenarios on trainee stations: time, faults, watching, scoring"))
        self.records_action = self._action(
            tr("Trainee records..."), "Ctrl+Shift+R", self.show_records,
            tr("Every scored run by trainee and scenario: history, cohort, CSV and PDF"))
        self.scenario_editor_action = self._action(
            tr("Scenario editor..."), "Ctrl+Shift+E", self.show_scenario_editor,
            tr("Write and change training scenarios in a form; Try it on a station"))
        help_action = self._action(tr("Keyboard shortcuts"), "F1", self.show_shortcuts,
                                   tr("List the keyboard shortcuts"))
        about_action = QAction(tr("About..."), self)  # no shortcut: platforms have none
        about_action.setStatusTip(tr("Version, source commit, Qt and PySide6, licences"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: the application menu
        about_action.triggered.connect(self.show_about)
        log_folder_action = self._action(tr("Open log folder"), "", self.open_log_folder,
                                         tr("Open the folder of the console's log file (to "
                                            "send it when something went wrong)"))

        menus = self.menuBar()
        menu_plan: list[tuple[str, list[QAction | None]]] = [
                (tr("&File"), [self.connect_action, self.disconnect_action, None,
                           self.debrief_action, None, quit_action]),
                (tr("&Pump"), [self.interrogate_action, self.send_action, None,
                           self.refill_action, self.bolus_action, self.alarms_action,
                           self.log_action, self.history_action, self.report_action,
                           self.print_action, None, self.trial_action,
                           self.titration_action, self.battery_action, self.mri_action,
                           self.replace_action]),
                (tr("&Edit"), [self.undo_action, self.redo_action, None, self.revert_action, None,
                           preferences_action]),
                (tr("&View"), [next_unit, None, *self.presentation.actions]),
                (tr("&Training"), [self.instructor_action, self.records_action,
                               self.scenario_editor_action]),
                (tr("&Help"), [help_action, about_action, log_folder_action])]
        for title, actions in menu_plan:
            menu = menus.addMenu(title)
            menu.setToolTipsVisible(True)  # a command not available now says why
            _fill(menu, actions)

        self.toolbar = QToolBar(tr("Session"))
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        _fill(self.toolbar, [self.connect_action, self.disconnect_action,
                             self.interrogate_action, None, self.undo_action,
                             self.redo_action, self.revert_action, None])
        self.toolbar.addWidget(QLabel(tr(" Units: ")))
        self.toolbar.addWidget(self.units)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.send_action)

    # ------------------------------------------------------------------ session
    def choose_device(self) -> None:
        chosen = self.pick_device()
        if chosen is not None:
            self.connect_to(*chosen)

    def connect_to(self, url: str, key_file: Path | None = None) -> None:
        """Connect; the key file's path (never the key) is remembered with the device."""
        remember_device(self.settings, url)
        remember_key_file(self.settings, url, key_file)
        self.session.connect_to(url, key_file)

    def _status_changed(self, status: PumpStatus) -> None:
        self.status_panel.show_status(status)
        if status.program != self.draft.in_force or self.draft.profile.id != (
                status.identity.profile_id):
            self.set_program_in_force(status.program, load_profile(status.identity.profile_id))

    def set_program_in_force(self, program: Program, profile: PumpProfile) -> None:
        """A program read from (or verified on) the pump: editing starts again from it."""
        self.draft.reset(program, profile)
        self.undo_stack.clear()

    def _state_changed(self, state: SessionState) -> None:
        url = f" - {self.session.url}" if self.session.url else ""
        self.state_label.setText(f"{state.words}{url}")
        self._update_actions()
        if state is SessionState.DISCONNECTED and self._station_next is not None:
            (station, key_file), self._station_next = self._station_next, None
            self.connect_to(station, key_file)  # the session it replaces has closed

    def _view_changed(self) -> None:
        """No pump read: no program in force, nothing to edit; else the editor."""
        view = self.session.view
        read = view.status is not None
        self.pages.setCurrentIndex(1 if read else 0)
        self.mode.setEnabled(read)
        self.editor.set_in_force_words(
            tr(IN_FORCE_WORDS) if view.live or view.read_at is None else
            tr("in force when last read ({time}), not connected").format(
                time=style.time_of_day(view.read_at)))
        self._update_summary()

    def _error(self, message: str) -> None:
        """Said in the status bar and a box that does not block (a poll may fail again)."""
        self.statusBar().showMessage(message, 15_000)
        if self._error_box is None:
            self._error_box = QMessageBox(QMessageBox.Icon.Warning, tr("Pump"), message,
                                          QMessageBox.StandardButton.Ok, self)
            self._error_box.finished.connect(self._error_box_closed)
        self._error_box.setText(message)
        self._error_box.open()

    def _error_box_closed(self) -> None:
        self._error_box = None

    def _outcome(self, outcome: Outcome) -> None:
        """Every command's outcome also reaches the status bar, whoever asked for it."""
        self.statusBar().showMessage(outcome.text(), 20_000)

    def cancel_running_bolus(self) -> None:
        answer = QMessageBox.question(
            self, tr("Cancel the bolus?"), tr("Cancel the running bolus? The pump goes back to its "
               "program; the rest of the bolus is not given."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.statusBar().showMessage(tr("Cancelling the bolus, then reading the pump back..."))
            cancel_bolus(self.session)

    def _update_actions(self) -> None:
        ready = self.session.state is SessionState.READY
        connected = self.session.pump is not None
        live = self.session.interrogated
        self.connect_action.setEnabled(self.session.state is SessionState.DISCONNECTED)
        self.disconnect_action.setEnabled(connected)
        self.interrogate_action.setEnabled(ready)
        self.send_action.setEnabled(ready and live and self.draft.is_changed)
        self.send_button.setEnabled(self.send_action.isEnabled())
        self.revert_action.setEnabled(self.draft.is_changed)
        # Commands that reach the pump wait for a live one, and say why in their tips;
        # the battery and clock dialog shows the last values read (with their age) too.
        reason = self.session.view.not_live_reason()
        for action, tip in ((self.refill_action, REFILL_TIP), (self.bolus_action, BOLUS_TIP)):
            action.setEnabled(live)
            action.setToolTip(tr(tip) if live else tr("{tip}. Not now: {reason}").format(
                tip=tr(tip), reason=reason))
            action.setStatusTip(action.toolTip())
        self.battery_action.setEnabled(self.session.view.status is not None)

    # ------------------------------------------------------------------ editing
    def _update_summary(self) -> None:
        draft = self.draft
        pending, in_force = draft.pending, draft.in_force
        change = draft.change_percent
        if not draft.is_changed:
            change_text = coloured(tr("no change"), OK)
        elif change is None:
            change_text = coloured(tr("starts a stopped pump"), WARN_INK)
        else:
            limit = soft_limits(self.settings).max_daily_change_percent
            colour = WARN_INK if abs(change) > limit else ACCENT
            change_text = coloured(style.change(change), colour, bold=True)
        stopped = pending.mode is Mode.STOPPED
        view = self.session.view
        if view.status is None:
            self.summary.setText(tr("<b>No program in force:</b> {age_text}").format(
                age_text=view.age_text()))
            self.summary_row.arrange()
            self._update_actions()
            return
        when = ("" if view.live or view.read_at is None else
                " " + tr("<i>(last read {time})</i>").format(
                    time=style.time_of_day(view.read_at)))
        halted = not_delivering_reason(view.status)
        pump_line = ("<br>" + coloured(tr("The pump is NOT delivering: {reason}").format(
            reason=halted), CRITICAL, bold=True) if halted else "")
        # Each figure stays on one line with its name: "Change: up" above "42.6 %" misread.
        self.summary.setText(
            tr("<nobr>Pending: <b>{pending}</b></nobr> ({volume}){stopped} &nbsp; In "
               "force{when}: <nobr>{in_force}</nobr> &nbsp; <nobr>Change: "
               "{change}</nobr>{pump_line}").format(
                pending=style.mcg_per_day(mcg(pending.daily_dose_ng)),
                volume=style.ml_per_day(ml(pending.daily_volume_nl)),
                stopped=" " + coloured(tr("STOPPED"), CRITICAL, bold=True) if stopped else "",
                when=when, in_force=style.mcg_per_day(mcg(in_force.daily_dose_ng)),
                change=change_text, pump_line=pump_line))
        self.mode.setCurrentIndex(1 if stopped else 0)
        self.summary_row.arrange()
        self._update_actions()

    def _mode_chosen(self, index: int) -> None:
        before = self.draft.pending
        self.draft.set_mode(Mode.STOPPED if index == 1 else Mode.FLEXIBLE)
        after = self.draft.pending
        if after != before:
            self.draft.set_pending(before)
            self.undo_stack.push(ProgramChange(self.draft, before, after,
                                               tr("Set mode to {mode}").format(
                                                   mode=mode_words(after.mode.value))))

    def revert(self) -> None:
        before = self.draft.pending
        if before != self.draft.in_force:
            self.undo_stack.push(ProgramChange(self.draft, before, self.draft.in_force,
                                               tr("Revert to the program in force")))

    def review_and_send(self) -> None:
        from itb_console.ui.dialogs.review_dialog import ReviewDialog
        if not self.draft.is_changed or not self.session.interrogated:
            return
        dialog = ReviewDialog(self.session, self.draft.in_force, self.draft.pending,
                              limits=soft_limits(self.settings),
                              parent=self)
        dialog.exec()
        dialog.deleteLater()

    def refill(self) -> RefillWizard | None:
        from itb_console.ui.dialogs.refill_wizard import RefillWizard
        status = self.session.view.status
        if status is None or not self.session.interrogated:
            QMessageBox.information(self, tr("Refill"), self.session.view.not_live_reason())
            return None
        profile = load_profile(status.identity.profile_id)
        return _show_new(RefillWizard(self.session, profile, self,
                                      default_low_alarm_nl(self.settings, profile)))

    def after_mri(self) -> MriCheckDialog | None:
        from itb_console.ui.dialogs.mri_dialog import MriCheckDialog
        if self._status_or_tell(tr("After an MRI")) is None:
            return None
        return _show_new(MriCheckDialog(self.session, self))

    def replace_pump(self) -> ReplaceWizard:
        """The wizard works with or without a pump connected (a file saved earlier)."""
        from itb_console.ui.dialogs.replace_wizard import ReplaceWizard
        return _show_new(ReplaceWizard(self.session, self.pick_device, self.connect_to,
                                       soft_limits(self.settings), self))

    def pick_device(self) -> tuple[str, Path | None] | None:
        """The usual device picker: the chosen URL and key file, or None if cancelled."""
        from itb_console.ui.dialogs.device_picker import DevicePicker
        picker = DevicePicker(self.settings, self)
        chosen = ((picker.chosen_url(), picker.chosen_key_file())
                  if picker.exec() == QDialog.DialogCode.Accepted else None)
        picker.deleteLater()
        return chosen

    def bolus(self) -> BolusDialog | None:
        from itb_console.ui.dialogs.bolus_dialog import BolusDialog
        status = self.session.view.status
        if status is None or not self.session.interrogated:
            QMessageBox.information(self, tr("Bolus"), self.session.view.not_live_reason())
            return None
        return _show_new(BolusDialog(self.session, load_profile(status.identity.profile_id),
                                     self))

    def _status_or_tell(self, title: str) -> PumpStatus | None:
        """The pump view's last status read (its dialog shows how old it is); None after
        saying that nothing has been read from a pump."""
        status = self.session.view.status
        if status is None:
            QMessageBox.information(self, title, self.session.view.age_text())
        return status

    def show_battery_clock(self) -> BatteryClockDialog | None:
        from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog
        status = self._status_or_tell(tr("Battery and clock"))
        if status is None:
            return None
        return _show_new(BatteryClockDialog(self.session,
                                            load_profile(status.identity.profile_id).battery,
                                            parent=self))

    def trial_screening(self) -> TrialDialog | None:
        from itb_console.ui.dialogs.trial_dialog import TrialDialog
        if self._status_or_tell(tr("Trial screening")) is None:
            return None
        return _show_new(TrialDialog(self.session, self.use_starting_dose, self))

    def use_starting_dose(self, dose: DoseRate) -> None:
        """A screening result as the pending program (one rate all day), undoable.

        Raises TherapyError, changing nothing, when the pump cannot run it at this
        concentration; the review and send still come after.
        """
        before = self.draft.pending
        after = Program(Mode.CONTINUOUS, Schedule.constant(dose), before.concentration,
                        before.drug)
        after.schedule.check(self.draft.rules)
        self.undo_stack.push(ProgramChange(self.draft, before, after,
                                           tr("Start at {dose}").format(dose=dose)))

    def titration(self) -> TitrationDialog | None:
        from itb_console.ui.dialogs.titration_dialog import TitrationDialog
        if self._status_or_tell(tr("Titration")) is None:
            return None
        return _show_new(TitrationDialog(self.session, self.draft, self.undo_stack, self))

    def preferences(self) -> None:
        from itb_console.ui.dialogs.preferences import PreferencesDialog
        dialog = PreferencesDialog(self.settings, self, self.draft.profile)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.units.setCurrentIndex(list(DisplayUnit).index(display_unit(self.settings)))
            self.editor.snap_minutes = editor_snap_minutes(self.settings)
            if self.alarms_panel is not None:
                self.alarms_panel.player.apply(sound_settings(self.settings))
            self._update_summary()
        dialog.deleteLater()

    def show_event_log(self) -> EventLogWindow | None:
        from itb_console.ui.dialogs.event_log import EventLogWindow
        if self.session.pump is None:
            QMessageBox.information(self, tr("Event log"), tr("Connect to a pump first."))
            return None
        return _show_new(EventLogWindow(self.session, self))

    def show_delivery_history(self) -> HistoryWindow | None:
        """One history window, read again each time it is asked for."""
        from itb_console.ui.history.history_window import HistoryWindow
        if self.session.pump is None:
            QMessageBox.information(self, tr("Delivery history"), tr("Connect to a pump first."))
            return None
        if self.history_window is None:
            self.history_window = HistoryWindow(self.session, self)
        else:
            self.history_window.read()
        self.history_window.show()
        self.history_window.raise_()
        return self.history_window

    def show_instructor(self) -> InstructorPanel:
        from itb_console.ui.training.instructor_panel import InstructorPanel
        if self.instructor is None:
            self.instructor = InstructorPanel(self, scenario_folder=scenario_folder(self.settings),
                                              records=self.records_service())
            self.instructor.connect_here.connect(self._connect_to_station)
        self.instructor.show()
        self.instructor.raise_()
        return self.instructor

    def records_service(self) -> RecordsService:
        """The trainee records (opened on first use, on the records thread)."""
        from itb_console.console.training.records_service import (
            RecordsService,
            default_records_path,
        )
        if self.records is None:
            self.records = RecordsService(self.records_path or default_records_path(), self)
        return self.records

    def show_records(self) -> RecordsWindow:
        from itb_console.ui.training.records_window import RecordsWindow
        if self.records_window is None:
            self.records_window = RecordsWindow(self.records_service(), self)
        else:
            self.records_window.refresh()
        self.records_window.show()
        self.records_window.raise_()
        return self.records_window

    def show_scenario_editor(self) -> ScenarioEditor:
        """The editor's Try it opens its station in the instructor panel's classroom."""
        from itb_console.ui.training.scenario_editor import ScenarioEditor
        if self.scenario_editor is None:
            self.scenario_editor = ScenarioEditor(
                self, classroom=lambda: self.show_instructor().link,
                folder=scenario_folder(self.settings))
            self.scenario_editor.connect_here.connect(self._connect_to_station)
            self.scenario_editor.saved.connect(self._scenario_saved)
        self.scenario_editor.show()
        self.scenario_editor.raise_()
        return self.scenario_editor

    def _scenario_saved(self, scenario: Scenario) -> None:
        """A scenario just saved is run from the instructor panel without looking for it."""
        remember_scenario_folder(self.settings, Path(scenario.source).parent)
        if self.instructor is not None:
            self.instructor.add_scenario(scenario)

    def _connect_to_station(self, url: str, key_file: str) -> None:
        """Try it, Connect this console: a session open with another pump is closed first
        (after asking, when a program would be left unsent), then the station connects."""
        key = Path(key_file) if key_file else None
        state = self.session.state
        if state is SessionState.DISCONNECTED:
            self.connect_to(url, key)
            return
        if state is not SessionState.READY:
            QMessageBox.information(self, tr("Connect to the station"), tr(
                "This console is busy with the pump at {device} ({state}): nothing was "
                "closed. Connect to the station when it has finished.").format(
                    device=self.session.url, state=state.words.lower()))
            return
        if self.draft.is_changed and self.ask_close_for_station(url) != (
                QMessageBox.StandardButton.Close):
            self.statusBar().showMessage(tr("Not connected to {station}: the session with "
                                            "{device} stays open.").format(
                station=url, device=self.session.url), 15_000)
            return
        self._station_next = (url, key)
        self.session.close_session()

    def ask_close_for_station(self, url: str) -> QMessageBox.StandardButton:
        """Close the session with unsent changes to connect to a station? (Tests answer.)"""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, tr("Connect to the station"), tr(UNSENT_PROGRAM) + "\n\n" + tr(
                "Close the session with the pump at {device} without sending it, and connect "
                "to the station at {station}?").format(device=self.session.url, station=url),
            buttons.Close | buttons.Cancel, buttons.Cancel)

    def show_alarms(self) -> AlarmsPanel:
        from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
        if self.alarms_panel is None:
            self.alarms_panel = AlarmsPanel(self.session, parent=self)
            self.alarms_panel.player.apply(sound_settings(self.settings))
        self.alarms_panel.show()
        self.alarms_panel.raise_()
        return self.alarms_panel

    def report_or_tell(self, title: str) -> SessionReport | None:
        """The session report as of the last status; None after saying to connect first."""
        from itb_console.console.clinical.report_builder import build_report
        status = self.session.view.status
        if status is None or self.session.program_at_start is None:
            QMessageBox.information(self, title, tr("{age_text} The report "
                                       "states what was read from a pump.").format(
                age_text=self.session.view.age_text()))
            return None
        return build_report(status, self.session.program_at_start, self.session.actions,
                            clinician="", created_at=status.world_time,
                            record=self.session.record, view=self.session.view)

    def print_preview(self) -> ReportPreview | None:
        """Preview and print the report where there is a printer; else offer the PDF."""
        from itb_console.ui.reports import report_pdf
        report = self.report_or_tell(tr("Print preview"))
        if report is None:
            return None
        reason = report_pdf.cannot_print_reason()
        if reason:
            answer = QMessageBox.question(
                self, tr("Print preview"), tr("{reason}\n\nSave the report as a PDF "
                                              "instead?").format(
                    reason=reason),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.save_report()
            return None
        preview = report_pdf.ReportPreview(report, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.printed.connect(
            lambda where: self.session.note(ActionKind.REPORT_PRINTED, printer=where))
        preview.open()
        return preview

    def save_report(self) -> Path | None:
        """Write the session report (PDF for signing, JSON for records) and note it."""
        from itb_console.console.clinical.report import report_saved
        from itb_console.ui.reports.report_pdf import write_report_pdf
        report = self.report_or_tell(tr("Session report"))
        if report is None:
            return None
        default = Path.home() / (f"itb-session-{report.identity.serial_number}-"
                                 f"{style.file_stamp(report.pump_clock)}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the session report"), str(default),
                                                tr("PDF (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen).with_suffix(".pdf")
        try:
            write_report_pdf(report, path)
            report.save_json(path.with_suffix(".json"))
        except OSError as failure:
            outcome = self.session.local_outcome(Outcome(
                Command.REPORT, OutcomeKind.NOT_DONE,
                tr("Could not save {path}: {reason}.").format(
                    path=path, reason=failure.strerror or failure),
                tr("Choose another folder and save again.")))
            QMessageBox.warning(self, tr("Session report"), outcome.text())
            return None
        self.session.note(ActionKind.REPORT_PRINTED, file=path.name)
        self.session.local_outcome(report_saved(report, path))
        return path

    # ------------------------------------------------------------------ help and close
    def open_debrief(self) -> None:
        from itb_console.ui.training.debrief_window import open_debrief

        open_debrief(self)

    def open_log_folder(self) -> Path:
        """Show the log folder in the platform's file manager (made if missing)."""
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, tr("Log folder"), tr("The log is kept in "
                                                               "{folder}").format(
                folder=folder))
        return folder

    def show_shortcuts(self) -> ShortcutsHelp:
        from itb_console.ui.dialogs.shortcuts_help import ShortcutsHelp

        return _show_new(ShortcutsHelp(self))

    def show_about(self) -> AboutDialog:
        from itb_console.ui.dialogs.about import AboutDialog

        return _show_new(AboutDialog(self))

    def close_without_questions(self) -> None:
        """Close as Quit does but ask nothing (on a signal nobody is there to answer); what
        would have been asked goes to the log."""
        self._ask_on_close = False
        self.close()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_the_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_the_width()  # sized before it was shown: its splitter is laid out now

    def _share_the_width(self) -> None:
        """The status panel takes a share of a wide window: at 340 pixels it wrapped
        every line and scrolled on a 1920-pixel screen at a larger type, while the
        timeline had room to spare."""
        if self.status_width_by_hand:
            return
        total = sum(self.splitter.sizes())
        status = min(self.status_scroll.maximumWidth(),
                     max(STATUS_WIDTH_PX, round(STATUS_SHARE * total)))
        self.splitter.setSizes([status, total - status])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsent changes and a stopped pump, close the tool windows, then let
        the session go without waiting for the pump (the link may be dead)."""
        reasons = []
        if self.draft.is_changed:
            reasons.append(tr(UNSENT_PROGRAM))
        if self.session.pump_stopped:
            reasons.append(tr("The pump is STOPPED: it delivers no baclofen."))
        if reasons and not self._ask_on_close:
            log.warning("Closed without asking: %s", " ".join(reasons))
        elif reasons:
            answer = QMessageBox.question(
                self, tr("Close the console?"), "\n".join(reasons) + "\n\n" + tr("Close anyway?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        if self.scenario_editor is not None:
            if not self._ask_on_close and self.scenario_editor.dirty:
                log.warning("Closed without asking: the scenario's unsaved changes are lost.")
                self.scenario_editor.dirty = False
            if not self.scenario_editor.close():
                event.ignore()  # a scenario with unsaved changes: the trainer cancelled
                return
        if self.instructor is not None:
            self.instructor.close()  # its classroom process ends, and its stations
        if self.records is not None:
            self.records.close()  # the runs just scored are written before the end
        self.session.begin_shutdown()  # the waiting, bounded, comes after the window
        event.accept()
