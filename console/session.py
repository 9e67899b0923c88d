"""The programming session as a clinician performs it, as a state machine.

connect -> interrogate -> edit -> review -> send -> verify -> report -> close.

Rules it enforces, whatever the UI does: nothing is programmed before the pump was
interrogated on this connection; success is reported only after the pump was read back
and matched; any failed send says whether the pump runs the old or the new program, by
reading it back when the link allows. All pump calls run on the :class:`PumpWorker`.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.worker import DEFAULT_TIMEOUT_MS, PumpWorker
from itb_console.device.connect import open_pump
from itb_console.device.pump_api import (
    LinkError,
    ProgramInForce,
    Pump,
    PumpError,
    PumpRefused,
    PumpStatus,
)
from itb_console.device.therapy import Mode, Program
from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the simulated pump (and its model) loads with the first sim:// connection
    from itb_console.device.simulated import SimulatedPump

POLL_INTERVAL_MS = 1000


class SessionState(enum.Enum):
    DISCONNECTED = "Not connected"
    CONNECTING = "Connecting"
    READY = "Connected"
    BUSY = "Working"
    SENDING = "Sending program"
    CLOSING = "Closing"


@dataclass(frozen=True)
class SendResult:
    verified: bool
    program_in_force: ProgramInForce
    message: str
    program: Program | None = None


def _send_and_verify(pump: Pump, old: Program, new: Program) -> SendResult:
    """Runs on the worker: write, read back, compare; on failure find out what runs."""
    try:
        pump.write_program(new)
    except PumpRefused as refused:
        return SendResult(False, ProgramInForce.OLD,
                          f"The pump refused the program: {refused}. The old program is "
                          "still running.")
    except LinkError as lost:
        running = lost.program_in_force or ProgramInForce.UNKNOWN
        try:
            read = pump.read_program()
            running = (ProgramInForce.NEW if read == new else
                       ProgramInForce.OLD if read == old else ProgramInForce.UNKNOWN)
        except PumpError:
            pass
        what = {ProgramInForce.OLD: "The pump is still running the OLD program.",
                ProgramInForce.NEW: "The pump IS running the NEW program (read back).",
                ProgramInForce.UNKNOWN: "It is NOT KNOWN which program the pump runs: "
                                        "reconnect and interrogate before anything else."}
        return SendResult(False, running, f"The link failed during the send ({lost}). "
                                          f"{what[running]}")
    read = pump.read_program()
    if read != new:
        running = ProgramInForce.OLD if read == old else ProgramInForce.UNKNOWN
        return SendResult(False, running, "The program read back does not match what was "
                                          "sent. Interrogate and check before going on.")
    return SendResult(True, ProgramInForce.NEW,
                      "Program sent and verified: the pump reads back exactly the new "
                      "program.", read)


class Session(QObject):
    """One connection to one pump, driven from the GUI thread, never blocking it."""

    state_changed = Signal(object)  # SessionState
    status_changed = Signal(object)  # PumpStatus
    error = Signal(str)  # a message for the user
    send_finished = Signal(object)  # SendResult
    action_finished = Signal(str, object)  # name, result
    action_failed = Signal(str, str)  # name, message
    clock_speed_changed = Signal(float)  # x real time, 0 paused (simulated pump only)

    def __init__(self, parent: QObject | None = None,
                 opener: Callable[[str], Pump] = open_pump) -> None:
        super().__init__(parent)
        self._opener = opener
        self.worker = PumpWorker(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._jobs: dict[int, tuple[str, Callable[[Any], None] | None]] = {}
        self.pump: Pump | None = None
        self.url = ""
        self.state = SessionState.DISCONNECTED
        self.status: PumpStatus | None = None
        self.clock_speed: float | None = None  # known once read (simulated pump only)
        self.program_at_start: Program | None = None
        self.actions = ActionLog()
        self._connect_job = 0
        self._connect_cancelled = threading.Event()
        self.call_timeout_ms = DEFAULT_TIMEOUT_MS
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_status)

    # ------------------------------------------------------------------ plumbing
    def _set_state(self, state: SessionState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    def _run(self, name: str, call: Callable[[], Any],
             then: Callable[[Any], None] | None = None) -> int:
        job = self.worker.submit(call, self.call_timeout_ms)
        self._jobs[job] = (name, then)
        return job

    def _on_finished(self, job: int, result: object) -> None:
        _name, then = self._jobs.pop(job, ("", None))
        if then is not None:
            then(result)

    def _on_failed(self, job: int, failure: object) -> None:
        name, _ = self._jobs.pop(job, ("", None))
        message = str(failure)
        if name == "connect":
            self._connect_cancelled.set()  # a link that opens after a timeout is closed
            self.pump = None
            self._set_state(SessionState.DISCONNECTED)
            self.error.emit(f"Could not connect to {self.url}: {message}")
            return
        if name == "close":
            self._set_state(SessionState.DISCONNECTED)
            return
        if name == "note":
            return  # the poll reports a lost link; the note is kept in the console's log
        if name == "connect-cancelled":
            return  # nobody waits for it any more; the link was closed on the worker
        if name == "send":
            self._set_state(SessionState.READY)
            self.send_finished.emit(SendResult(
                False, ProgramInForce.UNKNOWN,
                f"The send did not complete ({message}). It is NOT KNOWN which program the "
                "pump runs: interrogate before anything else."))
            self.refresh()
            return
        if name == "poll":
            if isinstance(failure, LinkError):
                self._poll.stop()
                if self.pump is not None:  # release the dead link so a reconnect can open
                    self.worker.submit(self.pump.close)
                    self.pump = None
                self._set_state(SessionState.DISCONNECTED)
                self.error.emit(f"The link to the pump was lost: {message}")
            return
        if self.state in (SessionState.BUSY, SessionState.SENDING):
            self._set_state(SessionState.READY)
        self.action_failed.emit(name, message)

    def _now(self) -> datetime:
        return self.status.world_time if self.status else datetime.now(UTC)

    @property
    def interrogated(self) -> bool:
        return self.status is not None and self.pump is not None

    # ------------------------------------------------------------------ connect
    def connect_to(self, url: str) -> None:
        """Open the pump at ``url``, open a session, interrogate."""
        if self.state is not SessionState.DISCONNECTED:
            self.error.emit("Already connected: close the session first.")
            return
        self.url = url
        self.status = None
        self.clock_speed = None
        self._set_state(SessionState.CONNECTING)
        opener = self._opener
        cancelled = self._connect_cancelled = threading.Event()

        def connect() -> tuple[Pump, PumpStatus]:
            pump = opener(url)
            try:
                pump.open_session()
                status = pump.interrogate()
                if cancelled.is_set():
                    pump.close_session()
                    raise PumpError("Connection cancelled.")
                return pump, status
            except PumpError:
                pump.close()
                raise

        self._connect_job = self._run("connect", connect, self._connected)

    def cancel_connect(self) -> None:
        """Give up waiting for a slow pump; a link that opens late is closed again."""
        if self.state is SessionState.CONNECTING:
            self._connect_cancelled.set()
            # The worker may already have opened the link: its result then closes it.
            self._jobs[self._connect_job] = ("connect-cancelled", self._close_late_link)
            self._set_state(SessionState.DISCONNECTED)

    def _close_late_link(self, result: tuple[Pump, PumpStatus]) -> None:
        pump, _ = result
        self.worker.submit(pump.close)

    def _connected(self, result: tuple[Pump, PumpStatus]) -> None:
        self.pump, status = result
        self.program_at_start = status.program
        self.actions.record(ActionKind.CONNECT, status.world_time, url=self.url)
        self.actions.record(ActionKind.INTERROGATE, status.world_time)
        self._status(status)
        self._set_state(SessionState.READY)
        self._poll.start()

    def _status(self, status: PumpStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _poll_status(self) -> None:
        if self.pump is None or self.worker.pending:
            return
        pump = self.pump
        self._run("poll", pump.interrogate, self._status)

    def interrogate(self) -> None:
        if self.pump is None:
            self.error.emit("Connect to a pump first.")
            return
        pump = self.pump

        def done(status: PumpStatus) -> None:
            self.actions.record(ActionKind.INTERROGATE, status.world_time)
            self._status(status)

        self._run("interrogate", pump.interrogate, done)

    # ------------------------------------------------------------------ send
    def send_program(self, program: Program) -> None:
        """Send, verify by reading back; ``send_finished`` says what the pump runs."""
        if not self.interrogated or self.state is not SessionState.READY:
            self.error.emit("The pump must be connected and interrogated before programming.")
            return
        assert self.pump is not None and self.status is not None
        pump, old = self.pump, self.status.program
        self._set_state(SessionState.SENDING)

        def finished(result: SendResult) -> None:
            kind = ActionKind.PROGRAM_SENT if result.verified else ActionKind.PROGRAM_FAILED
            self.actions.record(kind, self._now(), program=program.canonical_text(),
                                program_in_force=result.program_in_force.value)
            self._set_state(SessionState.READY)
            self.send_finished.emit(result)
            self.refresh()

        self._run("send", lambda: _send_and_verify(pump, old, program), finished)

    def refresh(self) -> None:
        if self.pump is not None:
            self._run("poll", self.pump.interrogate, self._status)

    def fetch(self, name: str, call: Callable[[Pump], Any],
              then: Callable[[Any], None]) -> bool:
        """Read something from the pump on the worker (no programming, nothing recorded).

        Failures arrive as ``action_failed(name, message)``. False when not connected.
        When ``then`` is a method of a QObject (a window), that object is its context, as in
        Qt's own connections: a window closed and deleted before the answer gets nothing.
        """
        if self.pump is None:
            self.error.emit("Connect to a pump first.")
            return False
        pump = self.pump
        context = getattr(then, "__self__", None)

        def deliver(result: Any) -> None:
            if isinstance(context, QObject) and not shiboken6.isValid(context):
                return
            then(result)

        self._run(name, lambda: call(pump), deliver)
        return True

    # ------------------------------------------------------------------ other actions
    def perform(self, name: str, call: Callable[[Pump], Any], action: ActionKind, /, *,
                follow_ups: tuple[tuple[ActionKind, dict[str, str | int]], ...] = (),
                **detail: str | int) -> None:
        """Run a clinician action (refill, bolus, clear alarm, set clock) then re-read.

        ``follow_ups`` are further actions the same call carried out (a bridge bolus
        given with a refill); like ``action`` they are recorded only if the call succeeds.
        """
        if not self.interrogated or self.state is not SessionState.READY:
            self.error.emit("The pump must be connected and interrogated first.")
            return
        assert self.pump is not None
        pump = self.pump
        self._set_state(SessionState.BUSY)

        def done(result: object) -> None:
            self.actions.record(action, self._now(), **detail)
            for kind, extra in follow_ups:
                self.actions.record(kind, self._now(), **extra)
            self._set_state(SessionState.READY)
            self.action_finished.emit(name, result)
            self.refresh()

        self._run(name, lambda: call(pump), done)

    def note(self, action: ActionKind, /, **detail: str | int) -> None:
        """Record an action that needs no pump call (acknowledged, report printed...).

        The pump is told too: a training station assesses the whole session from what
        reaches it (docs/protocol.md, ``NOTE``). The console's own record stands alone.
        """
        self.actions.record(action, self._now(), **detail)
        if self.pump is not None:
            pump = self.pump
            self._run("note", lambda: pump.note(action.value, dict(detail)))

    # ------------------------------------------------------------------ presenter's clock
    @property
    def clock_speed_adjustable(self) -> bool:
        """Only the simulated pump's world can run fast: a real pump's clock cannot."""
        return self._simulated() is not None

    def read_clock_speed(self) -> bool:
        """Read the simulated world's speed on the worker; False if it has none."""
        return self._clock_speed_call(lambda pump: pump.clock_speed())

    def set_clock_speed(self, speed: float) -> bool:
        """x``speed`` (1 to 1,000,000) or 0 to pause, on the worker, then re-read the pump.

        Not recorded as an action: time control is the workshop presenter's, not part of
        the programming session. Failures arrive as ``action_failed("clock speed", ...)``.
        """
        return self._clock_speed_call(lambda pump: pump.set_clock_speed(speed))

    def _simulated(self) -> SimulatedPump | None:
        """The pump if it is the in-process simulation (its module loads on first ask)."""
        if self.pump is None:
            return None
        from itb_console.device.simulated import SimulatedPump

        return self.pump if isinstance(self.pump, SimulatedPump) else None

    def _clock_speed_call(self, call: Callable[[SimulatedPump], float]) -> bool:
        pump = self._simulated()
        if pump is None:
            return False

        def done(speed: float) -> None:
            self.clock_speed = speed
            self.clock_speed_changed.emit(speed)
            self.refresh()

        self._run("clock speed", lambda: call(pump), done)
        return True

    def set_poll_interval(self, milliseconds: int) -> int:
        """How often the pump is re-read while connected (a fast world wants it faster);
        returns the interval it replaces, to put back later."""
        previous = self._poll.interval()
        self._poll.setInterval(milliseconds)
        return previous

    # ------------------------------------------------------------------ close
    @property
    def pump_stopped(self) -> bool:
        return self.status is not None and self.status.program.mode is Mode.STOPPED

    def close_session(self) -> None:
        """Close the session and release the link (the pump keeps running its program)."""
        self._poll.stop()
        if self.pump is None:
            self._set_state(SessionState.DISCONNECTED)
            return
        pump = self.pump
        self.pump = None
        self._set_state(SessionState.CLOSING)

        def closed(_: object) -> None:
            self.actions.record(ActionKind.DISCONNECT, self._now())
            self._set_state(SessionState.DISCONNECTED)

        self._run("close", lambda: _release(pump), closed)

    def shutdown(self) -> None:
        """Stop polling and the worker thread (application exit)."""
        self._poll.stop()
        if self.pump is not None:
            pump, self.pump = self.pump, None
            self.worker.submit(lambda: _release(pump))
        self.worker.stop()


def _release(pump: Pump) -> None:
    """End the pump's session, then let go of the link even if ending it failed."""
    try:
        pump.close_session()
    finally:
        pump.close()
