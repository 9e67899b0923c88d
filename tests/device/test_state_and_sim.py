"""State files, the simulated pump's URL, the clocks, and the SIGKILL-safe save."""

import json
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from itb_console.device.clock import ClockError, ManualClock, ScaledClock
from itb_console.device.connect import DeviceUrlError, open_pump
from itb_console.device.pump_api import AlarmCode, BolusKind, BolusRequest, RefillRequest
from itb_console.device.simulated import SimulatedPump, SimUrlError
from itb_console.device.state_file import (
    FORMAT_VERSION,
    StateFileError,
    load_state,
    save_state,
    to_state,
)
from itb_console.device.therapy import Concentration

from tests.contract.backends import START, simulated


def busy_pump():
    with simulated() as harness:
        harness.control.set_over_infusion(15)
        harness.control.raise_alarm(AlarmCode.MOTOR_STALL)
        harness.pump.open_session()
        harness.pump.clear_alarm(AlarmCode.MOTOR_STALL)
        harness.pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 50_000, 7200))
        harness.control.advance(1800)
        return harness.pump.model


def test_state_round_trip_keeps_everything(tmp_path):
    model = busy_pump()
    path = tmp_path / "pump.json"
    save_state(model, path)
    again = load_state(path, ManualClock(float(model.world_time)))
    assert to_state(again) == to_state(model)
    assert again.over_infusion_percent == 15
    assert again.status().bolus.delivered_nl == 12_500


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("{not json", "is not valid JSON"),
     ('{"kind": "other"}', "not an ITB pump state file"),
     (json.dumps({"kind": "itb-pump-state", "format_version": FORMAT_VERSION + 1}),
      "format version 2 is not supported"),
     (json.dumps({"kind": "itb-pump-state", "format_version": 1}), "is missing")],
)
def test_bad_state_files_are_refused_and_left_alone(tmp_path, content, fragment):
    path = tmp_path / "pump.json"
    path.write_text(content)
    with pytest.raises(StateFileError, match=fragment) as error:
        load_state(path, ManualClock(START))
    assert "it was not changed" in str(error.value)
    assert path.read_text() == content


@pytest.mark.parametrize(
    ("content", "message"),
    # 16 MiB of two-byte characters: the bounded read ends inside one, yet the file is
    # refused for its size, the cause, not for the half character the cut left
    [(("é" * (8 * 2**20 + 1)).encode(), "is larger than 16 MiB; a pump state file (at most "
                                        "5000 events) is smaller; it was not changed"),
     (b'{"kind": "\xff"}', "cannot be read (it is not UTF-8 text: byte 11 is 0xFF)")],
)
def test_an_oversized_or_non_text_file_is_refused_for_its_cause(tmp_path, content, message):
    path = tmp_path / "pump.json"
    path.write_bytes(content)
    with pytest.raises(StateFileError) as error:
        load_state(path, ManualClock(START))
    assert str(error.value) == f"{path}: {message}"


def test_corrupt_field_is_named(tmp_path):
    path = tmp_path / "pump.json"
    save_state(busy_pump(), path)
    data = json.loads(path.read_text())
    data["reservoir_nl"] = "lots"
    path.write_text(json.dumps(data))
    with pytest.raises(StateFileError, match="reservoir_nl: 'lots' must be a fraction"):
        load_state(path, ManualClock(START))


REPOSITORY = Path(__file__).parents[2]


@pytest.mark.parametrize("stage", ["fsync", "replace"])
def test_sigkill_while_saving_never_leaves_an_unloadable_file(tmp_path, stage):
    """A process killed inside a save leaves the previous state, loadable and unchanged.

    The child stops inside its second save, just before ``os.<stage>`` (the new state
    written but not synced, or synced but not yet renamed into place), and says so; the
    kill then lands there for certain, not by chance.
    """
    path = tmp_path / "pump.json"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPOSITORY)!r})
        from pathlib import Path
        from itb_console.device.state_file import save_state
        from tests.contract.backends import simulated
        real = os.{stage}

        def stop_here(*args):
            print("inside the save", flush=True)
            sys.stdin.readline()  # the parent kills before answering
            return real(*args)

        with simulated() as h:
            h.pump.open_session()
            save_state(h.pump.model, Path({str(path)!r}))
            print("saved", flush=True)
            h.control.advance(3600)
            os.{stage} = stop_here
            save_state(h.pump.model, Path({str(path)!r}))
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE)
    try:
        assert process.stdout.readline().strip() == b"saved"
        before = path.read_bytes()
        assert process.stdout.readline().strip() == b"inside the save"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        process.kill()
        process.wait(timeout=10)
    assert len(list(tmp_path.glob(".pump.json.*.tmp"))) == 1  # the save was cut short
    assert path.read_bytes() == before
    loaded = load_state(path, ManualClock(START))
    assert to_state(loaded) == json.loads(before)


