"""Therapy value types: worked numbers from the domain notes and every rejection path."""

from fractions import Fraction

import pytest
from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Mode,
    Program,
    Schedule,
    ScheduleRules,
    Step,
    TherapyError,
    VolumeRate,
)
from itb_console.device.units import UnitError, format_minute_of_day, parse_minute_of_day


def test_400_mcg_per_day_at_2000_mcg_per_ml_is_0_200_ml_per_day():
    volume = DoseRate.from_mcg_per_day(400).to_volume(Concentration(2000))
    assert volume == VolumeRate(200_000)
    assert volume.ml_per_day == pytest.approx(0.2)


def test_volume_to_dose_round_trip_at_each_label_concentration():
    for mcg_per_ml in (50, 500, 1000, 2000):
        dose = DoseRate.from_mcg_per_day("123.5")
        concentration = Concentration(mcg_per_ml)
        assert dose.to_volume(concentration).to_dose(concentration) == dose


def test_per_hour_entry_is_stored_per_day():
    assert DoseRate.from_mcg_per_hour("2.5") == DoseRate.from_mcg_per_day(60)
    assert DoseRate.from_mcg_per_day(60).mcg_per_hour == pytest.approx(2.5)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("abc", "not a number"), ("1.0001", "more decimal places"), ("nan", "finite"),
     (True, "expected a number")],
)
def test_dose_entry_rejections_name_the_problem(value, fragment):
    with pytest.raises(UnitError, match=fragment):
        DoseRate.from_mcg_per_day(value)


def test_negative_and_excessive_dose_rates_are_refused_with_the_range():
    with pytest.raises(TherapyError, match="outside 0 to 100000 mcg/day"):
        DoseRate(-1)
    with pytest.raises(TherapyError, match="outside 0 to 100000 mcg/day"):
        DoseRate(100_000_001)


@pytest.mark.parametrize("value", [0, -50, 10_001, 2.5, "2000", True])
def test_concentration_rejections(value):
    with pytest.raises(TherapyError, match="concentration"):
        Concentration(value)


def test_schedule_must_start_at_midnight_and_be_ordered():
    with pytest.raises(TherapyError, match="must start at 00:00"):
        Schedule.from_pairs([(60, 1000)])
    with pytest.raises(TherapyError, match="does not come after"):
        Schedule.from_pairs([(0, 1000), (300, 1000), (300, 2000)])
    with pytest.raises(TherapyError, match="no steps"):
        Schedule(())


def test_step_start_outside_the_day_is_refused():
    with pytest.raises(TherapyError, match="outside 00:00 to 23:59"):
        Step(1440, DoseRate(1))


def test_daily_dose_is_the_integral_of_the_steps():
    schedule = Schedule.from_pairs([(0, 300_000), (360, 600_000), (1080, 300_000)])
    # 6 h at 300, 12 h at 600, 6 h at 300 mcg/day -> 450 mcg over the day.
    assert schedule.daily_dose_ng == Fraction(450_000)
    assert schedule.daily_volume_nl(Concentration(2000)) == Fraction(225_000)


def test_rules_check_names_step_and_limit():
    rules = ScheduleRules(2, 15, DoseRate(96_000), DoseRate(48_000_000))
    with pytest.raises(TherapyError, match="at most 2"):
        Schedule.from_pairs([(0, 100_000), (60, 100_000), (120, 100_000)]).check(rules)
    with pytest.raises(TherapyError, match=r"step 1 \(00:00-00:10\): lasts 10 min.*at least 15"):
        Schedule.from_pairs([(0, 100_000), (10, 100_000)]).check(rules)
    with pytest.raises(TherapyError, match=r"step 1 .*outside this pump's range"):
        Schedule.constant(DoseRate(95_999)).check(rules)


def test_continuous_mode_has_one_step():
    two = Schedule.from_pairs([(0, 100_000), (60, 200_000)])
    with pytest.raises(TherapyError, match="continuous mode runs one rate"):
        Program(Mode.CONTINUOUS, two, Concentration(500))


def test_stopped_program_delivers_nothing():
    program = Program(Mode.STOPPED, Schedule.constant(DoseRate(400_000)), Concentration(2000))
    assert program.daily_dose_ng == 0
    assert program.volume_rate_at(600) == VolumeRate(0)


def crc32_by_the_spec(data: bytes) -> int:
    """docs/protocol.md: CRC-32, polynomial 0xEDB88320 reflected, bit by bit."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def test_crc32_by_the_spec_gives_the_standard_check_value():
    assert crc32_by_the_spec(b"123456789") == 0xCBF43926  # the published CRC-32 check


def test_canonical_text_and_checksum_follow_the_spec():
    program = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 400_000), (360, 500_000)]),
                      Concentration(2000))
    text = "flexible;baclofen;2000;0:400000,360:500000"  # docs/protocol.md, program text
    assert program.canonical_text() == text
    assert program.checksum() == crc32_by_the_spec(text.encode("ascii"))
    assert Program.from_canonical_text(program.canonical_text()) == program


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("flexible;baclofen;2000", "4 fields"), ("fast;baclofen;2000;0:1", "mode"),
     ("flexible;baclofen;2k;0:1", "concentration"), ("flexible;baclofen;2000;0-1", "step"),
     ("flexible;baclofen;2000;0:\u00b2", "step"), ("flexible;bac lofen;2000;0:1", "drug")],
)
def test_canonical_text_rejections(text, fragment):
    with pytest.raises(TherapyError, match=fragment):
        Program.from_canonical_text(text)


def test_time_of_day_parsing_and_formatting():
    assert parse_minute_of_day("07:30") == 450
    assert parse_minute_of_day("24:00") == 1440
    assert format_minute_of_day(1440) == "24:00"
    for bad in ("7.30", "24:01", "12:60", "", "ab:cd"):
        with pytest.raises(UnitError):
            parse_minute_of_day(bad)
