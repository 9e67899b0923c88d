"""Whether a proposed daily dose is an allowed titration step, and the usual-range note.

A step outside the label range, or a second change within 24 h, is not an error: the
clinician may have a reason. It is returned as a problem that needs a typed override,
so the review can show it and the send can refuse until it is confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import (
    CalculatorError,
    Origin,
    TitrationRange,
    titration_range,
)
from itb_console.console.translation import tr
from itb_console.device.pump_api import Event
from itb_console.device.therapy import DoseRate, Program, TherapyError

MIN_HOURS_BETWEEN_CHANGES = 24

# Usual maintenance, mcg/day (Gablofen label): by origin, and children under 12 apart.
USUAL_MCG_PER_DAY = {Origin.SPINAL: (300, 800), Origin.CEREBRAL: (90, 703)}
USUAL_CHILD_UNDER_12_MCG_PER_DAY = (24, 1199)


@dataclass(frozen=True)
class TitrationCheck:
    proposed: DoseRate
    allowed_range: TitrationRange
    problems: tuple[str, ...]
    override_confirmed: bool

    @property
    def within_rules(self) -> bool:
        return not self.problems

    @property
    def may_apply(self) -> bool:
        """Inside the rules, or outside them with the override confirmed."""
        return self.within_rules or self.override_confirmed

    @property
    def sentence(self) -> str:
        if self.within_rules:
            return tr("{dose} is within the titration rules.").format(
                dose=style.dose(self.proposed))
        ending = (tr("Override confirmed.") if self.override_confirmed
                  else tr("Confirm an override to apply it."))
        return " ".join((*self.problems, ending))


def _range_text(allowed: TitrationRange) -> str:
    return tr("increase {low} to {high}, or reduce to {lowest} to {highest}").format(
        low=style.dose(allowed.lowest_increase), high=style.dose(allowed.highest_increase),
        lowest=style.dose(allowed.lowest_reduction),
        highest=style.dose(allowed.highest_reduction))


def check_titration(current: DoseRate, proposed: DoseRate, origin: Origin,
                    last_change_at: datetime | None, now: datetime,
                    override_confirmed: bool = False) -> TitrationCheck:
    """Check one proposed next-day dose against the range and the once-per-24-h rule."""
    if last_change_at is not None and last_change_at > now:
        raise CalculatorError(tr("last dose change: {then} is after now ({now}); it must be "
                                 "in the past").format(then=style.moment(last_change_at),
                                                       now=style.moment(now)))
    allowed = titration_range(current, origin)
    problems: list[str] = []
    if not allowed.allows(proposed):
        problems.append((tr("{dose} is outside the spinal titration range from {current} "
                            "({range}).") if origin is Origin.SPINAL else
                         tr("{dose} is outside the cerebral titration range from {current} "
                            "({range}).")).format(dose=style.dose(proposed),
                                                  current=style.dose(current),
                                                  range=_range_text(allowed)))
    if (proposed != current and last_change_at is not None
            and now - last_change_at < timedelta(hours=MIN_HOURS_BETWEEN_CHANGES)):
        next_allowed = last_change_at + timedelta(hours=MIN_HOURS_BETWEEN_CHANGES)
        problems.append(tr("The dose was changed less than {hours} h ago; the next change "
                           "is due from {time}.").format(hours=MIN_HOURS_BETWEEN_CHANGES,
                                                          time=style.moment(next_allowed)))
    return TitrationCheck(proposed, allowed, tuple(problems), override_confirmed)


def usual_range_note(daily_dose: DoseRate, origin: Origin, child_under_12: bool) -> str | None:
    """A note when the daily dose is outside the usual maintenance range; None inside it."""
    low, high = USUAL_CHILD_UNDER_12_MCG_PER_DAY if child_under_12 else USUAL_MCG_PER_DAY[origin]
    if DoseRate.from_mcg_per_day(low) <= daily_dose <= DoseRate.from_mcg_per_day(high):
        return None
    who = (tr("children under 12") if child_under_12 else tr("spinal origin")
           if origin is Origin.SPINAL else tr("cerebral origin"))
    return tr("{dose} is outside the usual maintenance range for {who} ({low} to {high} "
              "mcg/day). Check the prescription.").format(dose=style.dose(daily_dose), who=who,
                                                          low=low, high=high)


def last_dose_change(events: Sequence[Event]) -> datetime | None:
    """Pump-clock time of the last program change that changed the daily dose.

    A change of step times with the same daily total does not count; an entry that cannot
    be read counts, so that the 24-hour rule errs on the safe side.
    """
    for event in sorted(events, key=lambda e: e.seq, reverse=True):
        if event.kind != "program":
            continue
        try:
            old, new = (Program.from_canonical_text(str(event.detail[side]))
                        for side in ("old", "new"))
        except (KeyError, TherapyError):
            return event.pump_clock
        if old.daily_dose_ng != new.daily_dose_ng:
            return event.pump_clock
    return None


def percent_to(daily_ng: Fraction, target: DoseRate) -> Decimal:
    """The change in % that takes a schedule's daily total to ``target``, as an exact-enough
    decimal for :func:`scale_rates` (28 digits; each step is then rounded to the ng)."""
    change = Fraction(target.ng_per_day) / daily_ng * 100 - 100
    return Decimal(change.numerator) / Decimal(change.denominator)
