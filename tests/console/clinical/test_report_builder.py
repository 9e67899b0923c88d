"""The report states the refill, boluses and cleared alarms the session recorded."""

from datetime import UTC, datetime

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.clinical.report import BolusEnd, BolusRecord
from itb_console.console.clinical.report_builder import build_report
from itb_console.device.pump_api import AlarmCode, BolusKind

from tests.contract.backends import simulated

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_report_from_a_session_with_refill_bolus_and_cleared_alarm():
    with simulated() as harness:
        status = harness.pump.interrogate()
        actions = ActionLog()
        actions.record(ActionKind.REFILL, NOW, expected_residual_nl=3_200_000,
                       withdrawn_nl=1_900_000, flagged=1, filled_nl=20_000_000,
                       concentration=2000, low_alarm_nl=2_000_000)
        actions.record(ActionKind.BOLUS_STARTED, NOW, kind="priming", volume_nl=110_000,
                       duration_s=396)
        actions.record(ActionKind.ALARM_CLEARED, NOW, code=AlarmCode.MOTOR_STALL.value)
        report = build_report(status, status.program, actions, "Dr T", NOW,
                              record=harness.pump.read_record())
    assert report.to_json_dict()["implant"] == {
        "implant_date": "2026-01-01", "catheter_model": "SIM-CATH-1",
        "catheter_length_mm": 450, "catheter_nl_per_cm": 2200,
        "catheter_volume_nl": 99_000, "tip_level": "T10", "last_refill": None,
        "next_refill": None}
    assert report.refill.discrepancy_nl == 1_300_000 and report.refill.discrepancy_flagged
    # neither cancelled nor running at the last read: the pump ended it
    assert report.boluses == (BolusRecord(BolusKind.PRIMING, 110_000, 396, BolusEnd.ENDED),)
    assert report.alarms_cleared == ("motor_stall",)
    assert not report.program_changed
    assert report.alarm_date.isoformat() == "2026-03-08"  # 13 mL at 0.1958 mL/day


def test_a_stalled_pump_has_no_refill_by_or_empty_date():
    with simulated() as harness:
        harness.pump.control.motor_stall()
        status = harness.pump.interrogate()
        report = build_report(status, status.program, ActionLog(), "Dr T", NOW)
    assert (report.alarm_date, report.empty_date) == (None, None)  # 2026-03-08 was false
