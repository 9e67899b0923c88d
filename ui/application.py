"""The running QApplication, typed as one (Qt's ``instance()`` gives a QCoreApplication)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The running QApplication, or a new one: every window here needs the widgets kind."""
    app = QApplication.instance()
    if app is None:
        return QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("A QCoreApplication is running; the console needs a QApplication.")
    return app
