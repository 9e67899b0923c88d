"""A bridge bolus not given, in numbers: the old drug in the pump path at the new rate."""

from itb_console.console.clinical.calculators import bridge_bolus
from itb_console.console.clinical.refill import without_bridge
from itb_console.device.therapy import Concentration, DoseRate

from tests.text import spaced


def test_a_stronger_drug_without_the_bridge_means_less_baclofen_for_40_hours():
    # domain.md: 300 mcg/day, 500 -> 2000 mcg/mL, 0.25 mL: bridge 0.600 mL/day for 10 h,
    # then 0.150 mL/day; without it 0.25 mL of 500 mcg/mL at 0.150 mL/day is 75 mcg/day
    # for 0.25 / 0.15 = 1.667 days (40 h)
    bridge = bridge_bolus(DoseRate.from_mcg_per_day(300), Concentration(500),
                          Concentration(2000), 250_000)
    assert spaced(without_bridge(bridge, Concentration(2000))) == (
        "The refill stands without it: the 0.25 mL of the old drug in the pump path now goes "
        "at the new rate, about 75.0 mcg/day instead of 300.0 mcg/day for 40:00 h: watch the "
        "patient for signs of withdrawal.")


def test_a_weaker_drug_without_the_bridge_means_more_baclofen_for_10_hours():
    # 300 mcg/day, 2000 -> 500 mcg/mL: the new rate is 0.600 mL/day; 0.25 mL of 2000 mcg/mL
    # at 0.600 mL/day is 1200 mcg/day for 0.25 / 0.6 days (10 h)
    bridge = bridge_bolus(DoseRate.from_mcg_per_day(300), Concentration(2000),
                          Concentration(500), 250_000)
    assert spaced(without_bridge(bridge, Concentration(500))) == (
        "The refill stands without it: the 0.25 mL of the old drug in the pump path now goes "
        "at the new rate, about 1200.0 mcg/day instead of 300.0 mcg/day for 10:00 h: watch "
        "the patient for signs of overdose.")
