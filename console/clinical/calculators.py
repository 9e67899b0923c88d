"""Clinical calculators, exact, with the worked numbers of docs/domain.md as their tests.

Reservoir forecasts are in :mod:`itb_console.console.clinical.forecast` and the daily-dose change in
:func:`itb_console.console.clinical.review.daily_change_percent`; this module holds the rest: refill
discrepancy, bridge and priming boluses, the screening trial and titration.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from fractions import Fraction

from itb_console.console import number_style as style
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.implant_record import RecordError, catheter_volume_nl, check_catheter
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, DoseRate, TherapyError
from itb_console.device.units import NL_PER_ML, SECONDS_PER_DAY, ml, round_half_up


class CalculatorError(ValueError):
    """An input outside what the calculator accepts: names the field and the range."""


def _non_negative(value: int, field: str) -> None:
    """``field`` is marked for translation (QT_TR_NOOP) and named in the refusal."""
    if value < 0:
        raise CalculatorError(tr("{field}: {volume} mL is negative").format(
            field=tr(field), volume=style.plain(ml(value), 6)))  # to the nanolitre


# --------------------------------------------------------------------- refill discrepancy
@dataclass(frozen=True)
class RefillDiscrepancy:
    expected_residual_nl: int
    withdrawn_nl: int
    threshold_nl: int

    @property
    def discrepancy_nl(self) -> int:
        """Expected minus withdrawn: positive when less came back than expected."""
        return self.expected_residual_nl - self.withdrawn_nl

    @property
    def flagged(self) -> bool:
        return abs(self.discrepancy_nl) > self.threshold_nl

    @property
    def in_words(self) -> str:
        return came_back(self.discrepancy_nl)

    @property
    def interpretation(self) -> str:
        if not self.flagged:
            return tr("Within {threshold} mL of the expected residual: consistent with the "
                      "programmed delivery.").format(threshold=style.plain(ml(self.threshold_nl)))
        if self.discrepancy_nl > 0:
            return tr("{difference}: the pump may over-infuse (overdose risk), or not all was "
                      "withdrawn. Check the patient and the pump; consider a rate check.").format(
                difference=came_back(self.discrepancy_nl))
        return tr("{difference}: possible under-infusion (catheter occlusion, pump stall) with "
                  "withdrawal risk, or drug outside the reservoir at the last refill (pocket "
                  "fill).").format(difference=came_back(self.discrepancy_nl))


def came_back(discrepancy_nl: int) -> str:
    """Expected minus withdrawn, in words: a signed "+1.50 mL" was read both ways."""
    return style.difference(-ml(discrepancy_nl), style.Quantity.ML,
                            more=QT_TR_NOOP("{amount} more came back than expected"),
                            less=QT_TR_NOOP("{amount} less came back than expected"),
                            same=QT_TR_NOOP("exactly the expected volume came back"))


def refill_discrepancy(expected_residual_nl: int, withdrawn_nl: int,
                       profile: PumpProfile) -> RefillDiscrepancy:
    """Compare the withdrawn volume with the pump's expected residual (Maino 2017)."""
    _non_negative(expected_residual_nl, QT_TR_NOOP("expected residual"))
    _non_negative(withdrawn_nl, QT_TR_NOOP("withdrawn volume"))
    if withdrawn_nl > profile.reservoir_nl:
        raise CalculatorError(tr("withdrawn volume: {volume} mL is more than the {reservoir} "
                                 "mL reservoir").format(volume=style.plain(ml(withdrawn_nl)),
                                                        reservoir=style.plain(
                                                            ml(profile.reservoir_nl))))
    return RefillDiscrepancy(expected_residual_nl, withdrawn_nl,
                             profile.refill_discrepancy_threshold_nl)


# --------------------------------------------------------------------- boluses
@dataclass(frozen=True)
class BridgeBolus:
    """After a concentration change: push the old drug out at the old-drug rate."""

    volume_nl: int
    bridge_rate_nl_per_day: int
    duration_s: int
    new_rate_nl_per_day: int


def bridge_bolus(daily_dose: DoseRate, old: Concentration, new: Concentration,
                 dead_volume_nl: int) -> BridgeBolus:
    """Deliver the dead volume at ``dose / old`` for as long as it takes, then ``dose / new``.

    300 mcg/day, 500 -> 2000 mcg/mL, 0.25 mL: 0.600 mL/day for 10 h, then 0.150 mL/day.
    """
    if daily_dose.ng_per_day == 0:
        raise CalculatorError(tr("daily dose: 0 mcg/day needs no bridge"))
    if old == new:
        raise CalculatorError(tr("concentration: both are {concentration}; a bridge is for a "
                                 "change").format(concentration=old))
    _non_negative(dead_volume_nl, QT_TR_NOOP("dead volume"))
    bridge = daily_dose.to_volume(old)
    duration = Fraction(dead_volume_nl * SECONDS_PER_DAY, bridge.nl_per_day)
    return BridgeBolus(dead_volume_nl, bridge.nl_per_day, round_half_up(duration),
                       daily_dose.to_volume(new).nl_per_day)


@dataclass(frozen=True)
class PrimingBolus:
    volume_nl: int
    rate_nl_per_day: int
    duration_s: int


