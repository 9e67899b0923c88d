"""Scenario files: shipped ones load; bad ones name the file, the line and the field."""

import re
from datetime import datetime
from importlib import resources
from pathlib import Path

import pytest
from itb_console.console.language import Language, use
from itb_console.console.training.scenario_file import ScenarioError
from itb_console.console.training.scenarios import (
    CheckKind,
    Origin,
    load_scenario_file,
    parse_scenario,
    shipped_scenarios,
    user_scenarios,
)
from itb_console.device.pump_api import AlarmCode

ROUTINE = resources.files("itb_console.resources").joinpath(
    "scenarios/01-routine-refill.toml").read_text()


def test_every_shipped_scenario_loads_and_validates():
    scenarios = shipped_scenarios()
    assert len(scenarios) >= 12
    assert len({s.id for s in scenarios}) == len(scenarios)
    for scenario in scenarios:
        assert scenario.max_score > 0
        assert scenario.pump.start_local.tzinfo is not None


def test_routine_refill_values():
    scenario = parse_scenario("routine.toml", ROUTINE)
    assert scenario.origin is Origin.SPINAL
    assert scenario.pump.reservoir_nl == 3_200_000
    assert scenario.pump.low_reservoir_alarm_nl == 2_000_000
    assert scenario.pump.program.daily_dose_ng == 400_000
    assert scenario.pump.start_local.utcoffset().total_seconds() == 0  # GMT in November
    refill = next(o for o in scenario.objectives if o.check is CheckKind.REFILL)
    assert refill.filled_nl == 20_000_000
    assert scenario.max_score == 100


def replaced(old: str, new: str) -> str:
    assert old in ROUTINE
    return ROUTINE.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ('reservoir_ml = "3.2"', 'reservoir_ml = "30"', "pump.reservoir_ml",
         "30 mL is outside 0 to 20 mL"),
        ("concentration_mcg_per_ml = 2000\nmode", "concentration_mcg_per_ml = 750\nmode",
         "pump.concentration_mcg_per_ml", "choose one of 50 mcg/mL"),
        ('steps = [["00:00", "400"]]', 'steps = [["00:00", "40"]]', "pump.steps",
         "outside this pump's range"),
        ('timezone = "Europe/London"', 'timezone = "Mars/Olympus"', "pump.timezone",
         "not a known time zone"),
        ('start = "2026-11-25T09:00:00"', 'start = "yesterday"', "pump.start",
         "must be a local date-time"),
        ('check = "report_printed"', 'check = "report_filed"', "objectives[5].check",
         "must be one of"),
        ("points = 30", "points = 0", "objectives[2].points", "from 1 to 100"),
        ('filled_ml = "20"', 'filled_ml = "20"\nfilled_litres = 1', "objectives[2].filled_litres",
         "not a known field"),
        ('origin = "spinal"', 'origin = "spinall"', "patient.origin", "must be one of"),
    ],
)
def test_bad_fields_name_file_line_and_field(old, new, field, message):
    text = replaced(old, new)
    with pytest.raises(ScenarioError) as error:
        parse_scenario("my.toml", text)
    key = field.rsplit(".", 1)[-1]
    changed_line = next(line for line in new.splitlines() if line.startswith(key))
    expected_line = line_of(text, changed_line)  # the edited line is unique in the file
    assert str(error.value).startswith(f"my.toml:{expected_line}: {field}: ")
    assert message in str(error.value)


def test_syntax_errors_and_missing_sections():
    with pytest.raises(ScenarioError, match=r"bad\.toml: not valid TOML: .*line 1"):
        parse_scenario("bad.toml", "[scenario\n")
    renamed = ROUTINE.replace("[order]", "[orders]")
    with pytest.raises(ScenarioError) as error:
        parse_scenario("x.toml", renamed)
    assert str(error.value).startswith(f"x.toml:{line_of(renamed, '[orders]')}: orders: "
                                       "is not a known field")
    without = ROUTINE[: ROUTINE.index("[[objectives]]")]
    with pytest.raises(ScenarioError, match="at least one"):
        parse_scenario("x.toml", without)


def test_duplicate_objective_ids_point_at_the_second():
    text = replaced('id = "report"', 'id = "refilled"')
    with pytest.raises(ScenarioError, match=r"objectives\[5\]\.id: 'refilled' is used twice"):
        parse_scenario("x.toml", text)


