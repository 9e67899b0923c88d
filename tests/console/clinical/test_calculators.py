"""Calculators with the worked numbers of docs/domain.md."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.clinical.calculators import (
    CalculatorError,
    Origin,
    beyond_pump_limits,
    bolus_rate_nl_per_day,
    bridge_bolus,
    clinician_bolus,
    priming_bolus,
    refill_discrepancy,
    screening_outcome,
    titration_range,
)
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Concentration, DoseRate

from tests.text import spaced

ITB20, ITB40 = load_profile("itb-20"), load_profile("itb-40")


def test_discrepancy_1_3_ml_is_flagged_on_a_20_ml_pump_but_not_a_40():
    result = refill_discrepancy(3_200_000, 1_900_000, ITB20)
    assert result.discrepancy_nl == 1_300_000 and result.flagged
    assert spaced(result.in_words) == "1.30 mL less came back than expected"
    assert spaced(result.interpretation).startswith("1.30 mL less came back than expected: ")
    assert "over-infuse" in result.interpretation
    assert not refill_discrepancy(3_200_000, 1_900_000, ITB40).flagged  # threshold 2 mL


def test_more_back_than_expected_suggests_occlusion_or_pocket_fill():
    result = refill_discrepancy(1_000_000, 2_500_000, ITB20)
    assert spaced(result.in_words) == "1.50 mL more came back than expected"
    assert result.flagged and "occlusion" in result.interpretation
    assert "pocket fill" in result.interpretation


def test_discrepancy_input_checks():
    with pytest.raises(CalculatorError, match="withdrawn volume: \u22120\\.000001 mL is negative"):
        refill_discrepancy(1_000_000, -1, ITB20)
    with pytest.raises(CalculatorError, match="more than the 20 mL reservoir"):
        refill_discrepancy(1_000_000, 25_000_000, ITB20)


def test_bridge_300_mcg_500_to_2000_is_0_6_ml_per_day_for_10_h_then_0_15():
    bridge = bridge_bolus(DoseRate.from_mcg_per_day(300), Concentration(500),
                          Concentration(2000), 250_000)
    assert bridge.bridge_rate_nl_per_day == 600_000
    assert bridge.duration_s == 10 * 3600
    assert bridge.new_rate_nl_per_day == 150_000
    with pytest.raises(CalculatorError, match="a bridge is for a change"):
        bridge_bolus(DoseRate(300_000), Concentration(500), Concentration(500), 250_000)


def test_priming_bolus_for_catheter_and_pump_replacement():
    catheter = priming_bolus(ITB20, 500, 2200, pump_replaced=False)
    assert catheter.volume_nl == 110_000  # 50 cm x 0.0022 mL/cm
    assert catheter.rate_nl_per_day == 24_000_000
    assert catheter.duration_s == 396  # 0.11 mL at 24 mL/day
    # new pump: its internal path 0.25 mL plus the catheter
    assert priming_bolus(ITB20, 500, 2200, pump_replaced=True).volume_nl == 360_000
    # a record's own catheter: 37.5 cm at 0.0030 mL/cm = 0.1125 mL
    assert priming_bolus(ITB20, 375, 3000, pump_replaced=False).volume_nl == 112_500
    with pytest.raises(CalculatorError, match=r"catheter_length_cm: 9\.9 cm is outside 10 to "
                                              "150 cm"):
        priming_bolus(ITB20, 99, 2200, pump_replaced=False)
    with pytest.raises(CalculatorError,
                       match=r"catheter_ml_per_cm: 0\.02 mL/cm \(20000 nL/cm\) is outside"):
        priming_bolus(ITB20, 500, 20_000, pump_replaced=False)


@given(st.integers(100, 1500), st.integers(500, 10_000), st.booleans())
def test_a_priming_bolus_never_runs_faster_than_the_pump_allows(length_mm, nl_per_cm,
                                                                pump_replaced):
    # 0.349 mL over the nearest whole second (1256 s) was 24.008 mL/day: refused
    plan = priming_bolus(ITB40, length_mm, nl_per_cm, pump_replaced)
    request = BolusRequest(BolusKind.PRIMING, plan.volume_nl, plan.duration_s)
    assert round(bolus_rate_nl_per_day(request)) <= ITB40.max_rate_nl_per_day
    assert not beyond_pump_limits(request, ITB40) or plan.volume_nl > ITB40.max_bolus_nl
    assert plan.duration_s - 1 < plan.volume_nl * 86_400 / plan.rate_nl_per_day <= plan.duration_s


def test_screening_75_mcg_for_6_h_starts_at_150_and_for_10_h_at_75():
    first = screening_outcome([(50, False, 0)])
    assert not first.candidate and "75 mcg after 24 h" in first.next_step
    six = screening_outcome([(50, False, 0), (75, True, 6)])
    assert six.candidate and six.starting_dose == DoseRate.from_mcg_per_day(150)
    ten = screening_outcome([(50, False, 0), (75, True, 10)])
    assert ten.starting_dose == DoseRate.from_mcg_per_day(75)
    none = screening_outcome([(50, False, 0), (75, False, 0), (100, False, 0)])
    assert not none.candidate and "not a candidate" in none.next_step
    with pytest.raises(CalculatorError, match="the sequence is 50, 75, 100 mcg"):
        screening_outcome([(100, True, 6)])


def test_spinal_300_has_a_390_ceiling_and_cerebral_a_15_percent_one():
    spinal = titration_range(DoseRate.from_mcg_per_day(300), Origin.SPINAL)
    assert spinal.highest_increase == DoseRate.from_mcg_per_day(390)
    assert spinal.lowest_increase == DoseRate.from_mcg_per_day(330)
    assert (spinal.lowest_reduction, spinal.highest_reduction) == (
        DoseRate.from_mcg_per_day(240), DoseRate.from_mcg_per_day(270))
    assert not spinal.allows(DoseRate.from_mcg_per_day(391))
    cerebral = titration_range(DoseRate.from_mcg_per_day(200), Origin.CEREBRAL)
    assert cerebral.highest_increase == DoseRate.from_mcg_per_day(230)
    assert not cerebral.allows(DoseRate.from_mcg_per_day(250))  # the 25 % request


@given(st.integers(1_000, 20_000_000), st.sampled_from(list(Origin)))
def test_titration_range_is_ordered_around_the_current_dose(ng, origin):
    result = titration_range(DoseRate(ng), origin)
    assert (result.lowest_reduction <= result.highest_reduction <= result.current
            <= result.lowest_increase <= result.highest_increase)
    assert result.allows(result.current) and result.allows(result.highest_increase)


def test_a_clinician_bolus_of_50_mcg_at_2000_mcg_per_ml_is_0_025_ml():
    request = clinician_bolus(50, 3600, Concentration(2000))
    assert request == BolusRequest(BolusKind.CLINICIAN, 25_000, 3600)
    assert bolus_rate_nl_per_day(request) == 600_000  # 0.025 mL in 1 h = 0.6 mL/day
    assert clinician_bolus(100, 1800, Concentration(500)).volume_nl == 200_000  # 0.2 mL


def test_a_bolus_over_no_time_is_refused_with_the_reason():
    with pytest.raises(CalculatorError, match="duration: 0 min"):
        clinician_bolus(50, 0, Concentration(2000))


def test_the_pump_limits_are_its_maximum_rate_and_its_largest_bolus():
    profile = load_profile("itb-20")  # at most 24 mL/day and 2.0 mL a bolus
    assert not beyond_pump_limits(BolusRequest(BolusKind.CLINICIAN, 1_000_000, 3600), profile)
    # 1.0 mL in 59 min is 24.4 mL/day: faster than the pump runs
    assert beyond_pump_limits(BolusRequest(BolusKind.CLINICIAN, 1_000_000, 3540), profile)
    # 2.01 mL is more than one bolus, however slowly
    assert beyond_pump_limits(BolusRequest(BolusKind.CLINICIAN, 2_010_000, 86_400), profile)
