"""Keeps Qt's back-end chatter off the user's terminal, and every other Qt message on it.

On a computer without sound QtMultimedia writes a dozen lines at start-up (libraries it
could not load, PulseAudio refusing a connection) although the console already says in
words what matters: "Alarm sounds are off: this computer has no audio output". The
multimedia logging categories are switched off below critical, and the few uncategorised
notices known to be harmless go to the log file instead of the terminal; every other Qt
message is written as Qt writes it. ``QT_LOGGING_RULES`` still turns the categories back
on for a developer. Training mock, not for clinical use.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

QUIET_RULES = "\n".join(f"qt.multimedia*.{kind}=false" for kind in ("debug", "info", "warning"))
# Written by Qt without a category, so no rule can reach them; each is harmless here.
# A message starting with one of these is a notice.
HARMLESS_NOTICES = (
    "PulseAudioService: pa_context_connect() failed",  # no sound server: see alarm_sound
    # a desktop without a session's runtime folder: Qt makes a private one and uses it
    "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ",
    # offscreen pictures: there is no window manager to ask
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)
_log = logging.getLogger("qt")


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind != QtMsgType.QtFatalMsg and message.startswith(HARMLESS_NOTICES):
        _log.info("%s", message)
        return
    print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)


def quiet_qt_backends() -> None:
    """Before the QApplication is made: its plugins speak as they load."""
    QLoggingCategory.setFilterRules(QUIET_RULES)
    qInstallMessageHandler(_handle)
