"""Assessment: objectives scored from the outcome and the order of actions."""

from datetime import UTC, datetime, timedelta

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.training.assessment import Outcome, assess
from itb_console.console.training.scenarios import shipped_scenarios
from itb_console.device.therapy import DoseRate, Mode, Program, Schedule

T0 = datetime(2026, 11, 25, 9, tzinfo=UTC)


def routine():
    return next(s for s in shipped_scenarios() if s.id == "routine-refill")


def outcome(actions: ActionLog, program: Program | None = None, alarm_nl=2_000_000):
    initial = routine().pump.program
    return Outcome(initial_program=initial, final_program=program or initial,
                   final_low_reservoir_alarm_nl=alarm_nl,
                   pump_clock=datetime(2026, 11, 25, 9, 20),
                   true_local_time=datetime(2026, 11, 25, 9, 20),
                   active_alarms=frozenset(), actions=actions)


def ideal_actions() -> ActionLog:
    log = ActionLog()
    log.record(ActionKind.CONNECT, T0)
    log.record(ActionKind.INTERROGATE, T0 + timedelta(minutes=1))
    log.record(ActionKind.REFILL, T0 + timedelta(minutes=5), filled_nl=20_000_000,
               concentration=2000, withdrawn_nl=3_100_000)
    log.record(ActionKind.REPORT_PRINTED, T0 + timedelta(minutes=9))
    return log


def test_ideal_trainee_scores_full_marks():
    result = assess(routine(), outcome(ideal_actions()))
    assert (result.score, result.max_score, result.percent) == (100, 100, 100.0)
    assert all(r.passed for r in result.results)


def test_careless_trainee_loses_the_objectives_they_missed():
    log = ActionLog()
    log.record(ActionKind.REFILL, T0, filled_nl=18_000_000, concentration=2000)
    log.record(ActionKind.INTERROGATE, T0 + timedelta(minutes=1))
    changed = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(450_000)),
                      routine().pump.program.concentration)
    result = assess(routine(), outcome(log, changed, alarm_nl=4_000_000))
    failed = {r.objective.id for r in result.results if not r.passed}
    assert failed == {"interrogate-first", "refilled", "program-kept", "alarm-volume", "report"}
    assert result.score == 0
    assert "interrogate first" in result.results[0].feedback