def test_user_folder_loads_good_files_and_reports_bad_ones(tmp_path):
    (tmp_path / "good.toml").write_text(replaced('id = "routine-refill"', 'id = "my-refill"'))
    (tmp_path / "bad.toml").write_text(replaced('points = 20', 'points = "many"'))
    loaded, errors = user_scenarios(tmp_path)
    assert [s.id for s in loaded] == ["my-refill"]
    assert len(errors) == 1 and "bad.toml:" in errors[0] and "points" in errors[0]
    with pytest.raises(ScenarioError, match="cannot be read"):
        load_scenario_file(tmp_path / "missing.toml")


def test_events_parse():
    text = ROUTINE.replace("[[objectives]]", '[[events]]\nafter_minutes = 5\nkind = "alarm"\n'
                           'alarm = "low_reservoir"\n\n[[objectives]]', 1)
    scenario = parse_scenario("x.toml", text)
    assert scenario.events[0].alarm is AlarmCode.LOW_RESERVOIR
    bad = text.replace('alarm = "low_reservoir"', 'alarm = "smoke"')
    with pytest.raises(ScenarioError, match=r"events\[1\]\.alarm: 'smoke' must be one of"):
        parse_scenario("x.toml", bad)
    assert isinstance(scenario.pump.start_local, datetime)


RECORD = ('\n[pump.record]\ncatheter_length_cm = "50"\ntip_level = "T9"\n'
          'next_refill = "2027-02-24"\n')


def with_record(extra: str = "") -> str:
    return replaced("\n[[objectives]]", RECORD + extra + "\n[[objectives]]")


def test_the_pump_record_is_read_in_cm_and_iso_dates():
    record = parse_scenario("r.toml", with_record()).pump.record
    assert record.catheter_volume_nl == 110_000  # 50 cm x 0.0022 mL/cm
    assert record.tip_level == "T9"
    assert record.implanted_on.isoformat() == "2026-11-25"  # the start day by default
    assert record.next_refill_on.isoformat() == "2027-02-24"


@pytest.mark.parametrize(("extra", "field", "message"), [
    ('catheter_ml_per_cm = "0.02"', "catheter_ml_per_cm",
     "0.02 mL/cm (20000 nL/cm) is outside 0.0005 to 0.01 mL/cm (500 to 10000 nL/cm)"),
    ('implant_date = "2027-01-01"', "implant_date", "2027-01-01 is outside 2000-01-01 to "
                                                   "2026-11-25"),
    ('tip = "T9"', "tip", "is not a record field; allowed: implant_date, catheter_model, "
                          "catheter_length_cm, catheter_ml_per_cm, tip_level, last_refill, "
                          "next_refill"),
])
def test_a_bad_record_value_names_its_line(extra, field, message):
    text = with_record(extra)
    with pytest.raises(ScenarioError) as error:
        parse_scenario("r.toml", text)
    assert str(error.value) == f"r.toml:{line_of(text, extra)}: pump.record.{field}: {message}"


def test_a_post_mri_check_objective_takes_a_conclusion_not_interrogate_again():
    source = resources.files("itb_console.resources").joinpath(
        "scenarios/15-mri-delayed-resume.toml").read_text()
    wrong = 'outcome = "not-yet-logged"'
    bad = source.replace('outcome = "delayed"', wrong)
    with pytest.raises(ScenarioError) as error:
        parse_scenario("m.toml", bad)
    assert str(error.value) == (f"m.toml:{line_of(bad, wrong)}: objectives[3].outcome: "
                                "'not-yet-logged' must be one of no-stall, resumed, delayed")


def test_a_field_missing_from_one_of_many_tables_names_which():
    text = replaced('id = "report"\n', "")
    with pytest.raises(ScenarioError) as error:
        parse_scenario("x.toml", text)
    assert str(error.value).endswith(": objectives[5]: id is missing")


REPLACEMENT = resources.files("itb_console.resources").joinpath(
    "scenarios/17-pump-replacement.toml").read_text()


