"""Reservoir forecast: the worked numbers, and flexible schedules to the minute."""

from datetime import datetime
from fractions import Fraction

from itb_console.console.clinical.forecast import forecast, minutes_to_use
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

C2000 = Concentration(2000)


def test_20_ml_alarm_at_2_ml_at_0_2_ml_per_day():
    program = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(400)), C2000)
    result = forecast(program, 20_000_000, 2_000_000, datetime(2026, 1, 1, 9, 30))
    assert (result.days_to_alarm, result.days_to_empty) == (90, 100)
    assert result.alarm_at == datetime(2026, 4, 1, 9, 30)
    assert result.empty_at == datetime(2026, 4, 11, 9, 30)


def test_flexible_schedule_depends_on_the_time_of_day():
    # 0.1 mL/day for 12 h, then 0.3 mL/day: 0.2 mL per day on average.
    program = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 200_000), (720, 600_000)]), C2000)
    # 0.1 mL from midnight: first 12 h give 0.05 mL, the next 0.05 mL takes 4 h at 0.3.
    assert minutes_to_use(program, datetime(2026, 1, 1, 0, 0), Fraction(100_000)) == 16 * 60
    # from noon: 0.1 mL at 0.3 mL/day takes 8 h.
    assert minutes_to_use(program, datetime(2026, 1, 1, 12, 0), Fraction(100_000)) == 8 * 60
    assert minutes_to_use(program, datetime(2026, 1, 1, 5, 0), Fraction(400_000)) == 2 * 1440


def test_stopped_pump_and_already_below_alarm():
    stopped = Program(Mode.STOPPED, Schedule.constant(DoseRate(400_000)), C2000)
    result = forecast(stopped, 10_000_000, 2_000_000, datetime(2026, 1, 1))
    assert result.days_to_alarm is None and result.empty_at is None
    running = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(400_000)), C2000)
    low = forecast(running, 1_000_000, 2_000_000, datetime(2026, 1, 1))
    assert low.days_to_alarm is None and low.days_to_empty == 5
