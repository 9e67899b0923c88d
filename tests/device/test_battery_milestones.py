"""ERI and end-of-service dates that stay true: kept by the pump once reached, to the day.

The 2012 recall was a replace-by date that drifted after ERI; here the pump reports the
moment ERI was reached on every later read and the one replace-by rule
(:func:`battery_dates`) never moves later. Worked dates: itb-20, 0.5 mL/day reference,
ERI 90 days before end of service, planning 182 days before ERI, 12 h per session.
"""

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.clinical.planning import battery_dates
from itb_console.device.clock import ManualClock
from itb_console.device.control import PumpControl
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.state_file import StateFileError, from_state, to_state
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule
from itb_console.device.units import SECONDS_PER_DAY

from tests.contract.backends import START  # 1 Jan 2026 00:00 UTC

PROFILE = load_profile("itb-20")


def pump(battery_days_left: int, mcg_per_day: int = 400) -> tuple[PumpModel, ManualClock]:
    """A pump at 2000 mcg/mL: 400 mcg/day is 0.2 mL/day, below the battery's reference."""
    clock = ManualClock(START)
    program = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(
        mcg_per_day)), Concentration(2000))
    model = PumpModel.new(PROFILE, program, 20_000_000, clock, timezone="UTC",
                          link_clock=lambda: 0.0, battery_days_left=battery_days_left)
    return model, clock


def interrogate(model: PumpModel):
    """What the console does: open a session (it costs battery), read, close."""
    model.open_session()
    status = model.status()
    model.close_session()
    return status


def test_before_eri_the_plan_starts_about_6_months_ahead():
    model, _clock = pump(battery_days_left=400)  # ERI in 310 days: 7 Nov 2026
    dates = battery_dates(model.status(), PROFILE.battery)
    assert dates.eri_date == date(2026, 11, 7)
    assert dates.plan_from_date == date(2026, 5, 9)  # 182 days before ERI
    assert dates.replace_by_date == date(2027, 2, 5)  # ERI + 90 days
    assert "plan the replacement from 2026-05-09" in dates.sentence


def test_eri_then_end_of_service_within_90_days_with_the_same_dates_every_read():
    model, clock = pump(battery_days_left=120)  # ERI after 30 days: 31 Jan 2026
    clock.advance(45 * SECONDS_PER_DAY)
    first = interrogate(model)
    assert first.battery.eri_reached and first.battery.eri_at.date() == date(2026, 1, 31)
    assert first.pump_clock.date() == date(2026, 2, 15)
    dates = battery_dates(first, PROFILE.battery)
    # 90 days after ERI less the 12 h this session cost: end of service 30 Apr 2026 12:00.
    assert first.battery.eos_at.isoformat() == "2026-04-30T12:00:00"
    assert dates.replace_by_date == date(2026, 4, 30) and dates.pump_eos_first
    assert dates.days_to_replace_by == 74
    clock.advance(30 * SECONDS_PER_DAY)
    later = interrogate(model)
    assert later.battery.eri_at == first.battery.eri_at
    assert battery_dates(later, PROFILE.battery).replace_by_date == date(2026, 4, 30)
    clock.advance(60 * SECONDS_PER_DAY)
    ended = model.status()
    assert ended.battery.eos_reached
    assert ended.battery.eos_at.isoformat() == "2026-04-30T00:00:00"  # 2 sessions, 12 h each
    assert ended.battery.eri_at == first.battery.eri_at
    clock.advance(20 * SECONDS_PER_DAY)
    assert model.status().battery.eos_at == ended.battery.eos_at


@settings(max_examples=60, deadline=None)
@given(battery_days_left=st.integers(0, 300), mcg_per_day=st.integers(100, 4000),
       gaps_s=st.lists(st.integers(1, 40 * SECONDS_PER_DAY), min_size=2, max_size=12))
def test_after_eri_every_later_read_gives_the_same_eri_and_a_replace_by_never_later(
        battery_days_left, mcg_per_day, gaps_s):
    """Rates up to 2 mL/day empty the reservoir, so the battery drains slower than forecast."""
    model, clock = pump(battery_days_left, mcg_per_day)
    eri_seen, replace_by_seen = None, None
    for gap_s in gaps_s:
        clock.advance(gap_s)
        status = interrogate(model)
        if not status.battery.eri_reached:
            continue
        dates = battery_dates(status, PROFILE.battery)
        assert status.battery.eri_at <= status.pump_clock
        assert dates.replace_by_date <= dates.eri_date + timedelta(days=90)
        if eri_seen is not None:
            assert status.battery.eri_at == eri_seen
            if not status.battery.eos_reached:
                assert dates.replace_by_date <= replace_by_seen
        if status.battery.eos_reached:  # the true end, kept; a forecast made before may be
            assert dates.replace_by_date <= status.pump_clock.date()  # a day earlier
            assert dates.days_to_replace_by <= 0
        eri_seen, replace_by_seen = status.battery.eri_at, dates.replace_by_date


def test_the_tester_giving_a_new_battery_forgets_the_milestones():
    model, _clock = pump(battery_days_left=10)
    assert model.eri_reached_at == START
    PumpControl(model).set_battery_days_left(500)
    assert model.eri_reached_at is None and model.eos_reached_at is None
    status = model.status()
    assert not status.battery.eri_reached and status.alarms == ()
    assert battery_dates(status, PROFILE.battery).eri_date == date(2027, 2, 15)  # 410 days


def test_a_saved_pump_keeps_its_eri_moment():
    model, clock = pump(battery_days_left=100)
    clock.advance(20 * SECONDS_PER_DAY)
    loaded = from_state(json.loads(json.dumps(to_state(model))), clock)
    assert loaded.eri_reached_at == START + 10 * SECONDS_PER_DAY
    assert loaded.battery_status() == model.battery_status()


def test_an_old_state_file_takes_the_eri_moment_from_its_alarm():
    model, clock = pump(battery_days_left=100)
    clock.advance(20 * SECONDS_PER_DAY)
    data = to_state(model)
    del data["eri_reached_at"], data["eos_reached_at"]
    assert from_state(data, clock).battery_status() == model.battery_status()


def test_an_old_state_file_past_eri_without_its_alarm_is_refused_with_the_field():
    model, clock = pump(battery_days_left=100)
    clock.advance(20 * SECONDS_PER_DAY)
    data = to_state(model)
    del data["eri_reached_at"], data["alarms"]["replacement_indicator"]
    with pytest.raises(StateFileError, match=r"eri_reached_at: missing, but battery_used_days "
                                             r"leaves 80 days \(at most 90 days\)"):
        from_state(data, clock)


def test_an_eri_moment_on_a_fresh_battery_is_refused():
    model, clock = pump(battery_days_left=500)
    data = to_state(model)
    data["eri_reached_at"] = f"{int(START)}/1"
    with pytest.raises(StateFileError, match=r"eri_reached_at: .* is given, but "
                                             "battery_used_days leaves 500 days"):
        from_state(data, clock)
