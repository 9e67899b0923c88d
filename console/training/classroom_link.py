"""The instructor panel's link to itb-classroom: every call off the GUI thread.

Reads run on one pool thread (one at a time: a slow tick is skipped, never queued),
commands and debrief saving on another pool, and results come back as queued signals;
the panel only draws. A read started before a change is dropped when it arrives and
read again, so the table never shows a station as it was before a click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from itb_console.console.training.classroom_client import ClassroomClient, ClassroomError
from itb_console.console.training.classroom_protocol import (
    ProtocolError,
    StationRow,
    row_from_json,
)
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


@dataclass(frozen=True)
class Answer:
    """What a call came back with: rows and per-station problems, or why it failed."""

    tag: str  # what the instructor asked for, in words ("Start", "Open", ...)
    rows: tuple[StationRow, ...] = ()
    problems: tuple[str, ...] = ()
    error: str | None = None
    value: Any = None  # what a background job returned (a saved file's path)


def rows_of(result: Any) -> tuple[list[StationRow], list[str]]:
    """The rows and problems of a classroom answer (``{"rows": [...], "problems": [...]}``)."""
    if not isinstance(result, dict) or not isinstance(result.get("rows"), list):
        raise ProtocolError("the classroom's answer has no list of rows")
    return ([row_from_json(r) for r in result["rows"]],
            [str(p) for p in result.get("problems", [])])


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        super().__init__()
        self.work, self.done = work, done

    def run(self) -> None:
        self.done(self.work())


class ClassroomLink(QObject):
    """Calls the classroom on pool threads; answers arrive as signals on the GUI thread."""

    rows_ready = Signal(object)  # list[StationRow], in the classroom's order, never stale
    read_failed = Signal(str)
    answered = Signal(object)  # Answer, one per call, as each finishes
    _read_done = Signal(object)  # (ticket, rows or error text) from the read thread

    def __init__(self, client: ClassroomClient | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client or ClassroomClient()
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(1)
        self.calls = QThreadPool(self)
        self.calls.setMaxThreadCount(2)
        self._read_done.connect(self._arrived)
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
        self.reads.start(_Job(lambda: self.read_rows(actions_of),
                              lambda got: self._emit(self._read_done, (ticket, got))))

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
        self.calls.start(_Job(work, lambda answer: self._emit(self.answered, answer)))

    def run(self, tag: str, work: Callable[[], Any],
            expected: tuple[type[Exception], ...] = ()) -> None:
        """Run ``work`` off the GUI thread; its value (or expected error) comes as an Answer."""
        caught: tuple[type[Exception], ...] = (ClassroomError, ProtocolError, *expected)

        def job() -> Answer:
            try:
                return Answer(tag, value=work())
            except caught as error:
                return Answer(tag, error=str(error))
        self.calls.start(_Job(job, lambda answer: self._emit(self.answered, answer)))

    def _emit(self, signal: Any, value: Any) -> None:
        if not self._closed:
            signal.emit(value)

    def close(self) -> None:
        """End the classroom (its stations stop serving); calls under way fail at once."""
        self._closed = True
        self.client.close()
        self.reads.clear()
        self.calls.clear()
