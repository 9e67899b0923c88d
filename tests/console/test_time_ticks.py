"""Time-axis ticks: a whole-unit step for any span, labelled in its unit, that fits."""

from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.time_ticks import LADDER, Step, one_day, tick_times, time_ticks

START = datetime(2026, 11, 25, 9, 0, 3)
WIDE, NARROW = 1250.0, 600.0  # px: the history plot at 1366 wide; a small window
DIGIT, DIGIT_LARGE = 8.0, 12.0  # px: a digit at 1.0x and at 1.5x type


def labels(span: timedelta, width: float = WIDE, digit: float = DIGIT) -> tuple[Step, list[str]]:
    chosen = time_ticks(START, START + span, width, digit)
    return chosen.step, [text for _, text in chosen.ticks]


def test_a_new_pumps_seventeen_seconds_read_in_whole_seconds():
    step, texts = labels(timedelta(seconds=17))
    assert step == Step("second", 2)
    assert texts == ["09:00:04", "09:00:06", "09:00:08", "09:00:10", "09:00:12", "09:00:14",
                     "09:00:16", "09:00:18", "09:00:20"]
    assert labels(timedelta(seconds=17), NARROW, DIGIT_LARGE) == (
        Step("second", 5), ["09:00:05", "09:00:10", "09:00:15", "09:00:20"])


def test_minutes_and_hours_stand_on_whole_units():
    assert labels(timedelta(hours=1), NARROW, DIGIT_LARGE) == (
        Step("minute", 10), ["09:10", "09:20", "09:30", "09:40", "09:50", "10:00"])
    step, texts = labels(timedelta(hours=20))
    assert step == Step("hour", 2)
    # midnight names its day: a view across days says which
    assert texts == ["10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00",
                     "2026-11-26", "02:00", "04:00"]


def test_days_weeks_months_and_years():
    assert labels(timedelta(days=7), WIDE, DIGIT_LARGE) == (
        Step("day", 1), ["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",
                         "2026-11-30", "2026-12-01", "2026-12-02"])
    # the last 30 days: weeks start on Mondays (2026-11-30 is one)
    assert labels(timedelta(days=30)) == (
        Step("week", 1), ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"])
    assert labels(timedelta(days=400), WIDE, DIGIT_LARGE) == (
        Step("month", 2), ["2027-01", "2027-03", "2027-05", "2027-07", "2027-09", "2027-11"])
    assert labels(timedelta(days=7 * 365), NARROW, DIGIT_LARGE) == (
        Step("year", 1), ["2027", "2028", "2029", "2030", "2031", "2032", "2033"])


def test_larger_type_takes_a_coarser_step_for_the_same_span():
    assert labels(timedelta(days=7), WIDE, DIGIT)[0] == Step("hour", 12)
    assert labels(timedelta(days=7), WIDE, DIGIT_LARGE)[0] == Step("day", 1)
    assert labels(timedelta(days=7), NARROW, DIGIT_LARGE)[0] == Step("day", 2)


def test_ticks_include_both_ends_when_they_fall_on_the_step():
    midnight = datetime(2026, 11, 25)
    assert tick_times(midnight, midnight + timedelta(hours=12), Step("hour", 6)) == [
        midnight, midnight + timedelta(hours=6), midnight + timedelta(hours=12)]
    assert tick_times(datetime(2026, 11, 2), datetime(2027, 5, 1), Step("month", 3)) == [
        datetime(2027, 1, 1), datetime(2027, 4, 1)]


def test_no_room_at_all_gives_no_labels_rather_than_overprinted_ones():
    chosen = time_ticks(START, START + timedelta(days=30), 10.0, DIGIT)
    assert chosen.ticks == ()


def test_a_view_within_one_day_names_it():
    assert one_day(START, START + timedelta(hours=3)) == "2026-11-25"
    assert one_day(START, START + timedelta(hours=20)) is None


@given(st.integers(min_value=1, max_value=40 * 365 * 86_400),
       st.floats(min_value=200, max_value=3000), st.floats(min_value=6, max_value=16))
def test_labels_never_overlap_and_ticks_stand_on_whole_units(span_s, width, digit):
    end = START + timedelta(seconds=span_s)
    chosen = time_ticks(START, end, width, digit)
    moments = [moment for moment, _ in chosen.ticks]
    assert all(START <= moment <= end for moment in moments)
    assert moments == sorted(moments)
    assert chosen.step in {Step(unit, count) for unit, count in LADDER}
    for (left, left_text), (right, right_text) in pairwise(chosen.ticks):
        apart = (right - left).total_seconds() / span_s * width
        assert apart >= digit * (len(left_text) + len(right_text)) / 2
    for moment in moments:
        assert moment.microsecond == 0
        if chosen.step.unit in {"minute", "hour"}:
            assert moment.second == 0
        if not chosen.step.under_a_day:
            assert moment.time() == datetime.min.time()