def test_a_replacement_scenario_describes_the_new_pump_filled_and_stopped():
    scenario = parse_scenario("17.toml", REPLACEMENT)
    new = scenario.new_pump
    assert new is not None and scenario.pump.serial_number == "SIM-000017"
    assert (new.profile_id, new.serial_number, new.patient_id, new.reservoir_nl,
            new.low_reservoir_alarm_nl) == ("itb-40", "SIM-170002", "NEW-PUMP", 40_000_000,
                                            2_000_000)
    assert new.program.canonical_text() == (
        "stopped;baclofen;500;0:350000,420:450000,720:400000,1320:350000")
    assert parse_scenario("x.toml", ROUTINE).new_pump is None


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ('serial_number = "SIM-170002"', 'serial_number = "SIM-000017"', "new_pump.serial_number",
     "'SIM-000017' is the old pump's serial (from its patient_id); the new pump has its own"),
    ('serial_number = "SIM-170002"', 'serial_number = "SIM@2"', "new_pump.serial_number",
     "'SIM@2' must be 1 to 32 printable ASCII characters (space to tilde), without the at sign"),
    ("concentration_mcg_per_ml = 500", "concentration_mcg_per_ml = 600",
     "new_pump.concentration_mcg_per_ml", "choose one of 50 mcg/mL"),
    ('reservoir_ml = "40"', 'reservoir_ml = "41"', "new_pump.reservoir_ml",
     "41 mL is outside 0 to 40 mL"),
    ('profile = "itb-40"', 'profile = "itb-30"', "new_pump.profile", "must be one of"),
    ('reservoir_ml = "40"', 'reservoir_ml = "40"\nmode = "stopped"', "new_pump.mode",
     "is not a known field here"),
])
def test_a_bad_new_pump_names_its_line_and_what_is_allowed(old, new, field, message):
    assert old in REPLACEMENT
    text = REPLACEMENT.replace(old, new, 1)
    with pytest.raises(ScenarioError) as error:
        parse_scenario("my.toml", text)
    changed = new.splitlines()[-1]
    assert str(error.value).startswith(f"my.toml:{line_of(text, changed)}: {field}: ")
    assert message in str(error.value)


def test_a_trainers_file_that_takes_a_shipped_short_name_is_refused_in_words(tmp_path):
    """Runs and trainee records are filed by the short name: a trainer's copy of a shipped
    scenario needs its own, the loader says so (the shipped file itself keeps it)."""
    (tmp_path / "copy.toml").write_text(ROUTINE)
    loaded, errors = user_scenarios(tmp_path)
    line = line_of(ROUTINE, 'id = "routine-refill"')
    assert (loaded, errors) == ([], [
        f"{tmp_path / 'copy.toml'}:{line}: scenario.id: 'routine-refill' is the short name "
        "of the shipped scenario 'Routine refill'; give this scenario a short name of its "
        "own"])
    shipped = resources.files("itb_console.resources").joinpath(
        "scenarios/01-routine-refill.toml")
    assert load_scenario_file(Path(str(shipped))).id == "routine-refill"


def several_languages_example() -> str:
    """docs/scenarios.md's example of a scenario written in several languages."""
    docs = (Path(__file__).resolve().parents[3] / "docs" / "scenarios.md").read_text()
    (example,) = [block for block in re.findall(r"^```toml\n(.*?)^```", docs,
                                                 re.DOTALL | re.MULTILINE)
                  if "routine-refill-multilingual" in block]
    return example


@pytest.mark.parametrize(("language", "title", "order", "objective", "passed"), [
    (Language.DE, "Routinemäßige Nachfüllung", "Refill with 20 mL baclofen 2000 mcg/mL. Keep "
     "the current program.", "20 mL mit 2000 mcg/mL nachfüllen", "Wie verordnet nachgefüllt."),
    (Language.FR, "Remplissage de routine", "Refill with 20 mL baclofen 2000 mcg/mL. Keep the "
     "current program.", "Refill 20 mL at 2000 mcg/mL", "Refilled as ordered."),
    (Language.ES, "Routine refill", "Rellenar con 20 mL de baclofeno 2000 mcg/mL. Mantener el "
     "programa actual.", "Refill 20 mL at 2000 mcg/mL", "Refilled as ordered."),
    (Language.EN, "Routine refill", "Refill with 20 mL baclofen 2000 mcg/mL. Keep the current "
     "program.", "Refill 20 mL at 2000 mcg/mL", "Refilled as ordered."),
])
def test_one_file_carries_its_story_in_several_languages(language, title, order, objective,
                                                         passed):
    """The console's own language where the file has it, else English; a text written
    once (the patient's story, a fail feedback) is the same in every language."""
    use(language)
    try:
        scenario = parse_scenario("multilingual.toml", several_languages_example())
    finally:
        use(Language.EN)
    (refill,) = scenario.objectives
    assert (scenario.title, scenario.order, refill.text, refill.feedback_pass) == (
        title, order, objective, passed)
    assert scenario.patient_story.startswith("Mr T., 46, T6 spinal cord injury")
    assert refill.feedback_fail == "The refill was not done as ordered."


def test_a_language_the_console_does_not_speak_is_refused_with_the_ones_it_does():
    example = several_languages_example().replace('fr = "Remplissage de routine"',
                                                  'it = "Ricarica di routine"')
    with pytest.raises(ScenarioError, match="'it' is not a language of the console; use "
                                            "en, de, fr, es"):
        parse_scenario("multilingual.toml", example)
