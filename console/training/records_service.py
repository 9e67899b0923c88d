"""The trainee records as the GUI sees them: ask, and hear the answer as a signal.

Windows never touch the database: they hand a job to the :class:`RecordStore` thread and
get its outcome back on their own thread through ``answered``, so the GUI thread never
waits on SQLite. The database lives in the application-data folder.
"""

from __future__ import annotations

from pathlib import Path

from itb_console.console.training.records import RunRecord
from itb_console.console.training.records_store import Job, RecordStore
from PySide6.QtCore import QObject, QStandardPaths, Signal

RECORDS_FILE = "trainee-records.sqlite3"


def default_records_path() -> Path:
    """The records database in this user's application-data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / RECORDS_FILE


class _Relay(QObject):
    """Carries the records thread's answers to the service.

    It has no parent, so a window closing (and deleting the service with it) never deletes
    the object the records thread is emitting on; the queued connections to a deleted
    service simply end.
    """

    answered = Signal(str, object, object)
    notice = Signal(str)


class RecordsService(QObject):
    """One records store for the application; answers arrive as signals."""

    answered = Signal(str, object, object)  # tag, result, error in words (None: done)
    notice = Signal(str)  # a damaged file set aside, or records that cannot be used

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._relay = _Relay()
        self._relay.answered.connect(self.answered)
        self._relay.notice.connect(self.notice)
        self.store = RecordStore(path, notice=self._relay.notice.emit)

    @property
    def last_notice(self) -> str:
        """The notice so far, for a window opened after it was sent."""
        return self.store.last_notice

    def ask(self, tag: str, job: Job) -> None:
        """Run ``job(connection)`` on the records thread; ``answered`` carries ``tag``."""
        relay = self._relay
        self.store.submit(job, lambda result, error: relay.answered.emit(tag, result, error))

    def record(self, tag: str, run: RunRecord) -> None:
        relay = self._relay
        self.store.record(run, lambda result, error: relay.answered.emit(tag, result, error))

    def close(self) -> bool:
        """Finish the queued writes (at exit); False if they did not finish in time."""
        return self.store.close()
