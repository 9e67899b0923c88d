"""Closing the console with a dead link, against closing it with a live one.

Two figures. The GUI thread's share: the time ``window.close()`` takes while a pump call
hangs on a dead link, against the same close with the pump idle (target: the same, a few
ms; before, the dead link held the GUI thread for up to 0.8 s). The process's: from
SIGTERM to exit of ``itb-console`` on an emulator's pty that has stopped answering,
against the same with the emulator answering (the bounded wait after the window has gone:
at most two 0.4 s waits, then the stuck call is left to the process's end).
Measured when written: the close with a call hung took 0.86 ms, 0.96x the idle close
(before: 804 ms, the GUI thread waiting on the worker); SIGTERM to exit 853 ms on a dead
link, 2.3x the 377 ms on a live one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from itb_console.console.session import Session
from itb_console.device.simulated import SimulatedPump
from itb_console.ui.application import application
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QEventLoop, QSettings

from bench import Figure

URL = "sim://?start=2026-11-25T09:00"
ROUNDS = 5
EMULATOR = [sys.executable, "-m", "itb_console.device.emulator_cli"]
CONSOLE = [sys.executable, "-m", "itb_console.ui.app"]


class _Hangs(SimulatedPump):
    hang = threading.Event()  # set: the next read hangs until ``release``
    release = threading.Event()

    def interrogate(self):
        if _Hangs.hang.is_set():
            _Hangs.release.wait()
        return super().interrogate()


def _close_ms(hang: bool, folder: Path) -> float:
    _Hangs.hang.clear()
    _Hangs.release.clear()
    session = Session(opener=_Hangs.from_url)
    window = MainWindow(session, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    loop = QEventLoop()
    session.status_changed.connect(loop.quit)
    window.connect_to(URL)
    loop.exec()
    if hang:
        _Hangs.hang.set()
        session.refresh()
    began = time.perf_counter()
    window.close()
    elapsed = (time.perf_counter() - began) * 1000
    _Hangs.release.set()
    session.shutdown()
    window.deleteLater()
    return elapsed


def _exit_ms(dead: bool, folder: Path) -> float:
    transcript = folder / f"link-{dead}.jsonl"
    env = dict(os.environ, XDG_DATA_HOME=str(folder), XDG_CONFIG_HOME=str(folder),
               QT_QPA_PLATFORM="offscreen")
    emulator = subprocess.Popen([*EMULATOR, "--pty", "--transcript", str(transcript)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = emulator.stdout.readline().strip()
        console = subprocess.Popen([*CONSOLE, "--device", port], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not (transcript.exists() and '"verb": "RECORD"' in transcript.read_text()):
            time.sleep(0.05)
        if dead:
            os.kill(emulator.pid, signal.SIGSTOP)
        began = time.perf_counter()
        console.send_signal(signal.SIGTERM)
        code = console.wait(timeout=60)
        elapsed = (time.perf_counter() - began) * 1000
        assert code == 0, code
        return elapsed
    finally:
        os.kill(emulator.pid, signal.SIGCONT)
        emulator.terminate()
        emulator.wait(timeout=60)


def run() -> list[Figure]:
    application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        idle = min(_close_ms(False, folder) for _ in range(ROUNDS))
        hung = min(_close_ms(True, folder) for _ in range(ROUNDS))
        figures = [Figure("window.close() on the GUI thread, a pump call hung", hung, "ms",
                          "the same close, the pump idle", idle,
                          "about 1x: the GUI thread waits for nothing")]
        if hasattr(signal, "SIGSTOP"):
            live = _exit_ms(False, folder)
            dead = _exit_ms(True, folder)
            figures.append(Figure("itb-console SIGTERM to exit, emulator stopped answering",
                                  dead, "ms", "the same, emulator answering", live,
                                  "under 1 s more: two 0.4 s waits at most, window gone"))
        return figures
