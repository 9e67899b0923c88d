"""Debrief record: built from an assessment, saved and loaded exactly, bad files refused."""

import json
import os
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from itb_console.console.actions import Action, ActionKind, ActionLog
from itb_console.console.training.debrief import (
    FORMAT_VERSION,
    DebriefError,
    PumpOnRecord,
    from_json_dict,
    load_debrief,
    save_debrief,
    to_json_dict,
)
from itb_console.console.training.debrief_example import STARTED_AT, example_debrief
from itb_console.console.training.debrief_text import (
    context_at,
    elapsed,
    pump_words,
    recorded_details,
    sentence,
)
from itb_console.device.implant_record import ImplantRecord

from tests.text import spaced


def test_built_from_the_assessment_of_a_shipped_scenario():
    debrief = example_debrief()
    assert (debrief.scenario_id, debrief.scenario_title) == (
        "spinal-titration", "Titration, spinal origin")
    assert (debrief.score, debrief.max_score, debrief.percent) == (50, 100, 50.0)
    scored = {o.id: (o.points, o.max_points, o.passed) for o in debrief.objectives}
    assert scored == {"interrogate-first": (15, 15, True), "dose": (0, 40, False),
                      "within-limits": (15, 15, True), "not-stopped": (20, 20, True),
                      "report": (0, 10, False)}
    dose = next(o for o in debrief.objectives if o.id == "dose")
    assert dose.feedback.startswith("The order was +20 %: 360 mcg/day")
    assert len(debrief.actions.actions) == 7


def test_the_debrief_names_whose_pump_it_was_with_its_implant_record():
    debrief = example_debrief()
    assert debrief.pump == PumpOnRecord(
        "TRAINING-02", "GX-20", "SIM-000002",
        ImplantRecord(date(2026, 10, 14), "SIM-CATH-1", 450, 2200, "T10",
                      last_refill_on=date(2026, 10, 14), next_refill_on=date(2027, 1, 13)))
    assert to_json_dict(debrief)["pump"] == {
        "patient_id": "TRAINING-02", "model_code": "GX-20", "serial_number": "SIM-000002",
        "implant": {"implant_date": "2026-10-14", "catheter_model": "SIM-CATH-1",
                    "catheter_length_mm": 450, "catheter_nl_per_cm": 2200,
                    "catheter_volume_nl": 99_000, "tip_level": "T10",
                    "last_refill": "2026-10-14", "next_refill": "2027-01-13"}}
    assert {label: spaced(words) for label, words in pump_words(debrief).items()} == {
        "Patient": "TRAINING-02", "Pump": "GX-20 SIM-000002", "Implanted": "2026-10-14",
        "Catheter": "SIM-CATH-1, 45.0 cm x 0.0022 mL/cm = 0.099 mL", "Catheter tip": "T10",
        "Last refill": "2026-10-14", "Next refill (booked)": "2027-01-13"}


def test_a_debrief_from_before_the_record_was_kept_loads_and_says_so():
    data = _valid()
    del data["pump"]
    loaded = from_json_dict(data)
    assert loaded.pump is None
    assert pump_words(loaded) == {"Patient and implant record": "not recorded in this file"}
    data["pump"] = None
    assert from_json_dict(data).pump is None


def test_later_actions_do_not_change_a_debrief():
    log = example_debrief().actions
    debrief = example_debrief(log)
    log.record(ActionKind.REPORT_PRINTED, STARTED_AT + timedelta(hours=1))
    assert len(debrief.actions.actions) == 7


def test_save_then_load_is_exact_and_the_file_is_readable(tmp_path):
    path = tmp_path / "debrief.json"
    debrief = example_debrief()
    save_debrief(debrief, path)
    assert load_debrief(path) == debrief
    record = json.loads(path.read_text())
    assert record["kind"] == "itb-debrief" and record["format_version"] == FORMAT_VERSION
    assert record["training_mark"] == "Training mock, not for clinical use"
    assert (record["score"], record["max_score"]) == (50, 100)
    assert record["actions"][4] == {
        "kind": "program-sent", "at": "2026-11-25T11:04:30+00:00",
        "detail": {"program": "continuous;baclofen;2000;0:350000", "program_in_force": "new"}}
    assert [p.name for p in tmp_path.iterdir()] == ["debrief.json"]  # no temp file left


_ZONES = st.sampled_from([UTC, timezone(timedelta(hours=1)),
                          timezone(-timedelta(hours=5, minutes=30))])
_ACTIONS = st.builds(
    Action, st.sampled_from(ActionKind),
    st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=_ZONES),
    st.dictionaries(st.text(max_size=12), st.text(max_size=30) | st.integers(), max_size=5))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ACTIONS, max_size=12), st.text(max_size=20), st.text(max_size=20))
