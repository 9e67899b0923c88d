"""A dialog's line saying that its pump values are old and why its commands wait.

Dialogs take their values from the session's pump view. While the pump is connected and
read, the line is hidden; once the link is lost or the session closed it reads, above the
commands the dialog then disables, "Last read 10:42, not connected (link lost): reconnect
(Ctrl+K) and interrogate (F5) first."
"""

from __future__ import annotations

from itb_console.console.pump_view import PumpView
from itb_console.console.translation import tr
from PySide6.QtWidgets import QLabel, QWidget


class ViewNote(QLabel):
    """Hidden while ``view`` is live; else its reason, in the warning colours."""

    def __init__(self, view: PumpView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("stale")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Why the pump's values may be old"))
        view.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        reason = self.view.not_live_reason()
        self.setText(reason)
        self.setHidden(not reason)
