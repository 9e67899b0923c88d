"""The post-MRI check: did delivery resume after the scan, and what to do if it did not.

Read from the pump's own log (shared/domain.md, MRI): a motor stall during the scan,
then a ``stall-recovery`` event when the rotor turned again. The log may show the
recovery only at the second interrogation after the restart, so a missing recovery is
"interrogate again" until the pump has been interrogated twice since the stall; after
that, delivery has not resumed (a delayed restart, 2 to 24 hours) and the patient is at
risk of baclofen withdrawal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from itb_console.console import number_style as style
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import AlarmCode, Event
from itb_console.device.therapy import Mode, Program

RECOVERY_EVENT = "stall-recovery"
INTERROGATIONS_FOR_RECOVERY = 2
WITHDRAWAL_WORDS = QT_TR_NOOP(
    "The patient is without baclofen until the pump restarts: abrupt withdrawal can be "
    "life-threatening (high fever, altered mental status, rebound spasticity, muscle "
    "breakdown). Tell the physician now so a plan covers the gap, keep the patient "
    "under observation, and interrogate again at intervals until the log shows the "
    "stall recovery (a return to infusion can take 2 to 24 hours).")


class MriOutcome(enum.Enum):
    NO_STALL = "no-stall"  # no motor stall in the log: nothing stopped the rotor
    RESUMED = "resumed"  # stall and recovery logged: delivery resumed
    NOT_YET_LOGGED = "not-yet-logged"  # interrogate again before concluding
    DELAYED = "delayed"  # interrogated twice, no recovery: delivery has not resumed


@dataclass(frozen=True)
class MriCheck:
    outcome: MriOutcome
    stalled_at: datetime | None  # pump clock
    resumed_at: datetime | None  # pump clock, from the recovery event
    interrogations_since_stall: int
    advice: str  # what to tell or do, in words
    stopped_program: bool  # the program is set to stopped (not recommended around MRI)


def since_last_stall(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The log from the last motor stall on (empty when no stall is logged)."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.kind == "alarm" and event.detail.get("code") == AlarmCode.MOTOR_STALL.value:
            return events[index:]
    return ()


def check_after_mri(events: tuple[Event, ...], program: Program) -> MriCheck:
    """Judge the pump's whole log (oldest first) and the program in force."""
    stopped = program.mode is Mode.STOPPED
    since = since_last_stall(events)
    if not since:
        advice = tr("No motor stall is logged: the rotor was not stopped. Confirm the "
                    "program in force is the one prescribed.")
        return MriCheck(MriOutcome.NO_STALL, None, None, 0, _with_stopped(advice, stopped),
                        stopped)
    after = since[1:]
    stalled_at = since[0].pump_clock
    sessions = sum(1 for e in after if e.kind == "session-open")
    recovery = next((e for e in after if e.kind == RECOVERY_EVENT), None)
    if recovery is not None:
        resumed_at = datetime.fromisoformat(str(recovery.detail.get("resumed_at")))
        stopped_s = (resumed_at - stalled_at).total_seconds()
        advice = tr("Delivery resumed at {moment}, after {duration} stopped. Check the program "
                    "in force is the prescribed one and clear the motor stall alarm if it still "
                    "sounds.").format(moment=style.moment(resumed_at),
                                      duration=style.duration(stopped_s))
        return MriCheck(MriOutcome.RESUMED, stalled_at, resumed_at, sessions,
                        _with_stopped(advice, stopped), stopped)
    if sessions < INTERROGATIONS_FOR_RECOVERY:
        advice = tr("Motor stall logged at {time}, no recovery yet. The log may show the "
                    "recovery only at a second interrogation: interrogate again before "
                    "concluding.").format(time=style.time_of_day(stalled_at))
        return MriCheck(MriOutcome.NOT_YET_LOGGED, stalled_at, None, sessions,
                        _with_stopped(advice, stopped), stopped)
    advice = tr("Delivery has NOT resumed: motor stall at {time}, no recovery after "
                "{sessions}. {withdrawal}").format(
        time=style.time_of_day(stalled_at),
        sessions=tr("%n interrogations", "", sessions), withdrawal=tr(WITHDRAWAL_WORDS))
    return MriCheck(MriOutcome.DELAYED, stalled_at, None, sessions,
                    _with_stopped(advice, stopped), stopped)


def _with_stopped(advice: str, stopped: bool) -> str:
    if not stopped:
        return advice
    return advice + " " + tr("The program is set to STOPPED: programming stopped around an "
                             "MRI is not recommended (it can lengthen the delay in detecting "
                             "an extended stall); restart the prescribed program.")
