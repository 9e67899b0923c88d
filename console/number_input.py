"""Reading a number a person types, in the language of the run.

In German, French and Spanish the decimal separator is a comma, and "1.000" means one
thousand; in English it means one. A dose typed with a separator between thousands is
therefore never taken, whichever way it would be read: it is refused with the reading
spelled out ("1.000 would be read as 1000; type 1 or 1000 without separators"). The
language's own decimal separator is the only mark a number may carry; the other one is
refused with the right spelling ("0.5: the decimal separator here is ','; type 0,5").
A number written with an exponent ("1,5e3", "2E2") is refused too, with its reading: a
field reads digits and the decimal separator only, and an "e" slipped in among them must
not silently make 1,5 mL into 1500 mL. Too many decimals, or a value outside the field's
range, are refused in words too.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from itb_console.console.language import Language, current
from itb_console.console.number_style import MINUS, Number, fixed
from itb_console.console.translation import tr

DIGITS = frozenset("0123456789")
SPACES = frozenset(" \u00a0\u202f")  # a space, a no-break space, a narrow no-break space
MARKS = frozenset(".,'") | SPACES  # what people put between digits, in one country or another
SIGNS = {"-": -1, MINUS: -1, "+": 1}
# Digits (and marks) with an exponent: "1,5e3", "2E2", "1e-3", "1e" on its way to one.
EXPONENT = re.compile(r"(?P<mantissa>[0-9.,' \u00a0\u202f]*[0-9][0-9.,' \u00a0\u202f]*)[eE]"
                      r"(?P<sign>[-+\u2212]?)(?P<power>[0-9]*)")
LARGEST_POWER = 12  # an exponent beyond this is not worth spelling out


class Verdict(enum.Enum):
    NUMBER = "number"  # the field takes it
    PARTIAL = "partial"  # on its way to a number ("", "0,", a value still below the minimum)
    REFUSED = "refused"  # complete enough to judge, and not taken: the reason says why
    INVALID = "invalid"  # a character no number has (a letter): the keystroke is not taken


@dataclass(frozen=True)
class Reading:
    """What a typed text is: a value the field takes, or the reason it is not one (yet)."""

    verdict: Verdict
    value: Decimal | None = None
    reason: str = ""


@dataclass(frozen=True)
class NumberRule:
    """What a field takes: its decimals (from the one number style), range and unit."""

    decimals: int
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    unit: str = ""

    @classmethod
    def between(cls, minimum: Number, maximum: Number, decimals: int,
                unit: str = "") -> NumberRule:
        return cls(decimals, Decimal(str(minimum)), Decimal(str(maximum)), unit)


def typed(value: Decimal, language: Language | None = None) -> str:
    """A value as a person would type it in ``language``: no trailing zeros, no separators
    between thousands ("1000", "2,5")."""
    text = f"{value.normalize():f}"
    return text.replace(".", (language or current()).decimal_point)


def canonical(value: Decimal) -> str:
    """A typed value as the program and its files read numbers ("0.5"), in every language."""
    return f"{value:f}"


def read_number(text: str, rule: NumberRule, language: Language | None = None) -> Reading:
    """Read ``text`` as the field described by ``rule`` takes it, in ``language`` (the
    language of the run unless given)."""
    language = language or current()
    body = text.strip()
    sign = SIGNS.get(body[:1], 0)
    if sign:
        body = body[1:].lstrip()
    if not body:
        return Reading(Verdict.PARTIAL, reason=tr("Type a number."))
    exponent = EXPONENT.fullmatch(body)
    if exponent is not None:
        return Reading(Verdict.REFUSED,
                       reason=_exponent_refusal(text.strip(), exponent, sign, language))
    if not set(body) <= DIGITS | MARKS:
        return Reading(Verdict.INVALID,
                       reason=tr("{typed} is not a number.").format(typed=text.strip()))
    point = language.decimal_point
    marks = [character for character in body if character not in DIGITS]
    if marks and marks != [point]:
        return Reading(Verdict.REFUSED, reason=_separator_refusal(text.strip(), body, language))
    whole, _, decimals = body.partition(point)
    if marks and not decimals:
        return Reading(Verdict.PARTIAL,
                       reason=tr("Type the decimals after “{point}”, or remove "
                                 "it.").format(point=point))
    value = Decimal(f"{whole or 0}.{decimals or 0}")
    return _within(-value if sign < 0 else value, text.strip(), rule, language)


def _within(value: Decimal, shown: str, rule: NumberRule, language: Language) -> Reading:
    """A well-formed number, checked against the field's decimals and range."""
    if value != round(value, rule.decimals):
        step = typed(Decimal(1).scaleb(-rule.decimals), language)
        reason = (tr("{typed} has decimals; this field takes whole numbers.")
                  if rule.decimals == 0 else
                  tr("{typed} has more decimals than this field takes (steps of {step})."))
        return Reading(Verdict.REFUSED, reason=reason.format(typed=shown, step=step))
    low, high = rule.minimum, rule.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        unit = f"\u00a0{rule.unit}" if rule.unit else ""
        reason = tr("{typed}{unit} is outside {low} to {high}{unit}.").format(
            typed=shown, unit=unit, low=_bound(low, rule, language),
            high=_bound(high, rule, language))
        # Below the minimum, more digits may still reach it ("1" on the way to "15").
        below = low is not None and value < low and value >= 0
        return Reading(Verdict.PARTIAL if below else Verdict.REFUSED, reason=reason)
    return Reading(Verdict.NUMBER, value=value)


