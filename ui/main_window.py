"""The main window: pump status on the left, the timeline editor and table in the middle.

The window holds one :class:`Session` (all pump calls off the GUI thread) and one
:class:`ProgramDraft` (what is being edited). The training-mock banner sits above
everything and cannot be hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.display_units import DisplayUnit
from console.program_draft import ProgramDraft
from console.session import SendResult, Session, SessionState
from device.profiles import load_initial_pump, load_profile
from device.pump_api import PumpStatus
from device.therapy import Mode
from device.units import mcg, ml
from ui.device_picker import DevicePicker, remember_device
from ui.review_dialog import ReviewDialog
from ui.schedule_table import ScheduleTable
from ui.status_panel import StatusPanel
from ui.style import CRITICAL, OK, PRODUCT_NAME, TRAINING_MARK, WARN_INK
from ui.timeline_editor import TimelineEditor
from ui.undo_commands import ProgramChange

SHORTCUTS = [
    ("Ctrl+K", "Connect to a pump"),
    ("F5", "Interrogate the pump again"),
    ("Ctrl+Return", "Review and send the pending program"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo the last edit"),
    ("Ctrl+R", "Revert to the program in force"),
    ("Left / Right", "Select the previous / next step (timeline focused)"),
    ("Up / Down", "Raise / lower the selected step's dose by one unit (Shift: x10)"),
    ("Ctrl+Left / Ctrl+Right", "Move the selected step's start by 15 min (Shift: 1 min)"),
    ("S", "Split the selected step in the middle"),
    ("M", "Merge the selected step with the next"),
    ("Delete", "Delete the selected step"),
    ("Double-click", "Split a step at the pointer"),
    ("Enter (table)", "Type an exact start time or dose"),
    ("F1", "This list"),
]


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings or QSettings()
        self.setWindowTitle(f"{PRODUCT_NAME} - {TRAINING_MARK}")
        self.resize(1340, 740)
        initial = load_initial_pump()
        self.draft = ProgramDraft(initial.program, load_profile(initial.profile_id), self)
        self.undo_stack = QUndoStack(self)
        self.editor = TimelineEditor(self.draft, self.undo_stack)
        self.table = ScheduleTable(self.draft, self.editor)
        self.status_panel = StatusPanel()
        self._build_layout()
        self._build_actions()
        session.status_changed.connect(self._status_changed)
        session.state_changed.connect(self._state_changed)
        session.error.connect(self._error)
        session.send_finished.connect(self._sent)
        self.draft.changed.connect(self._update_summary)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())
        self._state_changed(session.state)
        self._update_summary()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        banner = QLabel(f"{TRAINING_MARK} - no real pump is ever programmed by this program")
        banner.setObjectName("banner")
        banner.setAccessibleName("Training mock banner")
        outer.addWidget(banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.status_panel)
        scroll.setMinimumWidth(330)
        scroll.setMaximumWidth(420)
        splitter.addWidget(scroll)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(8, 6, 8, 6)
        self.summary = QLabel("")
        self.summary.setObjectName("totals")
        self.summary.setAccessibleName("Daily totals and change against the program in force")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.mode = QComboBox()
        self.mode.addItems(["Running", "Stopped"])
        self.mode.setAccessibleName("Pending pump mode")
        self.mode.setToolTip("Stopping the pump stops all baclofen delivery")
        self.mode.activated.connect(self._mode_chosen)
        top.addWidget(QLabel("Mode:"))
        top.addWidget(self.mode)
        column.addLayout(top)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.editor)
        vertical.addWidget(self.table)
        vertical.setSizes([430, 200])
        column.addWidget(vertical, 1)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.state_label = QLabel("")
        self.statusBar().addPermanentWidget(self.state_label)

    def _build_actions(self) -> None:
        bar = QToolBar("Session")
        bar.setMovable(False)
        self.addToolBar(bar)

        def action(text: str, shortcut: str | QKeySequence.StandardKey, slot,
                   tip: str) -> QAction:
            made = QAction(text, self)
            made.setShortcut(shortcut)
            made.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            made.triggered.connect(slot)
            bar.addAction(made)
            return made

        self.connect_action = action("Connect...", "Ctrl+K", self.choose_device,
                                     "Connect to a pump")
        self.disconnect_action = action("Close session", "Ctrl+W", self.session.disconnect,
                                        "Close the programming session")
        self.interrogate_action = action("Interrogate", "F5", self.session.interrogate,
                                         "Read the pump again")
        bar.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.revert_action = action("Revert", "Ctrl+R", self.revert,
                                    "Go back to the program in force")
        bar.addSeparator()
        self.units = QComboBox()
        self.units.setAccessibleName("Display unit")
        for unit in DisplayUnit:
            self.units.addItem(unit.value, unit)
        self.units.currentIndexChanged.connect(
            lambda _i: self.editor.set_unit(self.units.currentData()))
        bar.addWidget(QLabel(" Units: "))
        bar.addWidget(self.units)
        bar.addSeparator()
        self.send_action = action("Review && send...", "Ctrl+Return", self.review_and_send,
                                  "Review the changes and send them to the pump")
        bar.addSeparator()
        action("Shortcuts", "F1", self.show_shortcuts, "Keyboard shortcuts")

    # ------------------------------------------------------------------ session
    def choose_device(self) -> None:
        picker = DevicePicker(self.settings, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.connect_to(picker.chosen_url())

    def connect_to(self, url: str) -> None:
        remember_device(self.settings, url)
        self.session.connect_to(url)

    def _status_changed(self, status: PumpStatus) -> None:
        self.status_panel.show_status(status)
        if status.program != self.draft.in_force or self.draft.profile.id != (
                status.identity.profile_id):
            self.draft.reset(status.program, load_profile(status.identity.profile_id))
            self.undo_stack.clear()

    def _state_changed(self, state: SessionState) -> None:
        url = f" - {self.session.url}" if self.session.url else ""
        self.state_label.setText(f"{state.value}{url}")
        self._update_actions()

    def _error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)
        QMessageBox.warning(self, "Pump", message)

    def _sent(self, result: SendResult) -> None:
        self.statusBar().showMessage(result.message, 15_000)

    def _update_actions(self) -> None:
        ready = self.session.state is SessionState.READY
        connected = self.session.pump is not None
        self.connect_action.setEnabled(self.session.state is SessionState.DISCONNECTED)
        self.disconnect_action.setEnabled(connected)
        self.interrogate_action.setEnabled(ready)
        self.send_action.setEnabled(ready and self.draft.is_changed)
        self.revert_action.setEnabled(self.draft.is_changed)

    # ------------------------------------------------------------------ editing
    def _update_summary(self) -> None:
        draft = self.draft
        pending, in_force = draft.pending, draft.in_force
        change = draft.change_percent
        if not draft.is_changed:
            change_text = f"<span style='color:{OK}'>no change</span>"
        elif change is None:
            change_text = f"<span style='color:{WARN_INK}'>starts a stopped pump</span>"
        else:
            colour = WARN_INK if abs(change) > 20 else "#1f5fa8"
            change_text = f"<b style='color:{colour}'>{change:+.1f} %</b>"
        stopped = pending.mode is Mode.STOPPED
        self.summary.setText(
            f"Pending: <b>{mcg(pending.daily_dose_ng):.1f} mcg/day</b> "
            f"({ml(pending.daily_volume_nl):.4f} mL/day)"
            f"{' <b style=color:' + CRITICAL + '>STOPPED</b>' if stopped else ''} &nbsp; "
            f"In force: {mcg(in_force.daily_dose_ng):.1f} mcg/day &nbsp; Change: {change_text}")
        self.mode.setCurrentIndex(1 if stopped else 0)
        self._update_actions()

    def _mode_chosen(self, index: int) -> None:
        before = self.draft.pending
        self.draft.set_mode(Mode.STOPPED if index == 1 else Mode.FLEXIBLE)
        after = self.draft.pending
        if after != before:
            self.draft.set_pending(before)
            self.undo_stack.push(ProgramChange(self.draft, before, after,
                                               f"Set mode to {after.mode.value}"))

    def revert(self) -> None:
        before = self.draft.pending
        if before != self.draft.in_force:
            self.undo_stack.push(ProgramChange(self.draft, before, self.draft.in_force,
                                               "Revert to the program in force"))

    def review_and_send(self) -> None:
        if not self.draft.is_changed or self.session.status is None:
            return
        dialog = ReviewDialog(self.session, self.draft.in_force, self.draft.pending,
                              parent=self)
        dialog.exec()

    # ------------------------------------------------------------------ help and close
    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle("Keyboard shortcuts")
        dialog.resize(560, 480)
        text = QTextBrowser()
        text.setAccessibleName("Keyboard shortcuts")
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        text.setHtml(f"<p><i>{TRAINING_MARK}</i></p><table cellpadding='4'>{rows}</table>")
        QVBoxLayout(dialog).addWidget(text)
        dialog.show()
        self._shortcuts = dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        reasons = []
        if self.draft.is_changed:
            reasons.append("The pending program has NOT been sent to the pump.")
        if self.session.pump_stopped:
            reasons.append("The pump is STOPPED: it delivers no baclofen.")
        if reasons:
            answer = QMessageBox.question(
                self, "Close the console?", "\n".join(reasons) + "\n\nClose anyway?",
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.session.shutdown()
        event.accept()
