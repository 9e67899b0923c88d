"""Closing the console never waits on the pump: not on a call stuck on a dead link, not on
the session's close. The window goes at once; the process then ends and exits 0.

Nothing here times anything: the in-process test holds the pump's call on an event that
only the test sets, and checks that the window closed while the call was still held,
that nothing on the GUI thread waited for the worker, and that the session's close went
to the worker with the short close timeout. The process test kills the link's other end
(the emulator stopped, its pty left open and silent) and sends SIGTERM.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest
from itb_console.console.pump_view import LinkState
from itb_console.console.session import CLOSE_TIMEOUT_MS, Session
from itb_console.console.worker import DEFAULT_TIMEOUT_MS, ENDING, PumpWorker
from itb_console.device.simulated import SimulatedPump
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings

EMULATOR = [sys.executable, "-m", "itb_console.device.emulator_cli"]
CONSOLE = [sys.executable, "-m", "itb_console.ui.app"]


class HangsOnRead(SimulatedPump):
    """A read that never answers, as on a dead link, until the test lets it go."""

    hang = False
    in_call = threading.Event()
    release = threading.Event()

    def interrogate(self):
        if type(self).hang:
            type(self).in_call.set()
            type(self).release.wait()
        return super().interrogate()


@pytest.fixture
def hung(qtbot, tmp_path, monkeypatch):
    """A connected main window whose next pump read hangs; the test then closes it."""
    HangsOnRead.hang = False
    HangsOnRead.in_call, HangsOnRead.release = threading.Event(), threading.Event()
    pumps = []

    def opener(url):
        pumps.append(HangsOnRead.from_url(url))
        return pumps[-1]

    session = Session(opener=opener)
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    qtbot.waitUntil(lambda: not session.worker.pending, timeout=10_000)
    HangsOnRead.hang = True
    session.refresh()
    qtbot.waitUntil(HangsOnRead.in_call.is_set, timeout=10_000)
    yield window, session, pumps[0]
    HangsOnRead.release.set()
    session.shutdown()


def test_closing_the_window_waits_for_nothing_while_a_call_hangs(qtbot, hung, monkeypatch):
    window, session, pump = hung
    waited, submitted = [], []
    monkeypatch.setattr(PumpWorker, "wait",
                        lambda self, wait_ms: waited.append(wait_ms) or True)
    real_submit = PumpWorker.submit
    monkeypatch.setattr(PumpWorker, "submit", lambda self, call, timeout_ms=DEFAULT_TIMEOUT_MS:
                        submitted.append(timeout_ms) or real_submit(self, call, timeout_ms))
    assert window.close()
    # the window closed while the pump's call was still held on the worker thread
    assert not HangsOnRead.release.is_set() and session.worker.pump_thread.isRunning()
    assert waited == []  # nothing on the GUI thread waited for the worker
    assert submitted == [CLOSE_TIMEOUT_MS] and CLOSE_TIMEOUT_MS < DEFAULT_TIMEOUT_MS
    assert session.view.link is LinkState.CLOSED and session.pump is None
    monkeypatch.undo()
    HangsOnRead.release.set()  # the read answers at last: the close behind it runs
    qtbot.waitUntil(lambda: not session.worker.pump_thread.isRunning(), timeout=10_000)
    assert not pump.model.session_open


def test_after_the_window_a_call_still_hung_is_left_behind_not_waited_for(hung):
    """The application's exit (after the event loop): two short waits, then the stuck
    call is left to the process's end (the worker thread is kept, never destroyed
    running)."""
    window, session, _pump = hung
    window.close()
    session.shutdown()
    assert HangsOnRead.in_call.is_set() and not HangsOnRead.release.is_set()
    assert session.worker.pump_thread.isRunning()
    assert any(thread is session.worker.pump_thread for thread, _runner in ENDING)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX signals")
def test_the_console_on_a_dead_pty_ends_on_sigterm_and_exits_0(qtbot, tmp_path):
    transcript = tmp_path / "link.jsonl"
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    emulator = subprocess.Popen([*EMULATOR, "--pty", "--transcript", str(transcript)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    console = None
    try:
        port = emulator.stdout.readline().strip()
        console = subprocess.Popen([*CONSOLE, "--device", port], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # connected: after its first status the console reads the implant record
        qtbot.waitUntil(lambda: console.poll() is not None or (
            transcript.exists() and '"verb": "RECORD"' in transcript.read_text()),
            timeout=60_000)
        assert console.poll() is None, console.communicate()
        os.kill(emulator.pid, signal.SIGSTOP)  # the pty stays open; nothing answers now
        console.send_signal(signal.SIGTERM)
        _out, err = console.communicate(timeout=60)
        assert console.returncode == 0, err
        assert "QThread" not in err and "Traceback" not in err, err
    finally:
        if console is not None and console.poll() is None:
            console.kill()
        os.kill(emulator.pid, signal.SIGCONT)
        emulator.terminate()  # it saves nothing here; a slow machine may take a while
        try:
            emulator.wait(timeout=60)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait()


def test_closing_on_a_signal_asks_nothing_and_logs_what_it_would_have_asked(
        qtbot, tmp_path, monkeypatch, caplog):
    def asked(*_args, **_kwargs):
        raise AssertionError("a question on a signal: nobody is there to answer it")

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", asked)
    session = Session()
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    window.editor.set_level(0, 380)  # an unsent change
    try:
        window.close_without_questions()
        assert not window.isVisible()
        assert ("Closed without asking: The pending program has NOT been sent to the pump."
                in caplog.messages)
    finally:
        session.shutdown()
