"""Shipped pump profiles hold the domain numbers; bad files name file, field, value and range."""

import pytest
from itb_console.device.pump_profiles import (
    load_profile,
    load_profile_file,
    parse_profile,
    profile_ids,
)
from itb_console.device.resource_toml import ProfileError


def test_shipped_profiles_hold_the_domain_numbers():
    assert profile_ids() == ["itb-20", "itb-40"]
    small, large = load_profile("itb-20"), load_profile("itb-40")
    assert (small.reservoir_nl, large.reservoir_nl) == (20_000_000, 40_000_000)
    assert small.low_reservoir_alarm_default_nl == 2_000_000
    assert (small.min_rate_nl_per_day, small.max_rate_nl_per_day) == (48_000, 24_000_000)
    assert small.max_steps == 10
    assert (small.refill_discrepancy_threshold_nl,
            large.refill_discrepancy_threshold_nl) == (1_000_000, 2_000_000)
    assert small.over_infusion_threshold_permille == 145
    assert small.internal_dead_volume_nl == 250_000
    assert small.catheter_dead_volume_nl_per_cm == 2_200
    assert small.battery.eri_to_eos_days == 90


def test_unknown_profile_lists_the_known_ones():
    with pytest.raises(ProfileError, match="'itb-30' is not known; choose one of itb-20, itb-40"):
        load_profile("itb-30")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [({"reservoir_ml": "abc"}, "reservoir_ml: 'abc' is not a number"),
     ({"reservoir_ml": "200"}, "reservoir_ml: 200 mL is outside 1 to 100 mL"),
     ({"max_steps": 0}, "max_steps: 0 must be a whole number from 1 to 48"),
     ({"min_rate_ml_per_day": "0.0000001"}, "more decimal places"),
     ({"max_rate_ml_per_day": "0.01"}, "max_rate_ml_per_day: 0.01 mL/day is outside"),
     ({"low_reservoir_alarm_default_ml": "9"}, "low_reservoir_alarm_default_ml: 9 mL"),
     ({"low_reservoir_alarm_range_ml": ["1"]}, "must be [lowest, highest]"),
     ({"battery": {"life_days": 100}}, "battery.reference_rate_ml_per_day: is missing"),
     ({"name": ""}, "name: '' must be a non-empty text")],
)
def test_bad_profile_fields_name_file_field_value_and_range(change, fragment, shipped_toml):
    data = shipped_toml("profiles/itb-20.toml") | change
    with pytest.raises(ProfileError) as error:
        parse_profile(data, "custom.toml")
    assert str(error.value).startswith("custom.toml: ")
    assert fragment in str(error.value)


def test_unreadable_and_invalid_toml_files(tmp_path):
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile_file(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("id = [unclosed")
    with pytest.raises(ProfileError, match=r"broken\.toml: is not valid TOML"):
        load_profile_file(broken)
