"""The one way the console writes numbers, durations, dates and times for a person.

Clinicians read numbers aloud from projectors; a value that appears as 14.583 mcg/h on
one screen and 14.58 on the next, or a "+1.50 mL" that means 1.50 mL *less* came back,
is a reading error waiting to happen. So every widget, the PDF, the CSV and the event log
format through this module, and a test refuses ad-hoc format strings elsewhere.

Rules (each pinned by value in tests/console/test_number_style.py):

- doses in mcg/day with one decimal, mcg/h with two, volume rates in mL/day with three,
  volumes in mL with two, bolus doses in mcg with one;
- volumes given through the catheter (bolus, priming, bridge, dead volumes) in mL with
  three decimals, and two significant figures below 0.01 mL ("0.025 mL", "0.00050 mL"):
  two decimals would round a 0.025 mL bolus to "0.03 mL";
- rounding is half away from zero on the exact value (no float or banker's rounding);
- durations as h:mm, rounded to the nearest minute, never cut;
- a count agrees with its noun ("1 event", "2 events");
- a range names its unit once, both bounds in the quantity's decimals ("0.048 to 24.000
  mL/day"); a run's score is "7 / 9 (78 %)", an objective's points "3 / 3";
- a value a person may type back (a dose, a volume, a rate, a range's bounds) has no mark
  between thousands ("48000.0 mcg/day"): every number field refuses one, as "48,000"
  reads two ways; only a clock speed carries it ("x1,000");
- signed differences in words ("1.50 mL less") wherever a sign could be misread;
- dates with their time where the minute matters, and "in N days" beside a date ahead;
- a time carries its zone when the console's and the pump's clocks differ;
- the decimal separator, the mark between thousands and the order of a date follow the
  language of the run (console/language.py); the 24-hour clock holds in every language.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from itb_console.console.language import Language, current
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.therapy import DoseRate
from itb_console.device.units import NG_PER_MCG
from PySide6.QtCore import QLocale

Number = int | float | Fraction | Decimal

NBSP = "\u00a0"
WORD_JOINER = "\u2060"  # Qt breaks lines after "/": "mcg/day" must not become "mcg/" + "day"
MINUS = "\u2212"  # a real minus: a hyphen is easy to lose on a projector


class Quantity(enum.Enum):
    """A kind of value, its unit as written and the decimals it is shown with."""

    MCG_PER_DAY = ("mcg/day", 1)
    MCG_PER_HOUR = ("mcg/h", 2)
    ML_PER_DAY = ("mL/day", 3)
    ML = ("mL", 2)
    MCG = ("mcg", 1)
    ML_PER_CM = ("mL/cm", 4)  # a catheter's dead volume per length: 0.0022 mL/cm
    CM = ("cm", 1)
    PERCENT = ("%", 1)
    DAYS = ("days", 1)

    def __init__(self, unit: str, decimals: int) -> None:
        self.unit = unit
        self.decimals = decimals

    def number(self, value: Number) -> str:
        """The value alone, rounded to this quantity's decimals (for a column whose
        header names the unit)."""
        return fixed(value, self.decimals)

    @property
    def shown_unit(self) -> str:
        """The unit as the language writes it ("mcg/Tag"); mL, mcg and cm stay as they are."""
        return unit_words(self.unit)

    def __call__(self, value: Number) -> str:
        return with_unit(self.number(value), self.unit)


UNIT_WORDS = {"mcg/day": QT_TR_NOOP("mcg/day"), "mL/day": QT_TR_NOOP("mL/day"),
              "days": QT_TR_NOOP("days")}


def unit_words(unit: str) -> str:
    """A unit in the language of the run: only the word in it changes ("mL/day" is
    "mL/Tag" in German); the symbols are the same everywhere."""
    return tr(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit


def with_unit(number: str, unit: str) -> str:
    """A number with its unit (in the language of the run), joined by a no-break space
    (and the unit's slash by a word joiner) so that a line never splits a number from its
    unit or the unit."""
    return f"{number}{NBSP}{unit_words(unit).replace('/', '/' + WORD_JOINER)}"


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


def fixed(value: Number, decimals: int, language: Language | None = None) -> str:
    """The value at exactly ``decimals`` decimals, with the decimal separator of
    ``language`` (the language of the run unless given) and a real minus; never "-0.00"."""
    result = rounded(value, decimals)
    if result == 0:
        result = abs(result)
    text = f"{result:f}"
    return text.replace("-", MINUS).replace(".", (language or current()).decimal_point)


def span(low: Number, high: Number, quantity: Quantity) -> str:
    """A range in one quantity's style, the unit once: "0.048 to 24.000 mL/day" (never
    "0.048 to 24 mL/day" beside a "24.000 mL/day")."""
    return f"{quantity.number(low)} to {quantity(high)}"


def mcg_per_day(value: Number) -> str:
    return Quantity.MCG_PER_DAY(value)


def dose(rate: DoseRate) -> str:
    """A dose rate in mcg/day, exactly from its nanograms."""
    return mcg_per_day(Fraction(rate.ng_per_day, NG_PER_MCG))


def mcg_per_hour(value: Number) -> str:
    return Quantity.MCG_PER_HOUR(value)


def ml_per_day(value: Number) -> str:
    return Quantity.ML_PER_DAY(value)


def millilitres(value: Number) -> str:
    return Quantity.ML(value)


SMALL_VOLUME_DECIMALS = 3
SMALL_VOLUME_FIGURES = 2


def small_volume_number(value: Number, whole: Number | None = None) -> str:
    """A small volume's number alone (see ``small_volume``); a part of ``whole`` (a bolus
    given so far) takes the whole's decimals: "0.000 of 0.250", never "0.0000010 of
    0.250" a moment after the bolus started."""
    exact = _exact(value)
    scale = exact if whole is None else _exact(whole)
    figures = 0 if scale == 0 else SMALL_VOLUME_FIGURES - 1 - scale.adjusted()
    return fixed(exact, max(SMALL_VOLUME_DECIMALS, figures))


