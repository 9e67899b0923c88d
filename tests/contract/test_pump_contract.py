"""What any Pump back-end must do, with the worked numbers from the domain notes."""

from datetime import datetime, timedelta

import pytest
from itb_console.device.pump_api import (
    AlarmCode,
    BolusKind,
    BolusRequest,
    PumpRefused,
    Reason,
    RefillRequest,
)
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule
from itb_console.device.units import SECONDS_PER_DAY

DAY = SECONDS_PER_DAY
C2000 = Concentration(2000)


def program_400(mode=Mode.CONTINUOUS) -> Program:
    return Program(mode, Schedule.constant(DoseRate.from_mcg_per_day(400)), C2000)


def test_interrogate_reads_the_default_pump(harness):
    status = harness.pump.interrogate()
    assert status.identity.profile_id == "itb-20"
    assert status.identity.serial_number == "SIM-000001"
    assert status.reservoir_nl == 15_000_000
    assert status.program.schedule.as_pairs()[1] == (420, 450_000)
    assert status.pump_clock == datetime(2026, 1, 1, 0, 0)
    assert not status.session_open


def test_programming_needs_an_open_session(harness):
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_program(program_400())
    assert refused.value.reason is Reason.NO_SESSION
    assert harness.pump.read_program().mode is Mode.FLEXIBLE


def test_session_times_out_after_link_inactivity(harness):
    harness.pump.open_session()
    harness.link_time[0] += 121
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_program(program_400())
    assert refused.value.reason is Reason.NO_SESSION


def test_write_program_commits_and_reads_back(harness):
    harness.pump.open_session()
    checksum = harness.pump.write_program(program_400())
    assert checksum == program_400().checksum()
    assert harness.pump.read_program() == program_400()
    kinds = [e.kind for e in harness.pump.read_log()]
    assert "program" in kinds


@pytest.mark.parametrize(
    ("program", "reason", "fragment"),
    [
        (Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(50_000)), C2000),
         Reason.BAD_PROGRAM, "outside this pump's range"),
        (Program(Mode.FLEXIBLE, Schedule.from_pairs([(0, 400_000), (5, 400_000)]), C2000),
         Reason.BAD_PROGRAM, "at least 15 min"),
        (Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(400_000)), Concentration(500)),
         Reason.CONCENTRATION_MISMATCH, "reservoir holds 2000 mcg/mL"),
        (Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(400_000)), Concentration(750)),
         Reason.BAD_PROGRAM, "not supplied for baclofen"),
    ],
)
def test_pump_refuses_programs_outside_its_profile(harness, program, reason, fragment):
    harness.pump.open_session()
    before = harness.pump.read_program()
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_program(program)
    assert refused.value.reason is reason
    assert fragment in str(refused.value)
    assert harness.pump.read_program() == before


def test_20_ml_at_0_2_ml_per_day_alarms_on_day_90_and_empties_on_day_100(harness):
    pump, control = harness.pump, harness.control
    pump.open_session()
    pump.refill(RefillRequest(withdrawn_nl=0, filled_nl=20_000_000, concentration=C2000,
                              low_reservoir_alarm_nl=2_000_000, program=program_400()))
    start = pump.read_clock()
    control.advance(90 * DAY - 60)
    assert AlarmCode.LOW_RESERVOIR not in {a.code for a in pump.read_alarms()}
    control.advance(60)
    alarms = {a.code: a for a in pump.read_alarms()}
    assert alarms[AlarmCode.LOW_RESERVOIR].raised_at == start + timedelta(days=90)
    assert not alarms[AlarmCode.LOW_RESERVOIR].critical
    control.advance(10 * DAY)
    alarms = {a.code: a for a in pump.read_alarms()}
    assert alarms[AlarmCode.RESERVOIR_EMPTY].raised_at == start + timedelta(days=100)
    assert alarms[AlarmCode.RESERVOIR_EMPTY].critical
    assert pump.interrogate().reservoir_nl == 0


def test_refill_reports_expected_residual_and_clears_reservoir_alarms(harness):
    pump, control = harness.pump, harness.control
    control.set_reservoir(calculated_nl=1_500_000, true_nl=1_500_000)
    assert AlarmCode.LOW_RESERVOIR in {a.code for a in pump.read_alarms()}
    pump.open_session()
    result = pump.refill(RefillRequest(1_400_000, 20_000_000, C2000, 2_000_000))
    assert (result.expected_residual_nl, result.reservoir_nl) == (1_500_000, 20_000_000)
    assert AlarmCode.LOW_RESERVOIR not in {a.code for a in pump.read_alarms()}


def test_refill_refusals_leave_the_pump_unchanged(harness):
    pump = harness.pump
    pump.open_session()
    before = pump.interrogate()
    for request, reason in [
        (RefillRequest(0, 25_000_000, C2000, 2_000_000), Reason.RESERVOIR),
        (RefillRequest(0, 20_000_000, C2000, 9_000_000), Reason.OUT_OF_RANGE),
        (RefillRequest(0, 20_000_000, Concentration(500), 2_000_000),
         Reason.CONCENTRATION_MISMATCH),
    ]:
        with pytest.raises(PumpRefused) as refused:
            pump.refill(request)
        assert refused.value.reason is reason
    after = pump.interrogate()
    assert (after.reservoir_nl, after.program) == (before.reservoir_nl, before.program)


