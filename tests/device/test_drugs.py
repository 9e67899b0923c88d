"""The shipped drug table and bad drug tables."""

import pytest
from itb_console.device.drugs import load_drugs, parse_drugs
from itb_console.device.resource_toml import ProfileError
from itb_console.device.therapy import Concentration, TherapyError


def test_drug_table_has_the_label_concentrations():
    baclofen = load_drugs()["baclofen"]
    assert [c.mcg_per_ml for c in baclofen.concentrations] == [50, 500, 1000, 2000]
    assert baclofen.screening_concentration == Concentration(50)
    with pytest.raises(TherapyError, match="choose one of 50 mcg/mL, 500 mcg/mL"):
        baclofen.check_concentration(Concentration(750))


def test_bad_drug_tables():
    with pytest.raises(ProfileError, match="must be a list"):
        parse_drugs({}, "d.toml")
    bad = {"drug": [{"name": "baclofen", "concentrations_mcg_per_ml": [50, -1],
                     "screening_concentration_mcg_per_ml": 50}]}
    with pytest.raises(ProfileError, match="drug 1: concentration: -1"):
        parse_drugs(bad, "d.toml")
