"""The pump's side of the protocol: frames in, the pump model acts, frames out.

Rules (docs/protocol.md): a frame that does not decode is dropped without an answer (its
sequence number cannot be trusted); a byte-identical repeat of the last frame gets the
cached answer and is never executed twice; a valid frame that the pump refuses gets
``ERR <reason>`` and changes nothing. In shared-key mode every frame but ``HELLO`` carries
a MAC over the pump's current nonce, and its sequence number must be above every one
accepted under that nonce, so a recorded frame never acts again. ``CTL`` frames (tester
control) are refused unless the emulator was started with test control enabled.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from itb_console.device.control import PumpControl
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import WIRE_KEYS
from itb_console.device.key_file import key_size_problem
from itb_console.device.mri_fault import DELAY_HOURS, MAX_SCAN_MINUTES, MriResume
from itb_console.device.protocol import (
    MAX_FRAME_BYTES,
    PROTOCOL_VERSION,
    SEQ_MODULO,
    ArgumentError,
    AuthError,
    Frame,
    FrameError,
    check_mac,
    decode,
    shown,
)
from itb_console.device.pump_api import (
    AlarmCode,
    BolusKind,
    BolusRequest,
    PumpError,
    PumpRefused,
    Reason,
    RefillRequest,
)
from itb_console.device.pump_model import SESSION_TIMEOUT_S, PumpModel
from itb_console.device.therapy import Concentration, TherapyError
from itb_console.device.wire_codec import (
    encode_alarms,
    encode_bolus,
    encode_event,
    encode_record,
    encode_status,
    parse_program,
    parse_time,
    time_text,
)

MAX_NL = 100_000_000
MAX_BOLUS_DURATION_S = 7 * 86_400
NOTE_ACTION = re.compile(r"[a-z]+(-[a-z]+)*")
LOG_PAGE_MAX_EVENTS = 40
# What a LOG answer holds besides its events: "@9999 OK count=40 events= more=1
# cursor=999999999 mac=<16>*XXXX\r\n" is under 90 bytes; the rest is kept free.
_LOG_FRAME_OVERHEAD = 128
LOG_PAGE_BYTES = MAX_FRAME_BYTES - _LOG_FRAME_OVERHEAD
_MESSAGE_LIMIT = 400
NONCE_BYTES = 8


@dataclass(frozen=True)
class _Command:
    handler: Callable[[Frame], dict[str, str]]
    keys: frozenset[str] | None  # the argument names it takes (None: any, as NOTE)


_CTL_KEYS = {"ADVANCE": {"seconds"}, "RESERVOIR": {"calculated_nl", "true_nl"},
             "BATTERY": {"days"}, "ALARM": {"code"}, "STALL": set(),
             "OVERINFUSE": {"percent"}, "DRIFT": {"ppm"}, "PUMPCLOCK": {"clock"},
             "TRUE": set(), "MRI": {"minutes", "resume", "delay_h"}}


def _error(seq: int, reason: Reason, message: str) -> Frame:
    # No frame may carry an "@" (it starts frames): messages name it in words, and any
    # that slipped in is written as words too, never as a bare " at ".
    text = message.replace("@", "(at sign)")
    if len(text) > _MESSAGE_LIMIT:
        text = text[: _MESSAGE_LIMIT - 3] + "..."
    return Frame(seq, "ERR", {"msg": text}, (reason.value,))


def _new_nonce() -> str:
    return secrets.token_hex(NONCE_BYTES).upper()


class PumpServer:
    """Answers frames for one pump model; thread-safe with the shared control lock."""

    def __init__(self, model: PumpModel, *, lock: threading.RLock | None = None,
                 test_control: bool = False, key: bytes | None = None,
                 relaxed: bool = False, nonces: Callable[[], str] | None = None) -> None:
        problem = None if key is None else key_size_problem(key)
        if problem is not None:
            raise ValueError(f"key: {problem}")
        self.model = model
        self.lock = lock or threading.RLock()
        self.control = PumpControl(model, self.lock)
        self.test_control = test_control
        self.key = key
        self.relaxed = relaxed
        # Where nonces come from: random; a fixed series only for the worked examples of
        # docs/protocol.md, which a test replays byte for byte.
        self._nonces = nonces or _new_nonce
        self.nonce = self._nonces()
        self._last_seq: int | None = None  # highest seq accepted under this nonce (key mode)
        self._last: tuple[bytes, bytes] | None = None  # (request line, encoded answer)
        # Called with (request, answer) for every frame acted on (not for retries):
        # how an instructor watches a trainee's session without touching it.
        self.observers: list[Callable[[Frame, Frame], None]] = []
        none: frozenset[str] = frozenset()
        self.commands: dict[str, _Command] = {
            "HELLO": _Command(self._hello, frozenset({"version"})),
            "LIMITS": _Command(self._limits, none),
            "OPEN": _Command(self._open, none), "CLOSE": _Command(self._close, none),
            "STATUS": _Command(self._status, none), "PROGRAM": _Command(self._program, none),
            "STAGE": _Command(self._stage, frozenset({"program"})),
            "COMMIT": _Command(self._commit, frozenset({"crc"})),
            "REFILL": _Command(self._refill, frozenset(
                {"withdrawn_nl", "filled_nl", "conc", "low_alarm_nl", "drug", "program"})),
            "BOLUS": _Command(self._bolus, frozenset({"kind", "volume_nl", "duration_s"})),
            "BOLUS-CANCEL": _Command(self._bolus_cancel, none),
            "ALARMS": _Command(self._alarms, none),
            "CLEAR": _Command(self._clear, frozenset({"code"})),
            "CLOCK": _Command(self._clock, none),
            "SETCLOCK": _Command(self._set_clock, frozenset({"clock"})),
            "LOG": _Command(self._log, frozenset({"since", "max"})),
            "RECORD": _Command(self._record, none),
            "SETRECORD": _Command(self._set_record, frozenset({"reason", "patient",
                                                               *WIRE_KEYS})),
            "NOTE": _Command(self._note, None),
            "CTL": _Command(self._ctl, None),
        }

    def replace_model(self, model: PumpModel) -> None:
        """Answer for another pump from the next frame on (see ``Emulator.replace_pump``)."""
        with self.lock:
            self.model = model
            self.control = PumpControl(model, self.lock)

    # ------------------------------------------------------------------ framing
    def answer(self, line: bytes) -> bytes | None:
        """The encoded answer to one received line, or None when the line is dropped."""
        try:
            return self.respond(line)
        except FrameError:
            return None

    def respond(self, line: bytes) -> bytes:
        """The encoded answer to one received line; :class:`FrameError` (with the reason)
        when the line is dropped.

        A line typed by hand (relaxed mode, no ``@``) is always a new request: it is
        never answered from the retry memory and leaves nothing there, since every typed
        line would otherwise be the same ``@0`` frame to it.
        """
        typed = not line.startswith(b"@")
        if not typed and self._last is not None and line == self._last[0]:
            return self._last[1]  # a retry: answer again, do not act again
        frame = decode(line, relaxed=self.relaxed)
        if self.key is not None:
            try:
                frame = self._authenticate(line, frame)
            except AuthError as refused:
                # Not signed: the pump cannot know which nonce the sender holds.
                return _error(frame.seq, Reason.AUTH, f"{refused}; refused.").encode()
        reply = self.handle(frame)
        if self.key is not None:
            if frame.verb in ("HELLO", "OPEN") and reply.verb == "OK":
                self._last_seq = None  # a fresh nonce starts a fresh sequence
            elif frame.verb != "HELLO":
                self._last_seq = frame.seq
        encoded = reply.encode(self.key, self.nonce)
        self._last = None if typed else (line, encoded)
        for observer in self.observers:
            observer(frame, reply)
        return encoded

    def _authenticate(self, line: bytes, frame: Frame) -> Frame:
        """The frame without its MAC, or AuthError: no MAC, an old nonce, a used seq."""
        if frame.verb == "HELLO":
            return frame  # how a client learns the nonce; it changes nothing in the pump
        if not line.startswith(b"@"):
            raise AuthError("a typed line carries no MAC")
        signed = check_mac(line, frame, self.key or b"", self.nonce)
        if self._last_seq is not None and signed.seq <= self._last_seq:
            raise AuthError(f"sequence number {signed.seq} is not above {self._last_seq}, "
                            "the last one accepted under this nonce")
        return signed

    def handle(self, frame: Frame) -> Frame:
        command = self.commands.get(frame.verb)
        if command is None:
            return _error(frame.seq, Reason.BAD_REQUEST,
                          f"{shown(frame.verb)} is not a command; see docs/protocol.md")
        try:
            _check_shape(frame, command.keys)
            with self.lock:
                self.model.touch_session()
                args = command.handler(frame)
        except ArgumentError as error:
            return _error(frame.seq, error.reason, str(error))
        except PumpRefused as refused:
            return _error(frame.seq, refused.reason, str(refused))
        except (PumpError, TherapyError, ValueError) as error:
            return _error(frame.seq, Reason.OUT_OF_RANGE, str(error))
        return Frame(frame.seq, "OK", args)

    # ------------------------------------------------------------------ commands
    def _hello(self, frame: Frame) -> dict[str, str]:
        version = frame.int_arg("version", 1, 999)
        if version != PROTOCOL_VERSION:
            raise PumpRefused(Reason.UNSUPPORTED,
                              f"protocol version {version} is not supported; this pump "
                              f"speaks version {PROTOCOL_VERSION}")
        ident = self.model.identity
        args = {"version": str(PROTOCOL_VERSION), "serial": ident.serial_number,
                "profile": ident.profile_id, "model": ident.model_code,
                "firmware": ident.firmware, "patient": ident.patient_id,
                "auth": "hmac" if self.key else "none",
                "test_control": "1" if self.test_control else "0"}
        return args | self._fresh_nonce()

    def _fresh_nonce(self) -> dict[str, str]:
        if self.key is None:
            return {}
        self.nonce = self._nonces()
        return {"nonce": self.nonce}

    def _limits(self, frame: Frame) -> dict[str, str]:
        profile = self.model.profile
        drugs = ",".join(f"{drug.name}:" + "/".join(str(c.mcg_per_ml)
                                                    for c in drug.concentrations)
                         for drug in load_drugs().values())
        return {"profile": profile.id, "reservoir_nl": str(profile.reservoir_nl),
                "min_rate_nl_per_day": str(profile.min_rate_nl_per_day),
                "max_rate_nl_per_day": str(profile.max_rate_nl_per_day),
                "max_steps": str(profile.max_steps),
                "min_step_minutes": str(profile.min_step_minutes),
                "low_alarm_min_nl": str(profile.low_reservoir_alarm_min_nl),
                "low_alarm_max_nl": str(profile.low_reservoir_alarm_max_nl),
                "max_bolus_nl": str(profile.max_bolus_nl),
                "max_bolus_duration_s": str(MAX_BOLUS_DURATION_S), "drugs": drugs,
                "max_frame_bytes": str(MAX_FRAME_BYTES), "seq_modulo": str(SEQ_MODULO),
                "log_page_max": str(LOG_PAGE_MAX_EVENTS),
                "session_timeout_s": str(round(SESSION_TIMEOUT_S))}

    def _open(self, frame: Frame) -> dict[str, str]:
        ident = self.model.open_session()
        return {"serial": ident.serial_number} | self._fresh_nonce()

    def _close(self, frame: Frame) -> dict[str, str]:
        self.model.close_session()
        return {}

    def _status(self, frame: Frame) -> dict[str, str]:
        return encode_status(self.model.status())

    def _program(self, frame: Frame) -> dict[str, str]:
        program = self.model.status().program
        return {"program": program.canonical_text(), "crc": f"{program.checksum():08X}"}

    def _stage(self, frame: Frame) -> dict[str, str]:
        checksum = self.model.stage_program(parse_program(frame.text_arg("program")))
        return {"crc": f"{checksum:08X}"}

    def _commit(self, frame: Frame) -> dict[str, str]:
        text = frame.text_arg("crc")
        if not re.fullmatch("[0-9A-F]{8}", text):
            raise ArgumentError(f"crc={shown(text)} is not 8 upper-case hex digits")
        program = self.model.commit_program(int(text, 16))
        return {"crc": f"{program.checksum():08X}"}

    def _refill(self, frame: Frame) -> dict[str, str]:
        program = parse_program(frame.args["program"]) if "program" in frame.args else None
        concentration = Concentration(frame.int_arg("conc", 1, 10_000))
        result = self.model.refill(RefillRequest(
            withdrawn_nl=frame.int_arg("withdrawn_nl", 0, MAX_NL),
            filled_nl=frame.int_arg("filled_nl", 0, MAX_NL),
            concentration=concentration,
            low_reservoir_alarm_nl=frame.int_arg("low_alarm_nl", 0, MAX_NL),
            drug=frame.args.get("drug", (program or self.model.program).drug),
            program=program))
        return {"expected_nl": str(result.expected_residual_nl),
                "withdrawn_nl": str(result.withdrawn_nl),
                "reservoir_nl": str(result.reservoir_nl)}

    def _bolus(self, frame: Frame) -> dict[str, str]:
        status = self.model.start_bolus(BolusRequest(
            frame.choice_arg("kind", BolusKind), frame.int_arg("volume_nl", 1, MAX_NL),
            frame.int_arg("duration_s", 1, MAX_BOLUS_DURATION_S)))
        return encode_bolus(status)

    def _bolus_cancel(self, frame: Frame) -> dict[str, str]:
        return encode_bolus(self.model.cancel_bolus())

    def _alarms(self, frame: Frame) -> dict[str, str]:
        return {"alarms": encode_alarms(self.model.alarms())}

    def _clear(self, frame: Frame) -> dict[str, str]:
        self.model.clear_alarm(frame.choice_arg("code", AlarmCode))
        return {}

    def _clock(self, frame: Frame) -> dict[str, str]:
        return {"clock": time_text(self.model.pump_clock())}

    def _set_clock(self, frame: Frame) -> dict[str, str]:
        self.model.set_clock(parse_time(frame.text_arg("clock"), "clock"))
        return {"clock": time_text(self.model.pump_clock())}

    def _log(self, frame: Frame) -> dict[str, str]:
        """One page: as many events after ``since`` as fit the frame, up to ``max``."""
        since = frame.int_arg("since", 0, 10**9) if "since" in frame.args else 0
        limit = (frame.int_arg("max", 1, LOG_PAGE_MAX_EVENTS) if "max" in frame.args
                 else LOG_PAGE_MAX_EVENTS)
        events = self.model.log(since)
        page: list[str] = []
        size = 0
        for event in events[:limit]:
            text = encode_event(event)
            if page and size + 1 + len(text) > LOG_PAGE_BYTES:
                break
            page.append(text)
            size += len(text) + (1 if len(page) > 1 else 0)
        cursor = events[len(page) - 1].seq if page else since
        return {"count": str(len(page)), "events": ",".join(page) or "none",
                "more": "1" if len(events) > len(page) else "0", "cursor": str(cursor)}

    def _record(self, frame: Frame) -> dict[str, str]:
        return encode_record(self.model.identity, self.model.read_record())

    def _set_record(self, frame: Frame) -> dict[str, str]:
        changes = {k: v for k, v in frame.args.items() if k != "reason"}
        self.model.write_record(changes, frame.text_arg("reason"))
        return self._record(frame)

    def _note(self, frame: Frame) -> dict[str, str]:
        action = frame.text_arg("action")
        if not NOTE_ACTION.fullmatch(action):
            raise ArgumentError(f"action={shown(action)} must be lower-case words joined "
                                "by '-'")
        return {}

    # ------------------------------------------------------------------ tester control
    def _ctl(self, frame: Frame) -> dict[str, str]:
        if not self.test_control:
            raise PumpRefused(Reason.UNSUPPORTED,
                              "Tester control is off: start the emulator with --test-control.")
        if len(frame.words) != 1 or frame.words[0] not in _CTL_KEYS:
            raise ArgumentError(f"CTL takes one action: {', '.join(_CTL_KEYS)}")
        action, control = frame.words[0], self.control
        _check_keys(frame, _CTL_KEYS[action])
        if action == "ADVANCE":
            control.advance(frame.int_arg("seconds", 0, 20 * 366 * 86_400))
        elif action == "RESERVOIR":
            control.set_reservoir(
                frame.int_arg("calculated_nl", 0, MAX_NL) if "calculated_nl" in frame.args
                else None,
                frame.int_arg("true_nl", 0, MAX_NL) if "true_nl" in frame.args else None)
        elif action == "BATTERY":
            control.set_battery_days_left(frame.int_arg("days", 0, 20 * 366))
        elif action == "ALARM":
            control.raise_alarm(frame.choice_arg("code", AlarmCode))
        elif action == "STALL":
            control.motor_stall()
        elif action == "OVERINFUSE":
            control.set_over_infusion(frame.int_arg("percent", 0, 200))
        elif action == "DRIFT":
            control.set_drift_ppm(frame.int_arg("ppm", -100_000, 100_000))
        elif action == "MRI":
            control.mri(frame.int_arg("minutes", 1, MAX_SCAN_MINUTES),
                        frame.choice_arg("resume", MriResume),
                        frame.int_arg("delay_h", 0, DELAY_HOURS[1]) if "delay_h" in frame.args
                        else 0)
        elif action == "PUMPCLOCK":
            control.set_pump_clock(parse_time(frame.text_arg("clock"), "clock"))
        return {"true_nl": str(control.true_residual_nl())}


def _check_keys(frame: Frame, allowed: set[str] | frozenset[str]) -> None:
    unknown = [key for key in frame.args if key not in allowed]
    if unknown:
        takes = ", ".join(sorted(allowed)) or "no arguments"
        raise ArgumentError(f"{shown(unknown[0])} is not an argument of {frame.verb} "
                            f"(it takes {takes})")


def _check_shape(frame: Frame, keys: frozenset[str] | None) -> None:
    """Words only where the verb takes them (CTL), argument names the verb knows."""
    if frame.words and frame.verb != "CTL":
        raise ArgumentError(f"{frame.verb} takes no words before its arguments "
                            f"(got {shown(frame.words[0])})")
    if keys is not None:
        _check_keys(frame, keys)
