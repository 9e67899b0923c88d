"""Schedule edits: worked examples, refusals, and hypothesis properties."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.pump_profiles import load_profile
from itb_console.device.schedule_edits import (
    boundary_range,
    delete_step,
    merge_steps,
    move_boundary,
    scale_rates,
    set_rate,
    split_step,
)
from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Schedule,
    ScheduleRules,
    TherapyError,
)
from itb_console.device.units import MINUTES_PER_DAY

RULES = load_profile("itb-20").schedule_rules(Concentration(2000))
BASE = Schedule.from_pairs([(0, 350_000), (420, 450_000), (720, 400_000), (1320, 350_000)])


def test_profile_rules_at_2000_mcg_per_ml():
    # 0.048 to 24 mL/day at 2000 mcg/mL is 96 to 48,000 mcg/day.
    expected = ScheduleRules(10, 15, DoseRate(96_000), DoseRate(48_000_000))
    assert expected == RULES


def test_split_keeps_rate_and_total():
    split = split_step(BASE, 600, RULES)
    assert split.as_pairs()[1:3] == [(420, 450_000), (600, 450_000)]
    assert split.daily_dose_ng == BASE.daily_dose_ng


def test_split_refusals():
    with pytest.raises(TherapyError, match="already starts at 07:00"):
        split_step(BASE, 420, RULES)
    with pytest.raises(TherapyError, match="step of 10 min"):
        split_step(BASE, 430, RULES)
    with pytest.raises(TherapyError, match="not inside the day"):
        split_step(BASE, 0, RULES)
    full = Schedule.from_pairs([(i * 60, 100_000) for i in range(10)])
    with pytest.raises(TherapyError, match="at most 10 steps"):
        split_step(full, 1000, RULES)


def test_merge_uses_time_weighted_mean_so_daily_dose_is_kept():
    merged = merge_steps(BASE, 1, RULES)
    # 5 h at 450 and 10 h at 400 -> 15 h at 416.667 mcg/day (rounded to the ng).
    assert merged.as_pairs()[1] == (420, 416_667)
    assert abs(merged.daily_dose_ng - BASE.daily_dose_ng) < 1
    with pytest.raises(TherapyError, match="last step"):
        merge_steps(BASE, 3, RULES)


def test_delete_gives_the_time_to_the_previous_step():
    assert delete_step(BASE, 2, RULES).as_pairs() == [(0, 350_000), (420, 450_000),
                                                      (1320, 350_000)]
    assert delete_step(BASE, 0, RULES).as_pairs()[0] == (0, 450_000)
    with pytest.raises(TherapyError, match="at least one step"):
        delete_step(Schedule.constant(DoseRate(400_000)), 0, RULES)


def test_move_boundary_within_its_range():
    assert boundary_range(BASE, 1, RULES) == (15, 705)
    assert move_boundary(BASE, 1, 480, RULES).as_pairs()[1] == (480, 450_000)
    with pytest.raises(TherapyError, match="between 00:15 and 11:45"):
        move_boundary(BASE, 1, 710, RULES)
    with pytest.raises(TherapyError, match="always starts at 00:00"):
        move_boundary(BASE, 0, 10, RULES)


def test_set_rate_refuses_outside_the_pump_range():
    assert set_rate(BASE, 0, DoseRate(500_000), RULES).as_pairs()[0] == (0, 500_000)
    with pytest.raises(TherapyError, match="96 mcg/day to 48000 mcg/day"):
        set_rate(BASE, 0, DoseRate(95_000), RULES)
    with pytest.raises(TherapyError, match="no such step"):
        set_rate(BASE, 9, DoseRate(500_000), RULES)


def test_scale_by_spinal_ceiling_30_percent():
    scaled = scale_rates(Schedule.constant(DoseRate(300_000)), 30, RULES)
    assert scaled.as_pairs() == [(0, 390_000)]
    assert scale_rates(BASE, "-12.5", RULES).as_pairs()[0] == (0, 306_250)
    with pytest.raises(TherapyError, match="above -100"):
        scale_rates(BASE, -100, RULES)
    with pytest.raises(TherapyError):
        scale_rates(BASE, 100_000, RULES)  # nothing applied: BASE is unchanged
    assert BASE.as_pairs()[0] == (0, 350_000)


# --- properties ---------------------------------------------------------------------------

doses = st.integers(RULES.min_dose.ng_per_day, 2_000_000)


@st.composite
def schedules(draw):
    count = draw(st.integers(1, RULES.max_steps))
    starts = draw(st.lists(st.integers(1, MINUTES_PER_DAY // 15 - 1), min_size=count - 1,
                           max_size=count - 1, unique=True))
    pairs = [(0, draw(doses))] + [(s * 15, draw(doses)) for s in sorted(starts)]
    return Schedule.from_pairs(pairs)


edits = st.one_of(
    st.tuples(st.just("split"), st.integers(1, MINUTES_PER_DAY - 1)),
    st.tuples(st.just("merge"), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, MINUTES_PER_DAY)),
    st.tuples(st.just("rate"), st.integers(0, 9), st.integers(0, 3_000_000)),
    st.tuples(st.just("scale"), st.integers(-150, 150)),
)


def apply(schedule, edit):
    kind, *args = edit
    if kind == "split":
        return split_step(schedule, args[0], RULES)
    if kind == "merge":
        return merge_steps(schedule, args[0], RULES)
    if kind == "delete":
        return delete_step(schedule, args[0], RULES)
    if kind == "move":
        return move_boundary(schedule, args[0], args[1], RULES)
    if kind == "rate":
        return set_rate(schedule, args[0], DoseRate(args[1]), RULES)
    return scale_rates(schedule, args[0], RULES)


def obeys_the_pump(pairs: list[tuple[int, int]]) -> bool:
    """The pump's rules, written out here so that a bug in ``Schedule.check`` shows."""
    starts = [start for start, _ in pairs]
    ends = [*starts[1:], MINUTES_PER_DAY]
    return (1 <= len(pairs) <= 10 and starts[0] == 0
            and all(end - start >= 15 for start, end in zip(starts, ends, strict=True))
            and all(96_000 <= ng <= 48_000_000 for _, ng in pairs))


