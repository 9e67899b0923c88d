"""Schedule edits as pure functions: each returns a new valid schedule or raises.

These are the only ways the timeline editor changes a schedule, so every rule of the
pump is enforced in one place and an edit is never half-applied. Each function takes
the :class:`ScheduleRules` of the pump and concentration in use and checks the result
against them; the error names the rule broken.
"""

from __future__ import annotations

from fractions import Fraction

from itb_console.device.therapy import DoseRate, Schedule, ScheduleRules, Step, TherapyError
from itb_console.device.units import (
    MINUTES_PER_DAY,
    format_minute_of_day,
    round_half_up,
    to_decimal,
)


def _checked(schedule: Schedule, rules: ScheduleRules) -> Schedule:
    schedule.check(rules)
    return schedule


def _step_index(schedule: Schedule, index: int) -> None:
    if not 0 <= index < len(schedule.steps):
        raise TherapyError(
            f"step {index + 1}: there is no such step (the schedule has "
            f"{len(schedule.steps)})"
        )


def split_step(schedule: Schedule, at_minute: int, rules: ScheduleRules) -> Schedule:
    """Split the step running at ``at_minute`` into two with the same rate."""
    if not 0 < at_minute < MINUTES_PER_DAY:
        raise TherapyError(
            f"split: {format_minute_of_day(at_minute) if at_minute >= 0 else at_minute} "
            "is not inside the day; split between 00:01 and 23:59"
        )
    index = schedule.index_at(at_minute)
    step = schedule.steps[index]
    if step.start_minute == at_minute:
        raise TherapyError(
            f"split: a step already starts at {format_minute_of_day(at_minute)}"
        )
    if len(schedule.steps) >= rules.max_steps:
        raise TherapyError(f"split: this pump allows at most {rules.max_steps} steps")
    before = at_minute - step.start_minute
    after = schedule.end_minute(index) - at_minute
    if min(before, after) < rules.min_step_minutes:
        raise TherapyError(
            f"split at {format_minute_of_day(at_minute)}: would leave a step of "
            f"{min(before, after)} min; each step must last at least "
            f"{rules.min_step_minutes} min"
        )
    steps = list(schedule.steps)
    steps.insert(index + 1, Step(at_minute, step.dose))
    return _checked(Schedule(tuple(steps)), rules)


def merge_steps(schedule: Schedule, index: int, rules: ScheduleRules) -> Schedule:
    """Merge step ``index`` with the one after it.

    The merged step takes the time-weighted mean rate, so the daily dose stays the same
    (to the nanogram): removing a boundary must not silently change the total.
    """
    _step_index(schedule, index)
    if index + 1 >= len(schedule.steps):
        raise TherapyError(f"merge: step {index + 1} is the last step; nothing follows it")
    first, second = schedule.steps[index], schedule.steps[index + 1]
    first_minutes = schedule.duration_minutes(index)
    second_minutes = schedule.duration_minutes(index + 1)
    mean = Fraction(
        first.dose.ng_per_day * first_minutes + second.dose.ng_per_day * second_minutes,
        first_minutes + second_minutes,
    )
    steps = list(schedule.steps)
    steps[index : index + 2] = [Step(first.start_minute, DoseRate(round_half_up(mean)))]
    return _checked(Schedule(tuple(steps)), rules)


def delete_step(schedule: Schedule, index: int, rules: ScheduleRules) -> Schedule:
    """Remove a step: the step before it runs on over its time (the next, for the first)."""
    _step_index(schedule, index)
    if len(schedule.steps) == 1:
        raise TherapyError("delete: a schedule needs at least one step")
    steps = list(schedule.steps)
    if index == 0:
        steps[0:2] = [Step(0, schedule.steps[1].dose)]
    else:
        del steps[index]
    return _checked(Schedule(tuple(steps)), rules)


def move_boundary(
    schedule: Schedule, index: int, to_minute: int, rules: ScheduleRules
) -> Schedule:
    """Move the start of step ``index`` (1 or later) to ``to_minute``."""
    _step_index(schedule, index)
    if index == 0:
        raise TherapyError("move: the first step always starts at 00:00")
    low = schedule.steps[index - 1].start_minute + rules.min_step_minutes
    high = schedule.end_minute(index) - rules.min_step_minutes
    if not low <= to_minute <= high:
        raise TherapyError(
            f"move: step {index + 1} can start between {format_minute_of_day(low)} and "
            f"{format_minute_of_day(high)} (each step lasts at least "
            f"{rules.min_step_minutes} min); {format_minute_of_day(max(0, to_minute))} is "
            "outside that"
        )
    steps = list(schedule.steps)
    steps[index] = Step(to_minute, schedule.steps[index].dose)
    return _checked(Schedule(tuple(steps)), rules)


def boundary_range(schedule: Schedule, index: int, rules: ScheduleRules) -> tuple[int, int]:
    """The minutes between which the start of step ``index`` may be moved."""
    _step_index(schedule, index)
    if index == 0:
        return (0, 0)
    return (
        schedule.steps[index - 1].start_minute + rules.min_step_minutes,
        schedule.end_minute(index) - rules.min_step_minutes,
    )


def set_rate(schedule: Schedule, index: int, dose: DoseRate, rules: ScheduleRules) -> Schedule:
    """Set the dose rate of one step."""
    _step_index(schedule, index)
    if not rules.min_dose <= dose <= rules.max_dose:
        raise TherapyError(
            f"rate: {dose} is outside this pump's range {rules.min_dose} to "
            f"{rules.max_dose} at this concentration"
        )
    steps = list(schedule.steps)
    steps[index] = Step(schedule.steps[index].start_minute, dose)
    return _checked(Schedule(tuple(steps)), rules)


def scale_rates(schedule: Schedule, percent: object, rules: ScheduleRules) -> Schedule:
    """Change every rate by ``percent`` (e.g. ``10`` or ``"-12.5"``), rounded to the ng.

    Refused as a whole when any scaled step would leave the pump's range, so a titration
    is never applied to some steps and not others.
    """
    change = Fraction(to_decimal(percent, "change (%)"))
    if change <= -100:
        raise TherapyError(
            f"change: {percent} % would stop delivery; a change must be above -100 %"
        )
    factor = 1 + change / 100
    steps = tuple(
        Step(step.start_minute, DoseRate(round_half_up(step.dose.ng_per_day * factor)))
        for step in schedule.steps
    )
    return _checked(Schedule(steps), rules)
