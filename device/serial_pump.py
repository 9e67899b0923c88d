"""The Pump back-end over any pyserial URL: a port, a pty, socket://, rfc2217://, loop://.

Each request gets the next sequence number and waits for the answer with that number.
No answer within the timeout: the same frame is sent again (the pump answers a repeat
from its cache and never acts twice), up to ``retries`` times, then :class:`PumpTimeout`.
Answers with another sequence number (late answers to earlier tries) are skipped.

A program goes as STAGE then COMMIT with the whole-program CRC. If the link fails after
the COMMIT went out, the client cannot know whether it arrived, so it reconnects and reads
the program back to say truthfully which one runs (``LinkError.program_in_force``).
"""

from __future__ import annotations

import contextlib
import errno
import time
from datetime import datetime
from typing import Protocol

import serial
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.protocol import (
    PROTOCOL_VERSION,
    SEQ_MODULO,
    ArgumentError,
    AuthError,
    Frame,
    FrameError,
    LineReader,
    ascii_words,
    check_mac,
    decode,
)
from itb_console.device.pump_api import (
    Alarm,
    AlarmCode,
    BolusRequest,
    BolusStatus,
    Event,
    KeyMismatch,
    LinkClosed,
    LinkError,
    ProgramInForce,
    PumpError,
    PumpIdentity,
    PumpRefused,
    PumpStatus,
    PumpTimeout,
    Reason,
    RefillRequest,
    RefillResult,
)
from itb_console.device.serial_urls import explain_open_failure, with_rfc2217_defaults
from itb_console.device.therapy import Program
from itb_console.device.wire_codec import (
    decode_alarms,
    decode_bolus,
    decode_events,
    decode_identity,
    decode_record,
    decode_status,
    parse_program,
    parse_time,
    time_text,
)

DEFAULT_TIMEOUT_S = 1.0
DEFAULT_RETRIES = 3
# What pyserial's socket:// says when the far end closed the connection: a read that got
# EOF, a write into a closed socket, or a read the far end's close reset
CLOSED_BY_THE_PUMP = ("socket disconnected", f"[Errno {errno.EPIPE}] Broken pipe",
                      f"[Errno {errno.ECONNRESET}] Connection reset by peer")


def link_failure(error: serial.SerialException | OSError) -> LinkError:
    """The error to raise for a failed read or write: a far-end close is told apart (at a
    training station it means the instructor ended it), whichever of the two met it."""
    if str(error).endswith(CLOSED_BY_THE_PUMP):
        return LinkClosed("The pump closed the link")
    return LinkError(f"The link to the pump failed: {error}")


class Link(Protocol):
    """What the client needs of a link: a pyserial port, or an in-process LoopbackLink."""

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes, /) -> int | None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


