"""Active alarms: what each means and what to do, the pump's tones, mute, clear, test.

New alarms sound as the pump sounds them (two tones for critical, one for non-critical).
Where sound is unavailable the panel says so, so nobody relies on hearing an alarm.
Critical alarms come first; *Clear* asks for confirmation and the panel then shows what
the pump answered.
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.commands import clear_alarm
from itb_console.console.outcome import AwaitedOutcome, Command, Outcome, OutcomeKind
from itb_console.console.session import Session
from itb_console.console.translation import tr
from itb_console.device.alarm_catalog import AlarmCatalog, load_alarms
from itb_console.device.pump_api import Alarm, AlarmCode, PumpStatus
from itb_console.ui.alarm_sound import AlarmSoundPlayer
from itb_console.ui.banner import training_banner
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.screen_fit import resize_in_lines
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.view_note import ViewNote
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class AlarmsPanel(QDialog):
    def __init__(self, session: Session, player: AlarmSoundPlayer | None = None,
                 catalog: AlarmCatalog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.catalog = catalog or load_alarms()
        self.player = player or AlarmSoundPlayer(self.catalog, self)
        self.setWindowTitle(tr("Alarms - training mock"))
        self.setAccessibleName(tr("Pump alarms"))
        # In lines of the panel's own type: a trainer's larger type gets a larger panel,
        # not more wrapped lines (the screen fit caps it; the list scrolls).
        resize_in_lines(self, 40, 40)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        self.count = QLabel("")
        self.count.setAccessibleName(tr("How many alarms are active"))
        layout.addWidget(self.count)
        # The alarms scroll rather than being cut off (several alarms, large type, the
        # line above saying the values are old).
        rows = QWidget()
        self.list_area = QVBoxLayout(rows)
        self.list_area.setContentsMargins(0, 0, 0, 0)
        self.list_area.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        if not self.player.available:
            note = QLabel(self.player.unavailable_reason)
            note.setWordWrap(True)
            note.setObjectName("notice")
            layout.addWidget(note)
        controls = QHBoxLayout()
        self.mute = QCheckBox(tr("Mute alarm tones"))
        self.mute.setAccessibleName(tr("Mute alarm tones"))
        self.mute.toggled.connect(self.player.set_muted)
        self.test_button = QPushButton(tr("Alarm test"))
        self.test_button.setAccessibleName(tr("Play both alarm tones"))
        self.test_button.clicked.connect(self.alarm_test)
        controls.addWidget(self.mute)
        controls.addStretch(1)
        controls.addWidget(self.test_button)
        layout.addLayout(controls)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._known: set[AlarmCode] = set()
        self.clear_buttons: list[QPushButton] = []
        self._old_rows: list[QWidget] = []
        self._shown: tuple[tuple[Alarm, ...], bool] | None = None
        self.awaited = AwaitedOutcome()
        self.confirm_clear = self._ask_before_clearing
        session.status_changed.connect(self.show_status)
        session.outcome_ready.connect(self._outcome)
        session.view.changed.connect(self._view_changed)
        if session.view.status is not None:
            self.show_status(session.view.status)

    def alarm_test(self) -> list[str]:
        """Play the critical then the non-critical tone; returns what was played."""
        played = [code for code in ("motor_stall", "low_reservoir")
                  if self.player.play_alarm(code)]
        outcome = (Outcome(Command.ALARM_TEST, OutcomeKind.VERIFIED,
                           tr("Played the critical two-tone, then the non-critical single "
                              "tone."))
                   if played else
                   Outcome(Command.ALARM_TEST, OutcomeKind.NOT_DONE,
                           tr("No sound was played: the tones are muted or this computer has "
                              "no sound."), tr("Unmute, or rely on the alarm bar and this panel.")))
        self.awaited.last = self.session.local_outcome(outcome)
        self.message.setText(outcome_html(self.awaited.last))
        return played

    def show_status(self, status: PumpStatus) -> None:
        live = self.session.view.live
        if (status.alarms, live) == self._shown:
            return  # the same rows: nothing to rebuild at each poll
        self._shown = (status.alarms, live)
        # Rows taken out are hidden and deleted at the next rebuild, not with deleteLater:
        # a deferred delete after a nested event loop (a test waiting on a signal) crashed
        # PySide 6 in the row's destructor.
        for old in self._old_rows:
            old.setParent(None)  # now owned by Python alone: freed with the list
        self._old_rows = []
        while self.list_area.count():
            item = self.list_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                self._old_rows.append(widget)
        active = {alarm.code for alarm in status.alarms}
        self.clear_buttons = []
        for alarm in sorted(status.alarms, key=lambda a: (not a.critical, a.raised_at)):
            info = self.catalog.info(alarm.code.value)
            colour = CRITICAL if alarm.critical else WARN_INK
            row = QWidget()
            row_layout = QHBoxLayout(row)
            text = QLabel(
                coloured(tr(info.title), colour, bold=True) + " "
                + tr("({kind}; since {time})<br>{meaning}<br><i>What to do:</i> {action}").format(
                    kind=tr("critical, two-tone") if alarm.critical
                    else tr("non-critical, single tone"),
                    time=style.moment(alarm.raised_at), meaning=tr(info.meaning),
                    action=tr(info.action)))
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            row_layout.addWidget(text, 1)
            if info.clearable:
                clear = QPushButton(tr("Clear"))
                clear.setAccessibleName(tr("Clear the {title} alarm").format(
                    title=tr(info.title)))
                clear.setEnabled(live and not self.awaited.pending)
                if not live:
                    clear.setToolTip(tr("Not connected ({age_text})").format(
                        age_text=self.session.view.age_text()))
                clear.clicked.connect(lambda _c=False, code=alarm.code: self.clear(code))
                self.clear_buttons.append(clear)
                row_layout.addWidget(clear)
            else:
                row_layout.addWidget(QLabel(tr("clears when its\ncause is gone")))
            self.list_area.addWidget(row)
        if not status.alarms:
            self.list_area.addWidget(QLabel(coloured(tr("No active alarms."), OK)))
        # Said above the list, so that an alarm scrolled out of sight is not missed.
        self.count.setText(tr("%n active alarms, critical first:", "", len(status.alarms)))
        self.count.setVisible(len(status.alarms) > 1)
        for code in active - self._known:
            self.player.play_alarm(code.value)
        self._known = active

    def _view_changed(self) -> None:
        """A lost link greys the Clear buttons even though no new status came."""
        if self.session.view.status is not None:
            self.show_status(self.session.view.status)

    def _ask_before_clearing(self, title: str) -> bool:
        answer = QMessageBox.question(
            self, tr("Clear the alarm?"),
            tr("Clear the {title} alarm?\n\nClearing silences it; it does not deal with "
               "its cause.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self, code: AlarmCode) -> None:
        """Ask first (``confirm_clear``), then clear and wait for the read-back."""
        if self.awaited.pending or not self.confirm_clear(
                tr(self.catalog.info(code.value).title)):
            return
        self.awaited.asking()
        self.message.setText(tr("Clearing, then reading the pump back..."))
        for button in self.clear_buttons:
            button.setEnabled(False)
        ticket = clear_alarm(self.session, code)
        self.awaited.asked(ticket)

    def _outcome(self, outcome: Outcome) -> None:
        if not self.awaited.take(outcome):
            return
        self.message.setText(outcome_html(outcome))
        for button in self.clear_buttons:
            button.setEnabled(self.session.view.live)
