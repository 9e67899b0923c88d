"""The pump emulator: a pump model served over a pty, TCP or a serial port.

For testers, in Python::

    with Emulator.start(test_control=True) as emu:     # in-process, on a new pty
        pump = SerialPump(emu.port)                      # what the console would do
        emu.control.set_reservoir(calculated_nl=1_500_000)
        emu.control.advance(86_400)

``Emulator`` is also what ``itb-emulator`` runs (``device/emulator_cli.py``). Link faults
(drop, corrupt, delay, stall, disconnect after N bytes) are applied on the emulator's
side of the link; every byte in and out can go to a JSON-lines transcript.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import select
import socket
import threading
import time
import tty
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from itb_console.device.atomic_file import remove_stale_temporaries
from itb_console.device.clock import ManualClock, ScaledClock
from itb_console.device.control import PumpControl
from itb_console.device.listen_errors import ServeError, explain_listen_failure
from itb_console.device.protocol import (
    DROPPED_HEAD_BYTES,
    Dropped,
    FrameError,
    LineReader,
    decode,
)
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_options import PumpOptionError, build_pump
from itb_console.device.pump_server import PumpServer
from itb_console.device.serial_urls import explain_open_failure
from itb_console.device.state_file import load_state, save_state

_log = logging.getLogger(__name__)


@dataclass
class LinkFaults:
    """Faults on the emulator's side of the link; all off by default."""

    drop_percent: float = 0.0  # answers not sent at all
    corrupt_percent: float = 0.0  # per byte of each answer: one bit flipped
    delay_s: float = 0.0  # before each answer
    stall: bool = False  # answer nothing at all while set
    disconnect_after_bytes: int | None = None  # stop answering after this many bytes out
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("drop_percent", "corrupt_percent"):
            value = getattr(self, name)
            if not 0 <= value <= 100:
                raise ValueError(f"{name.replace('_', ' ')}: {value} is outside 0 to 100 %")
        if self.delay_s < 0:
            raise ValueError(f"delay: {self.delay_s} s is negative")
        self._random = random.Random(self.seed)
        self._sent = 0

    def apply(self, data: bytes) -> bytes:
        """What actually goes out for an answer (possibly nothing, possibly damaged)."""
        if self.stall or self._random.random() * 100 < self.drop_percent:
            return b""
        if self.corrupt_percent:
            damaged = bytearray(data)
            for index in range(len(damaged)):
                if self._random.random() * 100 < self.corrupt_percent:
                    damaged[index] ^= 1 << self._random.randrange(8)
            data = bytes(damaged)
        if self.disconnect_after_bytes is not None:
            room = max(0, self.disconnect_after_bytes - self._sent)
            data = data[:room]
        self._sent += len(data)
        if self.delay_s:
            time.sleep(self.delay_s)
        return data

    @classmethod
    def parse(cls, text: str) -> LinkFaults:
        """``drop=5,corrupt=1,delay=0.1,disconnect=200,seed=7,stall`` (CLI form)."""
        fields: dict[str, Any] = {}
        names = {"drop": "drop_percent", "corrupt": "corrupt_percent", "delay": "delay_s",
                 "disconnect": "disconnect_after_bytes", "seed": "seed"}
        for item in filter(None, (part.strip() for part in text.split(","))):
            key, sep, value = item.partition("=")
            if key == "stall" and not sep:
                fields["stall"] = True
                continue
            if key not in names or not sep:
                raise ValueError(f"fault {item!r}: use drop=%, corrupt=%, delay=s, "
                                 "disconnect=bytes, seed=n or stall")
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"fault {item!r}: {value!r} is not a number") from None
            integer = key in ("disconnect", "seed")
            if integer and number != int(number):
                raise ValueError(f"fault {item!r}: must be a whole number")
            fields[names[key]] = int(number) if integer else number
        return cls(**fields)