def _bound(value: Decimal | None, rule: NumberRule, language: Language) -> str:
    return "\u2026" if value is None else fixed(value, rule.decimals, language)


def _separator_refusal(shown: str, body: str, language: Language) -> str:
    """Why a number with a mark other than the language's decimal separator is refused,
    with each way it could be read written out."""
    as_groups = _read_as_groups(body, language.decimal_point)
    as_decimal = _read_with_foreign_point(body, language.decimal_point)
    if as_groups is not None and as_decimal is not None:
        return tr("{typed} would be read as {grouped}; type {decimal} or {grouped} without "
                  "separators.").format(typed=shown, grouped=typed(as_groups, language),
                                        decimal=typed(as_decimal, language))
    if as_groups is not None:
        return tr("{typed} would be read as {grouped}; type {grouped} without "
                  "separators.").format(typed=shown, grouped=typed(as_groups, language))
    if as_decimal is not None:
        return tr("{typed}: the decimal separator here is “{point}”; type "
                  "{decimal}.").format(typed=shown, point=language.decimal_point,
                                       decimal=typed(as_decimal, language))
    if body[-1] in ".," and set(body[:-1]) <= DIGITS:  # "1," on its way to "1,5" or "1,000"
        return tr("{typed}: the decimal separator here is “{point}”.").format(
            typed=shown, point=language.decimal_point)
    return tr("{typed} is not a number.").format(typed=shown)


def _exponent_refusal(shown: str, exponent: re.Match[str], sign: int,
                      language: Language) -> str:
    """Why a number with an exponent is refused, with the value it would be read as when
    its digits say one ("1,5e3" in German: 1500)."""
    point = language.decimal_point
    mantissa, power = exponent.group("mantissa"), exponent.group("power")
    marks = [character for character in mantissa if character not in DIGITS]
    if power and int(power) <= LARGEST_POWER and marks in ([], [point]):
        whole, _, decimals = mantissa.partition(point)
        scale = -int(power) if exponent.group("sign") in ("-", MINUS) else int(power)
        value = Decimal(f"{whole or 0}.{decimals or 0}").scaleb(scale)
        return tr("{typed} would be read as {value}; type {value}: a number here is digits "
                  "and “{point}” only, without an exponent (e).").format(
            typed=shown, value=typed(-value if sign < 0 else value, language), point=point)
    return tr("{typed}: a number here is digits and “{point}” only, without an exponent "
              "(e).").format(typed=shown, point=point)


def _read_as_groups(body: str, point: str) -> Decimal | None:
    """The value if every mark but the decimal separator separates thousands ("1.000",
    "1 000 000", "1.000,5" in German); None if the groups are not of three digits."""
    whole, _, decimals = body.partition(point)
    if point in decimals or not set(decimals) <= DIGITS:
        return None
    groups = [whole]
    for mark in MARKS - {point}:
        groups = [part for group in groups for part in group.split(mark)]
    if len(groups) < 2 or not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return Decimal(f"{''.join(groups)}.{decimals or 0}")


def _read_with_foreign_point(body: str, point: str) -> Decimal | None:
    """The value if the one mark in it is the other language's decimal separator
    ("0.5" in German, "0,5" in English)."""
    marks = [character for character in body if character not in DIGITS]
    if len(marks) != 1 or marks[0] not in ".," or marks[0] == point:
        return None
    whole, decimals = body.split(marks[0])
    return Decimal(f"{whole or 0}.{decimals}") if decimals else None
