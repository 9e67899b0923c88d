"""A pump replacement worked out by value: doses carried over, priming, the new record."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.clinical.replacement import (
    ReplacementError,
    catheter_edited,
    convert_program,
    new_pump_problem,
    record_changes,
    record_reason,
    replacement_priming,
)
from itb_console.console.clinical.saved_pump import SavedPump
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.pump_profiles import load_profile
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, Mode, Program, Schedule, TherapyError

from tests.text import spaced

ITB20, ITB40 = load_profile("itb-20"), load_profile("itb-40")
C50, C500, C1000, C2000 = (Concentration(c) for c in (50, 500, 1000, 2000))
OLD = Program(Mode.CONTINUOUS, Schedule.from_pairs([(0, 400_000)]), C2000)


def saved_pump() -> SavedPump:
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00&patient=TRAINING-17"
                                  "&catheter_length_cm=52&tip_level=T9&implant_date=2019-03-04")
    return SavedPump.read_from(pump.interrogate(), pump.read_record())


def test_400_mcg_per_day_from_2000_to_500_mcg_per_ml_keeps_the_dose_and_quadruples_the_volume():
    conversion = convert_program(OLD, C500, "baclofen", ITB40)
    assert conversion.concentration_changed
    assert conversion.new == Program(Mode.CONTINUOUS, OLD.schedule, C500)
    assert conversion.new.daily_dose_ng == OLD.daily_dose_ng == 400_000
    [step] = conversion.steps
    assert (step.old_rate.nl_per_day, step.new_rate.nl_per_day) == (200_000, 800_000)
    assert (step.start_minute, step.end_minute, step.dose.ng_per_day) == (0, 1440, 400_000)


def test_a_flexible_program_keeps_every_step_and_its_mode():
    old = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 350_000), (420, 450_000),
                                                      (1320, 350_000)]), C2000)
    conversion = convert_program(old, C1000, "baclofen", ITB20)
    assert conversion.new.canonical_text() == (
        "flexible;baclofen;1000;0:350000,420:450000,1320:350000")
    assert [(s.start_minute, s.end_minute, s.new_rate.nl_per_day) for s in conversion.steps] == [
        (0, 420, 350_000), (420, 1320, 450_000), (1320, 1440, 350_000)]
    assert not convert_program(old, C2000, "baclofen", ITB20).concentration_changed


def test_a_dose_the_new_pump_cannot_give_at_its_concentration_is_refused_naming_the_step():
    # 1500 mcg/day at 50 mcg/mL is 30 mL/day, above the 24 mL/day the pump allows
    old = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 400_000), (600, 1_500_000)]), C2000)
    with pytest.raises(ReplacementError) as refused:
        convert_program(old, C50, "baclofen", ITB20)
    assert str(refused.value) == (
        "At 50 mcg/mL this pump cannot give the saved doses: step 2 (10:00-24:00): 1500 "
        "mcg/day is outside this pump's range 2.4 mcg/day to 1200 mcg/day at this "
        "concentration. Fill the new pump with a concentration at which it can, or change "
        "the program with the prescriber.")
    with pytest.raises(ReplacementError, match="drug: the new pump holds morphine; the "
                                               "saved program is for baclofen"):
        convert_program(OLD, C500, "morphine", ITB20)


@st.composite
def programs(draw):
    count = draw(st.integers(1, 10))
    starts = draw(st.lists(st.integers(1, 95), min_size=count - 1, max_size=count - 1,
                           unique=True))
    doses = st.integers(2_400, 2_000_000)
    pairs = [(0, draw(doses))] + [(s * 15, draw(doses)) for s in sorted(starts)]
    mode = Mode.CONTINUOUS if count == 1 else draw(st.sampled_from([Mode.FLEXIBLE,
                                                                     Mode.STOPPED]))
    return Program(mode, Schedule.from_pairs(pairs), draw(st.sampled_from([C50, C500, C1000,
                                                                          C2000])))


def fits(program, profile, concentration) -> bool:
    try:
        program.schedule.check(profile.schedule_rules(concentration))
    except TherapyError:
        return False
    return True


@given(programs(), st.sampled_from([C50, C500, C1000, C2000]),
       st.sampled_from([ITB20, ITB40]))
def test_conversion_keeps_every_dose_and_gives_each_step_its_volume_at_the_new_drug(
        old, concentration, profile):
    try:
        conversion = convert_program(old, concentration, "baclofen", profile)
    except ReplacementError:
        assert not fits(old, profile, concentration)  # refused only when the pump would
        return
    new = conversion.new
    assert (new.mode, new.schedule, new.concentration) == (old.mode, old.schedule,
                                                           concentration)
    assert new.daily_dose_ng == old.daily_dose_ng
    for step in conversion.steps:
        # the new volume rate delivers the same dose, to the nearest nL/day
        exact_nl = step.dose.ng_per_day * 1000 / concentration.mcg_per_ml
        assert abs(step.new_rate.nl_per_day - exact_nl) <= 0.5
        assert step.old_rate == step.dose.to_volume(old.concentration)
    if fits(old, profile, old.concentration):
        back = convert_program(new, old.concentration, "baclofen", profile)
        assert back.new == old  # converting back gives the program saved, exactly


def test_priming_a_40_ml_pump_on_a_45_cm_catheter_is_0_349_ml_and_the_pump_takes_it():
    priming = replacement_priming(ITB40, 450, 2200)
    assert priming.catheter_nl == 99_000  # 45 cm x 0.0022 mL/cm
    assert priming.bolus.volume_nl == 349_000  # + 0.25 mL pump path
    assert priming.bolus.duration_s == 1257  # 0.349 mL at 24 mL/day is 1256.4 s
    assert spaced(priming.text()) == (
        "0.250 mL (pump path, itb-40) + 45.0 cm x 0.0022 mL/cm (catheter: 0.099 mL) = "
        "0.349 mL at the pump's maximum 24.000 mL/day for 0:21 h")
    pump = SimulatedPump.from_url("sim://?profile=itb-40&serial=SIM-000002&mode=stopped")
    pump.open_session()
    bolus = pump.start_bolus(BolusRequest(BolusKind.PRIMING, 349_000, 1257))
    assert (bolus.volume_nl, bolus.resume_mode) == (349_000, Mode.STOPPED)
    with pytest.raises(ReplacementError, match=r"catheter_length_cm: 5 cm is outside 10 to "
                                               "150 cm"):
        replacement_priming(ITB40, 50, 2200)


def test_the_new_record_carries_the_patient_and_catheter_implanted_and_filled_today():
    saved = saved_pump()
    changes = record_changes(saved, date(2026, 11, 26), 520, 2200)
    assert changes == {"patient": "TRAINING-17", "implanted": "20261126",
                       "last_refill": "20261126", "cath_model": "SIM-CATH-1",
                       "cath_mm": "520", "cath_nl_per_cm": "2200", "tip": "T9",
                       "next_refill": "none"}
    assert not catheter_edited(saved, 520, 2200) and catheter_edited(saved, 480, 2200)
    assert record_reason(saved, False, "") == "replaces SIM-000001"
    assert record_reason(saved, True, " shortened in theatre ") == "shortened in theatre"
    with pytest.raises(ReplacementError, match="reason: the catheter differs from the saved "
                                               "record; say why"):
        record_reason(saved, True, "  ")
    with pytest.raises(ReplacementError, match=r"reason: 'x{40}'"):
        record_reason(saved, True, "x" * 40)


def test_the_saved_pump_itself_or_a_pump_of_another_drug_is_not_the_replacement():
    saved = saved_pump()
    old_again = SimulatedPump.from_url("sim://").interrogate()
    assert new_pump_problem(saved, old_again) == (
        "This is the pump that was saved (serial SIM-000001), not a new one: close this "
        "session and connect the new pump.")
    new = SimulatedPump.from_url("sim://?serial=SIM-000002&conc=500").interrogate()
    assert new_pump_problem(saved, new) == ""
    other_drug = replace(new, program=replace(new.program, drug="morphine"))
    assert new_pump_problem(saved, other_drug) == (
        "The new pump holds morphine; the saved program is for baclofen. Fill the new pump "
        "with baclofen first.")
