"""Reports and debriefs name the build that wrote them: version and source commit."""

import json
from dataclasses import replace

import pytest
from itb_console.console.training.debrief import (
    DebriefError,
    from_json_dict,
    load_debrief,
    save_debrief,
    to_json_dict,
)
from itb_console.console.training.debrief_example import example_debrief
from itb_console.device.version import Build, current_build
from itb_console.ui.reports.debrief_pdf import debrief_html
from itb_console.ui.reports.report_pdf import report_html

from tests.ui.reports.test_report_pdf import sample_report

BUILD = Build("itb-console", "9.8.7", "0123456789ab")


def test_a_report_records_and_prints_the_running_build(tmp_path):
    report = sample_report()
    assert report.software == current_build()
    path = tmp_path / "session.json"
    replace(report, software=BUILD).save_json(path)
    assert json.loads(path.read_text())["software"] == {
        "name": "itb-console", "version": "9.8.7", "commit": "0123456789ab"}
    assert ("Made by itb-console 9.8.7 (commit 0123456789ab)"
            in report_html(replace(report, software=BUILD)))


def test_a_debrief_keeps_the_build_that_scored_it(tmp_path):
    debrief = replace(example_debrief(), software=BUILD)
    path = tmp_path / "debrief.json"
    save_debrief(debrief, path)
    assert json.loads(path.read_text())["software"]["version"] == "9.8.7"
    assert load_debrief(path).software == BUILD
    assert "itb-console 9.8.7 (commit 0123456789ab)" in debrief_html(debrief)


def test_a_debrief_from_before_builds_were_recorded_still_loads():
    record = to_json_dict(example_debrief())
    del record["software"]
    loaded = from_json_dict(record)
    assert loaded.software is None
    assert "Scored by</th><td>not recorded in this file" in debrief_html(loaded)


@pytest.mark.parametrize("software, message", [
    ("itb-console", "software: 'itb-console' must be an object"),
    ({"name": "itb-console", "version": 1, "commit": None}, "software.version: 1 must be text"),
    ({"name": "itb-console", "version": "1", "commit": 5}, "software.commit: 5 must be text"),
])
def test_a_bad_build_record_is_refused_with_what_is_wrong(software, message):
    record = {**to_json_dict(example_debrief()), "software": software}
    with pytest.raises(DebriefError, match=message):
        from_json_dict(record)
