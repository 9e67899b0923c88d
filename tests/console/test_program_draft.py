"""The pending program vs the program in force: worked numbers, modes, refusals, revert."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.program_draft import ProgramDraft
from itb_console.device import schedule_edits
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Mode,
    Program,
    Schedule,
    TherapyError,
)

AT_2000 = Concentration(2000)


def continuous(mcg_per_day: str, mode: Mode = Mode.CONTINUOUS) -> Program:
    return Program(mode, Schedule.constant(DoseRate.from_mcg_per_day(mcg_per_day)), AT_2000)


def recorded(draft: ProgramDraft) -> list[None]:
    seen: list[None] = []
    draft.changed.connect(lambda: seen.append(None))
    return seen


def test_spinal_titration_300_to_390_is_plus_30_percent():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    draft.set_schedule(Schedule.constant(DoseRate.from_mcg_per_day("390")))
    assert draft.change_percent == pytest.approx(30.0)
    assert draft.is_changed


def test_400_mcg_per_day_at_2000_is_0_200_ml_per_day():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    draft.set_schedule(Schedule.constant(DoseRate.from_mcg_per_day("400")))
    assert draft.pending.daily_volume_nl == 200_000


def test_mode_follows_the_number_of_steps():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    split = schedule_edits.split_step(draft.pending.schedule, 720, draft.rules)
    draft.set_schedule(split)
    assert draft.pending.mode is Mode.FLEXIBLE
    draft.set_schedule(schedule_edits.merge_steps(split, 0, draft.rules))
    assert draft.pending.mode is Mode.CONTINUOUS


def test_stop_and_restart_keep_the_schedule():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    draft.set_mode(Mode.STOPPED)
    assert draft.pending.daily_dose_ng == 0
    assert draft.change_percent == pytest.approx(-100.0)
    draft.set_mode(Mode.FLEXIBLE)  # one step: running means continuous
    assert draft.pending == draft.in_force


def test_change_from_a_stopped_pump_has_no_percentage():
    draft = ProgramDraft(continuous("300", Mode.STOPPED), load_profile("itb-20"))
    draft.set_mode(Mode.CONTINUOUS)
    assert draft.is_changed and draft.change_percent is None


def test_refused_schedule_changes_nothing_and_emits_nothing():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    seen = recorded(draft)
    too_much = Schedule.constant(DoseRate.from_mcg_per_day("48001"))  # > 24 mL/day x 2000
    with pytest.raises(TherapyError, match="outside"):
        draft.set_schedule(too_much)
    assert draft.pending == draft.in_force and seen == []


def test_revert_and_reset_emit_once():
    draft = ProgramDraft(continuous("300"), load_profile("itb-20"))
    seen = recorded(draft)
    draft.set_schedule(Schedule.constant(DoseRate.from_mcg_per_day("330")))
    draft.revert()
    draft.revert()
    assert not draft.is_changed and len(seen) == 2
    draft.reset(continuous("330"), load_profile("itb-40"))
    assert draft.in_force == draft.pending == continuous("330")
    assert draft.profile.id == "itb-40" and len(seen) == 3


EDITS = st.lists(
    st.tuples(st.sampled_from(["split", "merge", "delete", "move", "rate"]),
              st.integers(0, 9), st.integers(1, 1439), st.integers(96_000, 600_000)),
    max_size=12)


def edited(schedule: Schedule, rules, kind: str, index: int, minute: int,
           ng_per_day: int) -> Schedule:
    if kind == "split":
        return schedule_edits.split_step(schedule, minute, rules)
    if kind == "merge":
        return schedule_edits.merge_steps(schedule, index, rules)
    if kind == "delete":
        return schedule_edits.delete_step(schedule, index, rules)
    if kind == "move":
        return schedule_edits.move_boundary(schedule, index, minute, rules)
    return schedule_edits.set_rate(schedule, index, DoseRate(ng_per_day), rules)


@settings(max_examples=60)
@given(EDITS)
def test_any_edit_sequence_keeps_a_valid_program_and_a_true_change(edits):
    start = Program(Mode.FLEXIBLE, Schedule.from_pairs(
        [(0, 350_000), (420, 450_000), (720, 400_000), (1320, 350_000)]), AT_2000)
    draft = ProgramDraft(start, load_profile("itb-20"))
    for edit in edits:
        try:
            schedule = edited(draft.pending.schedule, draft.rules, *edit)
        except TherapyError:
            continue
        draft.set_schedule(schedule)
        assert draft.pending.schedule == schedule  # held as edited, not re-derived
        expected = (draft.pending.daily_dose_ng - start.daily_dose_ng) * 100 / (
            start.daily_dose_ng)
        assert draft.change_percent == pytest.approx(float(expected))
        assert draft.pending.mode is (Mode.CONTINUOUS if len(schedule.steps) == 1
                                      else Mode.FLEXIBLE)
    draft.revert()
    assert draft.pending == start and not draft.is_changed
