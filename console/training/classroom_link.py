"""The instructor panel's link to itb-classroom: every call off the GUI thread.

Reads run on one pool thread (one at a time: a slow tick is skipped, never queued),
commands and debrief saving on another pool, and results come back as queued signals;
the panel only draws. A read started before a change is dropped when it arrives and
read again, so the table never shows a station as it was before a click. Closing is
orderly: after :meth:`ClassroomLink.close` no signal comes from the link, calls not
started are cancelled, and the ones under way (which fail at once, the classroom being
closed) are waited for, for a bounded time. A new link first looks for a classroom that
a console which died left running, and reattaches to it (:meth:`ClassroomLink.reattach`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itb_console.console.background_jobs import BackgroundJobs
from itb_console.console.training.classroom_client import ClassroomClient, ClassroomError
from itb_console.console.training.classroom_protocol import (
    ProtocolError,
    StationRow,
    row_from_json,
)
from PySide6.QtCore import QDeadlineTimer, QObject, QStandardPaths, Signal

REATTACH = "Reattach"  # the answer's tag: a classroom left running, found again
CLOSE_WAIT_MS = 1000  # calls under way fail at once when the classroom closes


@dataclass(frozen=True)
class Answer:
    """What a call came back with: rows and per-station problems, or why it failed."""

    tag: str  # what the instructor asked for, in words ("Start", "Open", ...)
    rows: tuple[StationRow, ...] = ()
    problems: tuple[str, ...] = ()
    error: str | None = None
    value: Any = None  # what a background job returned (a saved file's path)


def default_announce_folder() -> Path:
    """Where this user's classrooms announce themselves: the runtime folder, emptied at
    logout, when their processes have ended too."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(runtime or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)) / "itb-classroom"


def rows_of(result: Any) -> tuple[list[StationRow], list[str]]:
    """The rows and problems of a classroom answer (``{"rows": [...], "problems": [...]}``)."""
    if not isinstance(result, dict) or not isinstance(result.get("rows"), list):
        raise ProtocolError("the classroom's answer has no list of rows")
    return ([row_from_json(r) for r in result["rows"]],
            [str(p) for p in result.get("problems", [])])


class ClassroomLink(QObject):
    """Calls the classroom on pool threads; answers arrive as signals on the GUI thread."""

    rows_ready = Signal(object)  # list[StationRow], in the classroom's order, never stale
    read_failed = Signal(str)
    answered = Signal(object)  # Answer, one per call, as each finishes
    reattached = Signal(object)  # Answer: a classroom left running, taken over, or why not

    def __init__(self, client: ClassroomClient | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client or ClassroomClient(announce_folder=default_announce_folder())
        self.reads = BackgroundJobs(1, owner=self)
        self.calls = BackgroundJobs(2, owner=self)
        self.reading = False
        self._ticket = 0
        self._again: tuple[str | None] | None = None  # (actions_of,) of a read to do again
        self._closed = False

    # ------------------------------------------------------------------ reads
    def request(self, actions_of: str | None = None, *, fresh: bool = False) -> bool:
        """Start a read unless one is under way (then False: the tick is skipped).

        ``fresh`` is for just after a change: a read under way is dropped when it arrives
        and a new one follows at once. ``actions_of`` names the station whose every
        action is wanted (the others come with their last action only).
        """
        if fresh:
            self.invalidate()
        if self.reading:
            if fresh:
                self._again = (actions_of,)
            return False
        self._start_read(actions_of)
        return True

    def invalidate(self) -> None:
        """Rows from reads under way now are out of date when they arrive."""
        self._ticket += 1

    def _start_read(self, actions_of: str | None) -> None:
        self.reading = True
        ticket = self._ticket
        self.reads.start(lambda: self.read_rows(actions_of),
                         lambda got: self._arrived((ticket, got)))

    def read_rows(self, actions_of: str | None = None) -> list[StationRow] | str:
        """One read, here and now (the read thread runs this): rows, or why not."""
        if not self.client.started:
            return []
        try:
            args: dict[str, Any] = {} if actions_of is None else {"actions_of": actions_of}
            return rows_of(self.client.call("read", **args))[0]
        except (ClassroomError, ProtocolError) as error:
            return str(error)

    def _arrived(self, result: tuple[int, list[StationRow] | str]) -> None:
        ticket, got = result
        self.reading = False
        if isinstance(got, str):
            self.read_failed.emit(got)
        elif ticket == self._ticket:
            self.rows_ready.emit(got)
        if self._again is not None and not self._closed:
            (actions_of,), self._again = self._again, None
            self._start_read(actions_of)

    # ------------------------------------------------------------------ commands
    def call(self, tag: str, op: str, **args: Any) -> None:
        """Send ``op`` to the classroom (started on the first Open); answered by ``tag``."""
        def work() -> Answer:
            try:
                if op == "open":
                    self.client.start()
                rows, problems = rows_of(self.client.call(op, **args))
                return Answer(tag, tuple(rows), tuple(problems))
            except (ClassroomError, ProtocolError) as error:
                return Answer(tag, error=str(error))
        self.invalidate()
        self.calls.start(work, self.answered.emit)

    def reattach(self) -> None:
        """Take over a classroom left running by a console that died, if there is one.

        ``reattached`` then carries its stations' rows and the announcement (``value``),
        or the error; nothing comes when there is no such classroom.
        """
        def work() -> Answer:
            try:
                found = self.client.reattach()
                if found is None:
                    return Answer(REATTACH)
                rows, problems = rows_of(self.client.call("read"))
                return Answer(REATTACH, tuple(rows), tuple(problems), value=found)
            except (ClassroomError, ProtocolError, OSError) as error:
                return Answer(REATTACH, error=f"a classroom left running: {error}")
        self.invalidate()
        self.calls.start(work, self._reattach_answered)

    def _reattach_answered(self, answer: Answer) -> None:
        if answer.value is not None or answer.error is not None:
            self.reattached.emit(answer)

    def run(self, tag: str, work: Callable[[], Any],
            expected: tuple[type[Exception], ...] = ()) -> None:
        """Run ``work`` off the GUI thread; its value (or expected error) comes as an Answer."""
        caught: tuple[type[Exception], ...] = (ClassroomError, ProtocolError, *expected)

        def job() -> Answer:
            try:
                return Answer(tag, value=work())
            except caught as error:
                return Answer(tag, error=str(error))
        self.calls.start(job, self.answered.emit)

    def close(self, wait_ms: int = CLOSE_WAIT_MS) -> bool:
        """End the classroom (its stations stop serving) and the calls to it.

        From here on the link emits nothing. Calls not started are cancelled; those
        under way fail at once (the client is closed) and are waited for up to
        ``wait_ms`` in all. False if one was still running then: it ends on its own,
        unheard.
        """
        self._closed = True
        self.client.close()
        deadline = QDeadlineTimer(wait_ms)
        reads_done = self.reads.close(deadline.remainingTime())
        return self.calls.close(deadline.remainingTime()) and reads_done
