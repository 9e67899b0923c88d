"""Reading every station off the GUI thread: the instructor's panel only draws.

A full classroom at x1,000,000 costs tens of milliseconds to bring up to date (each pump
computes the time it skipped), more than a frame; so the reads run on a pool thread and
the views arrive as a queued signal. One read at a time: a slow tick is skipped, never
queued behind another.
"""

from __future__ import annotations

from collections.abc import Sequence

from itb_console.console.training.scenario_runner import Station, StationState, StationView
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


def read_stations(stations: Sequence[Station]) -> list[StationView]:
    """Fire the events that are due on running stations, then read every station."""
    views = []
    for station in stations:
        if station.state is StationState.RUNNING:
            station.fire_due_events()
        views.append(station.view())
    return views


class _Read(QRunnable):
    def __init__(self, watcher: StationWatcher, ticket: int, stations: list[Station]) -> None:
        super().__init__()
        self.watcher, self.ticket, self.stations = watcher, ticket, stations

    def run(self) -> None:
        self.watcher.read_done.emit((self.ticket, read_stations(self.stations)))


class StationWatcher(QObject):
    """Reads stations on one pool thread; only views newer than any change are shown."""

    read_done = Signal(object)  # (ticket, views) from the pool thread
    views_ready = Signal(object)  # list[StationView], in the order asked, never stale

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.read_done.connect(self._arrived)
        self.reading = False
        self._ticket = 0
        self._again: list[Station] | None = None

    def request(self, stations: Sequence[Station], *, fresh: bool = False) -> bool:
        """Start a read unless one is under way (then False: the tick is skipped).

        ``fresh`` is for just after a change: a read already under way is dropped when it
        arrives and a new one follows it at once.
        """
        if fresh:
            self.invalidate()
        if self.reading:
            if fresh:
                self._again = list(stations)
            return False
        self._start(list(stations))
        return True

    def invalidate(self) -> None:
        """Views from reads under way now are out of date when they arrive."""
        self._ticket += 1

    def _start(self, stations: list[Station]) -> None:
        self.reading = True
        self.pool.start(_Read(self, self._ticket, stations))

    def _arrived(self, result: tuple[int, list[StationView]]) -> None:
        ticket, views = result
        self.reading = False
        if ticket == self._ticket:
            self.views_ready.emit(views)
        if self._again is not None:
            stations, self._again = self._again, None
            self._start(stations)

    def wait(self) -> None:
        self.pool.waitForDone()
