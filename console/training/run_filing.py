"""Filing a scored station run: its debrief read from the classroom and saved as JSON.

Both the instructor's *Save debrief* and the automatic filing of every scored run (for
the trainee records) start here. Each call waits on the classroom's answer, so it runs
off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from itb_console.console.actions import ActionLog
from itb_console.console.training.classroom_client import ClassroomClient
from itb_console.console.training.classroom_link import rows_of
from itb_console.console.training.debrief import Debrief, DebriefError, save_debrief
from itb_console.console.training.records import RunRecord, Trainee

DEBRIEF_FOLDER = "debriefs"  # beside the records database


def ended_debrief(client: ClassroomClient, station: str, trainee: str) -> Debrief:
    """The debrief of an ended, scored station, with every action its pump saw."""
    rows, _ = rows_of(client.call("read", actions_of=station))
    ended = next((r for r in rows if r.name == station), None)
    if ended is None or ended.objectives is None or ended.actions is None:
        raise DebriefError(f"{station} is no longer in the classroom with its score")
    return Debrief(scenario_id=ended.scenario_id, scenario_title=ended.scenario_title,
                   trainee=trainee, station=ended.name, started_at=ended.started_at,
                   ended_at=ended.world_time, objectives=ended.objectives,
                   actions=ActionLog(list(ended.actions)), pump=ended.pump)


def file_run(client: ClassroomClient, station: str, trainee: Trainee, records_folder: Path,
             now: datetime) -> RunRecord:
    """Save the station's debrief in the records' debrief folder; the run to record."""
    debrief = ended_debrief(client, station, f"{trainee.display_name} ({trainee.pseudonym})")
    folder = records_folder / DEBRIEF_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (f"{now:%Y%m%dT%H%M%S}-{trainee.pseudonym}-{debrief.scenario_id}-"
                     f"{station.replace(' ', '')}.json")
    save_debrief(debrief, path)
    return RunRecord.from_debrief(debrief, trainee, now, str(path))
