"""Delivery history from the event log: worked numbers, and agreement with the pump model."""

import contextlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.clinical.delivery_history import (
    RANGES_DAYS,
    HistoryError,
    build_history,
    outlook_text,
    rate_pieces,
    read_history,
    view_range,
)
from itb_console.device.clock import ManualClock
from itb_console.device.pump_api import (
    AlarmCode,
    BolusKind,
    BolusRequest,
    Event,
    PumpError,
    PumpRefused,
    RefillRequest,
)
from itb_console.device.pump_delivery import clock_seconds
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule
from itb_console.device.units import SECONDS_PER_DAY

from tests.text import spaced

C2000 = Concentration(2000)
T0 = datetime(2026, 1, 1, 9, 30)
MCG_400 = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(400)), C2000)
MCG_600 = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(600)), C2000)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def implant(program: Program = MCG_400) -> Event:
    return Event(1, T0, "implant", {"program": program.canonical_text()})


@pytest.fixture
def status():
    """A pump status to vary: 400 mcg/day at 2000 mcg/mL, alarm at 2 mL."""
    model = PumpModel.new(load_profile("itb-20"), MCG_400, 20_000_000,
                          ManualClock(T0.replace(tzinfo=UTC).timestamp()), timezone="UTC")
    return model.status()


def test_worked_numbers_400_mcg_a_day_at_2000_mcg_per_ml(status):
    # 0.200 mL/day: 20 mL filled at day 50 lasts 100 days, the 2 mL alarm after 90.
    refill = Event(2, day(50), "refill", {"expected_residual_nl": 10_000_000,
                                          "filled_nl": 20_000_000})
    now = replace(status, pump_clock=day(50), reservoir_nl=20_000_000)
    history = build_history([implant(), refill], now)
    assert history.reservoir_at(day(0)) == 20_000_000  # run back from the expected residual
    assert history.reservoir_at(day(25)) == 15_000_000
    assert history.reservoir_at(day(50) - timedelta(days=1)) == 10_200_000
    assert (clock_seconds(day(50)), 10_000_000) in history.reservoir  # before the refill
    assert history.reservoir_at(day(50)) == 20_000_000  # after the refill
    assert history.dose_at(day(10)) == 400_000  # ng/day
    assert (history.outlook.days_to_alarm, history.outlook.days_to_empty) == (90, 100)
    assert history.outlook.alarm_at == day(140) and history.outlook.empty_at == day(150)
    assert history.projection[0] == (clock_seconds(day(50)), 20_000_000)
    assert history.projection[-1] == (clock_seconds(day(150)), 0)
    assert [r.at for r in history.refills] == [day(50)]
    text = spaced(outlook_text(history))
    for part in ("Reservoir now 20.00 mL", "400.0 mcg/day (0.200 mL/day)",
                 "alarm on 2026-05-21 09:30 (in 90.0 days)",
                 "empty on 2026-05-31 09:30 (in 100.0 days)"):
        assert part in text


def test_range_choices_end_at_the_empty_date(status):
    now = replace(status, pump_clock=day(400), reservoir_nl=20_000_000)
    refill = Event(2, day(400), "refill", {"expected_residual_nl": 0, "filled_nl": 20_000_000})
    history = build_history([implant(), refill], now)
    assert view_range(history, RANGES_DAYS["Last 30 days"]) == (day(370), day(500))
    assert view_range(history, RANGES_DAYS["Last year"]) == (day(35), day(500))
    assert view_range(history, RANGES_DAYS["All"]) == (day(0), day(500))


def test_a_range_spans_its_days_even_before_the_pump_was_implanted(status):
    """A pump implanted 17 seconds ago: the last 30 days are 30 days, blank before it."""
    now = replace(status, pump_clock=day(0) + timedelta(seconds=17))
    history = build_history([implant()], now)
    start, end = view_range(history, RANGES_DAYS["Last 30 days"])
    assert start == now.pump_clock - timedelta(days=30)
    assert end == history.outlook.empty_at
    assert view_range(history, RANGES_DAYS["All"])[0] == day(0)


