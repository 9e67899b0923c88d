"""Reading and writing files off the GUI thread: exports, PDFs and scenarios.

A window hands over the whole write (text built, file written atomically) and hears
how it went through ``finished``; the GUI thread never waits on a disk. A failure comes
back in words (the file and why), never as a traceback. A window that closes or is
deleted hears nothing more, but the writes it asked for still finish
(:class:`~itb_console.console.background_jobs.BackgroundJobs`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from itb_console.console.background_jobs import BackgroundJobs
from PySide6.QtCore import QObject, Signal


class FileJobs(QObject):
    """Runs file writes on one thread, in the order asked; answers on the owner's thread."""

    finished = Signal(str, object)  # tag, None when done or the failure in words
    answered = Signal(str, object, object)  # tag, what ``ask`` read, None or the failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # one thread, in the order asked: a later save wins
        self.jobs = BackgroundJobs(1, owner=self, finish_on_close=True)

    def run(self, tag: str, write: Callable[[], None]) -> None:
        def job() -> str | None:
            try:
                write()
            except (OSError, ValueError) as error:
                return str(error)
            return None
        self.jobs.start(job, lambda error: self.finished.emit(tag, error))

    def ask(self, tag: str, read: Callable[[], Any]) -> None:
        """Run ``read`` (open a file, check a scenario); its value comes in ``answered``."""
        def job() -> tuple[Any, str | None]:
            try:
                return read(), None
            except (OSError, ValueError) as error:
                return None, str(error)
        self.jobs.start(job, lambda got: self.answered.emit(tag, *got))
