"""Every shipped scenario: an ideal trainee passes it, a careless one fails what it should.

Each trainee is scripted against a real station in an itb-classroom process (the
scenario's pump served over TCP from its own process, its events firing) through the
real session and dialogs; the station scores what reached its pump, as the instructor
sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from itb_console.console.training.classroom_client import ClassroomClient
from itb_console.console.training.scenarios import shipped_scenarios
from itb_console.device.pump_api import AlarmCode, ProgramInForce
from itb_console.device.therapy import Mode

from tests.scenarios.trainee import ClassroomStation, Trainee

Script = Callable[[Trainee], None]


def routine_refill(t: Trainee, filled_ml: float = 20) -> None:
    t.refill(withdrawn_ml=t.withdraws_ml(), filled_ml=filled_ml, mcg_per_ml=2000)
    t.print_report()


def titrate(dose: float, override: bool = False) -> Script:
    def script(t: Trainee) -> None:
        result = t.send(t.program([(0, dose)]), override=override)
        assert result.verified
        t.print_report()
    return script


def concentration_change(bridge: bool) -> Script:
    def script(t: Trainee) -> None:
        t.refill(withdrawn_ml=t.withdraws_ml(), filled_ml=20, mcg_per_ml=2000, bridge=bridge)
        t.print_report()
    return script


def refill_discrepancy(t: Trainee) -> None:
    t.refill(withdrawn_ml=t.withdraws_ml(), filled_ml=20, mcg_per_ml=2000, acknowledge=True)
    t.print_report()


def refill_hiding_discrepancy(t: Trainee) -> None:
    # writes down the expected residual instead of what the syringe held
    t.refill(withdrawn_ml=t.status.reservoir_nl / 1e6, filled_ml=20, mcg_per_ml=2000)
    t.print_report()


def low_reservoir(alarm_ml: float) -> Script:
    def script(t: Trainee) -> None:
        t.refill(withdrawn_ml=t.withdraws_ml(), filled_ml=20, mcg_per_ml=2000,
                 alarm_ml=alarm_ml)
        t.print_report()
    return script


def report_only(t: Trainee) -> None:
    t.print_report()


def bolus_then_report(t: Trainee) -> None:
    t.clinician_bolus(50, hours=1)
    t.print_report()


def priming(pump_replaced: bool) -> Script:
    def script(t: Trainee) -> None:
        t.priming_bolus(50, pump_replaced=pump_replaced)
        t.print_report()
    return script


NIGHT_RAISED = [(0, 550), (7 * 60, 400), (22 * 60, 550)]


def link_lost(verify: bool) -> Script:
    def script(t: Trainee) -> None:
        first = t.send(t.program(NIGHT_RAISED))
        assert not first.verified and first.program_in_force is ProgramInForce.UNKNOWN
        t.wait_disconnected()
        assert any(m.startswith(f"The link to the pump at {t.station.url} was lost: ")
                   and m.endswith("Reconnect (Ctrl+K) and interrogate.") for m in t.messages)
        if verify:
            t.connect()  # placing the programmer again brings the link back
            assert t.status.program != t.program(NIGHT_RAISED)  # the COMMIT was lost
            assert t.send(t.program(NIGHT_RAISED)).verified
            t.print_report()
        else:
            t.connect()
            t.print_report()  # assumes the first send went through
    return script


def set_clock(t: Trainee) -> None:
    zone = SCENARIOS[t.station.scenario_id].pump.start_local.tzinfo
    t.set_clock(t.station.row().world_time.astimezone(zone).replace(tzinfo=None))
    t.print_report()


def start_dose(dose: float) -> Script:
    def script(t: Trainee) -> None:
        assert t.send(t.program([(0, dose)], Mode.CONTINUOUS)).verified
        t.print_report()
    return script


def flexible(pairs: list[tuple[int, float]]) -> Script:
    def script(t: Trainee) -> None:
        assert t.send(t.program(pairs)).verified
        t.print_report()
    return script


def mri_check(expected: str) -> Script:
    """Connected (the first interrogation), then Pump > After an MRI interrogates again;
    the check recorded, the report."""
    def script(t: Trainee) -> None:
        assert expected in t.after_mri(1)
        t.print_report()
    return script


def mri_glance(t: Trainee) -> None:
    """Careless: the one interrogation of connecting, the stall alarm silenced, no check."""
    t.clear_alarm(AlarmCode.MOTOR_STALL)
    t.print_report()


def replacement(t: Trainee) -> None:
    """Pump > Replace pump from start to end, then the report."""
    t.replace_pump().close()
    t.print_report()


def replacement_without_priming(t: Trainee) -> None:
    """Careless: saves and connects with the wizard, leaves it, then programs the new pump
    straight from the main window: no priming, no record."""
    t.replace_pump(steps=2).close()
    assert t.send(t.program([(0, 350), (7 * 60, 450), (22 * 60, 350)])).verified
    t.print_report()


@dataclass(frozen=True)
class Case:
    ideal: Script
    careless: Script
    fails: str  # the objective the careless trainee must fail


CASES = {
    "routine-refill": Case(routine_refill, lambda t: routine_refill(t, filled_ml=18),
                           "refilled"),
    "spinal-titration": Case(titrate(360), titrate(420, override=True), "within-limits"),
    "cerebral-titration": Case(titrate(230), titrate(250, override=True), "dose"),
    "concentration-change": Case(concentration_change(True), concentration_change(False),
                                 "bridge"),
    "refill-discrepancy": Case(refill_discrepancy, refill_hiding_discrepancy, "discrepancy"),
    "low-reservoir-alarm": Case(low_reservoir(2.0), low_reservoir(1.0), "alarm-volume"),
    "replacement-indicator": Case(report_only, bolus_then_report, "no-bolus"),
    "catheter-priming": Case(priming(False), priming(True), "priming"),
    "link-lost": Case(link_lost(True), link_lost(False), "dose"),
    "clock-dst": Case(set_clock, report_only, "clock"),
    "trial-to-start": Case(start_dose(150), start_dose(300), "start-dose"),
    "per-hour-hazard": Case(flexible([(0, 60), (8 * 60, 40), (20 * 60, 60)]),
                            flexible([(0, 60)]), "total"),
    "interrupted-session": Case(start_dose(400), report_only, "not-stopped"),
    "mri-normal-resume": Case(mri_check("Delivery resumed at 2026-11-25 09:45, after 0:45 h"),
                              mri_glance, "mri-check"),
    "mri-delayed-resume": Case(mri_check("Delivery has NOT resumed"), mri_glance,
                               "mri-check"),
    "mri-stuck-until-interrogated": Case(mri_check("Delivery resumed at 2026-11-25 11:"),
                                         mri_glance, "second-interrogation"),
    "pump-replacement": Case(replacement, replacement_without_priming, "priming"),
}
SCENARIOS = {scenario.id: scenario for scenario in shipped_scenarios()}


def test_every_shipped_scenario_has_both_trainees():
    assert set(CASES) == set(SCENARIOS)


def run(qtbot, tmp_path, monkeypatch, classroom: ClassroomClient, scenario_id: str,
        script: Script) -> tuple[int, int, set[str]]:
    """The score, the maximum, and the ids of the objectives failed."""
    station = ClassroomStation.open(classroom, scenario_id)
    trainee = Trainee(qtbot, station, tmp_path, monkeypatch)
    try:
        station.command("start")
        trainee.connect()
        script(trainee)
        trainee.finish()
    finally:
        ended = station.command("end")
        classroom.call("close", stations=[station.name])  # its process ends, its seat frees
    assert ended.score is not None and ended.objectives is not None
    return (*ended.score, {o.id for o in ended.objectives if not o.passed})


@pytest.mark.parametrize("scenario_id", sorted(CASES))
def test_ideal_trainee_passes_every_objective(qtbot, tmp_path, monkeypatch, classroom,
                                              scenario_id):
    score, max_score, failed = run(qtbot, tmp_path, monkeypatch, classroom, scenario_id,
                                   CASES[scenario_id].ideal)
    assert failed == set() and score == max_score


@pytest.mark.parametrize("scenario_id", sorted(CASES))
def test_careless_trainee_fails_the_objective_it_should(qtbot, tmp_path, monkeypatch,
                                                        classroom, scenario_id):
    score, max_score, failed = run(qtbot, tmp_path, monkeypatch, classroom, scenario_id,
                                   CASES[scenario_id].careless)
    assert CASES[scenario_id].fails in failed, failed
    assert score < max_score
