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

from itb_console.console.translation import tr
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("itb_console")


def where_it_failed(trace: TracebackType | None) -> str:
    """The innermost frame of the console's own code: function, file and line."""
    frames = traceback.extract_tb(trace)
    ours = [f for f in frames if "itb_console" in f.filename] or frames
    if not ours:
        return tr("an unknown place")
    frame = ours[-1]
    return tr("{function} ({file}, line {line})").format(
        function=frame.name, file=Path(frame.filename).name, line=frame.lineno)


def fault_message(error: BaseException, trace: TracebackType | None,
                  log_path: Path | None) -> str:
    kept = (tr("The details are in the log: {path}").format(path=log_path) if log_path else
            tr("No log file could be written; the details went to the terminal."))
    return tr("Something went wrong inside the console: {error}\nWhere: {where}.\n\n{kept}"
              "\n\nIf a pump command was under way, interrogate the pump (F5) to see it as it "
              "is before going on.").format(error=f"{type(error).__name__}: {error}",
                                            where=where_it_failed(trace), kept=kept)


def install_excepthook(log_path: Path | None) -> Callable[..., None]:
    """Log every uncaught exception and show it in a box; returns the hook."""
    boxes: list[QMessageBox] = []

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Console fault"),
                          fault_message(error, trace, log_path))
        boxes[:] = [b for b in boxes if b.isVisible()] + [box]
        box.open()

    sys.excepthook = hook
    return hook