def test_flexible_schedule_changes_slope_at_each_step(status):
    # 0.1 mL/day from 00:00, 0.3 mL/day from 12:00 (0.2 mL/day on average).
    program = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 200_000), (720, 600_000)]), C2000)
    midnight = datetime(2026, 1, 1)
    now = replace(status, program=program, pump_clock=midnight + timedelta(hours=18),
                    reservoir_nl=10_000_000)
    history = build_history([Event(1, midnight, "implant",
                                   {"program": program.canonical_text()})], now)
    # back from 10 mL at 18:00: 6 h at 0.3 (0.075 mL), 12 h at 0.1 (0.05 mL)
    assert history.reservoir_at(midnight) == 10_125_000
    assert history.reservoir_at(midnight + timedelta(hours=12)) == 10_075_000
    assert history.reservoir_at(midnight + timedelta(hours=6)) == 10_100_000
    assert clock_seconds(midnight + timedelta(hours=12)) in [s for s, _ in history.reservoir]
    pieces = list(rate_pieces(program, clock_seconds(midnight),
                              clock_seconds(midnight) + 2 * SECONDS_PER_DAY))
    assert [rate for _, rate in pieces] == [100_000, 300_000, 100_000, 300_000]


def test_program_change_stall_and_bolus(status):
    events = [
        implant(),
        Event(2, day(10), "program", {"old": MCG_400.canonical_text(),
                                      "new": MCG_600.canonical_text()}),
        Event(3, day(20), "alarm", {"code": "motor_stall", "severity": "critical"}),
        Event(4, day(25), "alarm-clear", {"code": "motor_stall", "by": "clinician"}),
        Event(5, day(30), "bolus-start", {"kind": "clinician", "volume_nl": 100_000,
                                          "duration_s": 3600, "rate_nl_per_day": 2_400_000}),
        Event(6, day(30) + timedelta(hours=1), "bolus-end",
              {"kind": "clinician", "delivered_nl": 100_000, "resume_mode": "continuous"}),
    ]
    # 10 days at 0.2, 10 at 0.3, 5 stopped, 5 at 0.3, the bolus hour at 2.4 mL/day,
    # then 10 days less that hour at 0.3 mL/day.
    used = 2_000_000 + 3_000_000 + 0 + 1_500_000 + 100_000 + 3_000_000 - 12_500
    now = replace(status, program=MCG_600, pump_clock=day(40), reservoir_nl=10_000_000)
    history = build_history(events, now)
    assert history.reservoir_at(day(0)) == 10_000_000 + used
    assert history.reservoir_at(day(20)) == history.reservoir_at(day(25))  # no delivery
    assert [(t, d) for t, d in history.dose] == [
        (clock_seconds(day(0)), 400_000), (clock_seconds(day(10)), 600_000),
        (clock_seconds(day(20)), 0), (clock_seconds(day(25)), 600_000)]
    bolus = history.boluses[0]
    assert (bolus.at, bolus.volume_nl, bolus.dose_ng) == (day(30), 100_000, 200_000)


def test_an_empty_reservoir_stops_the_curve_until_the_refill(status):
    events = [implant(), Event(2, day(75), "alarm", {"code": "reservoir_empty"}),
              Event(3, day(80), "refill", {"expected_residual_nl": 0, "filled_nl": 20_000_000}),
              Event(4, day(80), "alarm-clear", {"code": "reservoir_empty", "by": "pump"})]
    history = build_history(events, replace(status, pump_clock=day(90),
                                              reservoir_nl=18_000_000))
    assert history.reservoir_at(day(0)) == 15_000_000
    assert history.reservoir_at(day(77)) == 0
    assert history.dose_at(day(77)) == 0 and history.dose_at(day(85)) == 400_000
    assert history.reservoir_at(day(90)) == 18_000_000


def test_a_clock_change_moves_earlier_times_onto_the_new_clock(status):
    set_at = day(10) + timedelta(hours=1)
    events = [implant(), Event(2, set_at, "clock-set",
                               {"old": f"{day(10):%Y-%m-%dT%H:%M:%S}",
                                "new": f"{set_at:%Y-%m-%dT%H:%M:%S}"})]
    history = build_history(events, replace(status, pump_clock=day(20) + timedelta(hours=1),
                                              reservoir_nl=16_000_000))
    assert history.start == T0 + timedelta(hours=1)
    assert history.reservoir_at(T0 + timedelta(hours=1)) == 20_000_000


