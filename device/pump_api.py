"""The one interface through which the console talks to any pump, and its typed errors.

Back-ends: :class:`itb_console.device.simulated.SimulatedPump` (in process, ``sim://``) and
:class:`itb_console.device.serial_pump.SerialPump` (the wire protocol over any pyserial URL). Both
pass the same contract tests (``tests/contract``). Every error carries a message a
clinician can act on; the reason codes are the same as the wire error codes.

Times: the pump keeps its own clock, a naive local date-time that ticks on regardless of
daylight-saving changes and may drift (``pump_clock``). ``world_time`` is the true time
(UTC) of the simulated world, which runs faster than the wall clock in accelerated
training; the console compares the two to detect drift.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from itb_console.device.implant_record import ImplantRecord
from itb_console.device.therapy import Concentration, Mode, Program


class Reason(enum.Enum):
    """Why a pump refused a request. Values are the wire error codes (docs/protocol.md)."""

    NO_SESSION = "no-session"  # programming outside an open session (or it timed out)
    SESSION_OPEN = "session-open"  # another session holds the pump
    BAD_REQUEST = "bad-request"  # malformed or unknown command/argument
    OUT_OF_RANGE = "out-of-range"  # a value outside the profile's limits
    BAD_PROGRAM = "bad-program"  # a program the profile does not allow
    CONCENTRATION_MISMATCH = "concentration-mismatch"  # program vs drug in the reservoir
    NOT_STAGED = "not-staged"  # commit without a staged program
    CHECKSUM_MISMATCH = "checksum-mismatch"  # commit checksum differs from the staged one
    BOLUS_ACTIVE = "bolus-active"  # a bolus is already running
    MOTOR_STALLED = "motor-stalled"  # no bolus while the motor stall alarm is active
    NO_BOLUS = "no-bolus"  # cancel with no bolus running
    RESERVOIR = "reservoir"  # not enough drug for the request; or overfill
    END_OF_SERVICE = "end-of-service"  # battery exhausted: the pump no longer acts
    NOT_CLEARABLE = "not-clearable"  # alarm that clears only when its cause is gone
    NO_SUCH_ALARM = "no-such-alarm"
    BUSY = "busy"  # the pump is still in the middle of an earlier action (an MRI exposure)
    AUTH = "auth"  # frame authentication failed (shared-key mode)
    UNSUPPORTED = "unsupported"  # protocol version or feature not supported


class PumpError(Exception):
    """Base of every pump error; ``str(error)`` is the message to show a clinician."""


class PumpRefused(PumpError):
    """The pump understood the request and refused it; nothing on the pump changed."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class ProgramInForce(enum.Enum):
    """After a failed program transfer: which program the pump is running."""

    OLD = "old"
    NEW = "new"
    UNKNOWN = "unknown"


class LinkError(PumpError):
    """The link to the pump failed (port closed, cable out, too many bad frames).

    ``program_in_force`` says, after a failed program transfer, which program the pump
    runs as far as the client could establish; it is ``None`` for other requests.
    """

    def __init__(self, message: str, program_in_force: ProgramInForce | None = None) -> None:
        super().__init__(message)
        self.program_in_force = program_in_force


class KeyMismatch(LinkError):
    """The pump and the client do not share a key: one has none, or they hold different ones.

    Its own class so that the console can add where the user chooses a key file.
    """


class LinkClosed(LinkError):
    """The pump's end closed the link (a training station ended or closed, an emulator
    stopped, or another programmer took the pump's address): nothing more will arrive on
    it, which the console says in words rather than as a socket error."""


class PumpTimeout(LinkError):
    """The pump did not answer within the timeout, after all retries."""


class BolusKind(enum.Enum):
    CLINICIAN = "clinician"  # a single bolus asked for by the clinician
    PRIMING = "priming"  # fills a new catheter or pump path before therapy starts
    BRIDGE = "bridge"  # pushes old-concentration drug out after a concentration change


class AlarmCode(enum.Enum):
    LOW_RESERVOIR = "low_reservoir"
    RESERVOIR_EMPTY = "reservoir_empty"
    REPLACEMENT_INDICATOR = "replacement_indicator"
    END_OF_SERVICE = "end_of_service"
    MOTOR_STALL = "motor_stall"
    LOW_BATTERY_RESET = "low_battery_reset"


CRITICAL_ALARMS = frozenset(
    {AlarmCode.RESERVOIR_EMPTY, AlarmCode.END_OF_SERVICE, AlarmCode.MOTOR_STALL,
     AlarmCode.LOW_BATTERY_RESET}
)


@dataclass(frozen=True)
class PumpIdentity:
    serial_number: str
    profile_id: str
    model_code: str
    firmware: str
    patient_id: str


