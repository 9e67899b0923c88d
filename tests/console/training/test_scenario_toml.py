"""Scenarios written as TOML read back identically (hypothesis over generated scenarios);
the checks are the loader's own messages; a scenario with an error is never written."""

from __future__ import annotations

import os
import stat
import tomllib
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.training.scenario_file import ScenarioError
from itb_console.console.training.scenario_toml import (
    check_as_in_file,
    check_scenario,
    read_scenario_data,
    save_scenario,
    scenario_text,
)
from itb_console.console.training.scenarios import (
    load_scenario_file,
    parse_scenario,
    shipped_titles,
)
from itb_console.device.implant_record import TIP_LEVELS
from itb_console.device.mri_fault import MriResume
from itb_console.device.pump_api import AlarmCode, BolusKind

ALARMS = [a.value for a in AlarmCode]
# Any text a trainer might type: quotes, backslashes, accents, tabs, line breaks, emoji.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda t: t.strip() != "")
IDS = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)
OWN_IDS = IDS.filter(lambda i: i not in shipped_titles())  # a trainer's: not a shipped name
ML = st.integers(0, 200).map(lambda tenths: f"{tenths / 10:g}")  # 0 to 20 mL


CATHETER_MODELS = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E,
                                        blacklist_characters="@"), min_size=1, max_size=32
                          ).filter(lambda t: t.strip() == t and t != "")


@st.composite
def records(draw, start: date) -> dict[str, Any]:
    """``[pump.record]``: any of its fields, each within what the loader takes."""
    implanted = start - timedelta(days=draw(st.integers(0, 3000)))
    last = implanted + timedelta(days=draw(st.integers(0, (start - implanted).days)))
    next_ = last + timedelta(days=draw(st.integers(0, 400)))
    fields = {
        # a trainer may type a date as text, or a TOML date by hand
        "implant_date": st.sampled_from([implanted.isoformat(), implanted]),
        "catheter_model": CATHETER_MODELS,
        "catheter_length_cm": st.integers(100, 1500).map(lambda mm: f"{mm / 10:g}"),
        "catheter_ml_per_cm": st.integers(500, 10_000).map(lambda nl: f"{nl / 1e6:.4f}"),
        "tip_level": st.sampled_from(TIP_LEVELS),
        "last_refill": st.just(last.isoformat()), "next_refill": st.just(next_.isoformat())}
    chosen = draw(st.sets(st.sampled_from(sorted(fields))))
    if "next_refill" in chosen and "last_refill" not in chosen:
        chosen.discard("next_refill")  # booked from the last refill drawn above
    if "last_refill" in chosen:
        chosen.add("implant_date")  # the last refill is on or after this implant
    return {key: draw(fields[key]) for key in sorted(chosen)}


@st.composite
def pumps(draw) -> dict[str, Any]:
    mode = draw(st.sampled_from(["continuous", "flexible", "stopped"]))
    more = 3 if mode == "flexible" else 0  # one rate all day otherwise
    minutes = sorted(draw(st.sets(st.integers(1, 47), max_size=more)))
    steps = [["00:00", str(draw(st.integers(100, 600)))]] + [
        [f"{m * 30 // 60:02}:{m * 30 % 60:02}", str(draw(st.integers(100, 600)))]
        for m in minutes]
    pump: dict[str, Any] = {
        "profile": "itb-20", "patient_id": draw(TEXT),
        "start": f"2026-{draw(st.integers(1, 12)):02}-{draw(st.integers(1, 28)):02}T"
                 f"{draw(st.integers(0, 23)):02}:{draw(st.sampled_from(['00', '30']))}:00",
        "timezone": draw(st.sampled_from(["Europe/London", "America/New_York", "UTC"])),
        "drug": "baclofen", "concentration_mcg_per_ml": draw(st.sampled_from([500, 1000, 2000])),
        "mode": mode,
        "steps": steps, "reservoir_ml": draw(ML)}
    optional = {
        "true_reservoir_ml": ML, "low_reservoir_alarm_ml": st.sampled_from(["1", "2", "4.5"]),
        "clock_offset_minutes": st.integers(-1440, 1440), "drift_ppm": st.integers(-100, 100),
        "battery_days_left": st.integers(0, 3000), "over_infusion_percent": st.integers(0, 200),
        "alarms": st.lists(st.sampled_from(ALARMS), unique=True, max_size=3),
        "record": records(datetime.fromisoformat(pump["start"]).date())}
    for key, values in optional.items():
        if draw(st.booleans()):
            pump[key] = draw(values)
    return pump