def test_any_action_log_round_trips_exactly(actions, trainee, station):
    debrief = replace(example_debrief(), trainee=trainee, station=station,
                      actions=ActionLog(list(actions)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.json"
        save_debrief(debrief, path)
        loaded = load_debrief(path)
        assert loaded == debrief
        assert [a.at.isoformat() for a in loaded.actions.actions] == [
            a.at.isoformat() for a in actions]
        assert [type(v) for a in loaded.actions.actions for v in a.detail.values()] == [
            type(v) for a in actions for v in a.detail.values()]


def _valid() -> dict:
    return to_json_dict(example_debrief())


def _without(key):
    def change(data):
        del data[key]
    return change


def _without_pump(key):
    def change(data):
        del data["pump"][key]
    return change


def _set(*path_and_value):
    *path, value = path_and_value

    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


@pytest.mark.parametrize(("change", "fragment"), [
    (_set("kind", "itb-pump-state"), "is not an ITB debrief file"),
    (_set("format_version", 2), "format_version 2 is newer than this program reads (up to 1)"),
    (_set("format_version", "1"), "format_version '1' must be a whole number"),
    (_without("trainee"), "trainee is missing"),
    (_set("scenario", "id", 7), "scenario.id: 7 must be text"),
    (_set("objectives", 1, "points", True), "objectives[1].points: True must be a whole number"),
    (_set("objectives", 1, "points", 40), "objectives[1].points: 40 must be 0 for an objective "
                                          "failed out of 40"),
    (_set("objectives", 0, "max_points", 0), "objectives[0].max_points: 0 must be from 1 to 100"),
    (_set("objectives", []), "at least one objective"),
    (_set("objectives", 1, "id", "interrogate-first"), "'interrogate-first' is used twice"),
    (_set("score", 90), "score: 90 does not match the objectives, which add up to 50"),
    (_set("actions", 2, "kind", "teleport"), "actions[2].kind: 'teleport' is not an action"),
    (_set("actions", 0, "at", "2026-11-25T11:00:00"), "actions[0].at: '2026-11-25T11:00:00' "
                                                      "must include its UTC offset"),
    (_set("actions", 0, "at", "yesterday"), "must be a date-time like"),
    (_set("actions", 2, "detail", "program", 1.5), "actions[2].detail.program: 1.5 must be text "
                                                   "or a whole number"),
    (_set("actions", 1, []), "actions[1]: must be an object"),
    (_set("ended_at", "2026-11-25T10:00:00+00:00"), "is before started_at"),
    (_set("pump", "TRAINING-02"), "pump: must be an object with patient_id"),
    (_without_pump("serial_number"), "pump.serial_number is missing"),
    (_set("pump", "implant", "catheter_volume_nl", 100_000),
     "pump.implant.catheter_volume_nl: 100000 does not match the catheter, which holds 99000 nL"),
    (_set("pump", "implant", "tip_level", "T13"),
     "pump.implant.tip_level: 'T13' must be a vertebral level C1-C7, T1-T12 or L1-L5"),
    (_set("pump", "implant", "catheter_length_mm", 20_000),
     "pump.implant.catheter_length_cm: 2000 cm is outside 10 to 150 cm"),
    (_set("pump", "implant", "last_refill", "2026-01-01"),
     "pump.implant.last_refill: 2026-01-01 is outside 2026-10-14 to 2099-12-31"),
    (_set("pump", "implant", "implant_date", "14/10/2026"),
     "pump.implant.implant_date: '14/10/2026' must be a date like 2026-11-25"),
    (_set("pump", "implant", "next_refill", 20270113),
     "pump.implant.next_refill: 20270113 must be text"),
])
def test_bad_files_are_refused_naming_the_file_and_the_field(tmp_path, change, fragment):
    data = _valid()
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DebriefError) as refused:
        load_debrief(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert fragment in str(refused.value)


@pytest.mark.parametrize(("content", "fragment"), [
    (b"{\"kind\": \"itb-debrief\", ", "is not valid JSON"),
    (b"\xff\xfe not text", "cannot be read"),
    (b"[1, 2]", "is not an ITB debrief file"),
])
def test_corrupt_files_are_refused(tmp_path, content, fragment):
    path = tmp_path / "corrupt.json"
    path.write_bytes(content)
    with pytest.raises(DebriefError, match=r"corrupt\.json: ") as refused:
        load_debrief(path)
    assert fragment in str(refused.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DebriefError, match=r"nothere\.json: cannot be read"):
        load_debrief(tmp_path / "nothere.json")


def test_unsaveable_values_are_refused_before_the_old_file_is_touched(tmp_path):
    path = tmp_path / "debrief.json"
    save_debrief(example_debrief(), path)
    before = path.read_bytes()
    naive = ActionLog([Action(ActionKind.INTERROGATE, datetime(2026, 11, 25, 11))])
    with pytest.raises(DebriefError, match=r"actions\[0\]\.at: .* has no time zone"):
        save_debrief(example_debrief(naive), path)
    floaty = ActionLog([Action(ActionKind.CLOCK_SET, STARTED_AT, {"drift": 1.5})])
    with pytest.raises(DebriefError, match=r"actions\[0\]\.detail\.drift: 1\.5"):
        save_debrief(example_debrief(floaty), path)
    assert path.read_bytes() == before


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "debrief.json"
    save_debrief(example_debrief(), path)
    before = path.read_bytes()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DebriefError, match=r"cannot be written \(No space left on device"):
        save_debrief(example_debrief(ActionLog()), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["debrief.json"]


# ------------------------------------------------------------------ plain words
def test_actions_in_plain_words_with_units():
    actions = example_debrief().actions.actions
    assert spaced(sentence(actions[4])) == ("Program sent: 350.0 mcg/day (0.175 mL/day at "
                                            "2000 mcg/mL), continuous, 1 step, verified")
    assert spaced(sentence(actions[2])) == (
        "Program send failed: tried 350.0 mcg/day (0.175 mL/day at 2000 mcg/mL), continuous, "
        "1 step; the pump runs the OLD program")
    assert sentence(actions[1]) == "Pump interrogated"
    refill = Action(ActionKind.REFILL, STARTED_AT, {
        "expected_residual_nl": 3_200_000, "withdrawn_nl": 1_900_000, "filled_nl": 20_000_000,
        "concentration": 2000, "low_alarm_nl": 2_000_000, "flagged": 1})
    assert spaced(sentence(refill)) == (
        "Refill: withdrew 1.90 mL (expected 3.20 mL: 1.30 mL less came back than expected), "
        "filled 20.00 mL "
        "at 2000 mcg/mL, low-reservoir alarm at 2.00 mL, discrepancy FLAGGED")
    bridge = Action(ActionKind.BOLUS_STARTED, STARTED_AT, {"kind": "bridge", "volume_nl": 250_000,
                                                   "duration_s": 36_000})
    assert spaced(sentence(bridge)) == "Bolus started: bridge bolus, 0.250 mL over 10:00 h"
    failed = Action(ActionKind.PROGRAM_FAILED, STARTED_AT, {"program_in_force": "unknown"})
    assert "NOT known: interrogate" in sentence(failed)
    odd = Action(ActionKind.BOLUS_STARTED, STARTED_AT, {"kind": "clinician", "volume_nl": "lots"})
    assert sentence(odd) == "Bolus started: clinician bolus"


def test_elapsed_time_since_the_start():
    assert elapsed(STARTED_AT, STARTED_AT + timedelta(minutes=4, seconds=30)) == "+0:04:30"
    assert elapsed(STARTED_AT, STARTED_AT + timedelta(hours=26, seconds=1)) == "+26:00:01"
    assert spaced(elapsed(STARTED_AT, STARTED_AT - timedelta(seconds=90))) == "-0:01:30"


def test_recorded_details_name_their_units():
    bridge = Action(ActionKind.BOLUS_STARTED, STARTED_AT, {"kind": "bridge", "volume_nl": 250_000,
                                                   "duration_s": 36_000})
    assert [(key, spaced(value)) for key, value in recorded_details(bridge)] == [
        ("kind", "bridge"), ("volume_nl", "250000 nL (0.25 mL)"),
        ("duration_s", "36000 s (10:00 h)")]


def test_context_follows_the_actions_so_far():
    log = example_debrief().actions
    after_failure = dict(context_at(log, 3))
    assert after_failure["Interrogated"] == "yes"
    assert after_failure["Program in force"] == "as found: no program sent yet"
    after_send = dict(context_at(log, 4))
    assert spaced(after_send["Program in force"]).startswith("350.0 mcg/day (0.175 mL/day")
    assert after_send["Program in force"].endswith("(sent and verified)")
    early = ActionLog([Action(ActionKind.BOLUS_STARTED, STARTED_AT, {"kind": "clinician",
                                                             "volume_nl": 50_000}),
                       Action(ActionKind.BOLUS_CANCELLED, STARTED_AT),
                       Action(ActionKind.PROGRAM_FAILED, STARTED_AT,
                              {"program_in_force": "unknown"})])
    context = dict(context_at(early, 2))
    assert context["Interrogated"].startswith("NOT YET")
    assert context["Program in force"].startswith("NOT KNOWN")
    assert spaced(context["Boluses started"]) == "1 (1 cancelled), last: clinician bolus, 0.050 mL"


def test_actions_without_their_own_words_show_what_was_recorded():
    screening = Action(ActionKind.SCREENING_RECORDED, STARTED_AT, {"candidate": "yes",
                                                          "start_ng_per_day": 150_000})
    assert spaced(sentence(screening)) == ("Trial screening recorded: candidate: yes; "
                                           "start: 150000 ng/day (150.0 mcg/day)")
    for kind in ActionKind:  # every kind, even one added later, reads as something
        assert sentence(Action(kind, STARTED_AT))


def test_the_documented_example_loads_and_every_action_kind_is_documented(tmp_path):
    docs = (Path(__file__).parents[3] / "docs" / "scenarios.md").read_text()
    section = docs[docs.index("## Debrief"):]
    example = section[section.index("```json") + len("```json"):]
    path = tmp_path / "example.json"
    path.write_text(example[:example.index("```")])
    loaded = load_debrief(path)
    assert (loaded.score, loaded.max_score) == (15, 55)
    assert loaded.actions.actions == example_debrief().actions.actions[2:5]
    for kind in ActionKind:
        assert f"`{kind.value}`" in section, f"docs/scenarios.md: add {kind.value!r} to Debrief"
