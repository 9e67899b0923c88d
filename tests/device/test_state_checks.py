"""State files are checked against the profile and the drug table before a pump runs them."""

import json
import subprocess

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.emulator import Emulator
from itb_console.device.simulated import SimulatedPump
from itb_console.device.state_file import StateFileError, load_state, save_state

from tests.contract.backends import START, simulated
from tests.emulator_program import EMULATOR


def saved_state(tmp_path, **changes):
    """A real saved state with some top-level fields changed, as a tester might edit it."""
    path = tmp_path / "pump.state.json"
    with simulated() as harness:
        save_state(harness.pump.model, path)
    data = json.loads(path.read_text())
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for name in parents:
            node = node[name]
        node[last] = value
    path.write_text(json.dumps(data))
    return path


STEPS_11 = "flexible;baclofen;2000;" + ",".join(f"{i * 120}:400000" for i in range(11))
REFUSED = [
    ({"program": "continuous;baclofen;2000;0:50000000"}, "program",  # 25 mL/day
     "96 mcg/day to 48000 mcg/day"),
    ({"program": STEPS_11}, "program", "at most 10"),
    ({"program": "flexible;baclofen;2000;0:400000,14:400000"}, "program",
     "at least 15 min"),
    ({"program": "flexible;baclofen;3000;0:400000", "reservoir_concentration": 3000},
     "program", "choose one of 50 mcg/mL, 500 mcg/mL"),
    ({"program": "flexible;morphine;2000;0:400000"}, "program", "drug table"),
    ({"reservoir_nl": "25000000/1"}, "reservoir_nl", "25000000 nL (25 mL) is outside 0 to 20 mL"),
    ({"true_reservoir_nl": "-1/1"}, "true_reservoir_nl",
     "-1 nL (-0.000001 mL) is outside 0 to 20 mL"),
    ({"low_reservoir_alarm_nl": 10_000_000}, "low_reservoir_alarm_nl",
     "10000000 nL (10 mL) is outside 1 to 6 mL"),
    ({"battery_used_days": "9000/1"}, "battery_used_days", "9000 is outside 0 to 2557 days"),
    ({"clock__drift_ppm": 500_000}, "clock.drift_ppm", "outside -100000 to 100000 ppm"),
    ({"clock__timezone": "Mars/Olympus"}, "clock.timezone", "not a known time zone"),
    ({"faults__over_infusion_percent": 500}, "faults.over_infusion_percent",
     "500 is outside 0 to 200 %"),
    ({"identity__patient_id": "P" * 200}, "identity.patient_id", "1 to 32 printable"),
    ({"clock__base_s": "999999999999/1"}, "clock.base_s",  # fuzz
     "999999999999 is outside 0 to 3155760000 s (pump clock, since 2000-01-01)"),
    ({"clock__base_s": "3155759999/1", "world_time": "1767225610/1"}, "clock.base_s",
     "gives a pump clock in the year 2100; the pump clock runs from 2000 to 2099"),
    ({"world_time": "99999999999/1"}, "world_time", "2000-01-01 to 2100-01-01 UTC"),
]


@pytest.mark.parametrize(("changes", "field", "allowed"), REFUSED)
def test_a_state_the_profile_refuses_is_not_loaded_and_not_changed(tmp_path, changes, field,
                                                                   allowed):
    path = saved_state(tmp_path, **changes)
    before = path.read_bytes()
    with pytest.raises(StateFileError) as refused:
        load_state(path, ManualClock(START))
    message = str(refused.value)
    assert message.startswith(f"{path}: {field}: ")
    assert allowed in message and message.endswith("it was not changed")
    assert path.read_bytes() == before


def test_sim_url_refuses_the_same_state_with_the_same_message(tmp_path):
    path = saved_state(tmp_path, program=STEPS_11)
    before = path.read_bytes()
    with pytest.raises(StateFileError, match=r"program: .*at most 10"):
        SimulatedPump.from_url(f"sim://?state={path}")
    assert path.read_bytes() == before


def test_emulator_refuses_the_state_with_a_message_and_no_traceback(tmp_path):
    path = saved_state(tmp_path, low_reservoir_alarm_nl=10_000_000)
    before = path.read_bytes()
    run = subprocess.run([*EMULATOR, "--pty", "--state", str(path)], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.startswith(f"itb-emulator: error: {path}: low_reservoir_alarm_nl: "
                                 "10000000 nL (10 mL)")
    assert "Traceback" not in run.stderr
    assert path.read_bytes() == before


def test_temporary_files_left_by_a_killed_save_are_removed_at_start(tmp_path):
    path = saved_state(tmp_path)
    stale = [tmp_path / ".pump.state.json.abc123.tmp", tmp_path / ".pump.state.json.x.tmp"]
    other = tmp_path / ".other.json.abc.tmp"
    for file in (*stale, other):
        file.write_text("{half a state")
    Emulator.create(state=path, speed=None, start=START).stop()
    assert [f.exists() for f in stale] == [False, False] and other.exists()
    stale[0].write_text("{half")
    SimulatedPump.from_url(f"sim://?state={path}").close()
    assert not stale[0].exists()
