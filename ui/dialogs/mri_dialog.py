"""Pump > After an MRI: interrogate, read the stall and recovery, conclude, record the check.

Each "Interrogate" places the programmer again (a new telemetry session, as the pump
counts interrogations), then reads the status and the whole log; the verdict comes from
:func:`itb_console.console.clinical.mri_check.check_after_mri`. The trainee records the
conclusion, which reaches an instructor's station as a ``NOTE`` (``mri-checked``).
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.mri_check import (
    RECOVERY_EVENT,
    MriCheck,
    MriOutcome,
    check_after_mri,
    since_last_stall,
)
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import AlarmCode, Event, PumpStatus
from itb_console.ui.banner import training_banner
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.view_note import ViewNote
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_INK = {MriOutcome.RESUMED: OK, MriOutcome.NO_STALL: OK, MriOutcome.NOT_YET_LOGGED: WARN_INK,
        MriOutcome.DELAYED: CRITICAL}
_TITLE = {MriOutcome.RESUMED: QT_TR_NOOP("Delivery resumed"),
          MriOutcome.NO_STALL: QT_TR_NOOP("No motor stall logged"),
          MriOutcome.NOT_YET_LOGGED: QT_TR_NOOP("Recovery not yet logged: interrogate again"),
          MriOutcome.DELAYED: QT_TR_NOOP("Delivery has NOT resumed")}


def event_line(event: Event) -> str | None:
    """The stall, recovery and interrogation events in words; None for the others."""
    at = style.moment(event.pump_clock)
    if event.kind == "alarm" and event.detail.get("code") == AlarmCode.MOTOR_STALL.value:
        return f"{at}  " + tr("Motor stall: rotor stopped, two-tone critical alarm")
    if event.kind == RECOVERY_EVENT:
        return f"{at}  " + tr("Stall recovery logged: rotor turned again at {time}").format(
            time=str(event.detail.get("resumed_at", ""))[11:16])
    if event.kind == "alarm-clear" and event.detail.get("code") == AlarmCode.MOTOR_STALL.value:
        by = {"clinician": tr("by the clinician"), "pump": tr("by the pump (condition over)")}
        return f"{at}  " + tr("Motor stall alarm cleared ({by})").format(
            by=by.get(str(event.detail.get("by")), event.detail.get("by", "")))
    if event.kind == "session-open":
        return f"{at}  " + tr("Interrogated (programming session opened)")
    return None


class MriCheckDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: MriCheck | None = None
        self.setWindowTitle(tr("After an MRI - training mock"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        intro = QLabel(tr("The scanner's magnet stops the pump's rotor and suspends infusion "
                          "for the whole scan. Interrogate the pump, read the motor stall and "
                          "its recovery in the log, and confirm delivery resumed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.interrogate_button = QPushButton(tr("Interrogate (place the programmer again)"))
        self.interrogate_button.setObjectName("primary")
        layout.addWidget(self.interrogate_button)
        self.events = QListWidget()
        self.events.setAccessibleName(tr("Motor stall, recovery and interrogations in the log"))
        self.events.setWordWrap(True)  # each line whole at large type, not a scroll away
        layout.addWidget(self.events, 1)
        self.verdict = QLabel(tr("Not interrogated from this window yet."))
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Conclusion of the post-MRI check"))
        layout.addWidget(self.verdict)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(tr("Record the check"))
        self.record_button.setEnabled(False)
        close = QPushButton(tr("Close"))
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.interrogate_button.clicked.connect(self.interrogate)
        self.record_button.clicked.connect(self.record_check)
        close.clicked.connect(self.accept)
        self._asking = False
        session.view.changed.connect(self._update_interrogate)
        session.action_failed.connect(self._failed)
        self._update_interrogate()

    def _failed(self, name: str, message: str) -> None:
        if name == "interrogate again" and self._asking:
            self._asking = False
            self._update_interrogate()
            self.verdict.setText(coloured(tr("Could not read the pump: {message}").format(
                message=message), CRITICAL))

    def _update_interrogate(self) -> None:
        """Interrogating needs a live pump; the view's line above says why not."""
        self.interrogate_button.setEnabled(self.session.view.live and not self._asking)

    def interrogate(self) -> None:
        self._asking = True
        self._update_interrogate()
        self.verdict.setText(tr("Interrogating..."))
        if not self.session.interrogate_again(self.show_reading):
            self._asking = False
            self._update_interrogate()
            self.verdict.setText(tr("The pump is busy with another command: interrogate again "
                                    "when it has finished."))

    def show_reading(self, reading: tuple[PumpStatus, tuple[Event, ...]]) -> None:
        status, events = reading
        self._asking = False
        self._update_interrogate()
        self.check = check = check_after_mri(events, status.program)
        self.events.clear()
        lines = [line for event in since_last_stall(events)
                 if (line := event_line(event)) is not None]
        self.events.addItems(lines or [tr("No motor stall in the pump's log.")])
        self.verdict.setText(coloured(tr(_TITLE[check.outcome]), _INK[check.outcome], bold=True)
                             + "<br>" + check.advice)
        self.record_button.setEnabled(check.outcome is not MriOutcome.NOT_YET_LOGGED)

    def record_check(self) -> None:
        check = self.check
        if check is None:
            return
        self.session.note(ActionKind.MRI_CHECKED, outcome=check.outcome.value,
                          interrogations=check.interrogations_since_stall)
        self.record_button.setEnabled(False)
        self.verdict.setText(self.verdict.text() + "<br>"
                             + coloured(tr("Check recorded in the session."), OK))