def test_a_stalled_pump_has_no_projection(status):
    from itb_console.device.pump_api import Alarm
    stalled = replace(status, alarms=(Alarm(AlarmCode.MOTOR_STALL, T0, True),))
    history = build_history([implant()], stalled)
    assert history.projection == () and history.outlook.empty_at is None
    assert "not delivering (Motor stall): no projection" in outlook_text(history)


def test_a_malformed_entry_is_named(status):
    bad = Event(7, day(1), "refill", {"expected_residual_nl": "lots", "filled_nl": 1})
    with pytest.raises(HistoryError, match=r"log entry 7 \(refill\): expected_residual_nl="
                                           r"'lots' is not a whole number"):
        build_history([implant(), bad], status)


# --------------------------------------------------------------- against the pump model
def _run(operations) -> tuple[PumpModel, dict[datetime, Fraction]]:
    """Run the model through the operations; the reservoir after the last one at each time."""
    clock = ManualClock(T0.replace(tzinfo=UTC).timestamp())
    model = PumpModel.new(load_profile("itb-20"), MCG_400, 15_000_000, clock,
                          timezone="UTC", link_clock=lambda: 0.0)
    model.open_session()
    seen = {}
    programs = [MCG_400, MCG_600, Program(
        Mode.FLEXIBLE, Schedule.from_pairs([(0, 300_000), (420, 500_000), (1320, 300_000)]),
        C2000), Program(Mode.STOPPED, Schedule.constant(DoseRate(400_000)), C2000)]
    actions = {
        "advance": lambda value: (clock.advance(value), model.sync()),
        "program": lambda value: model.commit_program(model.stage_program(programs[value])),
        "refill": lambda value: model.refill(RefillRequest(0, value, C2000, 2_000_000)),
        "bolus": lambda value: model.start_bolus(BolusRequest(BolusKind.CLINICIAN, value, 7200)),
        "stall": lambda _value: model.raise_alarm(AlarmCode.MOTOR_STALL),
        "clear": lambda _value: model.clear_alarm(AlarmCode.MOTOR_STALL),
    }
    for operation, value in operations:
        with contextlib.suppress(PumpRefused):  # a refusal leaves the pump as it was
            actions[operation](value)
        seen[model.pump_clock()] = model.reservoir_nl
    return model, seen


operations = st.lists(st.one_of(
    st.tuples(st.just("advance"), st.integers(60, 40 * SECONDS_PER_DAY)),
    st.tuples(st.just("program"), st.integers(0, 3)),
    st.tuples(st.just("refill"), st.integers(5_000_000, 20_000_000)),
    st.tuples(st.just("bolus"), st.integers(50_000, 500_000)),
    st.tuples(st.just("stall"), st.just(0)),
    st.tuples(st.just("clear"), st.just(0)),
), min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(operations)
def test_the_history_agrees_with_the_pump_model(ops):
    """At every moment the test looked, the rebuilt reservoir is the model's, to 1 nL."""
    model, seen = _run([("advance", 3600), *ops])
    history = build_history(model.log(), model.status())
    for when, reservoir in seen.items():
        assert abs(history.reservoir_at(when) - reservoir) <= 1, when
    assert history.dose_at(model.pump_clock()) == (
        0 if model.motor_stalled or model.reservoir_nl == 0 else model.program.daily_dose_ng)


def test_read_history_builds_from_the_pumps_log_and_status_and_blames_a_bad_log():
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    pump.open_session()
    pump.set_clock_speed(0)
    status = pump.interrogate()
    history = read_history(pump)
    assert history.now == status.pump_clock
    assert history.reservoir_now_nl == status.reservoir_nl
    assert history.program_now == status.program

    class GarbledLog:
        """The same pump, but its log holds a refill with no readable volume."""

        def read_log(self):
            return (Event(1, status.pump_clock, "refill", {"filled_nl": "lots"}),)

        def interrogate(self):
            return status

    with pytest.raises(PumpError, match="the pump's event log does not make a history "
                                        r"\(log entry 1 \(refill\)"):
        read_history(GarbledLog())
