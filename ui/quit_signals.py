"""SIGTERM, and Ctrl+C in the terminal, close the console as Quit does, without questions.

Python runs a signal handler only when the interpreter next gets control, which Qt's event
loop does not give it while nothing happens. So the handler does nothing itself:
``signal.set_wakeup_fd`` writes a byte to a socket that a QSocketNotifier watches on the GUI
thread, and that closes the main window (the session ends, the pump keeps its program).
Nobody is there to answer a question, so none is asked; the log keeps what would have been.
"""

from __future__ import annotations

import signal
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier

if TYPE_CHECKING:
    from itb_console.ui.main_window import MainWindow

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT")
                if hasattr(signal, name))


def close_on_signals(window: MainWindow) -> QSocketNotifier:
    """Install the handlers; the returned notifier (a child of ``window``) keeps the
    socket pair alive as long as the window."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in SIGNALS:
        signal.signal(number, lambda _number, _frame: None)  # the notifier acts
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            return
        window.close_without_questions()

    notifier.activated.connect(woken)
    notifier.setProperty("sockets", (reader, writer))
    return notifier
