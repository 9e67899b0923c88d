"""The shipped default pump is a valid program; a bad one is refused with the field."""

import pytest
from itb_console.device.default_pump import load_initial_pump, parse_initial_pump
from itb_console.device.resource_toml import ProfileError


def test_default_pump_is_a_valid_flexible_program():
    initial = load_initial_pump()
    assert initial.profile_id == "itb-20"
    assert initial.reservoir_nl == 15_000_000
    assert [s.start_minute for s in initial.program.schedule.steps] == [0, 420, 720, 1320]


def test_bad_default_pump_is_refused_with_the_field(shipped_toml):
    data = shipped_toml("default_pump.toml") | {"steps": [["00:00", "50"]]}
    with pytest.raises(ProfileError, match="outside this pump's range"):
        parse_initial_pump(data, "p.toml")
    data = shipped_toml("default_pump.toml") | {"steps": [["25:00", "400"]]}
    with pytest.raises(ProfileError, match="outside 00:00 to 24:00"):
        parse_initial_pump(data, "p.toml")