def priming_bolus(profile: PumpProfile, catheter_length_mm: int, catheter_nl_per_cm: int,
                  pump_replaced: bool) -> PrimingBolus:
    """Fill the catheter (and the pump path, for a new pump) at the maximum rate.

    The catheter comes from the pump's implant record (length and internal volume per cm),
    checked against the record's ranges: 50 cm at 0.0022 mL/cm is 0.110 mL.
    """
    try:
        check_catheter(catheter_length_mm, catheter_nl_per_cm)
    except RecordError as error:
        raise CalculatorError(str(error)) from None
    volume = catheter_volume_nl(catheter_length_mm, catheter_nl_per_cm)
    if pump_replaced:
        volume += profile.internal_dead_volume_nl
    rate = profile.max_rate_nl_per_day
    # Whole seconds rounded up: rounded to the nearest, 0.349 mL took 1256 s, which is
    # 24.008 mL/day, and the pump refused it as faster than its 24 mL/day.
    return PrimingBolus(volume, rate, math.ceil(Fraction(volume * SECONDS_PER_DAY, rate)))


def clinician_bolus(dose_mcg: int, duration_s: int,
                    concentration: Concentration) -> BolusRequest:
    """The bolus that gives ``dose_mcg`` over ``duration_s`` from the reservoir's drug
    (volume to the nearest nL): 50 mcg at 2000 mcg/mL is 25,000 nL (0.025 mL)."""
    if duration_s <= 0:
        raise CalculatorError(tr("duration: 0 min; give the bolus over some time"))
    volume_nl = round(dose_mcg * NL_PER_ML / concentration.mcg_per_ml)
    return BolusRequest(BolusKind.CLINICIAN, volume_nl, duration_s)


def bolus_rate_nl_per_day(request: BolusRequest) -> Fraction:
    """The rate a bolus runs at, in nL/day, for comparing with the pump's maximum rate."""
    return Fraction(request.volume_nl * SECONDS_PER_DAY, request.duration_s)


def beyond_pump_limits(request: BolusRequest, profile: PumpProfile) -> bool:
    """True when the pump will refuse the bolus: faster than its maximum rate, or larger
    than its largest bolus."""
    return (bolus_rate_nl_per_day(request) > profile.max_rate_nl_per_day
            or request.volume_nl > profile.max_bolus_nl)


# --------------------------------------------------------------------- screening trial
SCREENING_DOSES_MCG = (50, 75, 100)
LONG_EFFECT_HOURS = 8


@dataclass(frozen=True)
class ScreeningResult:
    candidate: bool
    effective_dose_mcg: int | None
    starting_dose: DoseRate | None
    next_step: str


def screening_outcome(responses: list[tuple[int, bool, float]]) -> ScreeningResult:
    """From the screening boluses given so far: ``(dose mcg, responded, effect hours)``.

    Label sequence: 50 mcg; if inadequate 75 mcg after 24 h; then 100 mcg. The starting
    daily dose is twice the effective dose, or the dose itself if its effect lasted more
    than 8 h; no response to 100 mcg means not a candidate.
    """
    if not responses:
        return ScreeningResult(False, None, None,
                               tr("Give the first screening bolus: 50 mcg."))
    for index, (dose, responded, hours) in enumerate(responses):
        if index >= len(SCREENING_DOSES_MCG) or dose != SCREENING_DOSES_MCG[index]:
            raise CalculatorError(tr("screening bolus {number}: {dose} mcg; the sequence is "
                                     "{sequence} mcg, 24 h apart").format(
                number=index + 1, dose=dose,
                sequence=", ".join(map(str, SCREENING_DOSES_MCG))))
        if hours < 0 or hours > 48:
            raise CalculatorError(tr("effect duration: {hours} h is outside 0 to 48 h").format(
                hours=style.plain(hours)))
        if responded:
            daily_mcg = dose if hours > LONG_EFFECT_HOURS else 2 * dose
            return ScreeningResult(True, dose, DoseRate.from_mcg_per_day(daily_mcg),
                                   tr("Candidate. Start at {dose} mcg/day; no increase in "
                                      "the first 24 h.").format(dose=daily_mcg))
    if len(responses) == len(SCREENING_DOSES_MCG):
        return ScreeningResult(False, None, None,
                               tr("No response to 100 mcg: not a candidate for ITB therapy."))
    upcoming = SCREENING_DOSES_MCG[len(responses)]
    return ScreeningResult(False, None, None,
                           tr("Inadequate response: give {dose} mcg after 24 h.").format(
                               dose=upcoming))


# --------------------------------------------------------------------- titration
class Origin(enum.Enum):
    SPINAL = "spinal"
    CEREBRAL = "cerebral"


INCREASE_PERCENT = {Origin.SPINAL: (10, 30), Origin.CEREBRAL: (5, 15)}
REDUCTION_PERCENT = (10, 20)


@dataclass(frozen=True)
class TitrationRange:
    current: DoseRate
    lowest_increase: DoseRate
    highest_increase: DoseRate
    lowest_reduction: DoseRate  # the largest reduction (20 %)
    highest_reduction: DoseRate  # the smallest reduction (10 %)

    def allows(self, proposed: DoseRate) -> bool:
        """True inside the increase range, the reduction range, or unchanged."""
        return (proposed == self.current
                or self.lowest_increase <= proposed <= self.highest_increase
                or self.lowest_reduction <= proposed <= self.highest_reduction)


def titration_range(current: DoseRate, origin: Origin) -> TitrationRange:
    """Next-day range by origin: spinal 300 mcg/day -> ceiling 390 mcg/day (+30 %)."""
    if current.ng_per_day == 0:
        raise CalculatorError(tr("current dose: 0 mcg/day; titration starts from a running "
                                 "dose"))
    low, high = INCREASE_PERCENT[origin]

    def scaled(percent: int) -> DoseRate:
        try:
            return DoseRate(round_half_up(Fraction(current.ng_per_day * (100 + percent), 100)))
        except TherapyError as error:
            raise CalculatorError(str(error)) from None

    return TitrationRange(current, scaled(low), scaled(high), scaled(-REDUCTION_PERCENT[1]),
                          scaled(-REDUCTION_PERCENT[0]))
