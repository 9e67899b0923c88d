"""Runs pump calls one at a time on a worker thread; results come back as signals.

A serial link can take seconds to answer or time out, and even the simulated pump may
jump years of delivery on a call, so the GUI thread never makes a pump call itself: it
submits a job and gets ``finished`` or ``failed`` later. Jobs run in order, one at a
time, because a pump serves one request at a time.

Each job has a deadline measured on the GUI thread: when it passes, the caller gets a
:class:`PumpTimeout` at once and the late result, if it ever comes, is dropped. The call
itself cannot be interrupted (a serial read is blocking), so ``pending`` still counts it
until the link is free again. For the same reason ending the thread waits for nothing:
``finish`` lets it end after the jobs in hand, and only the application's exit, with no
window left, waits for it a bounded time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from itb_console.console import number_style as style
from itb_console.device.pump_api import PumpError, PumpTimeout
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

DEFAULT_TIMEOUT_MS = 15_000


class _Runner(QObject):
    """Lives on the worker thread; executes each job it is sent."""

    done = Signal(int, object)
    error = Signal(int, object)

    @Slot()
    def end_thread(self) -> None:
        """The last job: the thread's loop ends once the jobs sent before it are done."""
        QThread.currentThread().quit()

    @Slot(int, object)
    def run(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except PumpError as failure:
            self.error.emit(job_id, failure)
        except Exception as failure:  # a bug must reach the user as a message, not kill I/O
            self.error.emit(job_id, PumpError(f"Unexpected error in the pump link: {failure}"))
        else:
            self.done.emit(job_id, result)


class PumpWorker(QObject):
    """Submit callables; get ``finished(job_id, result)`` or ``failed(job_id, error)``."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    _submit = Signal(int, object)
    _finish = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._cancelled: set[int] = set()
        self._deadlines: dict[int, QTimer] = {}
        self.pending = 0
        self._thread = QThread()
        self._thread.setObjectName("pump-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._finish.connect(self._runner.end_thread)
        self._runner.done.connect(self._on_done)
        self._runner.error.connect(self._on_error)
        self._thread.start()

    def submit(self, call: Callable[[], Any], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> int:
        """Queue a call; returns its job id (use it to match the result or to cancel).

        The deadline counts from submission, so time spent queued behind another call
        counts too: the user waits for the answer, not for the link.
        """
        if timeout_ms <= 0:
            raise ValueError(f"timeout_ms must be a positive number of milliseconds, "
                             f"not {timeout_ms}")
        job_id = next(self._ids)
        self.pending += 1
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: self._expire(job_id, timeout_ms))
        self._deadlines[job_id] = deadline
        deadline.start(timeout_ms)
        self._submit.emit(job_id, call)
        return job_id

    def cancel(self, job_id: int) -> None:
        """Drop the result of a job: a call already on the link still completes there."""
        self._cancelled.add(job_id)
        self._clear_deadline(job_id)

    def _clear_deadline(self, job_id: int) -> None:
        deadline = self._deadlines.pop(job_id, None)
        if deadline is not None:
            deadline.stop()
            deadline.deleteLater()

    def _expire(self, job_id: int, timeout_ms: int) -> None:
        self.cancel(job_id)
        self.failed.emit(job_id, PumpTimeout(
            f"The pump did not answer within {style.seconds(timeout_ms / 1000)}."))

    def _take(self, job_id: int) -> bool:
        """Account for a finished call; True when its result should be delivered."""
        self.pending -= 1
        self._clear_deadline(job_id)
        if job_id in self._cancelled:
            self._cancelled.discard(job_id)
            return False
        return True

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        if self._take(job_id):
            self.finished.emit(job_id, result)

    @Slot(int, object)
    def _on_error(self, job_id: int, error: object) -> None:
        if self._take(job_id):
            self.failed.emit(job_id, error)

    @property
    def pump_thread(self) -> QThread:
        """The thread the calls run on (QObject's own ``thread()`` is the GUI thread)."""
        return self._thread

    def finish(self) -> None:
        """End the thread after the jobs already sent (a session's close among them),
        waiting for nothing: closing the application must not wait on a link. The thread
        is kept referenced until it has ended (:data:`ENDING`), so that Qt never destroys
        it running, even if this worker is freed first."""
        _keep_until_ended(self._thread, self._runner)
        self._finish.emit()

    def wait(self, wait_ms: int) -> bool:
        """Wait at most ``wait_ms`` for the thread to end (after :meth:`finish`); says
        whether it did. One still blocked in a call stays in :data:`ENDING`; the
        application ends the process without waiting for it. Never called on the GUI
        thread while a window is open.
        """
        return self._thread.wait(wait_ms)


# Worker threads told to end that may not have yet (one may be stuck in a call on a dead
# link), with the runners they execute: referenced until they end, pruned as they do.
ENDING: list[tuple[QThread, QObject]] = []


def _keep_until_ended(thread: QThread, runner: QObject) -> None:
    ENDING[:] = [(kept, its) for kept, its in ENDING if kept.isRunning()]
    if all(kept is not thread for kept, _its in ENDING):
        ENDING.append((thread, runner))


def any_worker_running() -> bool:
    """A worker thread still in a call (the process may end without it)."""
    return any(thread.isRunning() for thread, _runner in ENDING)
