"""Display units convert exactly and refuse what the pump cannot store."""

from decimal import Decimal

import pytest
from itb_console.console.display_units import DisplayUnit
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Concentration, DoseRate, ScheduleRules
from itb_console.device.units import UnitError

from tests.text import spaced

C2000 = Concentration(2000)


def test_each_unit_shows_and_parses_the_same_dose():
    dose = DoseRate.from_mcg_per_day(480)
    assert DisplayUnit.MCG_PER_DAY.show(dose, C2000) == 480
    assert DisplayUnit.MCG_PER_HOUR.show(dose, C2000) == 20
    assert DisplayUnit.ML_PER_DAY.show(dose, C2000) == pytest.approx(0.24)
    for unit in DisplayUnit:
        assert unit.parse(unit.show(dose, C2000), C2000) == dose
    assert spaced(DisplayUnit.MCG_PER_HOUR.format(dose, C2000)) == "20.00 mcg/h"


def test_60_per_hour_is_1440_per_day():
    assert DisplayUnit.MCG_PER_HOUR.parse("60", C2000) == DoseRate.from_mcg_per_day(1440)


def test_typed_garbage_is_refused():
    with pytest.raises(UnitError, match="not a number"):
        DisplayUnit.MCG_PER_DAY.parse("lots", C2000)


def test_the_pump_range_in_each_unit_is_rounded_inwards_to_what_can_be_typed():
    """20 mL pump at 2000 mcg/mL: 0.048 to 24 mL/day is 96 to 48000 mcg/day. At 1500
    mcg/mL the least, 0.048 mL/day, is 72 mcg/day (3.00 mcg/h); at 1200 it is 57.6
    mcg/day, 2.40 mcg/h; at 50 mcg/mL 2.4 mcg/day is 0.1 mcg/h exactly."""
    profile = load_profile("itb-20")
    rules = profile.schedule_rules(C2000)
    assert {unit: unit.typeable_range(rules, C2000) for unit in DisplayUnit} == {
        DisplayUnit.MCG_PER_DAY: (Decimal("96.0"), Decimal("48000.0")),
        DisplayUnit.MCG_PER_HOUR: (Decimal("4.00"), Decimal("2000.00")),
        DisplayUnit.ML_PER_DAY: (Decimal("0.048"), Decimal("24.000")),
    }
    assert spaced(DisplayUnit.MCG_PER_DAY.range_text(rules, C2000)) == (
        "96.0 to 48000.0 mcg/day")
    fifty = Concentration(50)  # 2.4 to 1200 mcg/day: 0.1 to 50 mcg/h
    assert DisplayUnit.MCG_PER_HOUR.typeable_range(profile.schedule_rules(fifty), fifty) == (
        Decimal("0.10"), Decimal("50.00"))


def test_a_bound_between_two_typeable_values_is_rounded_into_the_range():
    rules = ScheduleRules(10, 15, DoseRate(1_234), DoseRate(98_765))  # 1.234 to 98.765 mcg/day
    assert DisplayUnit.MCG_PER_DAY.typeable_range(rules, C2000) == (Decimal("1.3"),
                                                                    Decimal("98.7"))
