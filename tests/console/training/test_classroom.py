"""itb-classroom: stations in their own processes, one control connection, clear refusals."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.connect_failure import KEY_FILE_STEP
from itb_console.console.session import Session, SessionState
from itb_console.console.training import classroom_client
from itb_console.console.training.classroom_client import ClassroomClient, ClassroomError
from itb_console.console.training.classroom_link import rows_of
from itb_console.console.training.classroom_protocol import (
    MAX_STATIONS,
    OPS,
    ProtocolError,
    parse_request,
    row_from_json,
    row_to_json,
)
from itb_console.console.training.run_filing import ended_debrief
from itb_console.console.training.scenario_runner import StationState
from itb_console.device.pump_api import PumpError
from itb_console.device.serial_pump import SerialPump

from tests.classroom import classroom_process, serves

STATIONS = 8  # the bench runs 60; eight show the same on two shared cores


def open_rows(client, count, **args):
    rows, problems = rows_of(client.call("open", scenario="routine-refill", count=count,
                                         speed=1000.0, **args))
    assert problems == []
    return rows


def read(client):
    return {r.name: r for r in rows_of(client.call("read"))[0]}


def test_killing_one_station_process_leaves_the_others_serving(classroom):
    rows = open_rows(classroom, STATIONS)
    names = [r.name for r in rows]
    classroom.call("start", stations=names)
    victim = rows[3]
    os.kill(victim.pid, signal.SIGKILL)
    now = read(classroom)
    assert now[victim.name].state is StationState.CRASHED
    assert now[victim.name].problem == ("its process ended (killed by signal 9); restart "
                                        "it to serve again")
    others = [r for r in rows if r is not victim]
    assert [now[r.name].state for r in others] == [StationState.RUNNING] * (STATIONS - 1)
    assert [serves(r.url) for r in others] == ["TRAINING-01"] * (STATIONS - 1)
    with pytest.raises((OSError, PumpError)):
        serves(victim.url)
    # a command to all reaches the living and names the crashed one
    answer = classroom.call("pause", stations=names)
    assert answer["problems"] == [f"{victim.name}: crashed; restart it first"]
    (again,) = rows_of(classroom.call("restart", station=victim.name))[0]
    assert (again.url, again.state) == (victim.url, StationState.READY)
    assert again.pid != victim.pid and serves(victim.url) == "TRAINING-01"
    assert {read(classroom)[r.name].state for r in others} == {StationState.PAUSED}
    classroom.call("end", stations=names)


def test_the_debrief_names_the_pump_and_the_record_as_the_trainee_left_it(classroom):
    (row,) = open_rows(classroom, 1)
    classroom.call("start", stations=[row.name])
    assert read(classroom)[row.name].pump is None  # only with the actions asked for
    pump = SerialPump(row.url, timeout_s=2.0)
    try:
        pump.open_session()
        pump.write_record({"tip": "T8", "cath_mm": "400"}, "catheter revised")
        pump.close_session()
    finally:
        pump.close()
    classroom.call("end", stations=[row.name])
    debrief = ended_debrief(classroom, row.name, "A. Trainee")
    assert debrief.pump is not None
    assert (debrief.pump.patient_id, debrief.pump.model_code, debrief.pump.serial_number) == (
        "TRAINING-01", "GX-20", "SIM-000001")
    implant = debrief.pump.implant
    assert (implant.tip_level, implant.catheter_length_mm, implant.catheter_volume_nl) == (
        "T8", 400, 88_000)
    classroom.call("close", stations=[row.name])


def test_an_ended_station_keeps_the_true_residual_it_was_left_with(classroom):
    """Time stops at End and score: the row keeps what a syringe would withdraw then, not 0."""
    (row,) = open_rows(classroom, 1)
    classroom.call("start", stations=[row.name])
    classroom.call("pause", stations=[row.name])
    paused = read(classroom)[row.name]
    assert 0 < paused.true_residual_nl <= 3_200_000
    classroom.call("end", stations=[row.name])
    ended = read(classroom)[row.name]
    assert ended.state is StationState.ENDED
    assert (ended.true_residual_nl, ended.reservoir_nl) == (paused.true_residual_nl,
                                                            paused.reservoir_nl)
    classroom.call("close", stations=[row.name])


def test_an_mri_scan_injected_live_stops_the_rotor_and_restarts_as_asked(classroom):
    rows = open_rows(classroom, 2)
    names = [r.name for r in rows]
    classroom.call("start", stations=names)
    answer = classroom.call("inject", stations=[names[0]], kind="mri", minutes=45,
                            resume="delayed", delay_hours=6)
    assert answer["problems"] == []
    now = read(classroom)
    assert now[names[0]].alarms == ("motor_stall",)
    assert now[names[1]].alarms == ()  # only the station chosen
    # a second scan before the first one's recovery is logged is refused, in the pump's words
    again = classroom.call("inject", stations=[names[0]], kind="mri", minutes=10,
                           resume="normal")
    assert again["problems"] == [f"{names[0]}: An MRI exposure is still in progress: a new "
                                 "scan can start once its stall recovery is logged (at the "
                                 "second OPEN after the rotor turned again)."]
    pump = SerialPump(rows[0].url, timeout_s=2.0)
    try:
        pump.open_session()
        delivered = pump.interrogate().delivered_nl
        classroom.call("jump", stations=[names[0]], seconds=3 * 3600)  # scan over, still stalled
        assert pump.interrogate().delivered_nl == delivered
        classroom.call("jump", stations=[names[0]], seconds=5 * 3600)  # 45 min + 6 h passed
        assert pump.interrogate().delivered_nl > delivered
    finally:
        pump.close()
    classroom.call("end", stations=names)
    ended = classroom.call("inject", stations=[names[1]], kind="mri", minutes=45,
                           resume="normal")
    assert ended["problems"] == [f"{names[1]}: {names[1]} is ended; this needs it ready or "
                                 "running or paused"]
    classroom.call("close", stations=names)


def test_only_ended_or_crashed_stations_close(classroom):
    (row,) = open_rows(classroom, 1)
    answer = classroom.call("close", stations=[row.name])
    assert answer["problems"] == [f"{row.name} is ready; end it first, then close it"]
    classroom.call("end", stations=[row.name])
    answer = classroom.call("close", stations=[row.name])
    assert answer["problems"] == [] and row.name not in read(classroom)


def test_only_a_crashed_station_restarts_and_unknown_names_are_refused(classroom):
    (row,) = open_rows(classroom, 1)
    with pytest.raises(ClassroomError, match=f"{row.name} is ready; only a crashed station"):
        classroom.call("restart", station=row.name)
    with pytest.raises(ClassroomError, match="stations: Station 99 not open; open: Station 1"):
        classroom.call("start", stations=["Station 99"])
    classroom.call("end", stations=[row.name])


def test_more_than_the_classroom_holds_is_refused_and_nothing_opens(classroom):
    there = len(read(classroom))
    with pytest.raises(ClassroomError, match=f"allowed 1 to {MAX_STATIONS - there}"):
        classroom.call("open", scenario="routine-refill", count=MAX_STATIONS - there + 1,
                       speed=1.0)
    with pytest.raises(ClassroomError, match="'no-such' is not a shipped scenario"):
        classroom.call("open", scenario="no-such", count=1, speed=1.0)
    assert len(read(classroom)) == there


def test_a_scenario_file_that_does_not_validate_is_refused_with_its_error(classroom,
                                                                          tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[scenario]\nid = 3\n")
    with pytest.raises(ClassroomError, match=r"open\.scenario_file: .*bad\.toml"):
        classroom.call("open", scenario_file=str(bad), count=1, speed=1.0)
    copy = tmp_path / "copy.toml"  # a shipped scenario's short name, in a trainer's file
    copy.write_text((Path(__file__).parents[3] / "resources" / "scenarios" /
                     "01-routine-refill.toml").read_text(encoding="utf-8"))
    with pytest.raises(ClassroomError, match=r"copy\.toml:2: scenario\.id: 'routine-refill' "
                                             r"is the short name of the shipped scenario"):
        classroom.call("open", scenario_file=str(copy), count=1, speed=1.0)


def talk(first_line: dict, lines: list[bytes]) -> list[dict]:
    host, port = first_line["control"].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        reader = connection.makefile("rb")
        answers = []
        for line in lines:
            try:
                connection.sendall(line + b"\n")
                got = reader.readline()
            except ConnectionResetError:
                got = b""
            answers.append(json.loads(got) if got else {"closed": True})
        return answers


def test_bad_control_lines_are_answered_and_the_connection_goes_on():
    with classroom_process(linger_minutes=1) as (process, first):
        assert (first["server"], first["version"]) == ("itb-classroom", 1)
        assert talk(first, [b'{"id": 1, "op": "read"}', b"{}"]) == [
            {"id": 1, "ok": False, "error": 'hello first: {"id": 0, "op": "hello", '
             '"version": 1, "token": ...}'}, {"closed": True}]
        assert talk(first, [b'{"id": 1, "op": "hello", "version": 1, "token": "x"}'])[0][
            "error"] == "hello.token: wrong; give the token on the classroom's first output line"
        hello = json.dumps({"id": 1, "op": "hello", "version": 1,
                            "token": first["token"]}).encode()
        answers = talk(first, [hello, b"not json", b'{"id": 2, "op": "fly"}',
                               b'{"id": 3, "op": "jump", "seconds": 60}',
                               b'{"id": 4, "op": "speed", "speed": 2e6}',
                               b'{"id": 5, "op": "read"}', b'{"id": 6, "op": "shutdown"}'])
        assert answers[0]["ok"] and answers[0]["result"]["max_stations"] == MAX_STATIONS
        assert answers[1]["error"].startswith("request: not a JSON object on one line")
        assert answers[2] == {"id": 2, "ok": False, "error": (
            "op: 'fly' is not known; allowed: hello, open, read, start, pause, resume, end, "
            "speed, jump, inject, restart, close, shutdown")}
        assert answers[3] == {"id": 3, "ok": True, "result": {"rows": [], "problems": []}}
        assert answers[4]["error"] == "speed.speed: 2e+06 is outside x1 to x1,000,000"
        assert answers[5] == {"id": 5, "ok": True, "result": {"rows": [], "problems": []}}
        assert answers[6] == {"id": 6, "ok": True, "result": {"stations_ended": True}}
        assert process.wait(timeout=30) == 0


@pytest.mark.parametrize(("line", "error"), [
    (b'[1]', 'request: must be a JSON object like {"id": 1, "op": "read"}'),
    (b'{"id": true, "op": "read"}', "id: True must be a whole number from 0 to 9007199254740992"),
    (b'{"id": 1, "op": "open", "count": 2, "speed": 1}',
     "open: give exactly one of scenario (a shipped scenario's id) or scenario_file "
     "(a path to a .toml file)"),
    (b'{"id": 1, "op": "open", "scenario": "x", "count": 61, "speed": 1}',
     "open.count: 61 must be from 1 to 60"),
    (b'{"id": 1, "op": "open", "scenario": "x", "count": 1, "speed": 1, "key_file": " "}',
     "open.key_file: empty; give the path of the key file the stations are keyed with, or "
     "leave key_file out for none"),
    (b'{"id": 1, "op": "open", "scenario": "x", "count": 1, "speed": 1, "key_file": 7}',
     "open.key_file: 7 must be text"),
    (b'{"id": 1, "op": "start", "stations": "Station 1"}',
     "start.stations: 'Station 1' must be a list of station names"),
    (b'{"id": 1, "op": "start", "stations": [1]}',
     "start.stations: must be a list of station names (text)"),
    (b'{"id": 1, "op": "read", "colour": "red"}', "read: colour not allowed; it takes actions_of"),
    (b'{"id": 1, "op": "restart"}', "restart: station is missing (text)"),
    (b'{"id": 1, "op": "inject", "kind": "advance"}',
     "inject.kind: 'advance' is not a fault; allowed: alarm, motor_stall, over_infusion, "
     "link_drop, mri (jump moves time)"),
    (b'{"id": 1, "op": "inject", "kind": "over_infusion", "percent": 0}',
     "inject.percent: 0 must be from 1 to 200"),
    (b'{"id": 1, "op": "inject", "kind": "mri", "minutes": 45}',
     "inject.resume: None must be one of normal, delayed, stuck"),
    (b'{"id": 1, "op": "inject", "kind": "mri", "resume": "normal"}',
     "inject.minutes is missing (the scan's length, 1 to 240 min)"),
    (b'{"id": 1, "op": "inject", "kind": "mri", "minutes": 300, "resume": "normal"}',
     "inject: MRI scan: 300 min is outside 1 to 240 min"),
    (b'{"id": 1, "op": "inject", "kind": "mri", "minutes": 45, "resume": "delayed"}',
     "inject: MRI delay: 0 h is outside 2 to 24 h"),
    (b'{"id": 1, "op": "inject", "kind": "mri", "minutes": 45, "resume": "stuck", '
     b'"delay_hours": 6}', "inject: MRI delay: only a delayed resume takes hours (got 6 h)"),
    (b'{"id": 1, "op": "inject", "kind": "motor_stall", "minutes": 45}',
     "inject.minutes: only kind mri takes minutes, resume, delay_hours"),
])
def test_each_bad_request_says_what_was_wrong_and_what_is_allowed(line, error):
    with pytest.raises(ProtocolError) as raised:
        parse_request(line)
    assert str(raised.value) == error


@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_line_is_a_request_or_a_protocol_error(line):
    try:
        request = parse_request(line)
    except ProtocolError as error:
        assert str(error)
    else:  # only a whole, well-formed request gets through
        assert request.op in OPS
        assert set(request.args) <= {name for name, _, _ in OPS[request.op]}


def test_a_row_from_a_newer_classroom_is_refused_by_name():
    with pytest.raises(ProtocolError, match="station row: state 'flying' is not known"):
        row_from_json({"state": "flying"})


DOC = (Path(__file__).resolve().parents[3] / "docs" / "classroom.md").read_text()


def doc_block(language: str, containing: str = "") -> str:
    """The first block of ``language`` in docs/classroom.md with ``containing`` in it."""
    blocks = [part.split("```", 1)[0] for part in DOC.split(f"```{language}\n")[1:]]
    return next(block for block in blocks if containing in block)


def test_the_documented_session_runs_as_written():
    with classroom_process(linger_minutes=0) as (process, first):
        lines = doc_block("jsonl").splitlines()
        sent = [line[2:].replace("TOKEN", first["token"]).encode()
                for line in lines if line.startswith("> ")]
        expected = [json.loads(line[2:]) for line in lines if line.startswith("< ")]
        assert len(sent) == len(expected) == 6
        assert talk(first, sent) == expected
        assert process.wait(timeout=30) == 0


def test_the_documented_station_row_reads_back_exactly():
    data = json.loads(doc_block("json", '"scenario_id"'))
    row = row_from_json(data)
    assert (row.state, row.last_action.kind.value) == (StationState.RUNNING, "interrogate")
    assert row_to_json(row) == data


def test_every_documented_option_is_the_programs():
    done = subprocess.run([sys.executable, "-m", "itb_console.console.training.classroom_server",
                           "--help"], capture_output=True, text=True, timeout=60)
    options = [line.split("`")[1] for line in DOC.splitlines() if line.startswith("| `--")]
    assert options == ["--control-port", "--control-bind", "--linger-minutes",
                       "--announce-folder", "--console-pid"]
    assert all(option in done.stdout for option in options)



KEY = "classroom-7-station-key"


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "classroom.key"
    path.write_text(KEY + "\n")
    return path


@pytest.fixture
def session(qtbot):
    made = Session()
    yield made
    if made.state is SessionState.READY:
        close(qtbot, made)
    made.shutdown()


def close(qtbot, session) -> None:
    session.close_session()
    qtbot.waitUntil(lambda: session.state is SessionState.DISCONNECTED, timeout=15_000)


def refused(qtbot, session, url, key_file) -> str:
    """What a trainee's console says when the station does not let it in."""
    with qtbot.waitSignal(session.error, timeout=20_000) as said:
        session.connect_to(url, key_file)
    assert session.state is SessionState.DISCONNECTED
    return said.args[0]


