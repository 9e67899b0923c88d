"""The MRI fault in the pump model, by value: rotor, alarm, log, refusals, state file."""

from datetime import datetime, timedelta

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.mri_fault import MriResume
from itb_console.device.pump_api import AlarmCode, PumpRefused, Reason
from itb_console.device.simulated import SimulatedPump
from itb_console.device.state_file import from_state, to_state

START = "sim://?start=2026-11-25T09:00"


def kinds(pump, since=0):
    return [(e.kind, e.detail.get("code", "")) for e in pump.read_log(since)]


def test_the_scan_stops_delivery_and_sounds_the_critical_stall_alarm():
    pump = SimulatedPump.from_url(START)
    before = pump.interrogate()
    pump.control.mri(45, MriResume.NORMAL)
    [alarm] = pump.read_alarms()
    assert (alarm.code, alarm.critical) == (AlarmCode.MOTOR_STALL, True)
    pump.control.advance(45 * 60)
    # 391.7 mcg/day program: nothing left the reservoir during the 45 min scan
    assert pump.interrogate().reservoir_nl == before.reservoir_nl
    pump.control.advance(24 * 3600)
    assert pump.interrogate().reservoir_nl < before.reservoir_nl


def test_the_recovery_is_logged_at_the_second_session_after_the_restart():
    pump = SimulatedPump.from_url(START)
    pump.control.mri(45, MriResume.NORMAL)
    pump.control.advance(3600)
    seen = pump.interrogate().last_event_seq
    pump.open_session()
    pump.close_session()
    assert ("stall-recovery", "") not in kinds(pump, seen)
    assert AlarmCode.MOTOR_STALL in {a.code for a in pump.read_alarms()}
    pump.open_session()
    recovery = [e for e in pump.read_log(seen) if e.kind == "stall-recovery"]
    assert [e.detail for e in recovery] == [{"resumed_at": "2026-11-25T09:45:00",
                                             "stalled_minutes": 45}]
    assert pump.read_alarms() == ()
    assert kinds(pump, seen)[-1] == ("alarm-clear", "motor_stall")


@pytest.mark.parametrize(("minutes", "resume", "delay", "message"), [
    (0, MriResume.NORMAL, 0, "MRI scan: 0 min is outside 1 to 240 min"),
    (45, MriResume.DELAYED, 1, "MRI delay: 1 h is outside 2 to 24 h"),
    (45, MriResume.STUCK, 3, "MRI delay: only a delayed resume takes hours (got 3 h)"),
])
def test_bad_exposures_are_refused(minutes, resume, delay, message):
    pump = SimulatedPump.from_url(START)
    with pytest.raises(PumpRefused) as refused:
        pump.control.mri(minutes, resume, delay)
    assert (refused.value.reason, str(refused.value)) == (Reason.OUT_OF_RANGE, message)
    assert pump.read_alarms() == ()


def test_an_exposure_in_progress_survives_the_state_file():
    pump = SimulatedPump.from_url(START)
    pump.control.mri(45, MriResume.DELAYED, 6)
    data = to_state(pump.model)
    back = from_state(data, ManualClock(float(pump.model.world_time)))
    assert back.rotor_held and back.mri is not None
    assert back.mri.resume is MriResume.DELAYED
    reservoir = int(back.reservoir_nl)
    back.clock.advance(6 * 3600 + 45 * 60)
    back.sync()
    assert int(back.reservoir_nl) == reservoir  # bound until exactly then
    back.clock.advance(3600)
    back.sync()
    assert int(back.reservoir_nl) < reservoir
    # 45 min scan + 6 h delay, to the microsecond (the sim clock started at 09:00 real time)
    assert back.mri.resumed_at - back.mri.stalled_at == timedelta(hours=6, minutes=45)
    assert back.mri.stalled_at.replace(microsecond=0) == datetime(2026, 11, 25, 9, 0)


def test_the_wire_control_starts_a_scan(tmp_path):
    from itb_console.device.protocol import Frame, decode
    from itb_console.device.pump_server import PumpServer
    server = PumpServer(SimulatedPump.from_url(START).model, test_control=True)
    line = Frame(1, "CTL", {"minutes": "45", "resume": "stuck"}, ("MRI",)).encode()
    answer = decode(server.answer(line.rstrip(b"\r\n")).rstrip(b"\r\n"))
    assert answer.verb == "OK" and server.model.rotor_held
    bad = Frame(2, "CTL", {"minutes": "45", "resume": "later"}, ("MRI",)).encode()
    refused = decode(server.answer(bad.rstrip(b"\r\n")).rstrip(b"\r\n"))
    assert refused.words == ("bad-request",)
    assert "resume='later' must be one of normal, delayed, stuck" in refused.args["msg"]
