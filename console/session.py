"""The programming session as a clinician performs it, as a state machine.

connect -> interrogate -> edit -> review -> send -> verify -> report -> close.

Rules it enforces, whatever the UI does: nothing is programmed before the pump was
interrogated on this connection; success is reported only after the pump was read back
and matched; any failed send says whether the pump runs the old or the new program, by
reading it back when the link allows; every command ends in one :class:`Outcome`. What
was read, when, and the link state live in one :class:`PumpView`. All pump calls run on
the :class:`PumpWorker`.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.connect_failure import (
    KEY_FILE_STEP,
    check_identity,
    connect_failure,
)
from itb_console.console.outcome import (
    REFUSAL_ADVICE,
    Command,
    FollowUp,
    Outcome,
    OutcomeKind,
    from_error,
    pump_said,
    unknown_next_step,
)
from itb_console.console.pump_view import LinkState, PumpView
from itb_console.console.refusal_words import plain_words
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.console.worker import DEFAULT_TIMEOUT_MS, PumpWorker
from itb_console.device.connect import open_pump
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import (
    Event,
    LinkClosed,
    LinkError,
    ProgramInForce,
    Pump,
    PumpError,
    PumpRefused,
    PumpStatus,
    Reason,
)
from itb_console.device.therapy import Mode, Program
from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the simulated pump (and its model) loads with the first sim:// connection
    from itb_console.device.simulated import SimulatedPump

log = logging.getLogger(__name__)
POLL_INTERVAL_MS = 1000
CLOSE_TIMEOUT_MS = 2000  # closing a session on a dead link must not hold anything up
SHUTDOWN_WAIT_MS = 400  # twice at most, after the window has gone, whatever the link


class SessionState(enum.Enum):
    DISCONNECTED = "Not connected"
    CONNECTING = "Connecting"
    READY = "Connected"
    BUSY = "Working"
    SENDING = "Sending program"
    CLOSING = "Closing"

    @property
    def words(self) -> str:
        """The state as the status bar says it, in the language of the run."""
        return tr(_STATE_WORDS[self])


_STATE_WORDS = {SessionState.DISCONNECTED: QT_TR_NOOP("Not connected"),
                SessionState.CONNECTING: QT_TR_NOOP("Connecting"),
                SessionState.READY: QT_TR_NOOP("Connected"),
                SessionState.BUSY: QT_TR_NOOP("Working"),
                SessionState.SENDING: QT_TR_NOOP("Sending program"),
                SessionState.CLOSING: QT_TR_NOOP("Closing")}

# What the review says, from the program read back (never from the send alone): the
# headline after the command's name ("Send program: not sent, the pump runs the old program").
SENT_VERIFIED = QT_TR_NOOP("sent and verified")
SENT = QT_TR_NOOP("sent and running")
NOT_SENT = QT_TR_NOOP("not sent, the pump runs the old program")
UNKNOWN_PROGRAM = QT_TR_NOOP("unknown: interrogate before anything else")
STATE_OF = {ProgramInForce.NEW: SENT, ProgramInForce.OLD: NOT_SENT,
            ProgramInForce.UNKNOWN: UNKNOWN_PROGRAM}


@dataclass(frozen=True)
class SendResult:
    verified: bool  # the read-back shows the new program in force
    program_in_force: ProgramInForce
    why: str  # what the read-back showed and what failed, after the headline
    program: Program | None = None
    kind: OutcomeKind = OutcomeKind.VERIFIED
    state: str = SENT_VERIFIED  # the headline words, from the read-back (translated)

    @property
    def message(self) -> str:
        """The headline words and the why, as one text (the action log's words)."""
        return f"{self.state[0].upper()}{self.state[1:]}. {self.why}".strip()


def _send_result(running: ProgramInForce, why: str, new: Program,
                 refused: bool = False) -> SendResult:
    """Wording that follows the read-back: OLD, NEW (with what failed) or UNKNOWN."""
    state = tr(STATE_OF[running])
    if running is ProgramInForce.NEW:
        return SendResult(True, running, tr("The pump reads back the new program. {why}")
                          .format(why=why).strip(), new, state=state)
    if running is ProgramInForce.OLD:
        kind = OutcomeKind.REFUSED if refused else OutcomeKind.NOT_DONE
        return SendResult(False, running, why, kind=kind, state=state)
    return SendResult(False, running, why, kind=OutcomeKind.UNKNOWN, state=state)


def _send_and_verify(pump: Pump, old: Program, new: Program) -> SendResult:
    """Runs on the worker: write, read back, compare; on failure find out what runs."""
    try:
        pump.write_program(new)
    except PumpRefused as refused:
        return _send_result(ProgramInForce.OLD, tr("The pump refused it: {reason} {advice}")
                            .format(reason=pump_said(refused),
                                    advice=tr(REFUSAL_ADVICE[refused.reason])),
                            new, refused=True)
    except LinkError as lost:
        running = lost.program_in_force or ProgramInForce.UNKNOWN
        try:
            read = pump.read_program()
            running = (ProgramInForce.NEW if read == new else
                       ProgramInForce.OLD if read == old else ProgramInForce.UNKNOWN)
        except PumpError:
            pass
        why = {ProgramInForce.OLD: tr("The link failed during the send; send again when "
                                      "the link is steady."),
               ProgramInForce.NEW: tr("The link failed during the send, after the pump had "
                                      "taken the program; nothing more to do."),
               ProgramInForce.UNKNOWN: tr("The link failed during the send and the pump "
                                          "could not be read back: reconnect and check "
                                          "which program runs.")}[running]
        return _send_result(running, why, new)
    try:
        read = pump.read_program()
    except PumpError:
        return _send_result(ProgramInForce.UNKNOWN, tr("The pump took the program but could "
                                                       "not be read back to verify it."), new)
    if read == new:
        return SendResult(True, ProgramInForce.NEW,
                          tr("The pump reads back exactly the new program."), read,
                          state=tr(SENT_VERIFIED))
    running = ProgramInForce.OLD if read == old else ProgramInForce.UNKNOWN
    return _send_result(running, tr("The program read back does not match what was sent."),
                        new)


# Commands whose call changes the pump's implant record besides what they answer (a refill
# dates the last refill and uses up its booking): their read-back reads the record too.
RECORD_CHANGED_BY = frozenset({Command.REFILL})


@dataclass(frozen=True)
class _Done:
    """A command's call and read-back, from the worker: ``lost`` when the call's link
    failed but the read-back worked; ``status`` None when the read-back failed; ``record``
    the implant record read back (None when not read, or when its reading failed)."""

    result: object
    status: PumpStatus | None
    lost: LinkError | None = None
    record: ImplantRecord | None = None


class Session(QObject):
    """One connection to one pump, driven from the GUI thread, never blocking it."""

    state_changed = Signal(object)  # SessionState
    status_changed = Signal(object)  # PumpStatus
    error = Signal(str)  # a message for the user
    send_finished = Signal(object)  # SendResult
    outcome_ready = Signal(object)  # Outcome of every command (perform, send, local ones)
    action_failed = Signal(str, str)  # name, message (reads: fetch, clock speed)
    clock_speed_changed = Signal(float)  # x real time, 0 paused (simulated pump only)
    record_changed = Signal(object)  # ImplantRecord, read or written

    def __init__(self, parent: QObject | None = None,
                 opener: Callable[..., Pump] = open_pump,
                 wall_clock: Callable[[], datetime] = datetime.now) -> None:
        """``opener(url)`` opens a pump; ``opener(url, key_file)`` a keyed one.
        ``wall_clock`` is the computer's local time, for when the pump was read (the
        documentation's pictures fix it)."""
        super().__init__(parent)
        self._opener = opener
        self.worker = PumpWorker(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._jobs: dict[int, tuple[str, Callable[[Any], None] | None]] = {}
        self._commands: dict[int, tuple[Command, int]] = {}  # job -> command, ticket
        self._tickets = 0
        self.pump: Pump | None = None
        self.url = ""
        self.state = SessionState.DISCONNECTED
        self.view = PumpView(self, wall_clock)
        self.clock_speed: float | None = None  # known once read (simulated pump only)
        self.program_at_start: Program | None = None
        self._closing: Pump | None = None  # the pump being released at the exit
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
        command = self._commands.pop(job, None)
        signature_refused = isinstance(failure, PumpRefused) and failure.reason is Reason.AUTH
        if command is not None:
            self._set_state(SessionState.READY)
            assert isinstance(failure, PumpError)
            if command[0] in RECORD_CHANGED_BY and not isinstance(failure, PumpRefused):
                self._record_after(command[0], None)  # it may have acted: not read since
            self._finish_command(from_error(command[0], failure, command[1]))
            if signature_refused:
                self._signature_refused(message)
                return
            self.refresh()
            return
        if name == "connect":
            self._connect_cancelled.set()  # a link that opens after a timeout is closed
            self.pump = None
            self._set_state(SessionState.DISCONNECTED)
            assert isinstance(failure, BaseException)
            self._tell(connect_failure(self.url, failure))
            return
        if name == "close":
            self.actions.record(ActionKind.DISCONNECT, self._now())
            self._set_state(SessionState.DISCONNECTED)
            return
        if name == "note":
            return  # the poll reports a lost link; the note is kept in the console's log
        if name == "connect-cancelled":
            return  # nobody waits for it any more; the link was closed on the worker
        if name == "send":
            self._set_state(SessionState.READY)
            result = SendResult(False, ProgramInForce.UNKNOWN,
                                tr("The send did not complete ({reason}).").format(
                                    reason=message.rstrip(".")),
                                kind=OutcomeKind.UNKNOWN, state=tr(UNKNOWN_PROGRAM))
            self.actions.record(ActionKind.PROGRAM_FAILED, self._now(),
                                program_in_force=ProgramInForce.UNKNOWN.value)
            self._send_outcome(Command.SEND_PROGRAM, result)
            self.refresh()
            return
        if name == "poll":
            if signature_refused and self.pump is not None:
                self._signature_refused(message)
            elif isinstance(failure, LinkError) and self.pump is not None:
                self._poll.stop()
                # release the dead link so a reconnect can open
                self.worker.submit(self.pump.close, CLOSE_TIMEOUT_MS)
                self.pump = None
                self.view.set_link(LinkState.LOST)
                self._set_state(SessionState.DISCONNECTED)
                self._tell(self._closed_words() if isinstance(failure, LinkClosed) else
                           tr("The link to the pump at {url} was lost: {reason}. The values "
                              "shown are the last ones read. Reconnect (Ctrl+K) and "
                              "interrogate.").format(url=self.url, reason=message.rstrip(".")))
            return
        if self.state in (SessionState.BUSY, SessionState.SENDING):
            self._set_state(SessionState.READY)
        self.action_failed.emit(name, plain_words(message))

    def _closed_words(self) -> str:
        """The pump's end closed the link: at a training station, the instructor ended or
        closed it (a socket error would leave the trainee guessing what happened)."""
        return tr("The pump at {url} closed the link: the instructor has ended or closed this "
                  "training station (or another console connected to it). The values shown "
                  "are the last ones read. If your station was ended, your run is over: wait "
                  "for the instructor's debrief. Otherwise connect again (Ctrl+K) and "
                  "interrogate.").format(url=self.url)

    def _signature_refused(self, message: str) -> None:
        """A keyed pump no longer takes our frames (its nonce was renewed by another
        program's HELLO, or the key changed): every later command would be refused too,
        so the session ends here and says why and what to do."""
        self._poll.stop()
        if self.pump is not None:
            self.worker.submit(self.pump.close, CLOSE_TIMEOUT_MS)
            self.pump = None
        self.view.set_link(LinkState.LOST)
        self._set_state(SessionState.DISCONNECTED)
        self._tell(tr("The pump refused the command as not signed with its key (it said: "
                      "{reason}). Nothing changed on the pump. Another program may have "
                      "talked to the pump since: connect again; if it is refused again, the "
                      "key file is not this pump's. {step}.").format(
                          reason=message.rstrip("."), step=tr(KEY_FILE_STEP)))

    def _now(self) -> datetime:
        return self.status.world_time if self.status else datetime.now(UTC)

    @property
    def status(self) -> PumpStatus | None:
        """The last status read (possibly from a link now lost: see ``view.live``)."""
        return self.view.status

    @property
    def record(self) -> ImplantRecord | None:
        """The patient and implant record last read (``view.record_age_text`` says when)."""
        return self.view.record

    @property
    def interrogated(self) -> bool:
        return self.view.live and self.pump is not None

    # ------------------------------------------------------------------ connect
    def connect_to(self, url: str, key_file: Path | None = None) -> None:
        """Open the pump at ``url``, open a session, interrogate.

        ``key_file`` holds a keyed pump's shared key; it is read on the worker, before
        the link opens, and a bad one is said like a link that cannot open.
        """
        if self.state is not SessionState.DISCONNECTED:
            self._tell(tr("Already connected: close the session first."))
            return
        self.url = url
        self.clock_speed = None
        self._set_state(SessionState.CONNECTING)
        opener = self._opener
        cancelled = self._connect_cancelled = threading.Event()

        def connect() -> tuple[Pump, PumpStatus]:
            try:
                pump = opener(url) if key_file is None else opener(url, key_file)
            except ValueError as wrong:  # a device URL or sim:// option that cannot be used
                raise PumpError(str(wrong)) from wrong
            try:
                pump.open_session()
                status = pump.interrogate()
                try:
                    check_identity(status)
                except PumpError:
                    # "Nothing was changed on it": not even a session left open over a link
                    with contextlib.suppress(PumpError):
                        pump.close_session()
                    raise
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
        self.view.connected(status)
        self._set_state(SessionState.READY)
        self.status_changed.emit(status)
        self._poll.start()
        self.read_record()

    def _status(self, status: PumpStatus) -> None:
        if self.pump is None:
            return  # a late answer from a link closed since: the view keeps its mark
        self.view.read(status)
        self.status_changed.emit(status)

    def _poll_status(self) -> None:
        if self.pump is None or self.worker.pending:
            return
        pump = self.pump
        self._run("poll", pump.interrogate, self._status)

    def interrogate(self) -> None:
        if self.pump is None:
            self._tell(tr("Connect to a pump first."))
            return
        pump = self.pump

        def done(status: PumpStatus) -> None:
            self.actions.record(ActionKind.INTERROGATE, status.world_time)
            self._status(status)
            self.read_record()

        self._run("interrogate", pump.interrogate, done)

    def interrogate_again(self, then: Callable[[tuple[PumpStatus, tuple[Event, ...]]], None]
                          ) -> bool:
        """Place the programmer again: a new session, then the status and the whole log.

        A pump counts interrogations by the sessions opened (the post-MRI stall recovery
        reaches its log at the second), so this closes the session and opens a new one.
        False (after saying so) when not connected or busy.
        """
        if self.pump is None or self.state is not SessionState.READY:
            self._tell(tr("Connect to a pump first (and let any command finish)."))
            return False
        pump = self.pump
        answer = _while_alive(then)

        def read() -> tuple[PumpStatus, tuple[Event, ...]]:
            pump.close_session()
            pump.open_session()
            return pump.interrogate(), pump.read_log()

        def done(reading: tuple[PumpStatus, tuple[Event, ...]]) -> None:
            status = reading[0]
            self.actions.record(ActionKind.CONNECT, status.world_time, url=self.url)
            self.actions.record(ActionKind.INTERROGATE, status.world_time)
            self._status(status)
            self.read_record()
            answer(reading)

        self._run("interrogate again", read, done)
        return True

    # ------------------------------------------------------------------ implant record
    def show_record(self, record: ImplantRecord) -> None:
        """The record as last read or written: kept, and everyone showing it told."""
        self.view.read_record(record)
        self.record_changed.emit(record)

    def _record_after(self, command: Command, record: ImplantRecord | None) -> None:
        """After a command that changes the record: the record read back, or the one
        shown marked as read before the command."""
        if record is not None:
            self.show_record(record)
        else:
            self.view.record_outdated(command.in_a_sentence)

    def read_record(self) -> None:
        """Read the patient and implant record (with every interrogation)."""
        if self.pump is not None:
            self._run("record", self.pump.read_record, self.show_record)

    # ------------------------------------------------------------------ send
    def send_program(self, program: Program) -> None:
        """Send, verify by reading back; ``send_finished`` says what the pump runs."""
        if not self.interrogated or self.state is not SessionState.READY:
            self._tell(tr("The pump must be connected and interrogated before programming."))
            return
        assert self.pump is not None and self.status is not None
        pump, old = self.pump, self.status.program
        self._set_state(SessionState.SENDING)

        command = Command.MODE_CHANGE if program.mode is not old.mode else Command.SEND_PROGRAM

        def finished(result: SendResult) -> None:
            kind = ActionKind.PROGRAM_SENT if result.verified else ActionKind.PROGRAM_FAILED
            self.actions.record(kind, self._now(), program=program.canonical_text(),
                                program_in_force=result.program_in_force.value)
            self._set_state(SessionState.READY)
            self._send_outcome(command, result)
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
            self._tell(tr("Connect to a pump first."))
            return False
        pump = self.pump
        self._run(name, lambda: call(pump), _while_alive(then))
        return True

    # ------------------------------------------------------------------ other actions
    def perform(self, command: Command, call: Callable[[Pump], Any], action: ActionKind, /,
                *, verify: Callable[[Any, PumpStatus], bool] | None = None,
                follow_ups: tuple[FollowUp, ...] = (),
                answer_detail: Callable[[Any], Mapping[str, str | int]] | None = None,
                **detail: str | int) -> int:
        """Run a clinician command (refill, bolus, clear alarm, set clock), then read back.

        Returns a ticket; ``outcome_ready`` later carries the :class:`Outcome` with that
        ticket: verified when ``verify(result, status_read_back)`` holds (``result`` is
        None if the call's link failed but the read-back worked), refused with the pump's
        reason, not done, or unknown. ``follow_ups`` are further commands the same call
        carries out (a bridge bolus given with a refill): once the command is verified each
        is judged on its own, its outcome one of the outcome's ``parts``; like ``action``
        they are recorded only when verified. ``answer_detail(result)`` adds to ``action``'s
        detail what only the pump's answer holds (the volume a cancelled bolus gave).
        """
        ticket = self._next_ticket()
        if not self.interrogated or self.state is not SessionState.READY:
            why = (tr("Nothing was sent: the pump is busy with another command.")
                   if self.interrogated else
                   tr("Nothing was sent: the pump is not connected ({age}).").format(
                       age=self.view.age_text()))
            self._finish_command(Outcome(command, OutcomeKind.NOT_DONE, why,
                                         tr("Connect and interrogate, then try again.")
                                         if not self.interrogated else
                                         tr("Try again when it has finished."), ticket))
            return ticket
        assert self.pump is not None
        pump = self.pump
        self._set_state(SessionState.BUSY)
        rereads_record = command in RECORD_CHANGED_BY

        def read_back(result: object, lost: LinkError | None = None) -> _Done:
            status = pump.interrogate()
            record = None
            if rereads_record:
                with contextlib.suppress(PumpError):  # then marked as read before it
                    record = pump.read_record()
            return _Done(result, status, lost, record)

        def job() -> _Done:
            try:
                result = call(pump)
            except PumpRefused:
                raise
            except LinkError as lost:
                try:
                    return read_back(None, lost)
                except PumpError:
                    raise lost from None
            try:
                return read_back(result)
            except PumpError:
                return _Done(result, None)

        def done(answer: _Done) -> None:
            self._set_state(SessionState.READY)
            outcome = self._judge(command, ticket, answer, verify)
            if rereads_record and outcome.kind is not OutcomeKind.NOT_DONE:
                self._record_after(command, answer.record)
            if outcome.ok:
                told = {} if answer_detail is None else dict(answer_detail(answer.result))
                self.actions.record(action, self._now(), **(dict(detail) | told))
                assert answer.status is not None  # a verified outcome was read back
                parts = tuple(follow.judge(answer.result, answer.status, ticket)
                              for follow in follow_ups)
                for follow, part in zip(follow_ups, parts, strict=True):
                    if part.ok:
                        self.actions.record(follow.action, self._now(), **follow.detail)
                outcome = replace(outcome, parts=parts)
            self._finish_command(replace(outcome, read_back=answer.status))
            if answer.status is None:
                self.refresh()

        job_id = self._run(command.value, job, done)
        self._commands[job_id] = (command, ticket)
        return ticket

    def _judge(self, command: Command, ticket: int, answer: _Done,
               verify: Callable[[Any, PumpStatus], bool] | None) -> Outcome:
        if answer.status is None:
            return Outcome(command, OutcomeKind.UNKNOWN,
                           tr("The pump accepted it but could not be read back to verify it."),
                           unknown_next_step(command), ticket, answer.result)
        self._status(answer.status)
        if answer.lost is not None and verify is None:
            # Without a read-back rule only the call's own answer proves it done.
            return Outcome(command, OutcomeKind.UNKNOWN,
                           tr("The link failed during the command and the read-back cannot "
                              "show whether the pump acted."),
                           unknown_next_step(command), ticket)
        shown = verify is None or verify(answer.result, answer.status)
        if answer.lost is not None:
            if shown:
                return Outcome(command, OutcomeKind.VERIFIED,
                               tr("The link failed during the command, but the read-back "
                                  "shows it done."), "", ticket)
            return Outcome(command, OutcomeKind.NOT_DONE,
                           tr("The link failed and the read-back shows the pump unchanged."),
                           tr("Try again when the link is steady."), ticket)
        if shown:
            return Outcome(command, OutcomeKind.VERIFIED, tr("The read-back confirms it."), "",
                           ticket, answer.result)
        return Outcome(command, OutcomeKind.UNKNOWN,
                       tr("The pump accepted it, but the read-back does not show it."),
                       unknown_next_step(command), ticket, answer.result)

    def _send_outcome(self, command: Command, result: SendResult) -> None:
        """A send's one exit (its record, PROGRAM_SENT or PROGRAM_FAILED, is made)."""
        outcome = Outcome(command, result.kind, result.why, result=result, state=result.state)
        log.log(logging.INFO if outcome.ok else logging.WARNING, "%s", outcome.text())
        self.send_finished.emit(result)
        self.outcome_ready.emit(outcome)

    def _tell(self, message: str) -> None:
        """A message for the user, kept in the log too."""
        log.warning("%s", message)
        self.error.emit(message)

    def _next_ticket(self) -> int:
        self._tickets += 1
        return self._tickets

    def _finish_command(self, outcome: Outcome) -> None:
        """Every command's one exit: the action log keeps it, the asker is told."""
        unverified = [each for each in (outcome, *outcome.parts) if not each.ok]
        log.log(logging.WARNING if unverified else logging.INFO, "%s", outcome.text())
        for each in unverified:
            self.actions.record(ActionKind.COMMAND_NOT_VERIFIED, self._now(),
                                command=each.command.value, outcome=each.kind.value,
                                message=replace(each, parts=()).text())
        self.outcome_ready.emit(outcome)

    def local_outcome(self, outcome: Outcome) -> Outcome:
        """A command that needs no pump call (alarm test, report saved): logged and told."""
        stamped = replace(outcome, ticket=self._next_ticket())
        self._finish_command(stamped)
        return stamped

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
        return None if self.pump is None else _in_process(self.pump)

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
        if self.view.link is LinkState.CONNECTED:
            self.view.set_link(LinkState.CLOSED)
        if self.pump is None:
            self._set_state(SessionState.DISCONNECTED)
            return
        pump = self.pump
        self.pump = None
        self._set_state(SessionState.CLOSING)

        def closed(_: object) -> None:
            self.actions.record(ActionKind.DISCONNECT, self._now())
            self._set_state(SessionState.DISCONNECTED)

        job = self.worker.submit(lambda: _release(pump), CLOSE_TIMEOUT_MS)
        self._jobs[job] = ("close", closed)

    def begin_shutdown(self) -> None:
        """Start ending the session for the application's exit, waiting for nothing.

        The poll stops, the session's close goes to the worker with the short close
        timeout (a dead link cannot hold it long) and the worker's thread ends after it:
        the window closes at once, whatever the link. :meth:`shutdown` then waits a
        bounded time for the worker, once no window is left to freeze.
        """
        self._poll.stop()
        if self.pump is not None:
            pump, self.pump = self.pump, None
            self._closing = pump
            self.view.set_link(LinkState.CLOSED)
            self.worker.submit(lambda: _release(pump), CLOSE_TIMEOUT_MS)
        self.worker.finish()

    def shutdown(self) -> None:
        """End the session and the worker thread (the application's exit, after its event
        loop; a test's teardown): :meth:`begin_shutdown`, then two short waits at most.

        A call stuck on a dead link is let go after the first: its link is closed under it
        (a serial read then ends), and a call that still does not end is left to the
        process's end (see :meth:`PumpWorker.wait`).
        """
        self.begin_shutdown()
        if self.worker.wait(SHUTDOWN_WAIT_MS):
            return
        pump, self._closing = self._closing, None
        if pump is not None and _in_process(pump) is None:
            pump.close()  # breaks the read a dead link holds; the worker then ends
        self.worker.wait(SHUTDOWN_WAIT_MS)


def _while_alive(then: Callable[[Any], None]) -> Callable[[Any], None]:
    """``then``, skipped once the QObject it is a method of (a window) has been deleted.

    As in Qt's own connections, that object is the answer's context: a window closed and
    deleted before the pump answered gets nothing.
    """
    context = getattr(then, "__self__", None)

    def deliver(result: Any) -> None:
        if isinstance(context, QObject) and not shiboken6.isValid(context):
            return
        then(result)

    return deliver


def _in_process(pump: Pump) -> SimulatedPump | None:
    """``pump`` if it is the in-process simulation (its module loads on first ask)."""
    from itb_console.device.simulated import SimulatedPump

    return pump if isinstance(pump, SimulatedPump) else None


def _release(pump: Pump) -> None:
    """End the pump's session, then let go of the link even if ending it failed."""
    try:
        pump.close_session()
    finally:
        pump.close()