def connected(qtbot, session, url, key_file) -> str:
    """The serial number a trainee's console reads once the station lets it in."""
    with qtbot.waitSignal(session.status_changed, timeout=20_000):
        session.connect_to(url, key_file)
    assert session.state is SessionState.READY
    return session.status.identity.serial_number


def command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def test_a_keyed_station_lets_in_only_a_console_with_its_key_file(qtbot, classroom, session,
                                                                   key_file, tmp_path):
    (row,) = open_rows(classroom, 1, key_file=str(key_file))
    assert row.key_file == str(key_file)
    assert refused(qtbot, session, row.url, None) == (
        f"Could not connect to {row.url}: This pump accepts only authenticated frames: "
        f"choose its key file to connect. {KEY_FILE_STEP}.")
    other = tmp_path / "other.key"
    other.write_text("another-classroom-key")
    assert "signed with another key" in refused(qtbot, session, row.url, other)
    assert connected(qtbot, session, row.url, key_file) == "SIM-000001"
    # the key went to the station with its process, never onto a command line
    assert classroom.process is not None
    for pid in (classroom.process.pid, row.pid):
        assert str(key_file) not in command_line(pid) and KEY not in command_line(pid)
    close(qtbot, session)
    # a restarted station serves the same key
    os.kill(row.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: read(classroom)[row.name].state is StationState.CRASHED,
                    timeout=20_000)
    (again,) = rows_of(classroom.call("restart", station=row.name))[0]
    assert (again.url, again.key_file) == (row.url, str(key_file))
    assert "accepts only authenticated frames" in refused(qtbot, session, row.url, None)
    assert connected(qtbot, session, row.url, key_file) == "SIM-000001"
    classroom.call("end", stations=[row.name])