def small_volume(value: Number) -> str:
    """A volume given through the catheter: a bolus, a priming or bridge fill, a catheter's
    or the pump path's dead volume.

    Two decimals (the reservoir's style) would round a 50 mcg bolus at 2000 mcg/mL,
    0.025 mL, to "0.03 mL": a fifth more than the pump gives. These volumes have three
    decimals, as mL/day rates do ("0.025 mL", "0.250 mL"), and at least two significant
    figures below 0.01 mL, where three decimals would round most of the value away
    (1 mcg at 2000 mcg/mL is "0.00050 mL", not "0.001 mL").
    """
    return with_unit(small_volume_number(value), Quantity.ML.unit)


def micrograms(value: Number) -> str:
    return Quantity.MCG(value)


def days(value: Number) -> str:
    return Quantity.DAYS(value)


def whole(value: Number) -> str:
    """A count or a whole-number setting (a concentration, a catheter length)."""
    return fixed(value, 0)


def plain(value: Number, at_most: int = 3) -> str:
    """A limit or a setting as written in its data file: no trailing zeros ("20 mL"
    reservoir, "1 mL" threshold), at most three decimals (or ``at_most``)."""
    result = rounded(value, at_most).normalize()
    exponent = result.as_tuple().exponent
    return fixed(result, max(0, -exponent) if isinstance(exponent, int) else 0)


def percent(value: Number, decimals: int = 1) -> str:
    return f"{fixed(value, decimals)}{NBSP}%"


def whole_percent(value: Number) -> str:
    """A score or a share of people: "78 %"."""
    return percent(value, 0)


def speed(factor: Number) -> str:
    """A clock speed: "x1,000" with thousands marked from x10 (in the language's way:
    "x1.000" in German); "x2.5" below."""
    if factor >= 10:
        return f"x{int(rounded(factor, 0)):,}".replace(",", current().group_separator)
    return f"x{plain(factor)}"


