"""Trainee records: schema and migrations, runs stored whole, 30 concurrent writers,
damaged files kept aside (never overwritten), a newer file refused."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from itb_console.console.training.debrief import ObjectiveRecord
from itb_console.console.training.records import RecordError, RunRecord, Trainee
from itb_console.console.training.records_db import (
    MIGRATIONS,
    SCHEMA_VERSION,
    RecordsDatabaseError,
    damage_of,
    migrate,
    open_records,
)
from itb_console.console.training.records_queries import (
    cohort,
    find_trainees,
    insert_run,
    run_count,
    scenarios,
    trainee_history,
)
from itb_console.console.training.records_store import RecordStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WORLD = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def run_of(pseudonym: str = "TR-01", name: str = "A. Trainee", *, passed: bool = True,
           scenario: str = "routine-refill", day: int = 0, station: str = "Station 1"
           ) -> RunRecord:
    return RunRecord(
        trainee=Trainee(pseudonym, name), scenario_id=scenario,
        scenario_title=scenario.replace("-", " ").capitalize(), station=station,
        started_at=WORLD, ended_at=WORLD + timedelta(minutes=12),
        recorded_at=NOW + timedelta(days=day),
        objectives=(ObjectiveRecord("interrogate-first", "Interrogate first", 20, 20, True,
                                    "You read the pump first."),
                    ObjectiveRecord("refilled", "Refill 20 mL", 30 if passed else 0, 30,
                                    passed, "Refilled." if passed else "Not refilled.")),
        debrief_file="/tmp/debrief.json")


def opened(path: Path) -> sqlite3.Connection:
    return open_records(path, NOW).connection


def test_a_run_reads_back_exactly_with_its_scores(tmp_path: Path) -> None:
    connection = opened(tmp_path / "records.sqlite3")
    stored = run_of(passed=False)
    run_id = insert_run(connection, stored)
    [back] = trainee_history(connection, "TR-01")
    assert back == RunRecord(**{**stored.__dict__, "run_id": run_id})
    assert (back.score, back.max_score, round(back.percent, 1)) == (20, 50, 40.0)


def test_history_cohort_search_and_scenarios(tmp_path: Path) -> None:
    connection = opened(tmp_path / "records.sqlite3")
    insert_run(connection, run_of("TR-01", "Ann Bell", day=2))
    insert_run(connection, run_of("TR-01", "Ann Bell", passed=False, day=0))
    insert_run(connection, run_of("TR-02", "Carl Diaz", scenario="spinal-titration", day=1))
    assert [r.recorded_at.day for r in trainee_history(connection, "TR-01")] == [25, 27]
    assert [r.trainee.pseudonym for r in cohort(connection, "routine-refill")] == ["TR-01"] * 2
    [ann] = find_trainees(connection, "bell")
    assert (ann.trainee.pseudonym, ann.runs, ann.mean_percent) == ("TR-01", 2, 70.0)
    assert ann.last_recorded_at == NOW + timedelta(days=2)
    assert [s.trainee.pseudonym for s in find_trainees(connection, "tr-0")] == ["TR-01", "TR-02"]
    assert find_trainees(connection, "%") == []  # no wildcards: '%' is a character
    assert [(s.scenario_id, s.runs) for s in scenarios(connection)] == [
        ("routine-refill", 2), ("spinal-titration", 1)]


def test_database_is_wal_with_the_current_schema(tmp_path: Path) -> None:
    connection = opened(tmp_path / "records.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2


def test_an_old_schema_is_migrated_forward_keeping_its_runs(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    insert_run(old, run_of())
    old.close()
    connection = opened(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    indexes = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"run_by_trainee", "run_by_scenario"} <= indexes
    assert run_count(connection) == 1


def test_a_newer_schema_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    opened(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(RecordsDatabaseError, match="written by a newer console"):
        migrate(sqlite3.connect(path, isolation_level=None))
    with pytest.raises(RecordsDatabaseError, match="schema 3; this one reads up to 2"):
        open_records(path, NOW)
    assert path.read_bytes() == before


@pytest.mark.parametrize("damage, reason", [
    (lambda path: path.write_bytes(b"this is not a database at all" * 100),
     "it is not an SQLite database"),
    (lambda path: path.write_bytes(path.read_bytes()[:4096] + b"\x00\xff" * 4096),
     "SQLite"),
])
def test_a_damaged_file_is_kept_aside_and_a_new_database_started(tmp_path: Path, damage,
                                                                 reason: str) -> None:
    path = tmp_path / "records.sqlite3"
    connection = opened(path)
    for day in range(40):  # enough pages that a cut file is missing some
        insert_run(connection, run_of(day=day))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    assert reason in (damage_of(path) or "")
    result = open_records(path, datetime(2026, 12, 1, 8, 30, 5, tzinfo=UTC))
    kept = tmp_path / "records.sqlite3.damaged-20261201T083005"
    assert kept.read_bytes() == damaged_bytes  # kept, byte for byte
    assert result.notice is not None
    assert "could not be used" in result.notice and kept.name in result.notice
    assert "a new empty database was started" in result.notice
    assert run_count(result.connection) == 0
    result.connection.close()
    damage(path)  # damaged again within the same second: the first kept file stays
    open_records(path, datetime(2026, 12, 1, 8, 30, 5, tzinfo=UTC)).connection.close()
    assert kept.read_bytes() == damaged_bytes
    assert (tmp_path / "records.sqlite3.damaged-20261201T083005-2").exists()


def test_another_programs_database_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (name TEXT)")
    other.commit()
    other.close()
    notice = open_records(path, NOW).notice
    assert notice is not None and "another program" in notice
    assert (tmp_path / "records.sqlite3.damaged-20261125T120000").exists()


def test_thirty_stations_recording_at_once_lose_nothing(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "records.sqlite3")
    ids: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def done(run_id: int, error: str | None) -> None:
        with lock:
            (errors.append(error) if error else ids.append(run_id))

    start = threading.Barrier(30)

    def station(number: int) -> None:
        start.wait()
        for day in range(10):
            store.record(run_of(f"TR-{number:02}", f"Trainee {number}", day=day,
                                station=f"Station {number}"), done)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(1, 31)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.close()
    assert errors == []
    assert sorted(ids) == list(range(1, 301))
    connection = opened(tmp_path / "records.sqlite3")
    assert run_count(connection) == 300
    assert connection.execute("SELECT count(*) FROM objective_score").fetchone()[0] == 600
    assert len(find_trainees(connection, "")) == 30
    assert all(len(trainee_history(connection, f"TR-{n:02}")) == 10 for n in range(1, 31))


def _record_from_process(path: str, number: int) -> None:
    store = RecordStore(Path(path))
    for day in range(5):
        store.record(run_of(f"TR-{number:02}", f"Trainee {number}", day=day))
    assert store.close()


def test_two_programs_on_the_same_file_lose_nothing(tmp_path: Path) -> None:
    """Two consoles (processes) recording into one file: WAL and the busy timeout."""
    path = tmp_path / "records.sqlite3"
    opened(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_from_process, args=(str(path), n))
               for n in range(1, 5)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert run_count(opened(path)) == 20


def test_the_store_tells_the_user_about_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    heard: list[str] = []
    store = RecordStore(path, notice=heard.append, clock=lambda: NOW)
    answers: list[tuple[int, str | None]] = []
    store.record(run_of(), lambda result, error: answers.append((result, error)))
    assert store.close()
    assert answers == [(1, None)]
    assert len(heard) == 1 and "records.sqlite3.damaged-20261125T120000" in heard[0]


def test_a_store_that_cannot_open_answers_every_job_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    opened(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    heard: list[str] = []
    store = RecordStore(path, notice=heard.append)
    answers: list[tuple[object, str | None]] = []
    store.record(run_of(), lambda result, error: answers.append((result, error)))
    assert store.close()
    assert answers[0][0] is None and "newer console" in (answers[0][1] or "")
    assert "Runs are not being recorded" in heard[0]


@pytest.mark.parametrize("pseudonym, name, message", [
    ("", "Ann", "trainee id: '' must be 1 to 32"),
    ("Ann Bell", "Ann", "trainee id: 'Ann Bell' must be"),
    ("-TR", "Ann", "starting with a letter or digit"),
    ("TR-01", "  ", "display name: '  ' must be 1 to 80"),
    ("TR-01", "x" * 81, "must be 1 to 80 printable"),
    ("TR-01", "Ann\x07", "printable"),
])
def test_bad_trainees_are_refused_with_the_field(pseudonym: str, name: str,
                                                 message: str) -> None:
    with pytest.raises(RecordError, match=message.replace("(", r"\(")):
        Trainee(pseudonym, name)


def test_a_run_needs_aware_times_and_an_objective() -> None:
    with pytest.raises(RecordError, match=r"recorded_at: .* has no time zone"):
        RunRecord(**{**run_of().__dict__, "recorded_at": datetime(2026, 11, 25)})
    with pytest.raises(RecordError, match="at least one scored objective"):
        RunRecord(**{**run_of().__dict__, "objectives": ()})
