"""Replacement and refill dates, to the day across month ends and leap years."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.clinical.calculators import CalculatorError
from itb_console.console.clinical.forecast import ReservoirForecast, forecast
from itb_console.console.clinical.planning import next_refill, replacement_dates
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

BATTERY = load_profile("itb-20").battery


@pytest.mark.parametrize(("eri", "replace_by", "plan_from"), [
    (date(2028, 12, 15), date(2029, 3, 15), date(2028, 6, 16)),
    (date(2027, 12, 15), date(2028, 3, 14), date(2027, 6, 16)),  # across 29 Feb 2028
    (date(2027, 12, 1), date(2028, 2, 29), date(2027, 6, 2)),  # lands on the leap day
    (date(2028, 11, 30), date(2029, 2, 28), date(2028, 6, 1)),  # month ends
])
def test_replace_by_is_90_days_after_eri_and_planning_182_before(eri, replace_by, plan_from):
    dates = replacement_dates(eri, date(2026, 1, 1), BATTERY)
    assert (dates.replace_by_date, dates.plan_from_date) == (replace_by, plan_from)


def test_sentence_follows_today():
    eri = datetime(2028, 12, 15, 14, 0)  # a pump clock time counts as its day
    assert "plan the replacement from 2028-06-16" in replacement_dates(
        eri, date(2028, 1, 1), BATTERY).sentence
    assert "plan the replacement now" in replacement_dates(eri, date(2028, 6, 16),
                                                           BATTERY).sentence
    reached = replacement_dates(eri, date(2029, 3, 5), BATTERY)
    assert reached.days_to_replace_by == 10
    assert "replace by 2029-03-15 (10 days left)" in reached.sentence
    late = replacement_dates(eri, date(2029, 3, 16), BATTERY)
    assert late.days_to_replace_by == -1 and "Replace now" in late.sentence
    with pytest.raises(CalculatorError, match="ERI date: '2028-12-15' is not a date"):
        replacement_dates("2028-12-15", date(2028, 1, 1), BATTERY)


@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)))
def test_replace_by_is_never_more_than_90_days_after_eri(eri):
    dates = replacement_dates(eri, eri, BATTERY)
    assert (dates.replace_by_date - eri).days == 90 and dates.days_to_replace_by == 90


def _forecast_from(start: datetime) -> ReservoirForecast:
    program = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(400)),
                      Concentration(2000))
    return forecast(program, 20_000_000, 2_000_000, start)


def test_refill_booked_a_week_before_the_90th_day_alarm():
    plan = next_refill(_forecast_from(datetime(2026, 1, 1, 9, 30)), date(2026, 1, 1))
    assert plan.refill_by_date == date(2026, 4, 1)
    assert plan.book_on_date == date(2026, 3, 25)
    assert "Book the refill for 2026-03-25" in plan.sentence
    tight = next_refill(_forecast_from(datetime(2026, 1, 1)), date(2026, 3, 30))
    assert tight.book_on_date == date(2026, 3, 30)  # never in the past


def test_refill_when_below_alarm_or_stopped():
    below = ReservoirForecast(None, 5, None, datetime(2026, 1, 6))
    assert next_refill(below, date(2026, 1, 1)).book_on_date == date(2026, 1, 1)
    stopped = next_refill(ReservoirForecast(None, None, None, None), date(2026, 1, 1))
    assert stopped.refill_by_date is None and "not delivering" in stopped.sentence
    with pytest.raises(CalculatorError, match="refill margin: -1 days is outside 0 to 60"):
        next_refill(below, date(2026, 1, 1), margin_days=-1)


def test_alarm_day_already_come():
    start = datetime(2026, 1, 1) - timedelta(days=90)
    plan = next_refill(_forecast_from(start), date(2026, 1, 2))
    assert plan.refill_by_date == date(2026, 1, 1) and "refill now" in plan.sentence