class Transcript:
    """JSON lines ``{"t", "dir", "raw", "frame"}`` for every line in and out.

    Lines go to the file as they happen and are not kept: an emulator serving a console
    that polls every second for a week stays flat in memory. ``keep`` > 0 also keeps the
    last ``keep`` entries in memory (``recent``), for a test or a live view.
    """

    def __init__(self, path: Path | None, keep: int = 0) -> None:
        self._file: IO[str] | None = path.open("a", encoding="utf-8") if path else None
        self.recent: deque[dict[str, Any]] = deque(maxlen=keep)
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return self._file is not None or self.recent.maxlen != 0

    def record(self, direction: str, raw: bytes) -> None:
        if not self.active:
            return
        try:
            frame = decode(raw.rstrip(b"\r\n"))
            decoded: dict[str, Any] | None = {"seq": frame.seq, "verb": frame.verb,
                                              "words": list(frame.words), "args": frame.args}
        except FrameError as error:
            decoded = {"invalid": str(error)}
        self._write({"dir": direction, "raw": raw.decode("ascii", "backslashreplace"),
                     "frame": decoded})

    def dropped(self, head: bytes, size: int, reason: str) -> None:
        """Bytes the pump received and dropped unanswered: their start, size and why."""
        if self.active:
            self._write({"dir": "dropped", "raw": head.decode("ascii", "backslashreplace"),
                         "bytes": size, "reason": reason})

    def _write(self, fields: dict[str, Any]) -> None:
        entry = {"t": datetime.now().isoformat(timespec="milliseconds"), **fields}
        with self._lock:
            self.recent.append(entry)
            if self._file is not None:
                self._file.write(json.dumps(entry) + "\n")
                self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class _Outage:
    """A dropped telemetry link: armed for a verb, or down until a reconnect, a time, or a
    number of lost frames.

    Armed ``at`` a verb, that frame is lost before the pump sees it; armed ``after`` a verb,
    the pump acts on that frame and its answer is what is lost (the programmer cannot know
    the pump acted). ``frames`` ends the outage after that many lost frames, the trigger
    included, so a script's retries and read-back land deterministically.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: tuple[str, bool, float, int | None] | None = None
        self._down_until: float | None = None
        self._frames_left: int | None = None

    def arm(self, verb: str | None, seconds: float, *, acted: bool = False,
            frames: int | None = None) -> None:
        if seconds <= 0:
            raise ValueError(f"link drop: {seconds:g} s must be more than 0 s")
        if frames is not None and frames < 1:
            raise ValueError(f"link drop: {frames} frames must be 1 or more")
        with self._lock:
            if verb is None:
                self._armed = None
                self._go_down(seconds, frames)
            else:
                self._armed = (verb.upper(), acted, seconds, frames)

    def _go_down(self, seconds: float, frames: int | None) -> None:
        self._down_until = time.monotonic() + seconds
        self._frames_left = frames

    def down(self) -> bool:
        with self._lock:
            return self._down_until is not None and time.monotonic() < self._down_until

    def verdict(self, line: bytes) -> str:
        """``"pass"``, ``"lose"`` (never acted on) or ``"act"`` (acted on, answer lost)."""
        with self._lock:
            verdict = "lose"
            if self._armed is not None and _verb_of(line) == self._armed[0]:
                _verb, acted, seconds, frames = self._armed
                self._armed = None
                self._go_down(seconds, frames)
                verdict = "act" if acted else "lose"
            if self._down_until is None or time.monotonic() >= self._down_until:
                return "pass"
            if self._frames_left is not None:
                self._frames_left -= 1
                if self._frames_left <= 0:
                    self._down_until, self._frames_left = None, None
            return verdict

    def reconnected(self) -> None:
        with self._lock:
            self._down_until, self._frames_left = None, None


def _verb_of(line: bytes) -> str:
    words = line.split(b"*", 1)[0].split()
    return words[1].decode("ascii", "replace").upper() if len(words) > 1 else ""


class Emulator:
    """One pump model served on one link, in a background thread."""

    def __init__(self, model: PumpModel, server: PumpServer, *,
                 faults: LinkFaults | None = None, transcript: Path | None = None,
                 state_path: Path | None = None) -> None:
        self.model = model
        self.server = server
        self.control: PumpControl = server.control
        self.faults = faults or LinkFaults()
        self.transcript = Transcript(transcript)
        self.state_path = state_path
        self.port = ""
        self._stop = threading.Event()
        # Written to on stop so that a serving loop waiting in select() wakes at once:
        # a classroom of 30 stations ends in milliseconds, not 30 select timeouts.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._outage = _Outage()
        self._threads: list[threading.Thread] = []
        self._cleanup: list[Callable[[], None]] = []
        if state_path is not None:
            model.on_commit = self._save_after_change

    def _save_after_change(self) -> None:
        """Save after a clinician's change; a failed save is told, and the pump goes on.

        The change has happened on the pump either way: refusing it now would make the
        clinician's answer false. The file keeps the last state saved until a later save
        (the next change, or the one on stop) succeeds.
        """
        assert self.state_path is not None
        try:
            save_state(self.model, self.state_path)
        except OSError as error:
            _log.warning("itb-emulator: warning: the state could not be saved to %s (%s); "
                         "the file holds the last state saved; saving is tried again at "
                         "the next change and on exit", self.state_path,
                         error.strerror or error)

    # ------------------------------------------------------------------ construction
    @classmethod
    def create(cls, *, profile: str | None = None, state: Path | None = None,
               speed: float | None = 1.0, start: float | None = None,
               test_control: bool = False, key: bytes | None = None, relaxed: bool = False,
               faults: LinkFaults | None = None, transcript: Path | None = None,
               pump_options: Mapping[str, str] | None = None) -> Emulator:
        """A pump from a state file (if it exists) or the default pump.

        ``speed=None`` gives a clock that moves only by tester control (for scripts).
        ``pump_options`` (``--pump``) change the default pump as ``sim://`` options do;
        they describe a new pump, so they are refused with a state file that holds one.
        """
        begin = time.time() if start is None else start
        clock: ManualClock | ScaledClock = (
            ManualClock(begin) if speed is None else ScaledClock(begin, speed))
        if state is not None:
            remove_stale_temporaries(state)
        if state is not None and state.exists():
            if pump_options:
                raise PumpOptionError(f"--pump: {state} already holds a pump; --pump "
                                      "describes a new one (remove --pump or the file)")
            model = load_state(state, clock)
            if isinstance(clock, ManualClock):
                clock.set(max(begin, float(model.world_time)))
            else:
                clock.step(max(0.0, float(model.world_time) - clock.now()))
        else:
            options = dict(pump_options or {})
            if profile is not None:
                options.setdefault("profile", profile)
            model = build_pump(options, clock, where="--pump")
        server = PumpServer(model, test_control=test_control, key=key, relaxed=relaxed)
        return cls(model, server, faults=faults, transcript=transcript, state_path=state)

    @classmethod
    def start(cls, **options: Any) -> Emulator:
        """Create and serve on a new pty (the most common test set-up)."""
        emulator = cls.create(**options)
        emulator.serve_pty()
        return emulator

    def replace_pump(self, model: PumpModel) -> None:
        """Serve another pump on the same link from the next frame (a pump exchanged in
        theatre: the programmer placed again reaches the new one). The old one is left as
        it is; the link, its faults and its transcript carry on."""
        with self.server.lock:
            self.server.replace_model(model)
            self.model = model
            self.control = self.server.control
            if self.state_path is not None:
                state_path = self.state_path
                model.on_commit = lambda: save_state(model, state_path)

    # ------------------------------------------------------------------ link outage
    def drop_link(self, *, at_verb: str | None = None, after_verb: str | None = None,
                  seconds: float = 30.0, frames: int | None = None) -> None:
        """Lose the telemetry link: now, as the next ``at_verb`` frame arrives, or just
        after the pump acted on the next ``after_verb`` frame.

        Lost frames are never acted on (a COMMIT lost this way leaves the old program
        running). With ``after_verb`` the pump acts on that frame and its answer is lost:
        the new program runs, but the programmer never hears so. The link comes back when
        the programmer connects again (a new TCP connection), after ``seconds`` of real time
        on a pty or serial port, or after ``frames`` lost frames (the first one included).
        """
        if at_verb is not None and after_verb is not None:
            raise ValueError("link drop: give at_verb or after_verb, not both")
        self._outage.arm(at_verb or after_verb, seconds, acted=after_verb is not None,
                         frames=frames)

    @property
    def link_down(self) -> bool:
        return self._outage.down()

    # ------------------------------------------------------------------ serving
    def _line_reader(self) -> LineReader:
        return LineReader(require_crlf=not self.server.relaxed)

    def answer_bytes(self, data: bytes, reader: LineReader) -> bytes:
        """What goes back for ``data`` received on a connection read by ``reader``.

        Every line goes to the transcript: ``in`` with its answer ``out``, ``lost`` on a
        dropped link, and ``dropped`` with the reason for bytes the pump does not answer
        (too long, cut short, no CR, a bad CRC...).
        """
        out = bytearray()
        for line in reader.take(data):
            if isinstance(line, Dropped):
                self.transcript.dropped(line.head, line.size, line.reason)
                continue
            verdict = self._outage.verdict(line)
            if verdict == "lose":
                self.transcript.record("in", line + b"\r\n")
                self.transcript.record("lost", line + b"\r\n")
                continue
            try:
                answer = self.server.respond(line)
            except FrameError as error:
                self.transcript.dropped(line[:DROPPED_HEAD_BYTES], len(line) + 2, str(error))
                continue
            self.transcript.record("in", line + b"\r\n")
            if verdict == "act":
                self.transcript.record("lost", answer)
                continue
            sent = self.faults.apply(answer)
            if sent:
                self.transcript.record("out", sent)
                out += sent
        return bytes(out)

    def serve_pty(self) -> str:
        master, slave = os.openpty()
        tty.setraw(slave)
        self.port = os.ttyname(slave)

        def loop() -> None:
            reader = self._line_reader()
            while not self._stop.is_set():
                ready, _, _ = select.select([master, self._wake_reader.fileno()], [], [], 0.05)
                if master not in ready:
                    continue
                try:
                    data = os.read(master, 4096)
                except OSError:
                    continue
                reply = self.answer_bytes(data, reader)
                try:
                    while reply:  # a pty may take part of a write
                        reply = reply[os.write(master, reply):]
                except OSError:
                    continue  # no one at the other end: the answer is lost, as on a wire

        self._spawn(loop)
        self._cleanup += [lambda: os.close(master), lambda: os.close(slave)]
        return self.port

    def serve_tcp(self, port: int, bind: str = "127.0.0.1") -> int:
        """Serve on TCP; a new connection replaces the old one (a programmer placed again).

        :class:`ServeError` says in words why it could not listen.
        """
        try:
            listener = socket.create_server((bind, port), reuse_port=False)
        except OSError as error:
            raise ServeError(explain_listen_failure(bind, port, error)) from None
        self.port = f"socket://{bind}:{listener.getsockname()[1]}"

        def loop() -> None:
            connection: socket.socket | None = None
            reader = self._line_reader()
            while not self._stop.is_set():
                waiting = [listener, self._wake_reader] + (
                    [] if connection is None else [connection])
                ready, _, _ = select.select(waiting, [], [], 0.1)
                if listener in ready:
                    if connection is not None:
                        connection.close()
                    connection, _ = listener.accept()
                    reader = self._line_reader()
                    self._outage.reconnected()
                    with self.server.lock:  # the programmer that held it has gone
                        self.model.close_session()
                    continue
                if connection is None or connection not in ready:
                    continue
                try:
                    data = connection.recv(4096)
                    reply = self.answer_bytes(data, reader) if data else b""
                    if reply:
                        connection.sendall(reply)
                except OSError:
                    data = b""
                if not data:
                    connection.close()
                    connection = None
            if connection is not None:
                connection.close()

        self._spawn(loop)
        self._cleanup.append(listener.close)
        return listener.getsockname()[1]

    def serve_serial(self, device: str, baudrate: int = 115_200) -> None:
        import serial

        try:
            link = serial.serial_for_url(device, baudrate=baudrate, timeout=0.05)
        except (OSError, ValueError) as error:
            raise ServeError(explain_open_failure(device, error)) from None
        self.port = device

        def loop() -> None:
            reader = self._line_reader()
            while not self._stop.is_set():
                data = link.read(link.in_waiting or 1)
                if data:
                    reply = self.answer_bytes(data, reader)
                    if reply:
                        link.write(reply)

        self._spawn(loop)
        self._cleanup.append(link.close)

    def _spawn(self, loop: Callable[[], None]) -> None:
        thread = threading.Thread(target=loop, name="itb-emulator", daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        """Stop serving; save the state if a state file was given.

        Raises OSError when that save fails (the file then holds the last state saved).
        """
        self._stop.set()
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"x")
        for thread in self._threads:
            thread.join(timeout=2)
        for step in reversed(self._cleanup):
            with contextlib.suppress(OSError):
                step()
        self._cleanup.clear()
        for end in (self._wake_reader, self._wake_writer):
            end.close()
        try:
            if self.state_path is not None:
                with self.server.lock:
                    save_state(self.model, self.state_path)
        finally:
            self.transcript.close()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class LoopbackLink:
    """A pyserial-like link straight into a :class:`PumpServer`, in the same thread.

    For tests and scripts that want the whole protocol without a pty: pass it to
    ``SerialPump(url, link=LoopbackLink(server))``. ``request_faults`` damage what the
    client sends, ``answer_faults`` what the pump sends back; ``cut_after_bytes`` makes
    the link swallow everything the client writes after that many bytes.
    """

    def __init__(self, server: PumpServer, *, request_faults: LinkFaults | None = None,
                 answer_faults: LinkFaults | None = None,
                 cut_after_bytes: int | None = None) -> None:
        self.server = server
        self.request_faults = request_faults or LinkFaults()
        self.answer_faults = answer_faults or LinkFaults()
        self.cut_after_bytes = cut_after_bytes
        self.written = 0
        self._reader = LineReader(require_crlf=not server.relaxed)
        self._pending = bytearray()

    @property
    def in_waiting(self) -> int:
        return len(self._pending)

    def write(self, data: bytes) -> int:
        if self.cut_after_bytes is not None:
            data = data[: max(0, self.cut_after_bytes - self.written)]
        self.written += len(data)
        for line in self._reader.feed(self.request_faults.apply(data) if data else b""):
            answer = self.server.answer(line)
            if answer is not None:
                self._pending += self.answer_faults.apply(answer)
        return len(data)

    def read(self, size: int = 1) -> bytes:
        data = bytes(self._pending[:size])
        del self._pending[:size]
        return data

    def flush(self) -> None:
        """Nothing is buffered on this side."""

    def close(self) -> None:
        self._pending.clear()
