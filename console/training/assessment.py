"""Scoring a scenario: each objective checked against the outcome and the actions taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.training.scenarios import CheckKind, Objective, Scenario
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import AlarmCode
from itb_console.device.therapy import Mode, Program
from itb_console.device.units import mcg

_PROGRAMMING = (ActionKind.PROGRAM_SENT, ActionKind.REFILL, ActionKind.BOLUS_STARTED,
                ActionKind.ALARM_CLEARED, ActionKind.CLOCK_SET)


@dataclass(frozen=True)
class Outcome:
    """How the session ended: the pump as read back, and what the trainee did."""

    initial_program: Program
    final_program: Program
    final_low_reservoir_alarm_nl: int
    pump_clock: datetime  # naive, as the pump keeps it
    true_local_time: datetime  # naive local wall time of the world
    active_alarms: frozenset[AlarmCode]
    actions: ActionLog
    final_patient_id: str = ""  # the pump's at the end (a replacement's new pump)
    final_record: ImplantRecord | None = None


NOT_ATTEMPTED = QT_TR_NOOP("Not attempted: no console connected to this station, so nothing "
                           "the objective asks was done")


@dataclass(frozen=True)
class ObjectiveResult:
    objective: Objective
    passed: bool
    attempted: bool = True  # a console connected to the station at least once

    @property
    def points(self) -> int:
        return self.objective.points if self.passed else 0

    @property
    def feedback(self) -> str:
        if not self.attempted:
            return tr(NOT_ATTEMPTED)
        return self.objective.feedback_pass if self.passed else self.objective.feedback_fail


@dataclass(frozen=True)
class Assessment:
    scenario: Scenario
    results: tuple[ObjectiveResult, ...]

    @property
    def score(self) -> int:
        return sum(r.points for r in self.results)

    @property
    def max_score(self) -> int:
        return self.scenario.max_score

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


def _interrogated_first(actions: ActionLog) -> bool:
    first_read = actions.first_index(ActionKind.INTERROGATE)
    writes = [i for kind in _PROGRAMMING if (i := actions.first_index(kind)) is not None]
    return first_read is not None and all(first_read < i for i in writes)


def _saved_before_exchange(actions: ActionLog) -> bool:
    """The old pump was saved before its session closed (when a station exchanges it)."""
    saved = actions.first_index(ActionKind.PUMP_SAVED)
    closed = actions.first_index(ActionKind.DISCONNECT)
    return saved is not None and (closed is None or saved < closed)


def _record_carried(scenario: Scenario, outcome: Outcome) -> bool:
    """The pump at the end holds the scenario's patient and catheter, implanted today."""
    old, new = scenario.pump.record, outcome.final_record
    return (new is not None and outcome.final_patient_id == scenario.pump.patient_id
            and new.implanted_on == outcome.pump_clock.date()
            and (new.catheter_model, new.catheter_length_mm, new.catheter_nl_per_cm,
                 new.tip_level) == (old.catheter_model, old.catheter_length_mm,
                                    old.catheter_nl_per_cm, old.tip_level))


def _check(objective: Objective, outcome: Outcome, scenario: Scenario) -> bool:
    actions = outcome.actions
    final = outcome.final_program
    match objective.check:
        case CheckKind.INTERROGATED_FIRST:
            return _interrogated_first(actions)
        case CheckKind.PROGRAM_UNCHANGED:
            return final == outcome.initial_program
        case CheckKind.DAILY_DOSE_BETWEEN:
            dose = mcg(final.daily_dose_ng)
            return objective.min_mcg_per_day <= dose <= objective.max_mcg_per_day
        case CheckKind.NEVER_STOPPED:
            return final.mode is not Mode.STOPPED
        case CheckKind.REFILL:
            return any(
                a.detail.get("filled_nl") == objective.filled_nl
                and (objective.concentration is None
                     or a.detail.get("concentration") == objective.concentration.mcg_per_ml)
                for a in actions.of_kind(ActionKind.REFILL))
        case CheckKind.DISCREPANCY_ACKNOWLEDGED:
            return bool(actions.of_kind(ActionKind.DISCREPANCY_ACKNOWLEDGED))
        case CheckKind.BOLUS_GIVEN:
            kind = objective.bolus_kind
            return kind is not None and any(
                a.detail.get("kind") == kind.value
                and objective.min_volume_nl <= int(a.detail.get("volume_nl", -1))
                <= objective.max_volume_nl
                for a in actions.of_kind(ActionKind.BOLUS_STARTED))
        case CheckKind.NO_BOLUS:
            return not actions.of_kind(ActionKind.BOLUS_STARTED)
        case CheckKind.ALARM_CLEARED:
            alarm = objective.alarm
            return (alarm is not None and alarm not in outcome.active_alarms
                    and any(a.detail.get("code") == alarm.value
                            for a in actions.of_kind(ActionKind.ALARM_CLEARED)))
        case CheckKind.CLOCK_WITHIN:
            offset_s = abs((outcome.pump_clock - outcome.true_local_time).total_seconds())
            return offset_s <= objective.minutes * 60
        case CheckKind.REPORT_PRINTED:
            return bool(actions.of_kind(ActionKind.REPORT_PRINTED))
        case CheckKind.NO_SOFT_LIMIT_OVERRIDE:
            return not actions.of_kind(ActionKind.SOFT_LIMIT_OVERRIDDEN)
        case CheckKind.LOW_RESERVOIR_ALARM:
            return outcome.final_low_reservoir_alarm_nl == objective.alarm_volume_nl
        case CheckKind.INTERROGATED_TWICE:
            # each programming session opened is an interrogation as the pump counts them
            return len(actions.of_kind(ActionKind.CONNECT)) >= 2
        case CheckKind.MRI_CHECKED:
            return any(a.detail.get("outcome") == objective.outcome
                       for a in actions.of_kind(ActionKind.MRI_CHECKED))
        case CheckKind.PUMP_SAVED:
            return _saved_before_exchange(actions)
        case CheckKind.RECORD_CARRIED:
            return _record_carried(scenario, outcome)
    raise AssertionError(f"unhandled check {objective.check}")


def assess(scenario: Scenario, outcome: Outcome) -> Assessment:
    """Score every objective of a scenario against an outcome.

    A station no console ever connected to scores nothing: objectives such as "leave
    the pump running" or "give no bolus" hold for a pump left alone, and points for them
    would credit a trainee who did not take part."""
    attempted = bool(outcome.actions.of_kind(ActionKind.CONNECT))
    return Assessment(scenario, tuple(
        ObjectiveResult(o, attempted and _check(o, outcome, scenario), attempted)
        for o in scenario.objectives))