@dataclass(frozen=True)
class Alarm:
    code: AlarmCode
    raised_at: datetime  # pump clock
    critical: bool


@dataclass(frozen=True)
class BatteryStatus:
    """Battery milestones as pump clock times (predicted while in the future)."""

    implanted_at: datetime
    eri_at: datetime  # elective replacement indicator
    eos_at: datetime  # end of service
    eri_reached: bool
    eos_reached: bool


@dataclass(frozen=True)
class BolusStatus:
    kind: BolusKind
    volume_nl: int
    delivered_nl: int
    rate_nl_per_day: int
    started_at: datetime  # pump clock
    ends_at: datetime  # pump clock
    resume_mode: Mode


@dataclass(frozen=True)
class PumpStatus:
    """Everything an interrogation reads, at one instant."""

    identity: PumpIdentity
    program: Program
    reservoir_nl: int  # calculated by the pump from the programmed rate
    reservoir_concentration: Concentration  # drug in the reservoir
    low_reservoir_alarm_nl: int
    delivered_nl: int  # since implant
    pump_clock: datetime  # naive local time as the pump keeps it
    world_time: datetime  # aware UTC time of the simulated world
    battery: BatteryStatus
    alarms: tuple[Alarm, ...]
    bolus: BolusStatus | None
    session_open: bool
    last_event_seq: int


@dataclass(frozen=True)
class Event:
    """One entry of the pump's event log."""

    seq: int
    pump_clock: datetime
    kind: str  # one of EVENT_KINDS
    detail: dict[str, str | int] = field(default_factory=dict)


# Every kind of event a pump logs (docs/protocol.md, section 7, "Events"): the pump
# records no other, and a state file holding another is refused.
EVENT_KINDS = ("implant", "program", "refill", "bolus-start", "bolus-end", "bolus-cancel",
               "alarm", "alarm-clear", "clock-set", "session-open", "session-close",
               "record", "stall-recovery", "fault")


@dataclass(frozen=True)
class RefillRequest:
    """A refill as performed at the programmer: withdraw, fill, set the alarm.

    ``program`` must be given when the concentration changes: the pump commits the new
    reservoir and the new program together, or neither.
    """

    withdrawn_nl: int
    filled_nl: int
    concentration: Concentration
    low_reservoir_alarm_nl: int
    drug: str = "baclofen"
    program: Program | None = None


@dataclass(frozen=True)
class RefillResult:
    expected_residual_nl: int  # what the pump calculated before the refill
    withdrawn_nl: int
    reservoir_nl: int  # after the refill


@dataclass(frozen=True)
class BolusRequest:
    kind: BolusKind
    volume_nl: int
    duration_s: int


@runtime_checkable
class Pump(Protocol):
    """What the console may ask of a pump. Every method may raise :class:`PumpError`.

    Programming calls (``write_program``, ``refill``, ``start_bolus``, ``cancel_bolus``,
    ``clear_alarm``, ``set_clock``) need an open session. Any refused call leaves the
    pump exactly as it was.
    """

    def open_session(self) -> PumpIdentity: ...

    def close_session(self) -> None: ...

    def interrogate(self) -> PumpStatus: ...

    def read_program(self) -> Program: ...

    def write_program(self, program: Program) -> int:
        """Stage, then commit with the whole-program checksum; returns that checksum.

        On a link failure raises :class:`LinkError` with ``program_in_force`` set.
        """
        ...

    def refill(self, request: RefillRequest) -> RefillResult: ...

    def start_bolus(self, request: BolusRequest) -> BolusStatus: ...

    def cancel_bolus(self) -> BolusStatus: ...

    def read_alarms(self) -> tuple[Alarm, ...]: ...

    def clear_alarm(self, code: AlarmCode) -> None: ...

    def read_clock(self) -> datetime: ...

    def set_clock(self, pump_clock: datetime) -> None: ...

    def read_log(self, since_seq: int = 0) -> tuple[Event, ...]: ...

    def read_record(self) -> ImplantRecord:
        """The patient and implant record (the patient ID is in the identity)."""
        ...

    def write_record(self, changes: dict[str, str], reason: str) -> ImplantRecord:
        """Change record fields given in their text form (``implant_record.WIRE_KEYS`` and
        ``patient``); the reason is logged with them. Needs an open session."""
        ...

    def note(self, action: str, detail: dict[str, str | int]) -> None:
        """Tell a training pump about a step that never reaches a real pump.

        A report printed or a discrepancy acknowledged happens only in the programmer;
        the instructor's emulator is told so that it can assess the whole session. The
        pump's therapy, log and state are never changed by a note.
        """
        ...

    def close(self) -> None:
        """Release the link (ends any session first where the link allows)."""
        ...
