"""Scenario stations: the pump as found, events at their exact world times, scoring."""

from datetime import timedelta
from importlib import resources

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.training.scenario_runner import Station, StationError, StationState
from itb_console.console.training.scenarios import parse_scenario, shipped_scenarios
from itb_console.device.pump_api import AlarmCode
from itb_console.device.serial_pump import SerialPump

SCENARIOS = {s.id: s for s in shipped_scenarios()}
ROUTINE = resources.files("itb_console.resources").joinpath(
    "scenarios/01-routine-refill.toml").read_text()
EVENTS = """
[[events]]
after_minutes = 90
kind = "over_infusion"
percent = 20

[[events]]
after_minutes = 30
kind = "alarm"
alarm = "motor_stall"
"""


@pytest.fixture
def station():
    made = Station(parse_scenario("events.toml", ROUTINE.replace("[[objectives]]",
                                                                   EVENTS + "[[objectives]]", 1)),
                   manual_clock=True)
    yield made
    made.close()


def test_the_pump_is_built_as_the_scenario_finds_it_without_a_trace():
    found = Station(SCENARIOS["refill-discrepancy"], manual_clock=True)
    try:
        status = found.view().status
        assert status.reservoir_nl == 3_200_000
        assert found.emulator.control.true_residual_nl() == 1_900_000
        assert found.model.over_infusion_percent == 20
        assert [e.kind for e in found.model.log()] == ["implant"]
    finally:
        found.close()
    clock = Station(SCENARIOS["clock-dst"], manual_clock=True)
    try:
        view = clock.view()
        true_local = view.status.world_time.astimezone(
            clock.scenario.pump.start_local.tzinfo).replace(tzinfo=None)
        assert view.status.pump_clock - true_local == timedelta(minutes=-60)
    finally:
        clock.close()


def test_events_fire_at_their_own_world_time_in_order_across_one_jump(station):
    station.start()
    fired = station.jump(3 * 3600)  # one jump over both events
    assert [e.after_minutes for e in fired] == [30, 90]
    stall = next(e for e in station.model.log() if e.detail.get("code") == "motor_stall")
    assert stall.pump_clock == station.scenario.pump.start_local.replace(tzinfo=None) + \
        timedelta(minutes=30)
    assert AlarmCode.MOTOR_STALL in station.model.active_alarms
    assert station.model.over_infusion_percent == 20
    assert station.view().events_left == 0


def test_time_stands_still_until_start_and_state_rules_are_explained():
    station = Station(SCENARIOS["routine-refill"], speed=1_000_000)
    try:
        assert station.elapsed_s == 0 and station.state is StationState.READY
        with pytest.raises(StationError, match="ready; this needs it running"):
            station.pause()
        with pytest.raises(StationError, match="outside x1 to x1,000,000"):
            station.set_speed(2_000_000)
        station.start()
        station.pause()
        paused_at = station.elapsed_s
        assert station.elapsed_s == paused_at and station.state is StationState.PAUSED
    finally:
        station.close()


def test_the_wire_gives_the_trainee_actions_and_notes(station):
    station.start()
    pump = SerialPump(station.url, timeout_s=0.5)
    pump.open_session()
    for _ in range(3):
        pump.interrogate()  # polls are shown once
    pump.note("report-printed", {"file": "r.pdf"})
    pump.note("not-a-known-step", {})
    pump.close()
    kinds = [a.kind for a in station.view().actions]
    assert kinds == [ActionKind.CONNECT, ActionKind.INTERROGATE, ActionKind.REPORT_PRINTED]
    result = {r.objective.id: r.passed for r in station.end().results}
    assert result["report"] and result["interrogate-first"] and not result["refilled"]



def test_a_replacement_station_exchanges_the_pump_when_the_old_session_closes():
    station = Station(SCENARIOS["pump-replacement"], manual_clock=True)
    try:
        station.start()
        pump = SerialPump(station.url, timeout_s=0.5)
        pump.open_session()
        assert pump.interrogate().identity.serial_number == "SIM-000017"
        pump.note("pump-saved", {"serial": "SIM-000017", "file": "old.itbpump.json"})
        pump.close_session()  # the surgeon exchanges the pumps
        new = pump.interrogate()
        assert (new.identity.serial_number, new.identity.patient_id) == ("SIM-170002",
                                                                         "NEW-PUMP")
        assert new.program.canonical_text().startswith("stopped;baclofen;500;")
        assert station.view().status.identity.serial_number == "SIM-170002"
        pump.open_session()
        pump.close_session()  # a second close exchanges nothing more
        assert pump.interrogate().identity.serial_number == "SIM-170002"
        pump.close()
        results = {r.objective.id: r.passed for r in station.end().results}
    finally:
        station.close()
    assert results == {"interrogate-first": True, "saved": True, "priming": False,
                       "record": False, "dose": False, "not-stopped": False,
                       "report": False}
