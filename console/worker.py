"""Runs pump calls one at a time on a worker thread; results come back as signals.

A serial link can take seconds to answer or time out, and even the simulated pump may
jump years of delivery on a call, so the GUI thread never makes a pump call itself: it
submits a job and gets ``finished`` or ``failed`` later. Jobs run in order, one at a
time, because a pump serves one request at a time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from device.pump_api import PumpError


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
        self.pending = 0
        self._thread = QThread()
        self._thread.setObjectName("pump-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.done.connect(self._on_done)
        self._runner.error.connect(self._on_error)
        self._thread.start()

    def submit(self, call: Callable[[], Any]) -> int:
        """Queue a call; returns its job id (use it to match the result or to cancel)."""
        job_id = next(self._ids)
        self.pending += 1
        self._submit.emit(job_id, call)
        return job_id

    def cancel(self, job_id: int) -> None:
        """Drop the result of a job: a call already on the link still completes there."""
        self._cancelled.add(job_id)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        self.pending -= 1
        if job_id in self._cancelled:
            self._cancelled.discard(job_id)
            return
        self.finished.emit(job_id, result)

    @Slot(int, object)
    def _on_error(self, job_id: int, error: object) -> None:
        self.pending -= 1
        if job_id in self._cancelled:
            self._cancelled.discard(job_id)
            return
        self.failed.emit(job_id, error)

    def stop(self, wait_ms: int = 5000) -> None:
        """End the thread after the job in hand (called when the app closes)."""
        self._thread.quit()
        self._thread.wait(wait_ms)
