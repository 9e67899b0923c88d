"""The one thread that owns the trainee-records database: every read and write goes here.

Callers (the instructor panel, the records window, 30 stations scored at once) hand a
job to :meth:`RecordStore.submit` and never wait: the thread opens the database (setting
a damaged file aside), runs the jobs in the order they came, and hands each result or
error, in words, to the job's callback on this thread. One writer means no lock
contention inside the program; WAL and a busy timeout cover a second program on the
same file.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itb_console.console.training.records import RunRecord
from itb_console.console.training.records_db import RecordsDatabaseError, open_records
from itb_console.console.training.records_queries import insert_run

Job = Callable[[sqlite3.Connection], Any]
Done = Callable[[Any, "str | None"], None]  # (result, error in words)
CLOSE_TIMEOUT_S = 30.0
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Request:
    job: Job
    done: Done | None


def _ignore(_result: Any, _error: str | None) -> None:
    """A job whose caller does not need the answer."""


class RecordStore:
    """The records database behind one thread; ``notice`` hears about a set-aside file."""

    def __init__(self, path: Path, notice: Callable[[str], None] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.path = path
        self._notice = notice or (lambda _text: None)
        self.last_notice = ""  # set on the records thread before ``notice`` is called
        self._clock = clock
        self._requests: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="records-db", daemon=True)
        self._thread.start()

    def submit(self, job: Job, done: Done | None = None) -> None:
        """Run ``job(connection)`` on the database thread; ``done`` gets its outcome."""
        self._requests.put(_Request(job, done or _ignore))

    def record(self, run: RunRecord, done: Done | None = None) -> None:
        """Store one scored run (its id goes to ``done``)."""
        self.submit(lambda connection: insert_run(connection, run), done)

    def close(self, timeout_s: float = CLOSE_TIMEOUT_S) -> bool:
        """Finish the queued jobs, then close; False if they did not finish in time."""
        self._requests.put(None)
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _serve(self) -> None:
        connection: sqlite3.Connection | None = None
        problem = ""
        try:
            opened = open_records(self.path, self._clock())
            connection = opened.connection
            if opened.notice:
                self.last_notice = opened.notice
                self._notice(opened.notice)
        except (RecordsDatabaseError, sqlite3.Error, OSError) as error:
            problem = (f"The trainee records at {self.path} cannot be used: {error}. Runs "
                       "are not being recorded until this is fixed.")
            self.last_notice = problem
            self._notice(problem)
        while (request := self._requests.get()) is not None:
            if connection is None:
                self._answer(request, None, problem)
                continue
            try:
                result = request.job(connection)
            except (sqlite3.Error, ValueError) as error:  # ValueError: a row that is not valid
                self._answer(request, None, f"the trainee records could not be read or "
                                            f"written ({error})")
            else:
                self._answer(request, result, None)
        if connection is not None:
            connection.close()

    @staticmethod
    def _answer(request: _Request, result: Any, error: str | None) -> None:
        """Hand over an outcome; a failing callback is logged and the thread goes on."""
        assert request.done is not None
        try:
            request.done(result, error)
        except Exception:
            _log.exception("a trainee-records callback failed")