def test_concentration_change_commits_refill_and_program_together(harness):
    pump = harness.pump
    pump.open_session()
    new = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(300_000)), Concentration(500))
    pump.refill(RefillRequest(3_000_000, 20_000_000, Concentration(500), 2_000_000, program=new))
    status = pump.interrogate()
    assert status.program == new
    assert status.reservoir_concentration == Concentration(500)


def test_over_infusion_drains_the_true_reservoir_faster(harness):
    pump, control = harness.pump, harness.control
    pump.open_session()
    pump.refill(RefillRequest(0, 20_000_000, C2000, 2_000_000, program=program_400()))
    control.set_over_infusion(20)
    control.advance(50 * DAY)
    assert pump.interrogate().reservoir_nl == 10_000_000  # what the pump calculates
    assert control.true_residual_nl() == 8_000_000  # 20 % more went in


def test_over_infusing_pump_runs_dry_before_its_alarm(harness):
    pump, control = harness.pump, harness.control
    pump.open_session()
    pump.refill(RefillRequest(0, 20_000_000, C2000, 2_000_000, program=program_400()))
    control.set_over_infusion(25)
    control.advance(80 * DAY)  # 0.25 mL/day true: empty on day 80, alarm would be day 90
    assert control.true_residual_nl() == 0
    assert AlarmCode.LOW_RESERVOIR not in {a.code for a in pump.read_alarms()}
    assert any(e.kind == "fault" and "ran out" in str(e.detail) for e in pump.read_log())


def test_bolus_delivers_then_returns_to_previous_mode(harness):
    pump, control = harness.pump, harness.control
    pump.open_session()
    status = pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 100_000, 3600))
    assert status.rate_nl_per_day == 2_400_000
    assert status.resume_mode is Mode.FLEXIBLE
    with pytest.raises(PumpRefused) as refused:
        pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 100_000, 3600))
    assert refused.value.reason is Reason.BOLUS_ACTIVE
    control.advance(1800)
    assert pump.interrogate().bolus.delivered_nl == 50_000
    control.advance(1800)
    assert pump.interrogate().bolus is None
    kinds = [e.kind for e in pump.read_log()]
    assert kinds[-1] == "bolus-end"


def test_bolus_cancel_and_limits(harness):
    pump, control = harness.pump, harness.control
    pump.open_session()
    with pytest.raises(PumpRefused, match="above this pump's 2 mL"):
        pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 3_000_000, 3600))
    with pytest.raises(PumpRefused, match="bolus rate"):
        pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 1_000_000, 60))
    with pytest.raises(PumpRefused) as refused:
        pump.cancel_bolus()
    assert refused.value.reason is Reason.NO_BOLUS
    pump.start_bolus(BolusRequest(BolusKind.PRIMING, 360_000, 3600))
    control.advance(600)
    cancelled = pump.cancel_bolus()
    assert cancelled.delivered_nl == 60_000
    assert pump.interrogate().bolus is None


def test_motor_stall_is_critical_and_clearable(harness):
    pump, control = harness.pump, harness.control
    control.raise_alarm(AlarmCode.MOTOR_STALL)
    alarms = {a.code: a for a in pump.read_alarms()}
    assert alarms[AlarmCode.MOTOR_STALL].critical
    reservoir = pump.interrogate().reservoir_nl
    control.advance(DAY)
    assert pump.interrogate().reservoir_nl == reservoir  # nothing delivered while stalled
    pump.open_session()
    pump.clear_alarm(AlarmCode.MOTOR_STALL)
    assert pump.read_alarms() == ()
    control.set_reservoir(calculated_nl=1_000_000)
    with pytest.raises(PumpRefused) as refused:
        pump.clear_alarm(AlarmCode.LOW_RESERVOIR)
    assert refused.value.reason is Reason.NOT_CLEARABLE


def test_replacement_indicator_then_end_of_service_within_90_days(harness):
    pump, control = harness.pump, harness.control
    control.set_battery_days_left(100)
    assert AlarmCode.REPLACEMENT_INDICATOR not in {a.code for a in pump.read_alarms()}
    control.advance(10 * DAY)
    eri = {a.code: a for a in pump.read_alarms()}[AlarmCode.REPLACEMENT_INDICATOR]
    battery = pump.interrogate().battery
    assert battery.eri_reached and not battery.eos_reached
    assert battery.eos_at - eri.raised_at <= timedelta(days=90)
    control.advance(90 * DAY)
    status = pump.interrogate()
    assert status.battery.eos_reached
    eos = {a.code: a for a in status.alarms}[AlarmCode.END_OF_SERVICE]
    assert eos.critical and eos.raised_at - eri.raised_at <= timedelta(days=90)
    pump.open_session()
    with pytest.raises(PumpRefused) as refused:
        pump.write_program(program_400(Mode.FLEXIBLE))
    assert refused.value.reason is Reason.END_OF_SERVICE


def test_clock_set_and_drift(harness):
    pump, control = harness.pump, harness.control
    control.set_drift_ppm(1000)  # 86.4 s a day fast
    control.advance(10 * DAY)
    assert pump.read_clock() == datetime(2026, 1, 11, 0, 14, 24)
    pump.open_session()
    pump.set_clock(datetime(2026, 1, 11, 0, 0))
    assert pump.read_clock() == datetime(2026, 1, 11, 0, 0)
    assert [e for e in pump.read_log() if e.kind == "clock-set"]


def test_log_since_sequence(harness):
    pump = harness.pump
    pump.open_session()
    last = pump.interrogate().last_event_seq
    pump.write_program(program_400())
    newer = pump.read_log(since_seq=last)
    assert [e.kind for e in newer] == ["program"]
