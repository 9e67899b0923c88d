"""Review rows and soft-limit warnings, by value."""

import pytest

from console.review import SoftLimits, review
from device.therapy import Concentration, DoseRate, Mode, Program, Schedule

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
    assert result.warnings == ()


def test_spinal_ceiling_is_within_a_30_percent_soft_limit_but_not_20():
    old = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(300_000)), C2000)
    new = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(390_000)), C2000)
    assert review(old, new, SoftLimits(30, 1000)).warnings == ()
    warned = review(old, new)
    assert warned.needs_confirmation and "+30.0 %" in warned.warnings[0]


def test_per_hour_mistake_and_stopping_are_warned():
    old = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(60_000)), Concentration(500))
    hourly = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(1_440_000)),
                     Concentration(500))
    text = " ".join(review(old, hourly).warnings)
    assert "+2300.0 %" in text and "per day, not per hour" in text
    stopped = Program(Mode.STOPPED, old.schedule, old.concentration)
    result = review(old, stopped)
    assert "STOP delivering" in result.warnings[0]
    assert result.new_daily_mcg == 0 and result.rows[0].new_ml_per_day == 0
