"""The post-MRI check judged from the pump's log, by value."""

from datetime import datetime, timedelta

from itb_console.console.clinical.mri_check import MriOutcome, check_after_mri
from itb_console.device.pump_api import Event
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

from tests.text import spaced

SCAN = datetime(2026, 11, 25, 10, 0)
RUNNING = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(400)),
                  Concentration(2000))
STOPPED = Program(Mode.STOPPED, RUNNING.schedule, RUNNING.concentration)


def log(*kinds: str, resumed_after_min: int = 40) -> tuple[Event, ...]:
    events = [Event(1, SCAN - timedelta(days=30), "implant")]
    for kind in kinds:
        at = SCAN + timedelta(minutes=len(events))
        if kind == "stall":
            events.append(Event(len(events) + 1, SCAN, "alarm",
                                {"code": "motor_stall", "severity": "critical"}))
        elif kind == "recovery":
            resumed = SCAN + timedelta(minutes=resumed_after_min)
            events.append(Event(len(events) + 1, at, "stall-recovery",
                                {"resumed_at": resumed.isoformat(),
                                 "stalled_minutes": resumed_after_min}))
        else:
            events.append(Event(len(events) + 1, at, kind))
    return tuple(events)


def test_no_stall_logged():
    check = check_after_mri(log("session-open"), RUNNING)
    assert check.outcome is MriOutcome.NO_STALL
    assert check.advice.startswith("No motor stall is logged")


def test_one_interrogation_without_recovery_asks_for_a_second():
    check = check_after_mri(log("stall", "session-open"), RUNNING)
    assert (check.outcome, check.interrogations_since_stall) == (MriOutcome.NOT_YET_LOGGED, 1)
    assert "interrogate again before concluding" in check.advice


def test_recovery_at_the_second_interrogation_says_when_delivery_resumed():
    check = check_after_mri(log("stall", "session-open", "session-open", "recovery"),
                            RUNNING)
    assert check.outcome is MriOutcome.RESUMED
    assert check.resumed_at == datetime(2026, 11, 25, 10, 40)
    assert spaced(check.advice).startswith("Delivery resumed at 2026-11-25 10:40, after "
                                           "0:40 h stopped.")


def test_two_interrogations_without_recovery_is_a_delayed_restart_with_withdrawal_risk():
    check = check_after_mri(log("stall", "session-open", "session-open"), RUNNING)
    assert (check.outcome, check.interrogations_since_stall) == (MriOutcome.DELAYED, 2)
    assert "Delivery has NOT resumed: motor stall at 10:00" in check.advice
    assert "abrupt withdrawal can be life-threatening" in check.advice
    assert "2 to 24 hours" in check.advice


def test_only_sessions_after_the_last_stall_count():
    events = log("session-open", "session-open", "stall", "session-open")
    assert check_after_mri(events, RUNNING).outcome is MriOutcome.NOT_YET_LOGGED


def test_a_stopped_program_is_called_out():
    check = check_after_mri(log("stall", "session-open", "session-open", "recovery"),
                            STOPPED)
    assert check.stopped_program
    assert "programming stopped around an MRI is not recommended" in check.advice
