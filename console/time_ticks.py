"""Ticks for a time axis: a whole-unit step for any span, each tick labelled in its unit.

pyqtgraph's date axis chose seconds ticks for a new pump's 17-second history, and at a
larger type size mixed "Dec", "2027" and "Feb" on one axis. Here the step is the finest
of a ladder of whole units (1, 2, 5, 10, 15, 30 s; the same in minutes; 1, 2, 3, 6, 12 h;
1 and 2 days; 1 and 2 weeks; 1, 2, 3, 6 months; 1, 2, 5... years) whose labels fit side
by side in the width given, and every tick stands on a whole unit of the pump's clock
(09:15, never 09:17; Mondays for weeks; the 1st for months). Labels speak the step's
unit: 09:15:30 for seconds, 09:15 for minutes and hours (the date instead at midnight, so
a view across days says which), 2026-11-25 for days and weeks, 2026-11 for months and
2027 for years.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from itb_console.console import number_style as style

SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86_400, "week": 7 * 86_400,
           "month": 2_629_746, "year": 31_556_952}  # months and years: their mean length
LADDER = (*(("second", n) for n in (1, 2, 5, 10, 15, 30)),
          *(("minute", n) for n in (1, 2, 5, 10, 15, 30)),
          *(("hour", n) for n in (1, 2, 3, 6, 12)),
          ("day", 1), ("day", 2), ("week", 1), ("week", 2),
          *(("month", n) for n in (1, 2, 3, 6)),
          *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100)))
GAP_CHARS = 2.0  # room between two labels, in digit widths
SHORTEST_LABEL_CHARS = 4  # "2027": bounds how many ticks could fit before making any
EPOCH = datetime(1970, 1, 1)  # a midnight: steps of seconds to days count from here
FIRST_MONDAY = datetime(1970, 1, 5)


@dataclass(frozen=True)
class Step:
    unit: str  # second, minute, hour, day, week, month, year
    count: int

    @property
    def seconds(self) -> int:
        """The step's length (a mean one for months and years)."""
        return SECONDS[self.unit] * self.count

    @property
    def under_a_day(self) -> bool:
        return self.seconds < SECONDS["day"]


@dataclass(frozen=True)
class TimeTicks:
    step: Step
    ticks: tuple[tuple[datetime, str], ...]


def _fixed_step_times(start: datetime, end: datetime, step: Step) -> list[datetime]:
    origin = FIRST_MONDAY if step.unit == "week" else EPOCH
    length = timedelta(seconds=step.seconds)
    first = origin + length * -((origin - start) // length)  # the first whole step >= start
    times = []
    while first <= end:
        times.append(first)
        first += length
    return times


def _month_times(start: datetime, end: datetime, months: int) -> list[datetime]:
    index = -(-(start.year * 12 + start.month - 1) // months) * months  # ceiling to a step
    times: list[datetime] = []
    while True:
        moment = datetime(index // 12, index % 12 + 1, 1)
        if moment > end:
            return times
        if moment >= start:
            times.append(moment)
        index += months


def tick_times(start: datetime, end: datetime, step: Step) -> list[datetime]:
    """Every whole ``step`` from ``start`` to ``end``, both included."""
    if step.unit == "month":
        return _month_times(start, end, step.count)
    if step.unit == "year":
        return _month_times(start, end, 12 * step.count)
    return _fixed_step_times(start, end, step)


def tick_label(moment: datetime, step: Step) -> str:
    """A tick's text in its step's unit; under a day, midnight shows the date instead."""
    if step.under_a_day and moment.time() == datetime.min.time():
        return style.day(moment)
    if step.unit == "second":
        return style.time_to_the_second(moment)
    if step.under_a_day:
        return style.time_of_day(moment)
    if step.unit == "month":
        return style.month(moment)
    if step.unit == "year":
        return str(moment.year)
    return style.day(moment)


def _fits(ticks: list[tuple[datetime, str]], span_s: float, width_px: float,
          char_px: float) -> bool:
    if any(len(text) * char_px > width_px for _, text in ticks):
        return False
    for (left, left_text), (right, right_text) in pairwise(ticks):
        apart_px = (right - left).total_seconds() / span_s * width_px
        if apart_px < char_px * ((len(left_text) + len(right_text)) / 2 + GAP_CHARS):
            return False
    return True


def time_ticks(start: datetime, end: datetime, width_px: float, char_px: float,
               label: Callable[[datetime, Step], str] = tick_label) -> TimeTicks:
    """The finest whole-unit step whose labels fit ``width_px`` for ``start`` to ``end``
    (``char_px``: the width of a digit in the axis font), and its labelled ticks
    (``label``: a tick's text; a clock's time or date unless given)."""
    span_s = max((end - start).total_seconds(), 1e-9)
    most = width_px / (char_px * (SHORTEST_LABEL_CHARS + GAP_CHARS)) + 1
    for unit, count in LADDER:
        step = Step(unit, count)
        if span_s / step.seconds > most + 1:
            continue  # more ticks than could ever fit: not worth making
        ticks = [(moment, label(moment, step)) for moment in tick_times(start, end, step)]
        if _fits(ticks, span_s, width_px, char_px):
            return TimeTicks(step, tuple(ticks))
    return TimeTicks(Step(*LADDER[-1]), ())  # no room for even one label a century


def one_day(start: datetime, end: datetime) -> str | None:
    """The date when a view lies within one day (its ticks then show times only)."""
    return style.day(start) if start.date() == end.date() else None
