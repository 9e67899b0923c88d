"""The one place the console keeps what it last read from the pump, when, and over what link.

Every widget that shows pump data binds to a :class:`PumpView` instead of keeping its own
copy, so after a lost link or a closed session all of them say the same thing: the values
are the last ones read, at a given time, and the pump is not connected now. With no pump
read yet there is nothing to show, not a default program that looks like the pump's.
The implant record is read apart from the status (with each interrogation, and again
after a command that changes it, such as a refill), so it keeps its own time of reading,
and is marked when a command changed it on the pump but it could not be read again.
Only the session writes to it (from the answers its worker brings back).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime

from itb_console.console import number_style as style
from itb_console.console.translation import tr
from itb_console.device.implant_record import ImplantRecord
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
        self.record: ImplantRecord | None = None  # the patient and implant record
        self.record_read_at: datetime | None = None
        self.record_changed_by = ""  # a command that changed the record since it was read

    def now(self) -> datetime:
        """The console computer's local time, by the clock reads are stamped with."""
        return self._wall_clock()

    @property
    def live(self) -> bool:
        """True when the values shown were read over a link that is still up."""
        return self.link is LinkState.CONNECTED and self.status is not None

    def connected(self, status: PumpStatus) -> None:
        """A new connection's first interrogation: earlier values (the record of the pump
        connected before, too) no longer count."""
        self.link = LinkState.CONNECTED
        self._forget_record()
        self.read(status)

    def read_record(self, record: ImplantRecord) -> None:
        """The record as the pump answered it (read, or returned by a write)."""
        self.record, self.record_read_at, self.record_changed_by = (
            record, self._wall_clock(), "")
        self.changed.emit()

    def record_outdated(self, command: str) -> None:
        """``command`` may have changed the record on the pump, which could not be read
        again: what is shown is from before it."""
        if self.record is not None:
            self.record_changed_by = command
            self.changed.emit()

    def record_age_text(self) -> str:
        """When the record shown was read, and whether a command has changed it since."""
        if self.record is None or self.record_read_at is None:
            return tr("not read yet")
        when = style.time_to_the_second(self.record_read_at)
        if self.record_changed_by:
            return tr("{when}, before the {command}: interrogate (F5) to read it "
                      "again").format(when=when, command=self.record_changed_by)
        return when

    def _forget_record(self) -> None:
        self.record, self.record_read_at, self.record_changed_by = None, None, ""

    def read(self, status: PumpStatus) -> None:
        self.status = status
        self.read_at = self._wall_clock()
        self.changed.emit()

    def set_link(self, link: LinkState) -> None:
        """Lost or closed: the last values stay, marked as old; never-connected clears."""
        if link is LinkState.NEVER:
            self.status, self.read_at = None, None
            self._forget_record()
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
