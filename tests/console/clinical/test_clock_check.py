"""Pump clock check: drift and daylight-saving offsets, tested to the minute."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from itb_console.console.clinical import clock_check
from itb_console.console.clinical.clock_check import (
    check_clock,
    last_dst_change,
    set_clock_to_local,
    system_zone,
)
from itb_console.device.simulated import SimulatedPump
from PySide6.QtCore import QByteArray

LONDON = ZoneInfo("Europe/London")


def test_clock_within_tolerance_needs_nothing():
    result = check_clock(datetime(2026, 11, 25, 9, 1), datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
                         LONDON)
    assert not result.needs_setting
    assert result.message.startswith("Pump clock correct")


def test_spring_forward_leaves_the_pump_an_hour_behind():
    # UK clocks went forward at 01:00 UTC on Sunday 29 March 2026.
    world = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)  # 10:00 BST
    result = check_clock(datetime(2026, 3, 30, 9, 0), world, LONDON)
    assert result.offset == timedelta(hours=-1)
    assert result.needs_setting
    assert result.dst_change == datetime(2026, 3, 29, 2, 0, tzinfo=LONDON)
    assert "1 h behind local time" in result.message
    assert "went forward on 2026-03-29" in result.message
    assert "Set it to 2026-03-30 10:00" in result.message


def test_fall_back_leaves_the_pump_an_hour_ahead():
    # UK clocks went back at 01:00 UTC on Sunday 25 October 2026.
    world = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)
    result = check_clock(datetime(2026, 10, 26, 13, 0), world, LONDON)
    assert result.offset == timedelta(hours=1)
    assert "went back on 2026-10-25" in result.message


def test_plain_drift_is_not_blamed_on_daylight_saving():
    world = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    result = check_clock(datetime(2026, 11, 25, 12, 7, 30), world, LONDON)
    assert result.dst_change is None
    assert result.message.startswith("Pump clock is 8 min ahead of local time.")


def test_zone_without_daylight_saving_and_naive_world_time():
    assert last_dst_change(datetime(2026, 6, 1, tzinfo=UTC), ZoneInfo("Asia/Tokyo")) is None
    with pytest.raises(ValueError, match="must carry a time zone"):
        check_clock(datetime(2026, 1, 1), datetime(2026, 1, 1), LONDON)


@pytest.mark.parametrize(("system_id", "expected"), [(b"Europe/Paris", "Europe/Paris"),
                                                     (b"Not/AZone", "UTC")])
def test_system_zone_falls_back_to_utc(monkeypatch, system_id, expected):
    class FakeZone:
        @staticmethod
        def systemTimeZoneId():
            return QByteArray(system_id)

    monkeypatch.setattr(clock_check, "QTimeZone", FakeZone)
    assert system_zone().key == expected


def test_set_clock_to_local_sets_the_summer_wall_time_of_the_pump_world():
    pump = SimulatedPump.from_url("sim://?start=2026-07-01T09:00Z")
    pump.open_session()
    pump.set_clock_speed(0)  # paused: the pump's world stays at 09:00 UTC
    local = set_clock_to_local(pump, LONDON)  # 09:00 UTC is 10:00 in London in July (BST)
    assert local == datetime(2026, 7, 1, 10, 0)
    assert pump.interrogate().pump_clock.replace(second=0, microsecond=0) == local
