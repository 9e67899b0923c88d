"""Each rule of the one number style, pinned by value (docs/domain.md's worked numbers)."""

from datetime import date, datetime, timedelta, timezone
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console import number_style as ns
from itb_console.console.number_style import MINUS, NBSP, Quantity
from itb_console.console.translation import tr
from itb_console.device.therapy import Concentration, DoseRate

from tests.text import spaced


def test_doses_per_day_have_one_decimal():
    assert spaced(ns.mcg_per_day(350)) == "350.0 mcg/day"
    assert spaced(ns.mcg_per_day(Fraction(1175, 3))) == "391.7 mcg/day"  # 391.666...


def test_doses_per_hour_have_two_decimals():
    assert spaced(ns.mcg_per_hour(DoseRate.from_mcg_per_day(350).mcg_per_hour)) == "14.58 mcg/h"
    assert spaced(ns.mcg_per_hour(Fraction(25, 2))) == "12.50 mcg/h"


def test_volume_rates_have_three_decimals():
    dose = DoseRate.from_mcg_per_day(400).to_volume(Concentration(2000))
    assert spaced(ns.ml_per_day(dose.ml_per_day)) == "0.200 mL/day"
    assert spaced(ns.ml_per_day(0.175)) == "0.175 mL/day"
    assert spaced(ns.ml_per_day(576)) == "576.000 mL/day"


def test_volumes_have_two_decimals():
    assert spaced(ns.millilitres(15)) == "15.00 mL"
    assert spaced(ns.millilitres(Fraction(13_500_000, 1_000_000))) == "13.50 mL"


def test_volumes_given_through_the_catheter_keep_what_matters():
    # 50 mcg at 2000 mcg/mL: two decimals would read 0.03 mL, a fifth more than given
    assert spaced(ns.small_volume(Fraction(50, 2000))) == "0.025 mL"
    assert spaced(ns.small_volume(0.25)) == "0.250 mL"  # the pump path's dead volume
    assert spaced(ns.small_volume(Fraction(22, 10_000) * 50)) == "0.110 mL"  # 50 cm catheter
    assert spaced(ns.small_volume(Fraction(22, 10_000) * Fraction(75, 2))) == "0.083 mL"
    assert spaced(ns.small_volume(2)) == "2.000 mL"  # the largest bolus
    # below 0.01 mL two significant figures: 1 mcg at 2000 mcg/mL is not "0.001 mL"
    assert spaced(ns.small_volume(Fraction(1, 2000))) == "0.00050 mL"
    assert spaced(ns.small_volume(Fraction(5, 2000))) == "0.0025 mL"
    assert spaced(ns.small_volume(0.0125)) == "0.013 mL"
    assert spaced(ns.small_volume(0)) == "0.000 mL"
    assert ns.small_volume_number(Fraction(-1, 2000)) == f"{MINUS}0.00050"
    # a part takes its whole's decimals: a bridge bolus 1 nL into its 0.25 mL
    assert ns.small_volume_number(Fraction(1, 1_000_000), 0.25) == "0.000"
    whole = Fraction(1, 1000)
    assert (ns.small_volume_number(Fraction(1, 2000), whole),
            ns.small_volume_number(whole)) == ("0.0005", "0.0010")


@given(st.integers(min_value=1, max_value=2_000_000))
def test_a_small_volume_is_never_more_than_5_percent_off(volume_nl):
    shown = float(ns.small_volume_number(Fraction(volume_nl, 1_000_000)))
    assert abs(shown * 1e6 - volume_nl) <= 0.05 * volume_nl


def test_counts_agree_with_their_noun():
    # Counted nouns are Qt plurals (%n); English's singular comes from its small catalogue,
    # installed for every test (tests/conftest.py).
    assert tr("%n events", "", 1) == "1 event"
    assert tr("%n events", "", 0) == "0 events"
    assert tr("%n stations", "", 3) == "3 stations"
    assert tr("in %n days", "", 1) == "in 1 day"


def test_rounding_is_half_away_from_zero_on_the_exact_value():
    # 0.125 is exact in binary; banker's rounding would give 0.12
    assert ns.Quantity.ML.number(0.125) == "0.13"
    assert ns.Quantity.ML.number(Fraction(-1, 8)) == f"{MINUS}0.13"
    # 2.675 is stored as 2.67499999...: the float's shortest text (2.675) is what a person typed
    assert ns.Quantity.ML.number(2.675) == "2.68"


def test_a_value_that_rounds_to_zero_has_no_sign():
    assert ns.Quantity.ML.number(-0.001) == "0.00"


def test_number_and_unit_never_split_across_lines():
    assert ns.millilitres(2) == f"2.00{NBSP}mL"


