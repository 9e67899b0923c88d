"""When the reservoir reaches its alarm volume and runs empty, for the status display.

Exact to the minute for any schedule: from the pump's time of day the steps are walked
until the volume is used, whole days being jumped by the daily volume. Dates are in the
pump's local time, so a clinician books the refill on the day the pump will alarm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from itb_console.device.therapy import Mode, Program
from itb_console.device.units import MINUTES_PER_DAY


@dataclass(frozen=True)
class ReservoirForecast:
    days_to_alarm: Fraction | None  # None: never (stopped pump) or already below
    days_to_empty: Fraction | None
    alarm_at: datetime | None
    empty_at: datetime | None


def minutes_to_use(program: Program, start: datetime, volume_nl: Fraction) -> Fraction | None:
    """Minutes from ``start`` (pump clock) until ``volume_nl`` has been delivered."""
    if volume_nl <= 0:
        return Fraction(0)
    if program.mode is Mode.STOPPED or program.daily_volume_nl == 0:
        return None
    daily = program.daily_volume_nl
    whole_days = int(volume_nl // daily)
    if volume_nl == whole_days * daily:
        whole_days -= 1  # finish inside the last day, so the walk below ends exactly
    remaining = volume_nl - whole_days * daily
    elapsed = Fraction(whole_days * MINUTES_PER_DAY)
    minute = Fraction(start.hour * 60 + start.minute) + Fraction(start.second, 60)
    schedule = program.schedule
    while True:
        index = schedule.index_at(int(minute) % MINUTES_PER_DAY)
        day_start = minute - minute % MINUTES_PER_DAY
        step_end = day_start + schedule.end_minute(index)
        rate_per_minute = Fraction(program.step_volume_rates_nl_per_day[index],
                                   MINUTES_PER_DAY)
        span = step_end - minute
        if rate_per_minute * span >= remaining:
            return elapsed + remaining / rate_per_minute
        remaining -= rate_per_minute * span
        elapsed += span
        minute = step_end


def forecast(program: Program, reservoir_nl: int, alarm_nl: int,
             pump_clock: datetime) -> ReservoirForecast:
    to_alarm = (minutes_to_use(program, pump_clock, Fraction(reservoir_nl - alarm_nl))
                if reservoir_nl > alarm_nl else None)
    to_empty = minutes_to_use(program, pump_clock, Fraction(reservoir_nl))

    def when(minutes: Fraction | None) -> datetime | None:
        return None if minutes is None else pump_clock + timedelta(minutes=float(minutes))

    return ReservoirForecast(
        None if to_alarm is None else to_alarm / MINUTES_PER_DAY,
        None if to_empty is None else to_empty / MINUTES_PER_DAY,
        when(to_alarm), when(to_empty))
