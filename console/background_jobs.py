"""Work on a thread pool whose answers reach their owner on the GUI thread, or nowhere.

Why: a pool thread that emits on a window's own object can land on an object being
deleted (the owner's child pool waits for the job inside the owner's destructor, and the
emit arrives on a half-destroyed object: the rare segfault seen in the suite). Here the
pool and the object the jobs emit on live apart from the owner, under the application,
until the last job has answered. An answer is handed to the owner on the GUI thread only
while the owner is open; the owner is closed and deleted on that same thread, so the
check cannot race. Closing is orderly and bounded: jobs not started yet are cancelled
(unless they are writes the user asked for, which finish), running ones are waited for
up to a limit, and whatever they say afterwards is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal

_CANCELLED = object()  # what a job closed before it started answers


@dataclass(frozen=True)
class _Failed:
    """A job raised what nobody expected: raised again on the GUI thread, never lost."""

    error: BaseException


class BackgroundJobs(QObject):
    """Runs callables on its own pool; each value is handed to its ``answer`` on the GUI thread.

    Every reference a job takes with it (its work, its answer, its value, and through
    them often the owner itself) is held here and dropped on the GUI thread: were a pool
    thread to drop the last one, the owner could be deleted on that thread.
    """

    _answered = Signal(int)  # the job's number: its value waits in ``_values``

    def __init__(self, threads: int, owner: QObject | None = None, *,
                 finish_on_close: bool = False) -> None:
        """``threads`` run at once; ``owner`` being deleted closes these jobs.

        ``finish_on_close`` is for writes the user asked for: after close they still run
        to the end (their answers are dropped); otherwise jobs not started are cancelled.
        """
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("background jobs answer through the Qt event loop: "
                               "make the QApplication first")
        super().__init__(app)  # outlives the owner, not the application
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._finish_on_close = finish_on_close
        self._jobs: dict[int, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self._values: dict[int, Any] = {}  # set on a pool thread, taken on the GUI thread
        self._next = 0
        self._closed = False
        self._answered.connect(self._deliver)  # queued: this object lives on the GUI thread
        if owner is not None:
            owner.destroyed.connect(self._owner_gone, Qt.ConnectionType.DirectConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    def start(self, work: Callable[[], Any], answer: Callable[[Any], None]) -> None:
        """Run ``work`` on the pool; ``answer(value)`` follows on the GUI thread if still open."""
        if self._closed:
            return
        self._next += 1
        number = self._next
        self._jobs[number] = (work, answer)
        self._pool.start(lambda: self._run(number))

    def _run(self, number: int) -> None:
        """On a pool thread: it keeps no reference to the job once it has said its value."""
        value: Any = _CANCELLED
        if not self._closed or self._finish_on_close:
            work = self._jobs[number][0]
            try:
                value = work()
            except BaseException as error:
                value = _Failed(error)
            del work
        self._values[number] = value
        del value
        self._answered.emit(number)

    def _deliver(self, number: int) -> None:
        _work, answer = self._jobs.pop(number)
        value = self._values.pop(number)
        if self._closed and not self._jobs:
            self.deleteLater()  # the last job has answered: nothing will emit here again
        if isinstance(value, _Failed):
            raise value.error
        if not self._closed and value is not _CANCELLED:
            answer(value)

    def close(self, wait_ms: int = 0) -> bool:
        """No answer is handed on from now; wait up to ``wait_ms`` for running jobs.

        True when no job is running any more (the ones that were not started are
        cancelled); False when one still runs after ``wait_ms`` (it ends on its own,
        and what it says is dropped).
        """
        first = not self._closed
        self._closed = True
        if not self._jobs:
            if first:
                self.deleteLater()
            return True
        return self._pool.waitForDone(wait_ms)

    def _owner_gone(self) -> None:
        self.close()
