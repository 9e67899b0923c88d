"""Reading and writing files off the GUI thread: exports, PDFs and scenarios.

A window hands over the whole write (text built, file written atomically) and hears
how it went through ``finished``; the GUI thread never waits on a disk. A failure comes
back in words (the file and why), never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class FileJobs(QObject):
    """Runs file writes on Qt's thread pool; answers on the owner's thread."""

    finished = Signal(str, object)  # tag, None when done or the failure in words
    answered = Signal(str, object, object)  # tag, what ``ask`` read, None or the failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # in the order asked: a later save wins

    def run(self, tag: str, write: Callable[[], None]) -> None:
        def job() -> None:
            try:
                write()
            except (OSError, ValueError) as error:
                self.finished.emit(tag, str(error))
            else:
                self.finished.emit(tag, None)
        self.pool.start(job)

    def ask(self, tag: str, read: Callable[[], Any]) -> None:
        """Run ``read`` (open a file, check a scenario); its value comes in ``answered``."""
        def job() -> None:
            try:
                value = read()
            except (OSError, ValueError) as error:
                self.answered.emit(tag, None, str(error))
            else:
                self.answered.emit(tag, value, None)
        self.pool.start(job)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Let the writes in hand finish (when a window closes, or in tests)."""
        return self.pool.waitForDone(timeout_ms)
