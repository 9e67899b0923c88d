"""A classroom: one scenario station per trainee, all on the instructor's computer.

Each station is its own pump on its own TCP port; a trainee's console connects to it
as to any pump (``socket://HOST:PORT``). Stations listen on loopback unless the
instructor opens them to the classroom network, because the protocol has no
authentication by default (docs/protocol.md, shared-key mode).
"""

from __future__ import annotations

from collections.abc import Iterable

from itb_console.console.training.assessment import Assessment
from itb_console.console.training.scenario_runner import Station, StationError, StationState
from itb_console.console.training.scenarios import Scenario

MAX_STATIONS = 30
LOOPBACK = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"


class Classroom:
    """The instructor's stations, created together and controlled one by one or all."""

    def __init__(self) -> None:
        self.stations: list[Station] = []

    def open(self, scenario: Scenario, count: int, *, speed: float = 1.0,
             bind: str = LOOPBACK) -> list[Station]:
        """``count`` new stations running ``scenario``, named after the ones there are."""
        if not 1 <= count <= MAX_STATIONS - len(self.stations):
            raise StationError(f"stations: {count} would make more than {MAX_STATIONS} in "
                               f"all ({len(self.stations)} open); allowed 1 to "
                               f"{MAX_STATIONS - len(self.stations)}")
        opened: list[Station] = []
        try:
            for _ in range(count):
                number = len(self.stations) + len(opened) + 1
                opened.append(Station(scenario, name=f"Station {number}", speed=speed,
                                      bind=bind))
        except OSError as error:
            for station in opened:
                station.close()
            raise StationError(f"could not open a station port: {error}") from None
        self.stations += opened
        return opened

    def running(self) -> Iterable[Station]:
        return (s for s in self.stations if s.state is StationState.RUNNING)

    def end_all(self) -> dict[str, Assessment]:
        return {s.name: s.end() for s in self.stations if s.state is not StationState.ENDED}

    def remove_ended(self) -> None:
        self.stations = [s for s in self.stations if s.state is not StationState.ENDED]

    def close(self) -> None:
        for station in self.stations:
            station.close()
        self.stations.clear()
