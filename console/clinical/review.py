"""The review before sending: every old and new value side by side, and the warnings.

The comparison is made on the union of both schedules' boundaries, so a moved boundary
shows up as the stretch of time whose dose changed. Soft limits are warnings a clinician
may override only by typing a confirmation; hard limits were enforced long before.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction

from itb_console.console import number_style as style
from itb_console.console.translation import tr
from itb_console.device.therapy import Mode, Program
from itb_console.device.units import MINUTES_PER_DAY, format_minute_of_day, mcg, ml

CONFIRMATION_WORD = "CONFIRM"


@dataclass(frozen=True)
class SoftLimits:
    """Defaults are training choices; the preferences dialog changes them."""

    max_daily_change_percent: float = 20.0
    max_step_mcg_per_day: float = 1000.0


@dataclass(frozen=True)
class ReviewRow:
    start: str
    end: str
    old_mcg_per_day: float
    new_mcg_per_day: float
    new_mcg_per_hour: float
    new_ml_per_day: float

    @property
    def changed(self) -> bool:
        return abs(self.new_mcg_per_day - self.old_mcg_per_day) > 1e-9


@dataclass(frozen=True)
class Review:
    rows: tuple[ReviewRow, ...]
    old_daily_mcg: float
    new_daily_mcg: float
    old_daily_ml: float
    new_daily_ml: float
    change_percent: float | None
    warnings: tuple[str, ...]
    old_mode: Mode
    new_mode: Mode

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.warnings)


def _dose_per_day(program: Program, minute: int) -> float:
    if program.mode is Mode.STOPPED:
        return 0.0
    return program.schedule.dose_at(minute).mcg_per_day


def daily_change_percent(old: Program, new: Program) -> float | None:
    """Exact in integers until the last step; None when the old program delivers nothing."""
    before = old.daily_dose_ng
    if before == 0:
        return None
    return float(Fraction(new.daily_dose_ng - before) * 100 / before)


def review(old: Program, new: Program, limits: SoftLimits = SoftLimits()) -> Review:
    cuts = sorted({s.start_minute for s in old.schedule.steps}
                  | {s.start_minute for s in new.schedule.steps} | {MINUTES_PER_DAY})
    rows = []
    for start, end in itertools.pairwise(cuts):
        new_dose = new.schedule.dose_at(start)
        running = new.mode is not Mode.STOPPED
        rows.append(ReviewRow(
            format_minute_of_day(start), format_minute_of_day(end),
            _dose_per_day(old, start), _dose_per_day(new, start),
            new_dose.mcg_per_hour if running else 0.0,
            new_dose.to_volume(new.concentration).ml_per_day if running else 0.0))
    change = daily_change_percent(old, new)
    warnings = []
    if new.mode is Mode.STOPPED and old.mode is not Mode.STOPPED:
        warnings.append(tr("The pump will STOP delivering. Abrupt withdrawal of intrathecal "
                           "baclofen is dangerous: stop only with an explicit clinical "
                           "decision."))
    if change is not None and abs(change) > limits.max_daily_change_percent:
        warnings.append(tr("The daily dose goes {change}, beyond the soft limit of {limit} "
                           "(titration: spinal up 10 to 30 %, cerebral up 5 to 15 % per "
                           "24 h).").format(change=style.change(change),
                                            limit=style.percent(limits.max_daily_change_percent)))
    highest = max(row.new_mcg_per_day for row in rows)
    if highest > limits.max_step_mcg_per_day:
        warnings.append(tr("A step runs at {dose}, above the soft ceiling of {ceiling}. Check "
                           "the unit: per day, not per hour.").format(
            dose=style.mcg_per_day(highest),
            ceiling=style.mcg_per_day(limits.max_step_mcg_per_day)))
    return Review(tuple(rows), mcg(old.daily_dose_ng), mcg(new.daily_dose_ng),
                  ml(old.daily_volume_nl), ml(new.daily_volume_nl), change, tuple(warnings),
                  old.mode, new.mode)