def half_up(numerator: int, denominator: int) -> int:
    """Round a positive fraction to the nearest whole number, halves up."""
    return (2 * numerator + denominator) // (2 * denominator)


def expected_pairs(pairs, edit):
    """What each edit must give, worked out from its description; None when refused."""
    kind, *args = edit
    starts = [start for start, _ in pairs]
    ends = [*starts[1:], MINUTES_PER_DAY]
    result = None
    if kind == "split" and args[0] not in starts:
        index = max(i for i, start in enumerate(starts) if start < args[0])
        result = [*pairs[:index + 1], (args[0], pairs[index][1]), *pairs[index + 1:]]
    elif kind == "merge" and args[0] + 1 < len(pairs):
        i = args[0]
        first, second = ends[i] - starts[i], ends[i + 1] - starts[i + 1]
        mean = half_up(pairs[i][1] * first + pairs[i + 1][1] * second, first + second)
        result = [*pairs[:i], (starts[i], mean), *pairs[i + 2:]]
    elif kind == "delete" and args[0] < len(pairs) and len(pairs) > 1:
        i = args[0]
        result = [(0, pairs[1][1]), *pairs[2:]] if i == 0 else pairs[:i] + pairs[i + 1:]
    elif kind == "move" and 0 < args[0] < len(pairs):
        i, minute = args
        result = [*pairs[:i], (minute, pairs[i][1]), *pairs[i + 1:]]
    elif kind == "rate" and args[0] < len(pairs):
        i, ng = args
        result = [*pairs[:i], (starts[i], ng), *pairs[i + 1:]]
    elif kind == "scale" and args[0] > -100:
        result = [(start, half_up(ng * (100 + args[0]), 100)) for start, ng in pairs]
    return result if result is not None and obeys_the_pump(result) else None


@given(schedules(), st.lists(edits, max_size=25))
def test_any_sequence_of_edits_does_what_it_says_or_is_refused(schedule, sequence):
    assert obeys_the_pump(schedule.as_pairs())
    for edit in sequence:
        expected = expected_pairs(schedule.as_pairs(), edit)
        if expected is None:
            with pytest.raises(TherapyError):
                apply(schedule, edit)
            continue
        schedule = apply(schedule, edit)
        assert schedule.as_pairs() == expected, edit


@given(schedules(), st.integers(1, MINUTES_PER_DAY - 1))
def test_split_then_merge_is_identity(schedule, minute):
    try:
        split = split_step(schedule, minute, RULES)
    except TherapyError:
        return
    index = split.index_at(minute)
    assert merge_steps(split, index - 1, RULES) == schedule


@given(schedules())
def test_daily_total_equals_the_minute_by_minute_integral(schedule):
    by_minute = sum(schedule.dose_at(m).ng_per_day for m in range(MINUTES_PER_DAY))
    assert schedule.daily_dose_ng == Fraction(by_minute, MINUTES_PER_DAY)
    concentration = Concentration(500)
    volume_by_minute = sum(schedule.dose_at(m).to_volume(concentration).nl_per_day
                           for m in range(MINUTES_PER_DAY))
    assert schedule.daily_volume_nl(concentration) == Fraction(volume_by_minute,
                                                               MINUTES_PER_DAY)
