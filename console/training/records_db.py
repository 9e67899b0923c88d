"""The trainee-records database file: its schema, its migrations, and damage detection.

The records are a trainer's competency evidence, so the file is never lost to a bug or a
crash: SQLite in WAL mode with full sync, the schema versioned in ``user_version`` and
brought forward by numbered migrations (each in one transaction), and a file that is
damaged or is not a records database is renamed aside with a timestamp, never written
over, before a new empty database is started. A file from a newer program is refused
and left alone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from itb_console.console.translation import tr

# "ITBR" as a big-endian number: marks the file as ours (PRAGMA application_id).
APPLICATION_ID = 0x49544252
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000  # another process (a second console) holding the write lock

MIGRATIONS: tuple[str, ...] = (
    # 1: trainees, runs, and the score of each objective of a run.
    f"""
    PRAGMA application_id = {APPLICATION_ID};
    CREATE TABLE trainee (
        id INTEGER PRIMARY KEY,
        pseudonym TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL
    );
    CREATE TABLE run (
        id INTEGER PRIMARY KEY,
        trainee_id INTEGER NOT NULL REFERENCES trainee(id),
        scenario_id TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        station TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        debrief_file TEXT NOT NULL
    );
    CREATE TABLE objective_score (
        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        objective_id TEXT NOT NULL,
        text TEXT NOT NULL,
        points INTEGER NOT NULL,
        max_points INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        feedback TEXT NOT NULL,
        PRIMARY KEY (run_id, position)
    );
    """,
    # 2: a trainee's history and a scenario's cohort are read by date.
    """
    CREATE INDEX run_by_trainee ON run (trainee_id, recorded_at);
    CREATE INDEX run_by_scenario ON run (scenario_id, recorded_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class RecordsDatabaseError(RuntimeError):
    """The records database cannot be used; the message says why in words."""


@dataclass(frozen=True)
class Opened:
    """An open database and, when an old file had to be set aside, what to tell the user."""

    connection: sqlite3.Connection
    notice: str | None = None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def damage_of(path: Path) -> str | None:
    """Why the file at ``path`` is not a sound records database, or None when it is."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "it is not an SQLite database (its first bytes are wrong)"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            check = [row[0] for row in connection.execute("PRAGMA quick_check")]
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as error:  # locked, no permission: not damage
        raise RecordsDatabaseError(f"the trainee records at {path} cannot be opened now "
                                   f"({error}); nothing was changed") from None
    except sqlite3.DatabaseError as error:
        return f"SQLite cannot read it ({error})"
    if check != ["ok"]:
        return f"SQLite's integrity check failed ({'; '.join(check[:3])})"
    if tables and application_id != APPLICATION_ID:
        return "it is an SQLite database of another program, not trainee records"
    return None


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged file (and its WAL companions) to a timestamped name; never delete."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    path.rename(kept)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(kept.with_name(kept.name + suffix))
    return kept


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one migration per transaction; the version."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RecordsDatabaseError(
            f"the trainee records were written by a newer console (schema {version}; this "
            f"one reads up to {SCHEMA_VERSION}); open them with that console. The file "
            "was not changed")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        try:
            connection.executescript(f"BEGIN IMMEDIATE; {MIGRATIONS[number - 1]}"
                                     f" PRAGMA user_version = {number}; COMMIT;")
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def open_records(path: Path, now: datetime) -> Opened:
    """Open (or create) the records at ``path``; a damaged file is kept aside first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    notice = None
    damage = damage_of(path)
    if damage is not None:
        kept = set_aside(path, now)
        notice = tr("The trainee records database could not be used: {damage}. It was kept "
                    "aside, unchanged, as {name} in {folder}, and a new empty database was "
                    "started. The earlier records are in the kept file (ask your IT support "
                    "to recover them).").format(damage=damage, name=kept.name,
                                                folder=kept.parent)
    connection = _connect(path)
    try:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise RecordsDatabaseError(f"the records folder {path.parent} does not allow "
                                       f"SQLite's write-ahead log (journal mode {mode})")
        connection.execute("PRAGMA synchronous = FULL")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return Opened(connection, notice)
