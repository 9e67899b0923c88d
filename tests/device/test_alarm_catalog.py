"""The shipped alarm catalogue's severities and tones, and bad catalogues."""

import pytest
from itb_console.device.alarm_catalog import load_alarms, parse_alarms
from itb_console.device.resource_toml import ProfileError


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


def test_bad_alarm_catalogue(shipped_toml):
    data = shipped_toml("alarms.toml")
    data["tones"]["critical"]["pattern"] = [[880]]
    with pytest.raises(ProfileError, match=r"tones.critical.pattern: must be a list"):
        parse_alarms(data, "a.toml")
