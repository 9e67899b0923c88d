"""A bridge bolus not given, in numbers: the old drug in the pump path at the new rate."""

import pytest
from itb_console.console.clinical.calculators import bridge_bolus
from itb_console.console.clinical.refill import without_bridge
from itb_console.device.therapy import Concentration, DoseRate

from tests.text import spaced


@pytest.mark.parametrize(("old", "new", "given", "hours", "watch"), [
    # domain.md: 300 mcg/day, 500 -> 2000 mcg/mL, 0.25 mL: bridge 0.600 mL/day for 10 h,
    # then 0.150 mL/day; without it 0.25 mL of 500 mcg/mL at 0.150 mL/day is 75 mcg/day
    # for 0.25 / 0.15 = 1.667 days (40 h): less baclofen
    (500, 2000, "75.0", "40:00", "withdrawal"),
    # 2000 -> 500 mcg/mL: the new rate is 0.600 mL/day; 0.25 mL of 2000 mcg/mL at 0.600
    # mL/day is 1200 mcg/day for 0.25 / 0.6 days (10 h): more baclofen
    (2000, 500, "1200.0", "10:00", "overdose"),
])
def test_without_the_bridge_the_old_drug_goes_at_the_new_rate(old, new, given, hours, watch):
    bridge = bridge_bolus(DoseRate.from_mcg_per_day(300), Concentration(old),
                          Concentration(new), 250_000)
    assert spaced(without_bridge(bridge, Concentration(new))) == (
        "The refill stands without it: the 0.25 mL of the old drug in the pump path now goes "
        f"at the new rate, about {given} mcg/day instead of 300.0 mcg/day for {hours} h: "
        f"watch the patient for signs of {watch}.")
