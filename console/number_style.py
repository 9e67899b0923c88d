"""The one way the console writes numbers, durations, dates and times for a person.

Clinicians read numbers aloud from projectors; a value that appears as 14.583 mcg/h on
one screen and 14.58 on the next, or a "+1.50 mL" that means 1.50 mL *less* came back,
is a reading error waiting to happen. So every widget, the PDF, the CSV and the event log
format through this module, and a test refuses ad-hoc format strings elsewhere.

Rules (each pinned by value in tests/console/test_number_style.py):

- doses in mcg/day with one decimal, mcg/h with two, volume rates in mL/day with three,
  volumes in mL with two, bolus doses in mcg with one;
- rounding is half away from zero on the exact value (no float or banker's rounding);
- durations as h:mm, rounded to the nearest minute, never cut;
- signed differences in words ("1.50 mL less") wherever a sign could be misread;
- dates with their time where the minute matters, and "in N days" beside a date ahead;
- a time carries its zone when the console's and the pump's clocks differ.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = int | float | Fraction | Decimal

NBSP = "\u00a0"
MINUS = "\u2212"  # a real minus: a hyphen is easy to lose on a projector


class Quantity(enum.Enum):
    """A kind of value, its unit as written and the decimals it is shown with."""

    MCG_PER_DAY = ("mcg/day", 1)
    MCG_PER_HOUR = ("mcg/h", 2)
    ML_PER_DAY = ("mL/day", 3)
    ML = ("mL", 2)
    MCG = ("mcg", 1)
    PERCENT = ("%", 1)
    DAYS = ("days", 1)

    def __init__(self, unit: str, decimals: int) -> None:
        self.unit = unit
        self.decimals = decimals

    def number(self, value: Number) -> str:
        """The value alone, rounded to this quantity's decimals (for a column whose
        header names the unit)."""
        return _fixed(value, self.decimals)

    def __call__(self, value: Number) -> str:
        """The value with its unit, joined by a no-break space so a line never splits
        a number from its unit."""
        return f"{self.number(value)}{NBSP}{self.unit}"


def _exact(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest text that reads back as this float
    return Decimal(value)


def rounded(value: Number, decimals: int) -> Decimal:
    """Half away from zero, on the exact value."""
    return _exact(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _fixed(value: Number, decimals: int) -> str:
    result = rounded(value, decimals)
    if result == 0:
        result = abs(result)  # never "-0.00"
    text = f"{result:f}"
    return text.replace("-", MINUS)


def mcg_per_day(value: Number) -> str:
    return Quantity.MCG_PER_DAY(value)


def mcg_per_hour(value: Number) -> str:
    return Quantity.MCG_PER_HOUR(value)


def ml_per_day(value: Number) -> str:
    return Quantity.ML_PER_DAY(value)


def millilitres(value: Number) -> str:
    return Quantity.ML(value)


def micrograms(value: Number) -> str:
    return Quantity.MCG(value)


def days(value: Number) -> str:
    return Quantity.DAYS(value)


def whole(value: Number) -> str:
    """A count or a whole-number setting (a concentration, a catheter length)."""
    return _fixed(value, 0)


def plain(value: Number) -> str:
    """A limit or a setting as written in its data file: no trailing zeros ("20 mL"
    reservoir, "1 mL" threshold), at most three decimals."""
    result = rounded(value, 3).normalize()
    return _fixed(result, max(0, -result.as_tuple().exponent))


def percent(value: Number, decimals: int = 1) -> str:
    return f"{_fixed(value, decimals)}{NBSP}%"


# ------------------------------------------------------------------------ differences
def difference(delta: Number, quantity: Quantity, more: str = "more",
               less: str = "less", same: str = "no difference") -> str:
    """A signed amount in words: ``difference(-1.5, Quantity.ML)`` is "1.50 mL less".

    A value that rounds to zero at the quantity's decimals reads ``same``: "-0.00 mL"
    is never shown.
    """
    if rounded(delta, quantity.decimals) == 0:
        return same
    return f"{quantity(abs(_exact(delta)))} {more if delta > 0 else less}"


def change(percent_change: Number | None, from_nothing: str = "from stopped") -> str:
    """A relative change, as "up 10.0 %", "down 5.0 %" or "unchanged"."""
    if percent_change is None:
        return from_nothing
    if rounded(percent_change, Quantity.PERCENT.decimals) == 0:
        return "unchanged"
    word = "up" if percent_change > 0 else "down"
    return f"{word} {percent(abs(_exact(percent_change)))}"


# ------------------------------------------------------------------------ durations
def duration(seconds: Number) -> str:
    """h:mm, rounded to the nearest minute (20 min 30 s is 0:21), never cut."""
    minutes = int(rounded(_exact(seconds) / 60, 0))
    sign = MINUS if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}{NBSP}h"


def clock_time(minute_of_day: int) -> str:
    """A minute of the day as HH:MM; 1440 is 24:00, the end of the day."""
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


# ------------------------------------------------------------------------ dates and times
def day_count(target: date, today: date) -> str:
    """"today", "tomorrow", "in 12 days", "yesterday" or "3 days ago"."""
    delta = (target - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    return f"in {delta} days" if delta > 0 else f"{-delta} days ago"


def day(value: date | datetime) -> str:
    """A date without a time (for a day-resolution plan): 2027-02-23."""
    return value.strftime("%Y-%m-%d")


def date_ahead(target: date | datetime, today: date | datetime) -> str:
    """A date with the days to it beside it: "2027-02-23 (in 90 days)"."""
    target_day = target.date() if isinstance(target, datetime) else target
    today_day = today.date() if isinstance(today, datetime) else today
    return f"{day(target_day)} ({day_count(target_day, today_day)})"


def moment(value: datetime, zone: str | None = None) -> str:
    """A date with its time to the minute, and the zone's name when one is asked for:
    "2026-11-25 09:00" or "2026-11-25 09:00 pump clock"."""
    text = value.strftime("%Y-%m-%d %H:%M")
    return f"{text} {zone}" if zone else text


def time_of_day(value: datetime, zone: str | None = None) -> str:
    """The time alone (HH:MM), with the zone's name when one is asked for."""
    text = value.strftime("%H:%M")
    return f"{text} {zone}" if zone else text


def clock_seconds(value: datetime) -> str:
    """A time to the second, where the second matters (an event log)."""
    return value.strftime("%Y-%m-%d %H:%M:%S")


PUMP_ZONE = "pump clock"
CLOCKS_AGREE = timedelta(minutes=1)


def zone_name(local: datetime) -> str:
    """The name of the console's zone for a local, zone-aware time ("GMT", "CET")."""
    return local.tzname() or "local"


class Clocks:
    """Which zone label a written time needs: none while the console's clock and the
    pump's agree to the minute; both once they differ, so that a reader never takes a
    pump-clock time for a local one."""

    def __init__(self, local_now: datetime, pump_now: datetime) -> None:
        aware = local_now if local_now.tzinfo else local_now.astimezone()
        self.local_zone = zone_name(aware)
        wall = aware.replace(tzinfo=None)
        self.differ = abs(wall - pump_now.replace(tzinfo=None)) >= CLOCKS_AGREE

    def local(self, value: datetime) -> str:
        """A console (wall) time, converted to local time if it carries a zone."""
        shown = value.astimezone() if value.tzinfo else value
        return moment(shown.replace(tzinfo=None), self.local_zone if self.differ else None)

    def pump(self, value: datetime) -> str:
        return moment(value, PUMP_ZONE if self.differ else None)
