"""An example debrief built the real way: a shipped scenario, actions, ``assess``.

The trainee of the spinal-titration scenario (300 mcg/day, order +20 % = 360 mcg/day)
interrogates, sends 350 mcg/day (outside the 355-365 window; the first attempt fails
and the pump keeps the old program), and never prints the report: 15 + 15 + 20 = 50 of
100 points. The documentation screenshot and the tests use it, so both show one story.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.training.assessment import Outcome, assess
from itb_console.console.training.debrief import Debrief
from itb_console.console.training.scenario_runner import pump_on_record, scenario_model
from itb_console.console.training.scenarios import shipped_scenarios
from itb_console.device.clock import ManualClock
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

STARTED_AT = datetime(2026, 11, 25, 11, tzinfo=UTC)
SENT = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(350)),
               Concentration(2000))


def example_actions() -> ActionLog:
    """What the example trainee did, minute by minute (world time)."""
    log = ActionLog()

    def at(minutes: float) -> datetime:
        return STARTED_AT + timedelta(minutes=minutes)

    log.record(ActionKind.CONNECT, at(0), url="sim://?start=2026-11-25T11:00")
    log.record(ActionKind.INTERROGATE, at(0))
    log.record(ActionKind.PROGRAM_FAILED, at(3), program=SENT.canonical_text(),
               program_in_force="old")
    log.record(ActionKind.INTERROGATE, at(3.5))
    log.record(ActionKind.PROGRAM_SENT, at(4.5), program=SENT.canonical_text(),
               program_in_force="new")
    log.record(ActionKind.INTERROGATE, at(5))
    log.record(ActionKind.DISCONNECT, at(12))
    return log


def example_debrief(actions: ActionLog | None = None) -> Debrief:
    """The example run assessed; ``actions`` replaces the example's own."""
    scenario = next(s for s in shipped_scenarios() if s.id == "spinal-titration")
    log = example_actions() if actions is None else actions
    outcome = Outcome(initial_program=scenario.pump.program, final_program=SENT,
                      final_low_reservoir_alarm_nl=2_000_000,
                      pump_clock=datetime(2026, 11, 25, 11, 12),
                      true_local_time=datetime(2026, 11, 25, 11, 12),
                      active_alarms=frozenset(), actions=log)
    pump = scenario_model(scenario.pump, ManualClock(scenario.pump.start_local.timestamp()))
    return Debrief.from_assessment(assess(scenario, outcome), log, trainee="A. Trainee",
                                   station="Station 3", started_at=STARTED_AT,
                                   ended_at=STARTED_AT + timedelta(minutes=12),
                                   pump=pump_on_record(pump))
