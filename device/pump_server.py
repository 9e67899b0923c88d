"""The pump's side of the protocol: frames in, the pump model acts, frames out.

Rules (docs/protocol.md): a frame that does not decode is dropped without an answer (its
sequence number cannot be trusted); a repeated sequence number gets the cached answer and
is never executed twice; a valid frame that the pump refuses gets ``ERR <reason>`` and
changes nothing. ``CTL`` frames (tester control) are refused unless the emulator was
started with test control enabled.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from itb_console.device.control import PumpControl
from itb_console.device.protocol import (
    PROTOCOL_VERSION,
    ArgumentError,
    AuthError,
    Frame,
    FrameError,
    decode,
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
from itb_console.device.pump_model import PumpModel
from itb_console.device.therapy import Concentration, TherapyError
from itb_console.device.wire_codec import (
    encode_alarms,
    encode_bolus,
    encode_events,
    encode_status,
    parse_program,
    parse_time,
    time_text,
)

MAX_NL = 100_000_000
NOTE_ACTION = re.compile(r"[a-z]+(-[a-z]+)*")
LOG_PAGE = 40


def _error(seq: int, reason: Reason, message: str) -> Frame:
    return Frame(seq, "ERR", {"msg": message.replace("@", " at ")}, (reason.value,))


class PumpServer:
    """Answers frames for one pump model; thread-safe with the shared control lock."""

    def __init__(self, model: PumpModel, *, lock: threading.RLock | None = None,
                 test_control: bool = False, key: bytes | None = None,
                 relaxed: bool = False) -> None:
        self.model = model
        self.lock = lock or threading.RLock()
        self.control = PumpControl(model, self.lock)
        self.test_control = test_control
        self.key = key
        self.relaxed = relaxed
        self._last: tuple[bytes, bytes] | None = None  # (request line, encoded answer)
        # Called with (request, answer) for every frame acted on (not for retries):
        # how an instructor watches a trainee's session without touching it.
        self.observers: list[Callable[[Frame, Frame], None]] = []
        self.handlers: dict[str, Callable[[Frame], dict[str, str]]] = {
            "HELLO": self._hello, "OPEN": self._open, "CLOSE": self._close,
            "STATUS": self._status, "PROGRAM": self._program, "STAGE": self._stage,
            "COMMIT": self._commit, "REFILL": self._refill, "BOLUS": self._bolus,
            "BOLUS-CANCEL": self._bolus_cancel, "ALARMS": self._alarms,
            "CLEAR": self._clear, "CLOCK": self._clock, "SETCLOCK": self._set_clock,
            "LOG": self._log, "NOTE": self._note, "CTL": self._ctl,
        }

    def answer(self, line: bytes) -> bytes | None:
        """The encoded answer to one received line, or None when the line is dropped."""
        if self._last is not None and line == self._last[0]:
            return self._last[1]  # a retry: answer again, do not act again
        try:
            frame = decode(line, self.key, self.relaxed)
        except AuthError:
            seq = _seq_of(line)
            if seq is None:
                return None
            reply = _error(seq, Reason.AUTH, "Frame not authenticated: refused.")
            return reply.encode(self.key)
        except FrameError:
            return None
        reply = self.handle(frame)
        encoded = reply.encode(self.key)
        self._last = (line, encoded)
        for observer in self.observers:
            observer(frame, reply)
        return encoded

    def handle(self, frame: Frame) -> Frame:
        handler = self.handlers.get(frame.verb)
        if handler is None:
            return _error(frame.seq, Reason.BAD_REQUEST,
                          f"{frame.verb} is not a command; see docs/protocol.md")
        try:
            with self.lock:
                self.model.touch_session()
                args = handler(frame)
        except ArgumentError as error:
            return _error(frame.seq, Reason.BAD_REQUEST, str(error))
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
        return {"version": str(PROTOCOL_VERSION), "serial": ident.serial_number,
                "profile": ident.profile_id, "model": ident.model_code,
                "firmware": ident.firmware, "patient": ident.patient_id,
                "auth": "hmac" if self.key else "none",
                "test_control": "1" if self.test_control else "0"}

    def _open(self, frame: Frame) -> dict[str, str]:
        ident = self.model.open_session()
        return {"serial": ident.serial_number}

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
        try:
            checksum = int(text, 16)
        except ValueError:
            raise ArgumentError(f"crc={text!r} is not 8 hex digits") from None
        program = self.model.commit_program(checksum)
        return {"crc": f"{program.checksum():08X}"}

    def _refill(self, frame: Frame) -> dict[str, str]:
        program = parse_program(frame.args["program"]) if "program" in frame.args else None
        try:
            concentration = Concentration(frame.int_arg("conc", 1, 10_000))
        except TherapyError as error:
            raise ArgumentError(str(error)) from None
        result = self.model.refill(RefillRequest(
            withdrawn_nl=frame.int_arg("withdrawn_nl", 0, MAX_NL),
            filled_nl=frame.int_arg("filled_nl", 0, MAX_NL),
            concentration=concentration,
            low_reservoir_alarm_nl=frame.int_arg("low_alarm_nl", 0, MAX_NL),
            drug=frame.args.get("drug", "baclofen"), program=program))
        return {"expected_nl": str(result.expected_residual_nl),
                "withdrawn_nl": str(result.withdrawn_nl),
                "reservoir_nl": str(result.reservoir_nl)}

    def _bolus(self, frame: Frame) -> dict[str, str]:
        try:
            kind = BolusKind(frame.text_arg("kind"))
        except ValueError:
            raise ArgumentError(f"kind={frame.args['kind']!r} must be clinician, priming or "
                                "bridge") from None
        status = self.model.start_bolus(BolusRequest(
            kind, frame.int_arg("volume_nl", 1, MAX_NL),
            frame.int_arg("duration_s", 1, 7 * 86_400)))
        return encode_bolus(status)

    def _bolus_cancel(self, frame: Frame) -> dict[str, str]:
        return encode_bolus(self.model.cancel_bolus())

    def _alarms(self, frame: Frame) -> dict[str, str]:
        return {"alarms": encode_alarms(self.model.alarms())}

    def _clear(self, frame: Frame) -> dict[str, str]:
        self.model.clear_alarm(_alarm_code(frame))
        return {}

    def _clock(self, frame: Frame) -> dict[str, str]:
        return {"clock": time_text(self.model.pump_clock())}

    def _set_clock(self, frame: Frame) -> dict[str, str]:
        self.model.set_clock(parse_time(frame.text_arg("clock"), "clock"))
        return {"clock": time_text(self.model.pump_clock())}

    def _log(self, frame: Frame) -> dict[str, str]:
        since = frame.int_arg("since", 0, 10**9) if "since" in frame.args else 0
        events = self.model.log(since)[:LOG_PAGE]
        return {"count": str(len(events)), "events": encode_events(events),
                "more": "1" if len(self.model.log(since)) > LOG_PAGE else "0"}

    def _note(self, frame: Frame) -> dict[str, str]:
        action = frame.text_arg("action")
        if not NOTE_ACTION.fullmatch(action):
            raise ArgumentError(f"action={action!r} must be lower-case words joined by '-'")
        return {}

    # ------------------------------------------------------------------ tester control
    def _ctl(self, frame: Frame) -> dict[str, str]:
        if not self.test_control:
            raise PumpRefused(Reason.UNSUPPORTED,
                              "Tester control is off: start the emulator with --test-control.")
        if len(frame.words) != 1:
            raise ArgumentError("CTL takes one action: ADVANCE, RESERVOIR, BATTERY, ALARM, "
                                "STALL, OVERINFUSE, DRIFT, PUMPCLOCK, TRUE")
        action, control = frame.words[0].upper(), self.control
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
            control.raise_alarm(_alarm_code(frame))
        elif action == "STALL":
            control.motor_stall()
        elif action == "OVERINFUSE":
            control.set_over_infusion(frame.int_arg("percent", 0, 200))
        elif action == "DRIFT":
            control.set_drift_ppm(frame.int_arg("ppm", -100_000, 100_000))
        elif action == "PUMPCLOCK":
            control.set_pump_clock(parse_time(frame.text_arg("clock"), "clock"))
        elif action != "TRUE":
            raise ArgumentError(f"CTL {action} is not a tester action")
        return {"true_nl": str(control.true_residual_nl())}


def _alarm_code(frame: Frame) -> AlarmCode:
    try:
        return AlarmCode(frame.text_arg("code"))
    except ValueError:
        raise ArgumentError(f"code={frame.args['code']!r} must be one of "
                            f"{', '.join(a.value for a in AlarmCode)}") from None


def _seq_of(line: bytes) -> int | None:
    head = line[1:].split(b" ", 1)[0]
    return int(head) if line.startswith(b"@") and head.isdigit() and len(head) <= 4 else None