class SerialPump:
    """A :class:`~itb_console.device.pump_api.Pump` speaking the protocol over a serial link."""

    def __init__(self, url: str, *, baudrate: int = 115_200,
                 timeout_s: float = DEFAULT_TIMEOUT_S, retries: int = DEFAULT_RETRIES,
                 key: bytes | None = None, link: Link | None = None,
                 first_seq: int | None = None) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.retries = retries
        self.key = key
        self._nonce = ""  # the pump's nonce in shared-key mode, from HELLO and OPEN
        self._wrong_mac_seen = False  # an answer with our seq but another key's MAC
        # A new client starts away from 0 so a stale answer from an earlier client's
        # frame is unlikely to carry the number it waits for.
        self._seq = (int(time.monotonic() * 1000) if first_seq is None else first_seq) % SEQ_MODULO
        self._reader = LineReader()
        try:
            self._link: Link = link or serial.serial_for_url(
                with_rfc2217_defaults(url), baudrate=baudrate, timeout=0.02)
        except (serial.SerialException, ValueError, OSError) as error:
            raise LinkError(explain_open_failure(url, error)) from error
        try:
            self.identity = self._hello()
        except PumpError:
            self._link.close()  # refused (no key, another key) or silent: free the port
            raise

    # ------------------------------------------------------------------ transport
    def _next_seq(self) -> int:
        self._seq = (self._seq + 1) % SEQ_MODULO
        return self._seq

    def request(self, verb: str, args: dict[str, str] | None = None,
                words: tuple[str, ...] = ()) -> dict[str, str]:
        """Send one command and return the answer's arguments (``ERR`` raises)."""
        if self.key is not None and verb != "HELLO" and self._seq == SEQ_MODULO - 1:
            self._hello()  # a keyed sequence never wraps under one nonce: take a new one
        frame = Frame(self._next_seq(), verb, dict(args or {}), words)
        self._wrong_mac_seen = False
        data = frame.encode(None if verb == "HELLO" else self.key, self._nonce)
        for _attempt in range(self.retries + 1):
            try:
                self._link.write(data)
                self._link.flush()
            except (serial.SerialException, OSError) as error:
                raise link_failure(error) from None
            reply = self._await(frame.seq, verb == "HELLO")
            if reply is not None:
                return self._result(reply)
        if self._wrong_mac_seen:
            raise KeyMismatch(f"The pump answered {verb}, but signed with another key: "
                              "check that the key file is this pump's.")
        tries = "1 try" if self.retries == 0 else f"{self.retries + 1} tries"
        raise PumpTimeout(f"The pump did not answer {verb} after {tries} "
                          f"({self.timeout_s:g} s each). Check the connection.")

    def _await(self, seq: int, hello: bool = False) -> Frame | None:
        """The answer numbered ``seq``, or None when none came within the timeout.

        What the link already holds is always read before the deadline is checked: a
        client held up longer than its timeout (a busy laptop) still takes the answer that
        arrived meanwhile instead of sending the request again.
        """
        deadline = time.monotonic() + self.timeout_s
        while True:
            for line in self._lines_available():
                try:
                    frame = decode(line)
                except FrameError:
                    continue  # damaged: the retry will bring a clean copy
                if frame.seq != seq:
                    continue
                try:
                    return self._authentic(line, frame, hello)
                except AuthError:
                    self._wrong_mac_seen = True  # forged, or signed with another key
            if time.monotonic() >= deadline:
                return None

    def _lines_available(self) -> list[bytes]:
        """Lines completed by what the link holds now, or by what arrives within its timeout.

        An answer comes in one burst: once its first byte is in, the rest is already
        waiting and is taken at once, not one loop per piece. The line reader's own buffer
        collects the pieces, so no bytes are joined here.
        """
        link = self._link
        try:
            lines = self._reader.feed(link.read(link.in_waiting or 1))
            if not lines and (waiting := link.in_waiting):
                lines = self._reader.feed(link.read(waiting))
        except (serial.SerialException, OSError) as error:
            raise link_failure(error) from None
        return lines

    def _authentic(self, line: bytes, frame: Frame, hello: bool) -> Frame:
        """In shared-key mode: the answer with its MAC checked and removed.

        An answer carrying a new nonce (HELLO, OPEN) is signed with it. ``ERR auth`` is
        not signed (the pump cannot know which nonce the sender holds); it only refuses.
        An unkeyed pump's HELLO answer is not signed either: it says ``auth=none``.
        """
        unsigned = "mac" not in frame.args
        if self.key is None or (unsigned and (
                frame.words == ("auth",) or (hello and frame.args.get("auth") == "none"))):
            return frame
        checked = check_mac(line, frame, self.key, frame.args.get("nonce", self._nonce))
        self._nonce = checked.args.get("nonce", self._nonce)
        return checked

    def _result(self, reply: Frame) -> dict[str, str]:
        if reply.verb == "OK":
            return reply.args
        if reply.verb == "ERR" and reply.words:
            try:
                reason = Reason(reply.words[0])
            except ValueError:
                reason = Reason.BAD_REQUEST
            raise PumpRefused(reason, reply.args.get("msg", "The pump refused the request."))
        raise LinkError(f"The pump sent an unexpected answer {reply.verb!r}.")

    def _decoded(self, decoder, *values):
        try:
            return decoder(*values)
        except ArgumentError as error:
            raise LinkError(f"The pump's answer could not be read: {error}") from None

    def _hello(self) -> PumpIdentity:
        args = self.request("HELLO", {"version": str(PROTOCOL_VERSION)})
        keyed = args.get("auth") == "hmac"
        if keyed and self.key is None:
            raise KeyMismatch("This pump accepts only authenticated frames: choose its key "
                              "file to connect.")
        if self.key is not None and not keyed:
            raise KeyMismatch("A key file was chosen but this pump does not use a shared "
                              "key; connect without one, or check that this is the right "
                              "pump.")
        return self._decoded(decode_identity, args)

    # ------------------------------------------------------------------ Pump interface
    def open_session(self) -> PumpIdentity:
        self.request("OPEN")
        return self.identity

    def close_session(self) -> None:
        self.request("CLOSE")

    def interrogate(self) -> PumpStatus:
        return self._decoded(decode_status, self.request("STATUS"))

    def read_program(self) -> Program:
        args = self.request("PROGRAM")
        return self._decoded(parse_program, args.get("program", ""))

    def write_program(self, program: Program) -> int:
        checksum = program.checksum()
        try:
            staged = self.request("STAGE", {"program": program.canonical_text()})
        except LinkError as lost:
            raise LinkError(f"{lost} The program was not committed.",
                            ProgramInForce.OLD) from None
        if staged.get("crc") != f"{checksum:08X}":
            raise LinkError("The pump staged a different program than was sent; nothing "
                            "was committed.", ProgramInForce.OLD)
        try:
            self.request("COMMIT", {"crc": f"{checksum:08X}"})
        except PumpRefused:
            raise
        except LinkError as lost:
            raise LinkError(str(lost), self._program_after_failure(program)) from None
        return checksum

    def _program_after_failure(self, program: Program) -> ProgramInForce:
        try:
            running = self.read_program()
        except LinkError:
            return ProgramInForce.UNKNOWN
        return ProgramInForce.NEW if running == program else ProgramInForce.OLD

    def refill(self, request: RefillRequest) -> RefillResult:
        args = {"withdrawn_nl": str(request.withdrawn_nl), "filled_nl": str(request.filled_nl),
                "conc": str(request.concentration.mcg_per_ml),
                "low_alarm_nl": str(request.low_reservoir_alarm_nl), "drug": request.drug}
        if request.program is not None:
            args["program"] = request.program.canonical_text()
        reply = self.request("REFILL", args)
        try:
            return RefillResult(int(reply["expected_nl"]), int(reply["withdrawn_nl"]),
                                int(reply["reservoir_nl"]))
        except (KeyError, ValueError):
            raise LinkError("The pump's refill answer could not be read.") from None

    def start_bolus(self, request: BolusRequest) -> BolusStatus:
        reply = self.request("BOLUS", {"kind": request.kind.value,
                                       "volume_nl": str(request.volume_nl),
                                       "duration_s": str(request.duration_s)})
        return self._decoded(decode_bolus, reply)

    def cancel_bolus(self) -> BolusStatus:
        return self._decoded(decode_bolus, self.request("BOLUS-CANCEL"))

    def read_alarms(self) -> tuple[Alarm, ...]:
        return self._decoded(decode_alarms, self.request("ALARMS").get("alarms", "none"))

    def clear_alarm(self, code: AlarmCode) -> None:
        self.request("CLEAR", {"code": code.value})

    def read_clock(self) -> datetime:
        return self._decoded(parse_time, self.request("CLOCK").get("clock", ""), "clock")

    def set_clock(self, pump_clock: datetime) -> None:
        self.request("SETCLOCK", {"clock": time_text(pump_clock)})

    def note(self, action: str, detail: dict[str, str | int]) -> None:
        self.request("NOTE", {"action": action,
                              **{k: ascii_words(str(v)) for k, v in detail.items()}})

    def read_log(self, since_seq: int = 0) -> tuple[Event, ...]:
        events: list[Event] = []
        while True:
            reply = self.request("LOG", {"since": str(since_seq)})
            events.extend(self._decoded(decode_events, reply.get("events", "none")))
            cursor = reply.get("cursor", "")
            if reply.get("more") != "1" or not cursor.isdigit() or int(cursor) <= since_seq:
                return tuple(events)
            since_seq = int(cursor)

    def read_record(self) -> ImplantRecord:
        return self._decoded(decode_record, self.request("RECORD"))

    def write_record(self, changes: dict[str, str], reason: str) -> ImplantRecord:
        return self._decoded(decode_record, self.request("SETRECORD",
                                                         {"reason": reason, **changes}))

    def control(self, action: str, **args: int | str) -> int:
        """Tester control (emulator started with --test-control); returns the true residual."""
        reply = self.request("CTL", {k: str(v) for k, v in args.items()}, (action.upper(),))
        return int(reply.get("true_nl", "0"))

    def close(self) -> None:
        with contextlib.suppress(serial.SerialException, OSError):
            self._link.close()
