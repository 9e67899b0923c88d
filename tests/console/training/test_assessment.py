"""Assessment: objectives scored from the outcome and the order of actions."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.training.assessment import NOT_ATTEMPTED, Outcome, assess
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


def connected() -> ActionLog:
    log = ActionLog()
    log.record(ActionKind.CONNECT, T0 - timedelta(minutes=5))
    return log


def test_a_station_no_console_connected_to_scores_nothing():
    """Left alone, the pump keeps its program and gets no bolus: no points for that."""
    result = assess(routine(), outcome(ActionLog()))
    assert (result.score, result.max_score) == (0, 100)
    assert {(r.passed, r.attempted, r.feedback) for r in result.results} == {
        (False, False, NOT_ATTEMPTED)}
    with_connect = assess(routine(), outcome(connected()))
    assert {r.objective.id for r in with_connect.results if r.passed} == {"program-kept",
                                                                          "alarm-volume"}


def test_ideal_trainee_scores_full_marks():
    result = assess(routine(), outcome(ideal_actions()))
    assert (result.score, result.max_score, result.percent) == (100, 100, 100.0)
    assert all(r.passed for r in result.results)


def test_careless_trainee_loses_the_objectives_they_missed():
    log = ActionLog()
    log.record(ActionKind.CONNECT, T0 - timedelta(minutes=1))
    log.record(ActionKind.REFILL, T0, filled_nl=18_000_000, concentration=2000)
    log.record(ActionKind.INTERROGATE, T0 + timedelta(minutes=1))
    changed = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(450_000)),
                      routine().pump.program.concentration)
    result = assess(routine(), outcome(log, changed, alarm_nl=4_000_000))
    failed = {r.objective.id for r in result.results if not r.passed}
    assert failed == {"interrogate-first", "refilled", "program-kept", "alarm-volume", "report"}
    assert result.score == 0
    assert "interrogate first" in result.results[0].feedback


def test_a_replacement_is_saved_before_the_exchange_and_its_record_carried():
    scenario = next(s for s in shipped_scenarios() if s.id == "pump-replacement")
    old = scenario.pump.record
    carried = replace(old, implanted_on=date(2026, 11, 25), last_refill_on=None)

    def scored(actions, patient="TRAINING-17", record=carried):
        result = assess(scenario, Outcome(
            initial_program=scenario.pump.program, final_program=scenario.pump.program,
            final_low_reservoir_alarm_nl=2_000_000,
            pump_clock=datetime(2026, 11, 25, 9, 20),
            true_local_time=datetime(2026, 11, 25, 9, 20), active_alarms=frozenset(),
            actions=actions, final_patient_id=patient, final_record=record))
        return {r.objective.id: r.passed for r in result.results}

    saved_first = connected()
    saved_first.record(ActionKind.PUMP_SAVED, T0, serial="SIM-000017")
    saved_first.record(ActionKind.DISCONNECT, T0 + timedelta(minutes=1))
    closed_first = connected()
    closed_first.record(ActionKind.DISCONNECT, T0)
    closed_first.record(ActionKind.PUMP_SAVED, T0 + timedelta(minutes=1), serial="SIM-000017")
    assert scored(saved_first)["saved"] and scored(saved_first)["record"]
    assert not scored(closed_first)["saved"]  # saved only after the pump was exchanged
    assert not scored(connected())["saved"]
    assert not scored(saved_first, patient="NEW-PUMP")["record"]
    assert not scored(saved_first, record=replace(carried, catheter_length_mm=450))["record"]
    assert not scored(saved_first, record=replace(carried, implanted_on=old.implanted_on))[
        "record"]
    assert not scored(saved_first, record=None)["record"]
