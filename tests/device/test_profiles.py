"""Profiles, drug table, alarm catalogue and the default pump: shipped data and bad files."""

import tomllib
from importlib import resources

import pytest
from itb_console.device.profiles import (
    ProfileError,
    load_alarms,
    load_drugs,
    load_initial_pump,
    load_profile,
    load_profile_file,
    parse_alarms,
    parse_drugs,
    parse_initial_pump,
    parse_profile,
    profile_ids,
)
from itb_console.device.therapy import Concentration, TherapyError


def shipped(name):
    return tomllib.loads(resources.files("itb_console.resources").joinpath(name).read_text())


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
def test_bad_profile_fields_name_file_field_value_and_range(change, fragment):
    data = shipped("profiles/itb-20.toml") | change
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


def test_alarm_catalogue_severities_and_tones():
    catalog = load_alarms()
    assert catalog.info("reservoir_empty").critical
    assert not catalog.info("low_reservoir").critical
    assert catalog.tone_for("motor_stall").description == "two-tone"
    assert catalog.tone_for("low_reservoir").pattern == ((660, 400),)
    assert (catalog.tones["critical"].repeat_minutes,
            catalog.tones["non_critical"].repeat_minutes) == (10, 60)
    with pytest.raises(ProfileError, match="'fire' is not one of"):
        catalog.info("fire")


def test_bad_alarm_catalogue():
    data = shipped("alarms.toml")
    data["tones"]["critical"]["pattern"] = [[880]]
    with pytest.raises(ProfileError, match=r"tones.critical.pattern: must be a list"):
        parse_alarms(data, "a.toml")


def test_default_pump_is_a_valid_flexible_program():
    initial = load_initial_pump()
    assert initial.profile_id == "itb-20"
    assert initial.reservoir_nl == 15_000_000
    assert [s.start_minute for s in initial.program.schedule.steps] == [0, 420, 720, 1320]


def test_bad_default_pump_is_refused_with_the_field():
    data = shipped("default_pump.toml") | {"steps": [["00:00", "50"]]}
    with pytest.raises(ProfileError, match="outside this pump's range"):
        parse_initial_pump(data, "p.toml")
    data = shipped("default_pump.toml") | {"steps": [["25:00", "400"]]}
    with pytest.raises(ProfileError, match="outside 00:00 to 24:00"):
        parse_initial_pump(data, "p.toml")
