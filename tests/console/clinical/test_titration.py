"""Titration steps by origin, once per 24 h, override; the usual maintenance note; the last
dose change read from the pump's log; the % that reaches a target total."""

from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.clinical.calculators import CalculatorError, Origin
from itb_console.console.clinical.titration import (
    check_titration,
    last_dose_change,
    percent_to,
    usual_range_note,
)
from itb_console.device.pump_api import Event
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

from tests.text import spaced

NOW = datetime(2026, 3, 10, 10, 0)
DAY_AGO = NOW - timedelta(hours=24)


def mcg(value: int) -> DoseRate:
    return DoseRate.from_mcg_per_day(value)


def test_spinal_300_to_390_is_within_rules_and_391_needs_an_override():
    assert check_titration(mcg(300), mcg(390), Origin.SPINAL, DAY_AGO, NOW).within_rules
    beyond = check_titration(mcg(300), mcg(391), Origin.SPINAL, DAY_AGO, NOW)
    assert not beyond.may_apply
    assert "outside the spinal titration range" in beyond.sentence
    assert "increase 330.0 mcg/day to 390.0 mcg/day" in spaced(beyond.sentence)
    assert "Confirm an override" in beyond.sentence
    confirmed = check_titration(mcg(300), mcg(391), Origin.SPINAL, DAY_AGO, NOW,
                                override_confirmed=True)
    assert confirmed.may_apply and not confirmed.within_rules
    assert confirmed.sentence.endswith("Override confirmed.")


def test_cerebral_25_percent_and_side_effect_reduction():
    assert not check_titration(mcg(200), mcg(250), Origin.CEREBRAL, None, NOW).within_rules
    assert check_titration(mcg(200), mcg(160), Origin.CEREBRAL, None, NOW).within_rules
    assert not check_titration(mcg(200), mcg(150), Origin.CEREBRAL, None, NOW).within_rules


def test_at_most_one_change_per_24_h():
    recent = check_titration(mcg(300), mcg(330), Origin.SPINAL,
                             NOW - timedelta(hours=23, minutes=59), NOW)
    assert recent.problems == ("The dose was changed less than 24 h ago; the next change "
                               "is due from 2026-03-10 10:01.",)
    assert check_titration(mcg(300), mcg(300), Origin.SPINAL, NOW, NOW).within_rules
    with pytest.raises(CalculatorError, match="last dose change: 2026-03-11 10:00 is after"):
        check_titration(mcg(300), mcg(330), Origin.SPINAL, NOW + timedelta(days=1), NOW)


@given(st.integers(100, 700_000), st.integers(0, 40), st.sampled_from(list(Origin)))
def test_increase_is_within_rules_exactly_inside_the_label_percentages(ng, percent, origin):
    low, high = {Origin.SPINAL: (10, 30), Origin.CEREBRAL: (5, 15)}[origin]
    current = DoseRate(ng * 100)  # a multiple of 100 ng: each percentage is exact
    proposed = DoseRate(ng * (100 + percent))
    result = check_titration(current, proposed, origin, DAY_AGO, NOW)
    assert result.within_rules == (percent == 0 or low <= percent <= high)


@pytest.mark.parametrize(("dose", "origin", "child", "outside"), [
    (300, Origin.SPINAL, False, False), (800, Origin.SPINAL, False, False),
    (299, Origin.SPINAL, False, True), (801, Origin.SPINAL, False, True),
    (90, Origin.CEREBRAL, False, False), (704, Origin.CEREBRAL, False, True),
    (24, Origin.SPINAL, True, False), (1199, Origin.CEREBRAL, True, False),
    (1200, Origin.SPINAL, True, True), (23, Origin.CEREBRAL, True, True),
])
def test_usual_maintenance_ranges(dose, origin, child, outside):
    assert (usual_range_note(mcg(dose), origin, child) is not None) == outside


def test_usual_range_note_names_the_range():
    assert spaced(usual_range_note(mcg(1200), Origin.SPINAL, True)) == (
        "1200.0 mcg/day is outside the usual maintenance range for children under 12 "
        "(24 to 1199 mcg/day). Check the prescription.")


def constant(mcg_per_day, mode=Mode.CONTINUOUS):
    return Program(mode, Schedule.constant(DoseRate.from_mcg_per_day(mcg_per_day)),
                   Concentration(2000))


def event(seq, kind, **detail):
    return Event(seq, datetime(2026, 11, seq, 9, 0), kind, detail)


def test_last_dose_change_skips_same_total_and_counts_unreadable_entries():
    same_total = constant(300).canonical_text()
    shifted = "flexible;baclofen;2000;0:300000,600:300000"
    events = [event(1, "implant", program=same_total),
              event(2, "program", old=same_total, new=constant(390).canonical_text()),
              event(3, "program", old=constant(390).canonical_text(),
                    new=constant(390, Mode.FLEXIBLE).canonical_text()),
              event(4, "refill", filled_nl=20_000_000)]
    assert last_dose_change(events) == datetime(2026, 11, 2, 9, 0)
    assert last_dose_change([*events, event(5, "program", old=same_total, new=shifted)]) == (
        datetime(2026, 11, 2, 9, 0))
    assert last_dose_change([*events, event(6, "program", old="garbled")]) == (
        datetime(2026, 11, 6, 9, 0))
    assert last_dose_change(events[:1]) is None


def test_percent_to_reaches_the_target_total():
    assert percent_to(Fraction(300_000), DoseRate.from_mcg_per_day(390)) == Decimal(30)
    assert percent_to(Fraction(1_175_000, 3), DoseRate.from_mcg_per_day(450)) == (
        pytest.approx(Decimal("14.893617"), abs=Decimal("0.000001")))
