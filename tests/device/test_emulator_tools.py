"""Tester tools: example scripts, transcript and replay, the reusable fixture."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.emulator import Emulator
from itb_console.device.protocol import crc16
from itb_console.device.pump_api import LinkError
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.replay import TranscriptError, replay
from itb_console.device.serial_pump import SerialPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

from tests.contract.backends import START
from tests.emulator_program import EMULATOR, emulator_on_a_pty

EXAMPLES = Path(__file__).parents[2] / "examples"


# The default pump: 350 mcg/day 00-07, 450 07-12, 400 12-22, 350 22-24 at 2000 mcg/mL, so
# (350x7 + 450x5 + 400x10 + 350x2) / 24 = 391.7 mcg/day = 0.19583 mL/day.
# The drill starts at 3 mL; the 2 mL alarm comes 1 / 0.19583 = 5.1 days on, so on the 6th
# whole day, with 3 - 6 x 0.19583 = 1.825 mL left (printed to 2 places); the clinician
# withdraws all of it, and 20 mL go in.
@pytest.mark.parametrize(("script", "lines"), [
    ("01_program_and_verify.py", ["daily dose 391.7 mcg/day, reservoir 15.00 mL"]),
    ("02_low_reservoir_drill.py", [
        "low-reservoir alarm after 6 days: 1.82 mL left at 0.1958 mL/day",
        "refilled: expected residual 1.82 mL, withdrawn 1.82 mL, now 20.00 mL",
        "alarms now: none"]),
])
def test_example_scripts_run(script, lines):
    done = subprocess.run([sys.executable, script], cwd=EXAMPLES, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = done.stdout.splitlines()
    for line in lines:
        assert line in printed, done.stdout
    if script.startswith("01"):
        assert printed[-1].endswith("; read back and VERIFIED"), done.stdout


def test_plain_pyserial_example_against_the_emulator_program():
    with emulator_on_a_pty() as port:
        done = subprocess.run([sys.executable, "04_plain_pyserial.py", port], cwd=EXAMPLES,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "@2 OK profile=itb-20 reservoir_nl=20000000" in done.stdout
    assert "@3 OK program=flexible;baclofen;2000" in done.stdout


def test_plain_pyserial_example_retries_and_drops_damaged_answers(tmp_path):
    transcript = tmp_path / "lossy.jsonl"
    with emulator_on_a_pty("--fault", "drop=25,corrupt=0.05,seed=4",
                           "--transcript", str(transcript)) as port:
        done = subprocess.run([sys.executable, "04_plain_pyserial.py", port], cwd=EXAMPLES,
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    answers = done.stdout.splitlines()
    assert [a.split(" ", 2)[:2] for a in answers] == [["@1", "OK"], ["@2", "OK"], ["@3", "OK"],
                                                      ["@4", "OK"]]
    assert all(int(a[-4:], 16) == crc16(a[1:-5].encode()) for a in answers)
    requests = [json.loads(line) for line in transcript.read_text().splitlines()]
    assert sum(entry["dir"] == "in" for entry in requests) > 4  # it did have to resend


def fresh_server() -> PumpServer:
    initial = load_initial_pump()
    return PumpServer(PumpModel.new(load_profile("itb-20"), initial.program,
                                    initial.reservoir_nl, ManualClock(START),
                                    link_clock=lambda: 0.0), test_control=True)


def record_session(path: Path) -> None:
    with Emulator.start(speed=None, start=START, test_control=True,
                        transcript=path) as emulator:
        pump = SerialPump(emulator.port, timeout_s=2.0, first_seq=100)
        pump.open_session()
        pump.write_program(Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(380_000)),
                                   Concentration(2000)))
        pump.interrogate()
        pump.close()


def test_transcript_records_every_line_and_replays_clean(tmp_path):
    path = tmp_path / "session.jsonl"
    record_session(path)
    entries = [json.loads(line) for line in path.read_text().splitlines()]
    assert {e["dir"] for e in entries} == {"in", "out"}
    assert entries[0]["frame"]["verb"] == "HELLO"
    assert replay(path, fresh_server()) == []


def test_replay_reports_a_changed_answer(tmp_path):
    path = tmp_path / "session.jsonl"
    record_session(path)
    server = fresh_server()
    server.control.set_reservoir(calculated_nl=5_000_000)
    differences = replay(path, server)
    assert differences and "reservoir_nl=5000000" in differences[0].replayed
    done = subprocess.run([*EMULATOR, "--replay", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr  # fresh default pump: same answers


def test_bad_transcript_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"dir": "in", "raw": "@1 OPEN*0000"}\nnot json\n')
    with pytest.raises(TranscriptError, match=r"bad\.jsonl:2: not a JSON line"):
        replay(path, fresh_server())


def test_reusable_fixture(itb_emulator):
    itb_emulator.pump.control("RESERVOIR", calculated_nl=2_500_000)
    itb_emulator.pump.control("ADVANCE", seconds=3 * 86_400)
    assert "low_reservoir" in {a.code.value for a in itb_emulator.pump.read_alarms()}


NEW_PROGRAM = Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 380_000), (480, 520_000)]),
                      Concentration(2000))


@pytest.mark.parametrize(("drop", "running"), [
    ({"at_verb": "COMMIT"}, "old"),  # lost before the pump saw it
    ({"after_verb": "COMMIT"}, "new"),  # acted on; only the answer is lost
])
def test_drop_link_at_or_after_a_verb_for_a_number_of_frames(tmp_path, drop, running):
    with Emulator.start(speed=None, start=START, transcript=tmp_path / "t.jsonl") as emulator:
        pump = SerialPump(emulator.port, timeout_s=0.05, retries=1)
        pump.open_session()
        old = pump.read_program()
        emulator.drop_link(**drop, frames=2)  # the COMMIT and its one retry
        with pytest.raises(LinkError) as lost:
            pump.write_program(NEW_PROGRAM)
        # the read-back after the two lost frames goes through: the pump says what runs
        assert lost.value.program_in_force.value == running
        assert pump.read_program() == (NEW_PROGRAM if running == "new" else old)
        assert emulator.model.program == pump.read_program()
        assert not emulator.link_down
        pump.close()
    rows = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text().splitlines()]
    lost_rows = [row for row in rows if row["dir"] == "lost"]
    assert len(lost_rows) == 2
    # at: both COMMIT frames lost unheard; after: the first COMMIT's answer, then the retry
    assert ("OK" in lost_rows[0]["raw"]) is (running == "new")


def test_drop_link_takes_one_trigger_and_counts_frames_from_one():
    with Emulator.create(speed=None, start=START) as emulator:
        with pytest.raises(ValueError, match="give at_verb or after_verb, not both"):
            emulator.drop_link(at_verb="COMMIT", after_verb="COMMIT")
        with pytest.raises(ValueError, match="0 frames must be 1 or more"):
            emulator.drop_link(after_verb="COMMIT", frames=0)


def test_replace_pump_serves_the_new_pump_on_the_same_link_from_the_next_frame():
    emulator = Emulator.create(speed=None, start=START)
    emulator.serve_tcp(0)
    try:
        client = SerialPump(emulator.port, timeout_s=2.0)
        client.open_session()
        assert client.interrogate().identity.serial_number == "SIM-000001"
        client.close_session()
        new = PumpModel.new(load_profile("itb-40"), load_initial_pump().program, 40_000_000,
                            ManualClock(START), serial_number="SIM-000002")
        old = emulator.model
        emulator.replace_pump(new)
        status = client.interrogate()
        assert (status.identity.serial_number, status.reservoir_nl) == ("SIM-000002",
                                                                        40_000_000)
        assert emulator.control.model is new and emulator.server.model is new
        client.open_session()  # the new pump's session; the old pump is left as it was
        assert new.session_open and not old.session_open
        client.close()
    finally:
        emulator.stop()