EVENTS = st.one_of(
    st.fixed_dictionaries({"after_minutes": st.integers(0, 7 * 1440), "kind": st.just("alarm"),
                           "alarm": st.sampled_from(ALARMS)}),
    st.fixed_dictionaries({"after_minutes": st.integers(0, 600),
                           "kind": st.sampled_from(["motor_stall", "link_drop"])}),
    st.fixed_dictionaries({"after_minutes": st.integers(0, 600),
                           "kind": st.just("over_infusion"), "percent": st.integers(1, 200)}),
    st.fixed_dictionaries({"after_minutes": st.integers(0, 600), "kind": st.just("advance"),
                           "hours": st.integers(1, 24 * 366)}),
    st.fixed_dictionaries({"after_minutes": st.integers(0, 600), "kind": st.just("mri"),
                           "minutes": st.integers(1, 240),
                           "resume": st.sampled_from([MriResume.NORMAL.value,
                                                      MriResume.STUCK.value])}),
    st.fixed_dictionaries({"after_minutes": st.integers(0, 600), "kind": st.just("mri"),
                           "minutes": st.integers(1, 240), "resume": st.just("delayed"),
                           "delay_hours": st.integers(2, 24)}))

CHECK_FIELDS = st.one_of(
    st.sampled_from([{"check": c} for c in (
        "interrogated_first", "program_unchanged", "never_stopped", "discrepancy_acknowledged",
        "no_bolus", "report_printed", "no_soft_limit_override", "interrogated_twice")]),
    st.fixed_dictionaries({"check": st.just("mri_checked"),
                           "outcome": st.sampled_from(["resumed", "delayed", "no-stall"])}),
    st.fixed_dictionaries({"check": st.just("daily_dose_between"),
                           "min_mcg_per_day": st.integers(0, 500),
                           "max_mcg_per_day": st.integers(500, 1000)}),
    st.fixed_dictionaries({"check": st.just("refill"), "filled_ml": st.sampled_from(["20", "1.5"]),
                           "concentration_mcg_per_ml": st.sampled_from([500, 2000])}),
    st.fixed_dictionaries({"check": st.just("bolus_given"),
                           "bolus": st.sampled_from([b.value for b in BolusKind]),
                           "min_ml": st.just("0.1"), "max_ml": st.just("0.5")}),
    st.fixed_dictionaries({"check": st.just("alarm_cleared"), "alarm": st.sampled_from(ALARMS)}),
    st.fixed_dictionaries({"check": st.just("clock_within"), "minutes": st.integers(0, 1440)}),
    st.fixed_dictionaries({"check": st.just("low_reservoir_alarm"),
                           "alarm_ml": st.sampled_from(["2", "3"])}))


@st.composite
def objectives(draw) -> list[dict[str, Any]]:
    ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    return [{"id": objective_id, "text": draw(TEXT), **draw(CHECK_FIELDS),
             "points": draw(st.integers(1, 100)), "pass": draw(TEXT), "fail": draw(TEXT)}
            for objective_id in ids]


SCENARIOS = st.fixed_dictionaries({
    "scenario": st.fixed_dictionaries({
        "id": OWN_IDS, "title": TEXT,
        "difficulty": st.sampled_from(["basic", "intermediate", "advanced"]),
        "summary": TEXT}),
    "patient": st.fixed_dictionaries({"origin": st.sampled_from(["spinal", "cerebral"]),
                                      "story": TEXT}),
    "order": st.fixed_dictionaries({"text": TEXT}),
    "pump": pumps(),
    "objectives": objectives()}, optional={"events": st.lists(EVENTS, min_size=1, max_size=3)})


@settings(max_examples=60)
@given(SCENARIOS)
def test_generated_scenarios_are_written_and_read_back_identically(data) -> None:
    text = scenario_text(data)
    assert tomllib.loads(text) == data  # every value exactly, texts included
    assert scenario_text(tomllib.loads(text)) == text
    _text, scenario = check_scenario("generated.toml", data)
    assert scenario == parse_scenario("generated.toml", text)
    assert len(scenario.objectives) == len(data["objectives"])
    assert [e.after_minutes for e in scenario.events] == [
        e["after_minutes"] for e in data.get("events", [])]
    record, written = scenario.pump.record, data["pump"].get("record", {})
    assert record.implanted_on == date.fromisoformat(str(written.get(
        "implant_date", data["pump"]["start"][:10])))
    assert record.catheter_length_mm == round(float(written.get("catheter_length_cm", 45)) * 10)
    assert record.catheter_nl_per_cm == round(
        float(written.get("catheter_ml_per_cm", "0.0022")) * 1e6)
    assert (record.catheter_model, record.tip_level) == (
        written.get("catheter_model", "SIM-CATH-1"), written.get("tip_level", "T10"))
    assert record.next_refill_on == (date.fromisoformat(written["next_refill"])
                                     if "next_refill" in written else None)