def points(scored: int, out_of: int) -> str:
    """An objective's points: "3 / 3" (spaced, as in a score)."""
    return f"{scored} / {out_of}"


def score(scored: int, out_of: int, percent_done: Number | None = None) -> str:
    """A run's score, with its share: "7 / 9 (78 %)" (the share worked out from the points
    unless given, as a record stores it)."""
    share = Fraction(100 * scored, out_of) if percent_done is None and out_of else percent_done
    return f"{points(scored, out_of)} ({percent(share or 0, 0)})"


# ------------------------------------------------------------------------ differences
MORE = QT_TR_NOOP("{amount} more")
LESS = QT_TR_NOOP("{amount} less")
NO_DIFFERENCE = QT_TR_NOOP("no difference")


def difference(delta: Number, quantity: Quantity, more: str = MORE, less: str = LESS,
               same: str = NO_DIFFERENCE) -> str:
    """A signed amount in words: ``difference(-1.5, Quantity.ML)`` is "1.50 mL less".

    ``more`` and ``less`` are sentences marked for translation with the amount as
    ``{amount}``. A value that rounds to zero at the quantity's decimals reads ``same``:
    "-0.00 mL" is never shown.
    """
    if rounded(delta, quantity.decimals) == 0:
        return tr(same)
    return tr(more if delta > 0 else less).format(amount=quantity(abs(_exact(delta))))


FROM_STOPPED = QT_TR_NOOP("from stopped")


def change(percent_change: Number | None, from_nothing: str = FROM_STOPPED) -> str:
    """A relative change, as "up 10.0 %", "down 5.0 %" or "unchanged"."""
    if percent_change is None:
        return tr(from_nothing)
    if rounded(percent_change, Quantity.PERCENT.decimals) == 0:
        return tr("unchanged")
    amount = percent(abs(_exact(percent_change)))
    return (tr("up {percent}") if percent_change > 0 else tr("down {percent}")).format(
        percent=amount)


# ------------------------------------------------------------------------ durations
def seconds(value: Number) -> str:
    """A wait or a time-out, short enough to say in seconds: "5 s", "0.5 s"."""
    return with_unit(plain(value), "s")


def hours_minutes(seconds: Number) -> str:
    """h:mm without its unit (a time axis names it once), rounded to the nearest minute."""
    minutes = int(rounded(_exact(seconds) / 60, 0))
    sign = MINUS if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


def duration(seconds: Number) -> str:
    """h:mm, rounded to the nearest minute (20 min 30 s is 0:21), never cut."""
    return f"{hours_minutes(seconds)}{NBSP}h"


def duration_difference(seconds: Number, more: str, less: str, same: str) -> str:
    """A signed span in words: ``duration_difference(-3600, "{span} ahead", "{span}
    behind", "none")`` is "1:00 h behind" (each marked for translation, the span as
    ``{span}``); under half a minute reads ``same``."""
    if int(rounded(_exact(seconds) / 60, 0)) == 0:
        return tr(same)
    return tr(more if seconds > 0 else less).format(span=duration(abs(_exact(seconds))))


