"""Runs pump calls one at a time on a worker thread; results come back as signals.

A serial link can take seconds to answer or time out, and even the simulated pump may
jump years of delivery on a call, so the GUI thread never makes a pump call itself: it
submits a job and gets ``finished`` or ``failed`` later. Jobs run in order, one at a
time, because a pump serves one request at a time.

Each job has a deadline measured on the GUI thread: when it passes, the caller gets a
:class:`PumpTimeout` at once and the late result, if it ever comes, is dropped. The call
itself cannot be interrupted (a serial read is blocking), so ``pending`` still counts it
until the link is free again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from itb_console.device.pump_api import PumpError, PumpTimeout
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

DEFAULT_TIMEOUT_MS = 15_000


class _Runner(QObject):
    """Lives on the worker thread; executes each job it is sent."""

    done = Signal(int, object)
    error = Signal(int, object)

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
            f"The pump did not answer within {timeout_ms / 1000:g} s."))

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

    def stop(self, wait_ms: int = 5000) -> bool:
        """End the thread after the job in hand (called when the app closes).

        Waits at most ``wait_ms`` and says whether the thread ended. One still blocked in
        a call is kept referenced (:data:`ABANDONED`) so that Qt never destroys it
        running; the application ends the process without waiting for it.
        """
        self._thread.quit()
        if self._thread.wait(wait_ms):
            return True
        if all(thread is not self._thread for thread, _runner in ABANDONED):
            ABANDONED.append((self._thread, self._runner))  # both outlive this worker
        return False


# Worker threads still blocked in a call at shutdown, with the runner executing it.
ABANDONED: list[tuple[QThread, QObject]] = []


def any_abandoned_running() -> bool:
    return any(thread.isRunning() for thread, _runner in ABANDONED)