@settings(max_examples=30)
@given(SCENARIOS)
def test_a_saved_scenario_loads_as_the_editor_had_it(tmp_path_factory, data) -> None:
    path = tmp_path_factory.mktemp("saved") / "mine.toml"
    scenario = save_scenario(path, data)
    assert load_scenario_file(path) == scenario
    assert read_scenario_data(path) == (data, path.read_text(encoding="utf-8"), None)


@pytest.mark.parametrize("name", sorted(
    item.name for item in resources.files("itb_console.resources").joinpath(
        "scenarios").iterdir() if item.name.endswith(".toml")))
def test_every_shipped_scenario_rewritten_loads_the_same(name: str) -> None:
    original = resources.files("itb_console.resources").joinpath("scenarios", name).read_text(
        encoding="utf-8")
    data = tomllib.loads(original)
    _text, rewritten = check_scenario(name, data, shipped_file=True)
    assert rewritten == parse_scenario(name, original)
    with pytest.raises(ScenarioError) as refused:  # a trainer's copy needs its own name
        check_scenario("mine.toml", data)
    assert str(refused.value) == (
        f"mine.toml:4: scenario.id: '{data['scenario']['id']}' is the short name of the "
        f"shipped scenario '{data['scenario']['title']}'; give this scenario a short name "
        "of its own")


def test_errors_are_the_loaders_with_the_line_of_the_saved_text(tmp_path: Path) -> None:
    data = tomllib.loads(resources.files("itb_console.resources").joinpath(
        "scenarios", "01-routine-refill.toml").read_text(encoding="utf-8"))
    data["pump"]["reservoir_ml"] = "30"
    data["objectives"][1]["points"] = 0
    text = scenario_text(data)
    with pytest.raises(ScenarioError) as caught:
        parse_scenario("mine.toml", text)
    line = text.splitlines().index('reservoir_ml = "30"') + 1
    assert str(caught.value) == f"mine.toml:{line}: pump.reservoir_ml: 30 mL is outside 0 to 20 mL"
    with pytest.raises(ScenarioError, match=r"pump\.reservoir_ml: 30 mL is outside"):
        check_scenario("mine.toml", data)
    path = tmp_path / "mine.toml"
    path.write_text("kept", encoding="utf-8")
    with pytest.raises(ScenarioError):
        save_scenario(path, data)
    assert path.read_text(encoding="utf-8") == "kept"  # never half-written, never replaced
    data["pump"]["reservoir_ml"] = "3"
    with pytest.raises(ScenarioError) as caught:
        save_scenario(path, data)
    assert str(caught.value).endswith(
        "objectives[2].points: 0 must be a whole number from 1 to 100")
    assert path.read_text(encoding="utf-8") == "kept"


def test_a_bad_file_opens_for_editing_with_its_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    data = tomllib.loads(resources.files("itb_console.resources").joinpath(
        "scenarios", "01-routine-refill.toml").read_text(encoding="utf-8"))
    data["patient"]["origin"] = "spinall"
    path.write_text(scenario_text(data), encoding="utf-8")
    loaded, _text, error = read_scenario_data(path)
    assert loaded == data
    assert error is not None and error.startswith(f"{path}:")
    assert error.endswith("patient.origin: 'spinall' must be one of spinal, cerebral")
    path.write_text("[scenario\nid = 1", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"bad.toml: not valid TOML: .*line 1"):
        read_scenario_data(path)


def test_values_a_scenario_file_cannot_hold_are_refused() -> None:
    with pytest.raises(ScenarioError, match=r"pump.reservoir_ml: 3.2 cannot be written"):
        scenario_text({"pump": {"reservoir_ml": 3.2}})


