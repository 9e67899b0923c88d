"""Properties of the analytic pump model that no single worked number can pin down.

The model jumps whole days and solves for threshold crossings instead of stepping; these
tests check that the shortcut is exact: how time is cut up never changes the outcome, and
what it delivers equals a minute-by-minute integration of the schedule.
"""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.device.clock import ManualClock
from itb_console.device.control import PumpControl
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule, Step
from itb_console.device.units import SECONDS_PER_DAY

from tests.contract.backends import START

C2000 = Concentration(2000)


@st.composite
def flexible_programs(draw: st.DrawFn) -> Program:
    """1 to 10 steps on the 15-minute grid, 100 to 4000 mcg/day (0.05 to 2 mL/day)."""
    quarters = draw(st.lists(st.integers(1, 95), max_size=9, unique=True))
    starts = [0, *sorted(q * 15 for q in quarters)]
    steps = tuple(Step(start, DoseRate(draw(st.integers(100, 4000)) * 1000))
                  for start in starts)
    return Program(Mode.FLEXIBLE, Schedule(steps), C2000)


def make_model(program: Program, reservoir_nl: int) -> tuple[PumpModel, ManualClock]:
    clock = ManualClock(START)
    model = PumpModel.new(load_profile("itb-20"), program, reservoir_nl, clock,
                          timezone="UTC", link_clock=lambda: 0.0)
    return model, clock


def snapshot(model: PumpModel) -> tuple[object, ...]:
    return (model.world_time, model.reservoir_nl, model.true_reservoir_nl, model.delivered_nl,
            model.battery_used_days, dict(model.active_alarms), tuple(model.events))


@settings(max_examples=40, deadline=None)
@given(
    program=flexible_programs(),
    reservoir_nl=st.integers(500_000, 20_000_000),
    over_infusion_percent=st.integers(0, 60),
    drift_ppm=st.integers(-500, 500),
    battery_days_left=st.integers(0, 200),
    bolus=st.none() | st.tuples(st.integers(100_000, 1_000_000), st.integers(3600, 43_200)),
    cuts=st.lists(st.integers(1, 40 * SECONDS_PER_DAY), min_size=1, max_size=12),
)
def test_cutting_time_into_pieces_never_changes_the_outcome(
        program, reservoir_nl, over_infusion_percent, drift_ppm, battery_days_left, bolus,
        cuts):
    """Thresholds (low, empty, true empty, ERI, EOS, bolus end) fire at the same instant."""
    whole, pieces = (make_model(program, reservoir_nl)[0] for _ in range(2))
    for model in (whole, pieces):
        control = PumpControl(model)
        control.set_over_infusion(over_infusion_percent)
        control.set_drift_ppm(drift_ppm)
        if bolus is not None:
            model.open_session()
            volume_nl, duration_s = bolus
            model.start_bolus(BolusRequest(BolusKind.CLINICIAN, min(volume_nl, reservoir_nl),
                                           duration_s))
        control.set_battery_days_left(battery_days_left)
    for cut in sorted(cuts):
        pieces.clock.set(START + cut)
        pieces.sync()
    whole.clock.set(START + max(cuts))
    whole.sync()
    assert snapshot(pieces) == snapshot(whole)


@settings(max_examples=30, deadline=None)
@given(program=flexible_programs(), minutes=st.integers(1, 3 * 1440))
def test_delivery_equals_minute_by_minute_integration(program, minutes):
    """Step boundaries fall on whole minutes, so a per-minute sum is the exact integral."""
    model, clock = make_model(program, 20_000_000)
    clock.set(START + minutes * 60)
    model.sync()
    expected_nl = sum(Fraction(program.volume_rate_at(m % 1440).nl_per_day, 1440)
                      for m in range(minutes))
    assert model.delivered_nl == expected_nl
    assert model.reservoir_nl == 20_000_000 - expected_nl
