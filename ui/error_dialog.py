"""Faults inside the console reach the user: a box saying what failed, where, and where
the log is, instead of a traceback on a terminal nobody reads.

Installed as ``sys.excepthook`` by the application; an exception raised in a Qt slot
arrives here too. The box does not block (a fault repeating at each poll would stack
modal boxes), and the full traceback goes to the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("itb_console")


def where_it_failed(trace: TracebackType | None) -> str:
    """The innermost frame of the console's own code: function, file and line."""
    frames = traceback.extract_tb(trace)
    ours = [f for f in frames if "itb_console" in f.filename] or frames
    if not ours:
        return "an unknown place"
    frame = ours[-1]
    return f"{frame.name} ({Path(frame.filename).name}, line {frame.lineno})"


def fault_message(error: BaseException, trace: TracebackType | None,
                  log_path: Path | None) -> str:
    kept = (f"The details are in the log: {log_path}" if log_path else
            "No log file could be written; the details went to the terminal.")
    return (f"Something went wrong inside the console: {type(error).__name__}: {error}\n"
            f"Where: {where_it_failed(trace)}.\n\n{kept}\n\nIf a pump command was under way, "
            "interrogate the pump (F5) to see it as it is before going on.")


def install_excepthook(log_path: Path | None) -> Callable[..., None]:
    """Log every uncaught exception and show it in a box; returns the hook."""
    boxes: list[QMessageBox] = []

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "Console fault",
                          fault_message(error, trace, log_path))
        boxes[:] = [b for b in boxes if b.isVisible()] + [box]
        box.open()

    sys.excepthook = hook
    return hook