def elapsed(seconds: int) -> str:
    """Time since a start, to the second, signed: "+1:12:00" (a replay's clock)."""
    sign = MINUS if seconds < 0 else "+"
    hours, rest = divmod(abs(int(seconds)), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def clock_time(minute_of_day: int) -> str:
    """A minute of the day as HH:MM; 1440 is 24:00, the end of the day."""
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


# ------------------------------------------------------------------------ dates and times
COUNT_IN_DAYS_BELOW = 100  # a refill or an alarm: the day matters
COUNT_IN_MONTHS_BELOW = 730  # beyond two years (a battery): the year is what one plans by
DAYS_PER_MONTH = Fraction(36525, 1200)
DAYS_PER_YEAR = Fraction(36525, 100)


def day_count(target: date, today: date) -> str:
    """"today", "tomorrow", "in 12 days", "3 days ago"; far dates in months or years
    ("in about 8 months", "in about 6.8 years"), where a count of days reads as noise."""
    delta = (target - today).days
    if delta == 0:
        return tr("today")
    if delta == 1:
        return tr("tomorrow")
    if delta == -1:
        return tr("yesterday")
    if abs(delta) < COUNT_IN_DAYS_BELOW:
        return tr("in %n days", "", delta) if delta > 0 else tr("%n days ago", "", -delta)
    if abs(delta) < COUNT_IN_MONTHS_BELOW:
        months = int(rounded(abs(delta) / DAYS_PER_MONTH, 0))
        return (tr("in about %n months", "", months) if delta > 0
                else tr("about %n months ago", "", months))
    years = fixed(abs(delta) / DAYS_PER_YEAR, 1)  # "7.0 years": one decimal, always
    return (tr("in about {years} years") if delta > 0 else tr("about {years} years ago")).format(
        years=years)


def day(value: date | datetime) -> str:
    """A date without a time (for a day-resolution plan): 2027-02-23 (23.02.2027 in
    German)."""
    return value.strftime(current().date_pattern)


def month(value: date | datetime) -> str:
    """A month (a time axis's tick a month apart): 2027-02 (02.2027 in German)."""
    return value.strftime(current().month_pattern)


def date_ahead(target: date | datetime, today: date | datetime) -> str:
    """A date with the days to it beside it: "2027-02-23 (in 90 days)"."""
    target_day = target.date() if isinstance(target, datetime) else target
    today_day = today.date() if isinstance(today, datetime) else today
    return f"{day(target_day)} ({day_count(target_day, today_day)})"


def moment(value: datetime, zone: str | None = None) -> str:
    """A date with its time to the minute, and the zone's name when one is asked for:
    "2026-11-25 09:00" or "2026-11-25 09:00 pump clock"."""
    text = f"{day(value)} {value.strftime('%H:%M')}"
    return f"{text} {zone}" if zone else text


def time_of_day(value: datetime, zone: str | None = None) -> str:
    """The time alone (HH:MM), with the zone's name when one is asked for."""
    text = value.strftime("%H:%M")
    return f"{text} {zone}" if zone else text


def weekday_date(value: date | datetime) -> str:
    """The day with its weekday, for a clock face: "Wed 2026-11-25" ("Mi. 25.11.2026")."""
    weekday = current().locale.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day(value)}"


def time_to_the_second(value: datetime) -> str:
    return value.strftime("%H:%M:%S")


def file_stamp(value: datetime) -> str:
    """A time in a file name: sorts as it reads, no characters a file system refuses."""
    return value.strftime("%Y%m%d-%H%M")


def clock_seconds(value: datetime) -> str:
    """A time to the second, where the second matters (an event log)."""
    return f"{day(value)} {value.strftime('%H:%M:%S')}"


PUMP_ZONE = QT_TR_NOOP("pump clock")
CLOCKS_AGREE = timedelta(minutes=1)


def zone_name(local: datetime) -> str:
    """The short name of an aware time's zone ("GMT", "CET"); "local" for a naive one."""
    return (local.tzname() if local.tzinfo else None) or tr("local")


class Clocks:
    """Which zone label a written time needs: none while the console's clock and the
    pump's agree to the minute; both once they differ, so that a reader never takes a
    pump-clock time for a local one.

    ``local_now`` is the console's time, aware (its zone names the label) or naive wall
    time with ``local_zone`` given.
    """

    def __init__(self, local_now: datetime, pump_now: datetime,
                 local_zone: str | None = None) -> None:
        self.local_zone = local_zone or zone_name(local_now)
        wall = local_now.replace(tzinfo=None)
        self.differ = abs(wall - pump_now.replace(tzinfo=None)) >= CLOCKS_AGREE

    def local(self, value: datetime) -> str:
        """A console time (naive wall time, or aware and written in its own zone)."""
        return moment(value.replace(tzinfo=None), self.local_zone if self.differ else None)

    def pump(self, value: datetime) -> str:
        return moment(value, tr(PUMP_ZONE) if self.differ else None)
