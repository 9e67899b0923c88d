"""Display units convert exactly and refuse what the pump cannot store."""

import pytest
from itb_console.console.display_units import DisplayUnit
from itb_console.device.therapy import Concentration, DoseRate
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
