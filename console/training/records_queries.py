"""Reading and writing trainee records in the database: runs in, histories and cohorts out.

Each function takes an open connection (the records store's thread owns it) and does one
thing in one transaction, so a run is stored whole or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from itb_console.console.training.debrief import ObjectiveRecord
from itb_console.console.training.records import RunRecord, Trainee

_RUN_COLUMNS = ("run.id, trainee.pseudonym, trainee.display_name, run.scenario_id, "
                "run.scenario_title, run.station, run.started_at, run.ended_at, "
                "run.recorded_at, run.debrief_file")


@dataclass(frozen=True)
class TraineeSummary:
    """One line of a search: the trainee, how many runs, when last, the mean score."""

    trainee: Trainee
    runs: int
    last_recorded_at: datetime
    mean_percent: float


@dataclass(frozen=True)
class ScenarioSummary:
    scenario_id: str
    title: str
    runs: int


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def insert_run(connection: sqlite3.Connection, run: RunRecord) -> int:
    """Store a run (creating or renaming its trainee); its new id."""
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO trainee (pseudonym, display_name) VALUES (?, ?) ON CONFLICT "
            "(pseudonym) DO UPDATE SET display_name = excluded.display_name",
            (run.trainee.pseudonym, run.trainee.display_name))
        cursor = connection.execute(
            "INSERT INTO run (trainee_id, scenario_id, scenario_title, station, started_at, "
            "ended_at, recorded_at, debrief_file) SELECT id, ?, ?, ?, ?, ?, ?, ? "
            "FROM trainee WHERE pseudonym = ?",
            (run.scenario_id, run.scenario_title, run.station, run.started_at.isoformat(),
             run.ended_at.isoformat(), _utc_text(run.recorded_at), run.debrief_file,
             run.trainee.pseudonym))
        run_id = cursor.lastrowid
        assert run_id is not None
        connection.executemany(
            "INSERT INTO objective_score (run_id, position, objective_id, text, points, "
            "max_points, passed, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, position, o.id, o.text, o.points, o.max_points, int(o.passed),
              o.feedback) for position, o in enumerate(run.objectives)])
    return run_id


def _runs(connection: sqlite3.Connection, where: str, args: Iterable[object]) -> list[RunRecord]:
    rows = connection.execute(
        f"SELECT {_RUN_COLUMNS} FROM run JOIN trainee ON trainee.id = run.trainee_id "
        f"WHERE {where} ORDER BY run.recorded_at, run.id", tuple(args)).fetchall()
    scores: dict[int, list[ObjectiveRecord]] = {row[0]: [] for row in rows}
    if rows:
        marks = ",".join("?" * len(scores))
        for run_id, objective_id, text, points, max_points, passed, feedback in (
                connection.execute(
                    "SELECT run_id, objective_id, text, points, max_points, passed, feedback "
                    f"FROM objective_score WHERE run_id IN ({marks}) ORDER BY run_id, "
                    "position", tuple(scores))):
            scores[run_id].append(ObjectiveRecord(objective_id, text, points, max_points,
                                                  bool(passed), feedback))
    return [RunRecord(trainee=Trainee(pseudonym, name), scenario_id=scenario_id,
                      scenario_title=title, station=station,
                      started_at=datetime.fromisoformat(started),
                      ended_at=datetime.fromisoformat(ended),
                      recorded_at=datetime.fromisoformat(recorded),
                      objectives=tuple(scores[run_id]), debrief_file=debrief, run_id=run_id)
            for (run_id, pseudonym, name, scenario_id, title, station, started, ended, recorded,
                 debrief) in rows]


def trainee_history(connection: sqlite3.Connection, pseudonym: str) -> list[RunRecord]:
    """Every run of one trainee, oldest first."""
    return _runs(connection, "trainee.pseudonym = ?", [pseudonym])


def cohort(connection: sqlite3.Connection, scenario_id: str) -> list[RunRecord]:
    """Every run of one scenario, oldest first."""
    return _runs(connection, "run.scenario_id = ?", [scenario_id])


def run_count(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT count(*) FROM run").fetchone()[0]


def find_trainees(connection: sqlite3.Connection, text: str) -> list[TraineeSummary]:
    """Trainees whose id or name contains ``text`` (any case), with their run summary."""
    rows = connection.execute(
        "SELECT trainee.pseudonym, trainee.display_name, count(DISTINCT run.id), "
        "max(run.recorded_at), "
        "100.0 * sum(objective_score.points) / max(sum(objective_score.max_points), 1) "
        "FROM trainee JOIN run ON run.trainee_id = trainee.id "
        "JOIN objective_score ON objective_score.run_id = run.id "
        "WHERE instr(lower(trainee.pseudonym), lower(?1)) > 0 "
        "OR instr(lower(trainee.display_name), lower(?1)) > 0 "
        "GROUP BY trainee.id ORDER BY lower(trainee.display_name), trainee.pseudonym",
        (text.strip(),)).fetchall()
    return [TraineeSummary(Trainee(pseudonym, name), runs, datetime.fromisoformat(last),
                           float(mean))
            for pseudonym, name, runs, last, mean in rows]


def known_trainee(connection: sqlite3.Connection, pseudonym: str) -> Trainee | None:
    row = connection.execute("SELECT pseudonym, display_name FROM trainee WHERE pseudonym = ?",
                             (pseudonym,)).fetchone()
    return Trainee(*row) if row else None


def scenarios(connection: sqlite3.Connection) -> list[ScenarioSummary]:
    """Every scenario with runs, by title (the latest title of each id)."""
    rows = connection.execute(
        "SELECT scenario_id, (SELECT scenario_title FROM run AS r WHERE r.scenario_id = "
        "run.scenario_id ORDER BY recorded_at DESC LIMIT 1), count(*) FROM run "
        "GROUP BY scenario_id ORDER BY 2, 1").fetchall()
    return [ScenarioSummary(*row) for row in rows]