@pytest.mark.parametrize(("content", "what"), [
    ("short", "holds 5 bytes; a key is 8 to 256 bytes"),
    (None, "cannot be read (No such file or directory)"),
])
def test_a_bad_key_file_is_refused_in_words_and_nothing_opens(classroom, tmp_path, content,
                                                                what):
    there = len(read(classroom))
    path = tmp_path / "bad.key"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ClassroomError) as refusal:
        classroom.call("open", scenario="routine-refill", count=2, speed=1.0,
                       key_file=str(path))
    assert str(refusal.value) == (
        f"open.key_file: key file {path}: {what}; a key file holds the shared key alone, "
        "8 to 256 bytes (spaces and line breaks around it are ignored), and is the same "
        "file the pump was started with (itb-emulator --key-file)")
    assert len(read(classroom)) == there


def test_an_unkeyed_station_says_so_in_its_row(classroom):
    (row,) = open_rows(classroom, 1)
    assert row.key_file == ""
    assert serves(row.url) == "TRAINING-01"
    classroom.call("end", stations=[row.name])


def test_closing_a_classroom_still_starting_ends_it_and_the_start_at_once(qtbot,
                                                                         monkeypatch):
    """The panel closing during the first Open must not be held until the classroom is up."""
    never_up = [sys.executable, "-c", "import signal; signal.pause()"]  # a slow, slow start
    monkeypatch.setattr(classroom_client, "subprocess", SimpleNamespace(
        Popen=lambda _command, **how: subprocess.Popen(never_up, **how),
        PIPE=subprocess.PIPE, DEVNULL=subprocess.DEVNULL,
        TimeoutExpired=subprocess.TimeoutExpired))
    client = ClassroomClient(linger_minutes=0)
    failed: list[str] = []

    def open_first() -> None:
        try:
            client.start()
        except ClassroomError as error:
            failed.append(str(error))

    starting = threading.Thread(target=open_first)
    starting.start()
    qtbot.waitUntil(lambda: client.process is not None, timeout=10_000)
    client.close()
    starting.join(timeout=30)
    assert failed == ["the classroom has been closed"]
    assert client.process.wait(timeout=30) == -signal.SIGKILL  # it had no stations to end
