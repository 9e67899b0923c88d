"""Active alarms: what each means and what to do, the pump's tones, mute, clear, test.

New alarms sound as the pump sounds them (two tones for critical, one for non-critical).
Where sound is unavailable the panel says so, so nobody relies on hearing an alarm.
"""

from __future__ import annotations

from itb_console.console.actions import ActionKind
from itb_console.console.session import Session
from itb_console.device.alarm_catalog import AlarmCatalog, load_alarms
from itb_console.device.pump_api import AlarmCode, PumpStatus
from itb_console.ui.alarm_sound import AlarmSoundPlayer
from itb_console.ui.banner import training_banner
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
        self.setWindowTitle("Alarms - training mock")
        self.setAccessibleName("Pump alarms")
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        self.list_area = QVBoxLayout()
        layout.addLayout(self.list_area)
        layout.addStretch(1)
        if not self.player.available:
            note = QLabel(self.player.unavailable_reason)
            note.setWordWrap(True)
            note.setObjectName("notice")
            layout.addWidget(note)
        controls = QHBoxLayout()
        self.mute = QCheckBox("Mute alarm tones")
        self.mute.setAccessibleName("Mute alarm tones")
        self.mute.toggled.connect(self.player.set_muted)
        self.test_button = QPushButton("Alarm test")
        self.test_button.setAccessibleName("Play both alarm tones")
        self.test_button.clicked.connect(self.alarm_test)
        controls.addWidget(self.mute)
        controls.addStretch(1)
        controls.addWidget(self.test_button)
        layout.addLayout(controls)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._known: set[AlarmCode] = set()
        session.status_changed.connect(self.show_status)
        session.action_failed.connect(self._failed)
        if session.status is not None:
            self.show_status(session.status)

    def alarm_test(self) -> list[str]:
        """Play the critical then the non-critical tone; returns what was played."""
        played = [code for code in ("motor_stall", "low_reservoir")
                  if self.player.play_alarm(code)]
        self.message.setText("Alarm test: critical two-tone, then non-critical single tone."
                             if played else "Alarm test: no sound (muted or unavailable).")
        return played

    def show_status(self, status: PumpStatus) -> None:
        while self.list_area.count():
            item = self.list_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        active = {alarm.code for alarm in status.alarms}
        for alarm in status.alarms:
            info = self.catalog.info(alarm.code.value)
            colour = CRITICAL if alarm.critical else WARN_INK
            row = QWidget()
            row_layout = QHBoxLayout(row)
            text = QLabel(
                coloured(info.title, colour, bold=True)
                + f" ({'critical, two-tone' if alarm.critical else 'non-critical, single tone'}; "
                f"since {alarm.raised_at:%d %b %Y %H:%M})<br>{info.meaning}<br>"
                f"<i>What to do:</i> {info.action}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            row_layout.addWidget(text, 1)
            if info.clearable:
                clear = QPushButton("Clear")
                clear.setAccessibleName(f"Clear the {info.title} alarm")
                clear.clicked.connect(lambda _c=False, code=alarm.code: self.clear(code))
                row_layout.addWidget(clear)
            self.list_area.addWidget(row)
        if not status.alarms:
            self.list_area.addWidget(QLabel(coloured("No active alarms.", OK)))
        for code in active - self._known:
            self.player.play_alarm(code.value)
        self._known = active

    def clear(self, code: AlarmCode) -> None:
        self.session.perform("clear alarm", lambda pump: pump.clear_alarm(code),
                             ActionKind.ALARM_CLEARED, code=code.value)

    def _failed(self, name: str, message: str) -> None:
        if name == "clear alarm":
            self.message.setText(coloured(f"Not cleared: {message}", CRITICAL))
