"""What each CTL leaves in the log is what protocol.md's CTL table says; a CTL the pump
cannot take now is refused with a state reason; LOG since and the two implant values are
as documented."""

import re
from pathlib import Path

import pytest
from itb_console.device.protocol import Frame, decode

from tests.device.test_protocol import ask, server

DOC = (Path(__file__).parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
ARGS = {"ADVANCE": {"seconds": 60}, "RESERVOIR": {"calculated_nl": 10_000_000},
        "BATTERY": {"days": 1000}, "ALARM": {"code": "low_reservoir"}, "STALL": {},
        "OVERINFUSE": {"percent": 20}, "DRIFT": {"ppm": 500},
        "PUMPCLOCK": {"clock": "20260101T120000"}, "TRUE": {},
        "MRI": {"minutes": 30, "resume": "normal"}}


def documented_logs() -> dict[str, list[str]]:
    """CTL action -> the event kinds its row of the table says it logs."""
    table = DOC[DOC.index("| request | effect | logs |"):]
    rows = {}
    for line in table.splitlines()[2:]:
        if not line.startswith("| `CTL "):
            break
        request, logs = line.split(" | ")[0], line.rsplit(" | ", 1)[1]
        rows[request.split()[2].rstrip("`")] = re.findall(r"`([a-z-]+)`", logs)
    return rows


def ctl(pump, seq: int, action: str, **args) -> Frame:
    line = Frame(seq, "CTL", {k: str(v) for k, v in args.items()}, (action,)).encode()
    return decode(pump.answer(line.rstrip(b"\r\n")).rstrip(b"\r\n"))


def test_the_table_covers_every_ctl_action():
    assert sorted(documented_logs()) == sorted(ARGS)


@pytest.mark.parametrize("action", sorted(ARGS))
def test_each_ctl_logs_what_the_table_says(action):
    pump = server(test_control=True)
    before = len(pump.model.events)
    assert ctl(pump, 1, action, **ARGS[action]).verb == "OK"
    assert [event.kind for event in pump.model.events[before:]] == documented_logs()[action]


def test_drift_is_logged_with_the_ppm_the_tester_set():
    pump = server(test_control=True)
    assert ctl(pump, 1, "DRIFT", ppm=-250).verb == "OK"
    assert pump.model.events[-1].detail == {"detail": "tester set clock drift", "ppm": -250}


def test_a_second_mri_during_an_exposure_is_refused_as_busy_not_as_a_bad_request():
    pump = server(test_control=True)
    assert ctl(pump, 1, "MRI", minutes=30, resume="normal").verb == "OK"
    refused = ctl(pump, 2, "MRI", minutes=30, resume="normal")
    assert (refused.words, refused.args["msg"]) == (
        ("busy",), "An MRI exposure is still in progress: a new scan can start once its "
                   "stall recovery is logged (at the second OPEN after the rotor turned "
                   "again).")


def test_log_since_runs_from_0_to_1000000000():
    pump = server()
    assert ask(pump, 1, "LOG", since=1_000_000_000).args["count"] == "0"
    refused = ask(pump, 2, "LOG", since=1_000_000_001)
    assert (refused.words, refused.args["msg"]) == (
        ("out-of-range",), "since=1000000001 is outside 0 to 1000000000")


def test_status_implanted_is_the_battery_start_and_record_implanted_the_recorded_date():
    pump = server()
    assert ask(pump, 1, "STATUS").args["implanted"] == "20260101T000000"
    assert ask(pump, 2, "RECORD").args["implanted"] == "20260101"
    assert ask(pump, 3, "OPEN").verb == "OK"
    assert ask(pump, 4, "SETRECORD", reason="date corrected",
               implanted="20251215").args["implanted"] == "20251215"
    assert ask(pump, 5, "STATUS").args["implanted"] == "20260101T000000"  # the battery's