def test_plain_keeps_the_data_files_way():
    assert ns.plain(20) == "20"
    assert ns.plain(0.048) == "0.048"
    assert ns.plain(1.5) == "1.5"
    assert ns.whole(1300.4) == "1300"


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0:00 h"), (59, "0:01 h"), (20 * 60 + 30, "0:21 h"), (20 * 60 + 29, "0:20 h"),
    (5400, "1:30 h"), (10 * 3600, "10:00 h"), (2057 * 60, "34:17 h"),
    (3599.6, "1:00 h"), (-90 * 60, "-1:30 h"),
])
def test_durations_are_h_mm_rounded_never_cut(seconds, text):
    assert spaced(ns.duration(seconds)) == text


def test_an_axis_tick_is_h_mm_without_its_unit():
    assert [ns.hours_minutes(s) for s in (0, 90 * 60, 20 * 60 + 30, 26 * 3600 + 40 * 60)] == [
        "0:00", "1:30", "0:21", "26:40"]


def test_discrepancy_reads_in_words_not_a_sign():
    # domain.md: expected 3.2 mL, withdrawn 1.9 mL: 1.3 mL less came back
    assert spaced(ns.difference(Fraction(19 - 32, 10), Quantity.ML)) == "1.30 mL less"
    assert spaced(ns.difference(1.5, Quantity.ML)) == "1.50 mL more"
    assert ns.difference(-0.001, Quantity.ML) == "no difference"


def test_clock_differences_read_ahead_or_behind():
    words = ("{span} ahead", "{span} behind", "none")
    assert spaced(ns.duration_difference(-3600, *words)) == "1:00 h behind"
    assert spaced(ns.duration_difference(90, *words)) == "0:02 h ahead"
    assert ns.duration_difference(29, *words) == "none"


def test_ranges_scores_points_and_waits_in_one_style():
    assert spaced(ns.span(0.048, 24, Quantity.ML_PER_DAY)) == "0.048 to 24.000 mL/day"
    assert spaced(ns.score(90, 90)) == "90 / 90 (100 %)"  # the share from the points
    assert ns.points(3, 3) == "3 / 3"
    assert spaced(ns.seconds(0.05)) == "0.05 s"
    assert spaced(ns.mcg_per_day(48000)) == "48000.0 mcg/day"  # typed back as it reads


def test_speeds_and_scores():
    assert ns.speed(1000) == "x1,000"
    assert ns.speed(2.5) == "x2.5"
    assert ns.score(7, 9, 77.8) == f"7 / 9 (78{NBSP}%)"


def test_relative_change_reads_up_or_down():
    assert spaced(ns.change(10)) == "up 10.0 %"
    assert spaced(ns.change(-4.96)) == "down 5.0 %"
    assert ns.change(0.01) == "unchanged"
    assert ns.change(None) == "from stopped"


def test_dates_say_how_far_ahead_they_are():
    today = date(2026, 11, 25)
    assert ns.date_ahead(date(2027, 2, 23), today) == "2027-02-23 (in 90 days)"
    assert ns.date_ahead(datetime(2026, 11, 26, 8, 0), today) == "2026-11-26 (tomorrow)"
    assert ns.date_ahead(today, today) == "2026-11-25 (today)"
    assert ns.date_ahead(date(2026, 11, 22), today) == "2026-11-22 (3 days ago)"
    assert ns.date_ahead(date(2027, 3, 4), today) == "2027-03-04 (in 99 days)"
    assert ns.date_ahead(date(2027, 8, 25), today) == "2027-08-25 (in about 9 months)"
    assert ns.date_ahead(date(2033, 8, 26), today) == "2033-08-26 (in about 6.8 years)"
    assert ns.day_count(date(2025, 11, 25), today) == "about 12 months ago"


def test_moments_carry_the_minute_and_a_zone_when_asked():
    at = datetime(2026, 11, 25, 9, 5, 59)
    assert ns.moment(at) == "2026-11-25 09:05"
    assert ns.moment(at, "pump clock") == "2026-11-25 09:05 pump clock"
    assert ns.clock_seconds(at) == "2026-11-25 09:05:59"
    assert ns.clock_time(1440) == "24:00"


def test_times_carry_zones_only_when_the_clocks_differ():
    local = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(0), "GMT"))
    same = ns.Clocks(local, datetime(2026, 11, 25, 9, 0, 30))
    assert same.pump(datetime(2026, 11, 25, 9, 0)) == "2026-11-25 09:00"
    ahead = ns.Clocks(local, datetime(2026, 11, 25, 10, 0))
    assert ahead.pump(datetime(2026, 11, 25, 10, 0)) == "2026-11-25 10:00 pump clock"
    written = ahead.local(datetime(2026, 11, 25, 9, 0))
    assert written == f"2026-11-25 09:00 {ahead.local_zone}"


@given(st.fractions(min_value=-10_000, max_value=10_000))
def test_the_shown_value_is_the_nearest_at_its_decimals(value):
    for quantity in Quantity:
        shown = Fraction(quantity.number(value).replace(MINUS, "-"))
        assert abs(shown - value) <= Fraction(1, 2 * 10 ** quantity.decimals)
