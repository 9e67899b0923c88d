"""The one place the console keeps what it last read from the pump, when, and over what link.

Every widget that shows pump data binds to a :class:`PumpView` instead of keeping its own
copy, so after a lost link or a closed session all of them say the same thing: the values
are the last ones read, at a given time, and the pump is not connected now. With no pump
read yet there is nothing to show, not a default program that looks like the pump's.
Only the session writes to it (from the answers its worker brings back).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime

from itb_console.console import number_style as style
from itb_console.console.translation import tr
from itb_console.device.pump_api import PumpStatus
from PySide6.QtCore import QObject, Signal


class LinkState(enum.Enum):
    NEVER = "never connected"
    CONNECTED = "connected"
    LOST = "link lost"
    CLOSED = "session closed"


class PumpView(QObject):
    """Last status read, the computer's local time of that read, and the link state."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None,
                 wall_clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._wall_clock = wall_clock
        self.status: PumpStatus | None = None
        self.read_at: datetime | None = None  # the console computer's local time
        self.link = LinkState.NEVER

    @property
    def live(self) -> bool:
        """True when the values shown were read over a link that is still up."""
        return self.link is LinkState.CONNECTED and self.status is not None

    def connected(self, status: PumpStatus) -> None:
        """A new connection's first interrogation: earlier values no longer count."""
        self.link = LinkState.CONNECTED
        self.read(status)

    def read(self, status: PumpStatus) -> None:
        self.status = status
        self.read_at = self._wall_clock()
        self.changed.emit()

    def set_link(self, link: LinkState) -> None:
        """Lost or closed: the last values stay, marked as old; never-connected clears."""
        if link is LinkState.NEVER:
            self.status, self.read_at = None, None
        if link is not self.link or link is LinkState.NEVER:
            self.link = link
            self.changed.emit()

    def age_s(self) -> float:
        """Seconds since the values were read, by the console computer's clock (0 unread)."""
        if self.read_at is None:
            return 0.0
        return max(0.0, (self._wall_clock() - self.read_at).total_seconds())

    def not_live_reason(self) -> str:
        """Why nothing can be sent to the pump now, with what to do ("" when it can)."""
        if self.live:
            return ""
        if self.status is None:
            return self.age_text()
        return tr("{age}: reconnect (Ctrl+K) and interrogate (F5) first.").format(
            age=self.age_text())

    def age_text(self) -> str:
        """One line saying how current the values are: what every bound widget shows."""
        if self.status is None or self.read_at is None:
            return {LinkState.NEVER: tr("No pump read yet: connect to a pump (Ctrl+K)."),
                    LinkState.CONNECTED: tr("Connected; reading the pump..."),
                    LinkState.LOST: tr("The link was lost before the pump was read."),
                    LinkState.CLOSED: tr("Session closed before the pump was read.")
                    }[self.link]
        when = style.time_of_day(self.read_at)
        if self.link is LinkState.CONNECTED:
            return tr("Read {time}, connected").format(
                time=style.time_to_the_second(self.read_at))
        if self.link is LinkState.LOST:
            return tr("Last read {time}, not connected (link lost)").format(time=when)
        return tr("Last read {time}, not connected").format(time=when)
