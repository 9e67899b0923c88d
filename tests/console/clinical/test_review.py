"""Review rows and soft-limit warnings, by value."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.clinical.review import SoftLimits, daily_change_percent, review
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

from tests.text import spaced

C2000 = Concentration(2000)


def flexible(pairs):
    return Program(Mode.FLEXIBLE, Schedule.from_pairs(pairs), C2000)


def test_rows_cover_the_union_of_boundaries():
    old = flexible([(0, 300_000), (720, 400_000)])
    new = flexible([(0, 300_000), (480, 330_000), (720, 400_000)])
    result = review(old, new)
    assert [(r.start, r.end) for r in result.rows] == [("00:00", "08:00"), ("08:00", "12:00"),
                                                       ("12:00", "24:00")]
    assert [r.changed for r in result.rows] == [False, True, False]
    assert result.rows[1].new_mcg_per_hour == pytest.approx(13.75)
    assert result.change_percent == pytest.approx(5 / 350 * 100)  # 355 vs 350 mcg/day
    assert daily_change_percent(old, new) == result.change_percent
    assert result.warnings == ()


def test_spinal_ceiling_is_within_a_30_percent_soft_limit_but_not_20():
    old = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(300_000)), C2000)
    new = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(390_000)), C2000)
    assert review(old, new, SoftLimits(30, 1000)).warnings == ()
    warned = review(old, new)
    assert warned.needs_confirmation and "goes up 30.0 %" in spaced(
        warned.warnings[0])


def test_per_hour_mistake_and_stopping_are_warned():
    old = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(60_000)), Concentration(500))
    hourly = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(1_440_000)),
                     Concentration(500))
    text = " ".join(review(old, hourly).warnings)
    assert "goes up 2300.0 %" in spaced(text) and "per day, not per hour" in text
    assert "A step runs at 1440.0 mcg/day, above the soft ceiling of 1000.0 mcg/day" in spaced(
        text)
    stopped = Program(Mode.STOPPED, old.schedule, old.concentration)
    result = review(old, stopped)
    assert "STOP delivering" in result.warnings[0]
    assert result.new_daily_mcg == 0 and result.rows[0].new_ml_per_day == 0


@st.composite
def flexible_programs(draw):
    starts = sorted(draw(st.sets(st.integers(1, 1439), max_size=5)) | {0})
    doses = draw(st.lists(st.integers(0, 2_000_000), min_size=len(starts),
                          max_size=len(starts)))
    return flexible(list(zip(starts, doses, strict=True)))


def minutes(text):
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


@settings(max_examples=60)
@given(flexible_programs(), flexible_programs())
def test_rows_tile_the_day_and_add_up_to_the_daily_totals(old, new):
    result = review(old, new)
    spans = [(minutes(r.start), minutes(r.end)) for r in result.rows]
    assert spans[0][0] == 0 and spans[-1][1] == 1440
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    for attr, total in (("old_mcg_per_day", result.old_daily_mcg),
                        ("new_mcg_per_day", result.new_daily_mcg)):
        weighted = sum(getattr(r, attr) * (end - start)
                       for r, (start, end) in zip(result.rows, spans, strict=True)) / 1440
        assert weighted == pytest.approx(total, rel=1e-9, abs=1e-9)
    over = (result.change_percent is not None
            and abs(result.change_percent) > SoftLimits().max_daily_change_percent)
    assert over == any("soft limit" in w for w in result.warnings)
