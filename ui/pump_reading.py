"""When a window's own reading of the pump (its event log) was made, read again after
each command.

The status panel follows the session's pump view, which every command's read-back
refreshes; a window that reads more than the status (the event log, the delivery
history) keeps what it read until it reads again. Without this it would go on showing
the log as it was before a refill or a bolus, with nothing to say so. The stamp says
when it was read and whether the pump is still connected, and asks the window to read
again whenever a command has ended. Training mock, not for clinical use.
"""

from __future__ import annotations

from datetime import datetime

from itb_console.console import number_style as style
from itb_console.console.outcome import Outcome
from itb_console.console.session import Session
from itb_console.console.translation import tr
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget


class ReadStamp(QLabel):
    """"Log read 10:42:05" (", not connected" once the link is down); ``read_again``
    after each command, for the window to read the pump again.

    A signal rather than a stored callable: a window's bound method kept here would tie
    the window and its label in a reference cycle, which the collector then frees in an
    order PySide does not survive.
    """

    read_again = Signal()

    def __init__(self, session: Session, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = session.view
        self.what = what
        self.read_at: datetime | None = None
        self.setAccessibleName(tr("When it was read: {what}").format(what=what))
        session.outcome_ready.connect(self._command_ended)
        self.view.changed.connect(self._show)
        self._show()

    def stamp(self) -> None:
        """What the window shows was read just now."""
        self.read_at = self.view.now()
        self._show()

    def _show(self) -> None:
        if self.read_at is None:
            self.setText("")
            return
        self.setText(tr("{what} read {time}").format(
            what=self.what, time=style.time_to_the_second(self.read_at))
            + ("" if self.view.live else tr(", not connected")))

    def _command_ended(self, _outcome: Outcome) -> None:
        """A command may have changed the pump: read it again while it can be read."""
        if self.view.live:
            self.read_again.emit()
