"""One station in its own process: a scenario pump on its TCP port, commanded over a pipe.

The classroom (:mod:`classroom_server`) starts one of these per trainee, so a crash here
ends this station only. Commands arrive as ``(seq, op, args)`` on a multiprocessing pipe
and each is answered ``(seq, ok, row-or-error)``; between commands the station fires its
scenario's due events itself, so pump time never stalls waiting for the instructor.
When the classroom goes away (the pipe closes), the station stops serving.
"""

from __future__ import annotations

import os
from multiprocessing.connection import Connection
from typing import Any

from itb_console.console.training.classroom_protocol import StationRow, row_to_json
from itb_console.console.training.debrief import ObjectiveRecord
from itb_console.console.training.scenario_runner import Station, StationError, StationState
from itb_console.console.training.scenarios import EventKind, Scenario, ScenarioEvent
from itb_console.device.clock import ClockError
from itb_console.device.mri_fault import MriResume
from itb_console.device.pump_api import AlarmCode, PumpError

IDLE_TICK_S = 0.25


class StationHost:
    """The station's side of the pipe: does one command, says the station's row."""

    def __init__(self, station: Station, pid: int, key_file: str) -> None:
        self.station, self.pid, self.key_file = station, pid, key_file
        self.objectives: tuple[ObjectiveRecord, ...] | None = None

    def tick(self) -> None:
        if self.station.state is StationState.RUNNING:
            self.station.fire_due_events()

    def do(self, op: str, args: dict[str, Any]) -> dict[str, Any]:
        """Do ``op`` (a station in another state than the op needs is left as it is)."""
        station, state = self.station, self.station.state
        if op == "start" and state is StationState.READY:
            station.start()
        elif op == "pause" and state is StationState.RUNNING:
            station.pause()
        elif op == "resume" and state is StationState.PAUSED:
            station.resume()
        elif op == "end" and state is not StationState.ENDED:
            self.objectives = tuple(
                ObjectiveRecord(r.objective.id, r.objective.text, r.points,
                                r.objective.points, r.passed, r.feedback)
                for r in station.end().results)
        elif op == "speed" and state is not StationState.ENDED:
            station.set_speed(args["speed"])
        elif op == "jump":
            station.jump(args["seconds"])
        elif op == "inject":
            station.inject(_event(args))
        elif op == "row":
            self.tick()
        return row_to_json(self.row(with_actions=bool(args.get("actions"))))

    def row(self, *, with_actions: bool) -> StationRow:
        view = self.station.view()
        status = view.status
        return StationRow(
            name=view.name, scenario_id=self.station.scenario.id,
            scenario_title=view.scenario_title, url=view.url, key_file=self.key_file,
            pid=self.pid, state=view.state,
            problem="", speed=view.speed, started_at=view.started_at,
            world_time=status.world_time, pump_clock=status.pump_clock,
            reservoir_nl=status.reservoir_nl,
            true_residual_nl=self.station.emulator.control.true_residual_nl(),  # ended: as left
            daily_dose_ng=round(status.program.daily_dose_ng), mode=status.program.mode.value,
            alarms=tuple(a.code.value for a in status.alarms), events_left=view.events_left,
            link_down=view.link_down, action_count=len(view.actions),
            last_action=view.actions[-1] if view.actions else None,
            actions=view.actions if with_actions else None, objectives=self.objectives,
            pump=self.station.pump_on_record() if with_actions else None)


def _event(args: dict[str, Any]) -> ScenarioEvent:
    """The instructor's live fault as a scenario event (the protocol checked it whole)."""
    kind = EventKind(args["kind"])
    alarm = AlarmCode(args["alarm"]) if kind is EventKind.ALARM else None
    resume = MriResume(args.get("resume", MriResume.NORMAL.value))
    return ScenarioEvent(0, kind, alarm=alarm, percent=args.get("percent", 0),
                         minutes=args.get("minutes", 0), resume=resume,
                         delay_hours=args.get("delay_hours", 0))


def station_main(conn: Connection, scenario: Scenario, name: str, speed: float, bind: str,
                 port: int, key: bytes | None = None, key_file: str = "") -> None:
    """The station process: say the URL (or why not), then serve commands until EOF.

    ``key`` (read from ``key_file`` by the classroom) keys the pump; it comes pickled with
    the process's arguments, never on a command line, and only the path goes into the row.
    """
    try:
        station = Station(scenario, name=name, speed=speed, bind=bind, port=port, key=key)
    except (OSError, StationError) as error:
        conn.send((0, False, f"{name}: could not serve on {bind}:{port} ({error})"))
        return
    host = StationHost(station, os.getpid(), key_file)
    try:
        conn.send((0, True, station.url))
        while True:
            if not conn.poll(IDLE_TICK_S):
                host.tick()
                continue
            seq, op, args = conn.recv()
            try:
                conn.send((seq, True, host.do(op, args)))
            except (StationError, ClockError, PumpError, ValueError) as error:
                conn.send((seq, False, f"{name}: {error}"))
    except (EOFError, OSError):
        pass  # the classroom has gone: nobody is left to score this station
    finally:
        station.close()
