"""The console's log file: a rotating file in the platform's app-data folder.

Errors shown to a user (a failed connection, a lost link, a refused or unknown command,
a fault in the console itself) are also written here with their details, so a trainer
can send the file when something went wrong in a session. Training mock, not for
clinical use.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QStandardPaths

LOG_NAME = "itb-console.log"
MAX_BYTES = 1_000_000  # then rotated: the log never grows without bound
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """The app-data folder's ``logs`` (after the application and organisation names
    are set, so that each product has its own)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs"


def start_logging(folder: Path | None = None) -> Path | None:
    """Log INFO and above to the rotating file; returns its path, or None (with a
    warning on stderr) when the folder cannot be written."""
    where = folder or log_folder()
    try:
        where.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(where / LOG_NAME, maxBytes=MAX_BYTES,
                                                       backupCount=BACKUPS, encoding="utf-8")
    except OSError as failure:
        logging.getLogger(__name__).warning("no log file in %s: %s", where, failure)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return where / LOG_NAME
