"""Reading every station off the GUI thread: the instructor's panel only draws.

A full classroom at x1,000,000 costs tens of milliseconds to bring up to date (each pump
computes the time it skipped), more than a frame; so the reads run on a pool thread and
the views arrive as a queued signal. One read at a time: a slow tick is skipped, never
queued behind another.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from console.scenario_runner import Station, StationState, StationView


def read_stations(stations: Sequence[Station]) -> list[StationView]:
    """Fire the events that are due on running stations, then read every station."""
    views = []
    for station in stations:
        if station.state is StationState.RUNNING:
            station.fire_due_events()
        views.append(station.view())
    return views


class _Read(QRunnable):
    def __init__(self, watcher: StationWatcher, stations: list[Station]) -> None:
        super().__init__()
        self.watcher, self.stations = watcher, stations

    def run(self) -> None:
        self.watcher.views_ready.emit(read_stations(self.stations))


class StationWatcher(QObject):
    views_ready = Signal(object)  # list[StationView], in the order asked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.views_ready.connect(self._arrived)
        self.reading = False

    def request(self, stations: Sequence[Station]) -> bool:
        """Start a read unless one is under way; False when this tick is skipped."""
        if self.reading:
            return False
        self.reading = True
        self.pool.start(_Read(self, list(stations)))
        return True

    def _arrived(self, _views: object) -> None:
        self.reading = False

    def wait(self) -> None:
        self.pool.waitForDone()