def test_sim_url_options():
    pump = SimulatedPump.from_url("sim://?profile=itb-40&reservoir=12.5&start=2026-03-01T08:00"
                                  "&serial=SIM-42&patient=P-9")
    status = pump.interrogate()
    assert status.identity.profile_id == "itb-40"
    assert (status.identity.serial_number, status.identity.patient_id) == ("SIM-42", "P-9")
    assert 12_499_000 < status.reservoir_nl <= 12_500_000  # real time ran a moment
    assert status.pump_clock.replace(second=0, microsecond=0) == datetime(2026, 3, 1, 8, 0)


@pytest.mark.parametrize(
    ("url", "fragment"),
    [("sim://?profile=itb-30", "'itb-30' is not known"),
     ("sim://?reservoir=25", "outside 0 to 20 mL"),
     ("sim://?reservoir=lots", "not a number"),
     ("sim://?speed=0", "speed=0 is outside 1 to 1,000,000"),
     ("sim://?colour=red", "option 'colour' is not known"),
     ("sim://?tz=Mars/Base", "not a known time zone"),
     ("sim://?start=soon", "must be a date-time"),
     ("sim://host/path", "is not a simulated pump URL"),
     ("sim://?conc=600", r"sim:// conc='600' must be one of 50, 500, 1000, 2000 \(mcg/mL "
                         r"of baclofen\)"),
     ("sim://?conc=5e2", "conc='5e2' must be one of"),
     ("sim://?mode=continuous", r"sim:// mode='continuous' must be stopped or flexible \(the "
                                r"default pump's schedule\)"),
     ("sim://?conc=50&profile=itb-20&mode=stopped&reservoir=20", None)],
)
def test_sim_url_errors_say_what_is_allowed(url, fragment):
    if fragment is None:  # the default schedule fits 50 mcg/mL: 9 mL/day at most
        assert SimulatedPump.from_url(url).interrogate().program.concentration.mcg_per_ml == 50
        return
    with pytest.raises(SimUrlError, match=fragment):
        SimulatedPump.from_url(url)


def test_a_new_pump_filled_at_500_mcg_per_ml_and_not_yet_programmed():
    status = SimulatedPump.from_url("sim://?serial=SIM-000002&conc=500&mode=stopped"
                                    "&profile=itb-40&reservoir=40").interrogate()
    assert status.program.canonical_text() == (
        "stopped;baclofen;500;0:350000,420:450000,720:400000,1320:350000")
    assert status.reservoir_concentration == Concentration(500)
    assert (status.identity.serial_number, status.reservoir_nl) == ("SIM-000002", 40_000_000)
    assert status.program.daily_dose_ng == 0  # stopped: it carries a schedule, gives nothing


def test_open_pump_dispatch_and_errors():
    assert isinstance(open_pump("sim://"), SimulatedPump)
    with pytest.raises(DeviceUrlError, match="empty"):
        open_pump("  ")
    with pytest.raises(DeviceUrlError, match="http:// is not supported"):
        open_pump("http://example")


def test_sim_state_option_saves_on_commit_and_resumes(tmp_path):
    path = tmp_path / "sim.json"
    pump = SimulatedPump.from_url(f"sim://?state={path}")
    pump.open_session()
    pump.refill(RefillRequest(2_000_000, 18_000_000, Concentration(2000), 3_000_000))
    assert json.loads(path.read_text())["low_reservoir_alarm_nl"] == 3_000_000
    pump.close()
    resumed = SimulatedPump.from_url(f"sim://?state={path}")
    assert resumed.interrogate().low_reservoir_alarm_nl == 3_000_000


def test_scaled_clock_speed_changes_and_pause_never_jump():
    real = [100.0]
    clock = ScaledClock(1000.0, speed=10, source=lambda: real[0])
    real[0] += 2
    assert clock.now() == 1020.0
    clock.set_speed(1000)
    assert clock.now() == 1020.0
    real[0] += 1
    assert clock.now() == 2020.0
    clock.pause()
    real[0] += 50
    assert clock.now() == 2020.0
    clock.resume()
    clock.step(86_400)
    assert clock.now() == 2020.0 + 86_400
    with pytest.raises(ClockError, match="outside"):
        clock.set_speed(0)
    with pytest.raises(ClockError, match="negative"):
        ManualClock(0).advance(-1)