BAD_STEPS = """# written by hand: comments and blank lines the editor does not keep

[scenario]
id = "bad-steps"
title = "Bad steps"
difficulty = "basic"
summary = "A hand-written file."

[patient]
origin = "spinal"
story = "A story."

[order]
text = "An order."

[pump]
profile = "itb-20"
start = "2026-11-25T09:00:00"
concentration_mcg_per_ml = 2000
mode = "continuous"

steps = [["00:00", "40"]]
reservoir_ml = "3.2"

[[objectives]]
id = "first"
text = "Interrogate first"
check = "interrogated_first"
points = 10
pass = "Yes."
fail = "No."
"""


def test_the_editors_check_names_the_line_of_the_file_on_disk_or_none() -> None:
    """A hand-written file's error is at its own line 22, as the loader says; once the
    form holds something the file does not, no line (the file does not hold it yet)."""
    data = tomllib.loads(BAD_STEPS)
    with pytest.raises(ScenarioError) as loader:
        parse_scenario("bad-steps.toml", BAD_STEPS)
    assert str(loader.value).startswith("bad-steps.toml:22: pump.steps: ")
    with pytest.raises(ScenarioError) as editor:
        check_as_in_file("bad-steps.toml", data, BAD_STEPS)
    assert str(editor.value) == str(loader.value)
    data["pump"]["reservoir_ml"] = "3.3"  # changed in the form, not saved
    with pytest.raises(ScenarioError) as edited:
        check_as_in_file("bad-steps.toml", data, BAD_STEPS)
    assert str(edited.value) == str(loader.value).replace("bad-steps.toml:22: ",
                                                          "bad-steps.toml: ")
    with pytest.raises(ScenarioError) as new:
        check_as_in_file("new-scenario.toml", data, None)
    assert str(new.value).startswith("new-scenario.toml: pump.steps: ")


@pytest.mark.parametrize(("key", "table", "number"), [
    ("reservoir_ml", "pump", "3.2"), ("true_reservoir_ml", "pump", "3"),
    ("low_reservoir_alarm_ml", "pump", "2"), ("catheter_ml_per_cm", "pump.record", "0.0022"),
    ("catheter_length_cm", "pump.record", "45"), ("min_ml", "objectives[1]", "0.02"),
    ("max_ml", "objectives[1]", "0.5"), ("filled_ml", "objectives[1]", "20"),
    ("alarm_ml", "objectives[1]", "2")])
def test_a_volume_written_as_a_number_is_refused_with_how_to_write_it(key, table,
                                                                      number) -> None:
    """Volumes are text in scenario files ("0.02"); a TOML number is refused in every volume
    field alike, the editor's check included, saying how to write it."""
    data = tomllib.loads(BAD_STEPS.replace('"40"', '"400"'))
    if table == "pump":
        data["pump"][key] = "NUMBER"
    elif table == "pump.record":
        data["pump"]["record"] = {key: "NUMBER"}
    else:
        data["objectives"][0] |= {
            "min_ml": {"check": "bolus_given", "bolus": "clinician", "max_ml": "0.5"},
            "max_ml": {"check": "bolus_given", "bolus": "clinician", "min_ml": "0.1"},
            "filled_ml": {"check": "refill"},
            "alarm_ml": {"check": "low_reservoir_alarm"}}[key] | {key: "NUMBER"}
    text = scenario_text(data).replace('"NUMBER"', number)
    with pytest.raises(ScenarioError) as refused:
        parse_scenario("mine.toml", text)
    line = next(n for n, row in enumerate(text.splitlines(), 1)
                if row == f"{key} = {number}")
    assert str(refused.value) == (
        f"mine.toml:{line}: {table}.{key}: {number} is written as a number; write it as "
        f'text in quotes: {key} = "{number}"')
    with pytest.raises(ScenarioError) as editor:
        check_as_in_file("mine.toml", tomllib.loads(text), text)
    assert str(editor.value) == str(refused.value)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_saved_scenario_has_the_users_usual_file_mode(tmp_path: Path, umask, mode) -> None:
    """Written as any new file is (0666 less the umask): a colleague the trainer shares the
    folder with can read it; written again, it keeps that mode."""
    data = tomllib.loads(BAD_STEPS.replace('"40"', '"400"'))
    path = tmp_path / "mine.toml"
    old = os.umask(umask)
    try:
        save_scenario(path, data)
        assert stat.S_IMODE(path.stat().st_mode) == mode
        save_scenario(path, data)
        assert stat.S_IMODE(path.stat().st_mode) == mode
    finally:
        os.umask(old)
