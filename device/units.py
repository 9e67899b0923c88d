"""Fixed-point units shared by the pump model, the wire protocol and the console.

Every quantity that reaches the pump is an integer in a fixed unit, so that the same
program gives the same bytes, the same checksum and the same delivery on every
machine. Floats appear only when a value is shown to a person.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction

NG_PER_MCG = 1_000
NL_PER_ML = 1_000_000
MINUTES_PER_DAY = 1_440
SECONDS_PER_DAY = 86_400


class UnitError(ValueError):
    """A value that cannot be read as the quantity asked for."""


def to_decimal(value: object, field: str) -> Decimal:
    """Read a number typed by a person or written in a data file, without float noise."""
    if isinstance(value, bool):
        raise UnitError(f"{field}: expected a number, got {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | float | str):
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise UnitError(f"{field}: {value!r} is not a number") from None
    else:
        raise UnitError(f"{field}: expected a number, got {value!r}")
    if not result.is_finite():
        raise UnitError(f"{field}: {value!r} is not a finite number")
    return result


def round_half_up(value: Fraction) -> int:
    """Round an exact ratio to the nearest integer, halves away from zero."""
    if value >= 0:
        return int((value + Fraction(1, 2)).__floor__())
    return -int((-value + Fraction(1, 2)).__floor__())


def scaled(value: object, factor: int, field: str) -> int:
    """A decimal quantity in a display unit as an integer count of the fixed unit.

    ``scaled("0.048", NL_PER_ML, "rate")`` is 48_000 nL. Precision finer than the fixed
    unit is refused rather than silently rounded, because a dropped digit on a
    programmer is a dosing error.
    """
    number = to_decimal(value, field) * factor
    if number != number.to_integral_value():
        raise UnitError(f"{field}: {value} has more decimal places than the pump stores")
    return int(number)


def decimal_text(count: int | Fraction, per_unit: int) -> str:
    """``count`` fixed units written in a unit of ``per_unit`` of them, without rounding.

    For messages that compare a value with its limits: 20000001 nL is '20.000001' mL and
    499 nL is '0.000499' mL, where a rounded '20' or '0.0005' would read as allowed.
    A ratio with no finite decimal (a third) gets twelve significant digits; never an
    exponent.
    """
    value = Fraction(count) / per_unit
    with localcontext() as context:
        context.prec = len(str(abs(value.numerator))) + 12
        quotient = (Decimal(value.numerator) / value.denominator).normalize()
    return format(quotient, "f")


def ml_text_below(nl: int | Fraction, above_nl: int) -> str:
    """``nl`` (less than ``above_nl``) in mL to two decimals, or as many more as it takes
    to read as less: 9999.7 nL is '0.01' beside 0.025 mL, 1229999.5 nL '1.2299995' beside
    1.23 mL, never a rounded '1.23' that reads as the same."""
    value, bound = Fraction(nl) / NL_PER_ML, Fraction(above_nl, NL_PER_ML)
    places = 2
    while round(value, places) >= bound:  # ends: the rounding error shrinks below the gap
        places += 1
    shown = round(value, places)
    with localcontext() as context:
        context.prec = len(str(abs(shown.numerator))) + places + 2
        return f"{Decimal(shown.numerator) / shown.denominator:.{places}f}"


def ml_text(nl: int | Fraction) -> str:
    """Nanolitres as exact millilitres for a message (see :func:`decimal_text`)."""
    return decimal_text(nl, NL_PER_ML)


def mcg_text(ng: int | Fraction) -> str:
    """Nanograms as exact micrograms for a message (see :func:`decimal_text`)."""
    return decimal_text(ng, NG_PER_MCG)


def ml(nl: int | Fraction) -> float:
    """Nanolitres shown as millilitres."""
    return float(Fraction(nl) / NL_PER_ML)


def mcg(ng: int | Fraction) -> float:
    """Nanograms shown as micrograms."""
    return float(Fraction(ng) / NG_PER_MCG)


def format_minute_of_day(minute: int) -> str:
    """``HH:MM`` for a minute of the day; 1440 is shown as 24:00 (end of the day)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def parse_minute_of_day(text: str, field: str = "time") -> int:
    """Read ``HH:MM`` (00:00 to 24:00) as a minute of the day."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UnitError(f"{field}: {text!r} is not a time; use HH:MM, 00:00 to 24:00")
    hours, minutes = int(parts[0]), int(parts[1])
    if minutes >= 60 or hours * 60 + minutes > MINUTES_PER_DAY:
        raise UnitError(f"{field}: {text!r} is outside 00:00 to 24:00")
    return hours * 60 + minutes
