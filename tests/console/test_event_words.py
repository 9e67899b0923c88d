"""The pump's event log in words, by value (docs/domain.md's worked numbers)."""

from datetime import datetime

from itb_console.console.event_words import event_name, event_words, raw_record
from itb_console.device.pump_api import Event
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

from tests.text import spaced

AT = datetime(2026, 11, 25, 9, 0)


def program(mcg_per_day: int) -> str:
    return Program(Mode.FLEXIBLE, Schedule.constant(DoseRate.from_mcg_per_day(mcg_per_day)),
                   Concentration(2000)).canonical_text()


def words(event_kind: str, **detail) -> str:
    return spaced(event_words(Event(1, AT, event_kind, detail)))


def test_a_program_change_reads_old_to_new_daily_dose():
    assert words("program", old=program(300), new=program(390), checksum=1) == (
        "daily dose 300.0 → 390.0 mcg/day (up 30.0 %); flexible, 1 step at 2000 mcg/mL")
    assert event_name("program") == "Program changed"


def test_a_refill_reads_in_millilitres_and_the_discrepancy_in_words():
    assert words("refill", expected_residual_nl=3_200_000, withdrawn_nl=1_900_000,
                 filled_nl=20_000_000, concentration=2000, low_alarm_nl=2_000_000) == (
        "withdrew 1.90 mL (expected 3.20 mL: 1.30 mL less came back than expected), "
        "filled 20.00 mL at 2000 mcg/mL, low-reservoir alarm at 2.00 mL")


def test_boluses_alarms_and_clock_read_in_words():
    assert words("bolus-start", kind="bridge", volume_nl=250_000, duration_s=36_000,
                 rate_nl_per_day=600_000) == "bridge bolus, 0.250 mL over 10:00 h"
    assert words("bolus-cancel", kind="clinician", delivered_nl=10_000,
                 resume_mode="flexible") == (
        "clinician bolus, 0.010 mL delivered before it was stopped; back to flexible mode")
    assert event_name("bolus-start") == "Bolus started"
    assert words("alarm", code="low_reservoir", severity="non-critical") == (
        "Low reservoir (non-critical)")
    assert words("alarm-clear", code="motor_stall", by="clinician") == (
        "Motor stall, by the clinician")
    assert words("clock-set", old="2026-11-25T10:00:00", new="2026-11-25T09:00:00") == (
        "from 2026-11-25 10:00 to 2026-11-25 09:00 (1:00 h back)")


def test_a_malformed_record_is_shown_as_recorded():
    assert words("program", old="garbage", new="also garbage") == "old=garbage, new=also garbage"
    assert words("clock-set", old="yesterday") == "old=yesterday"
    assert words("firmware-update", version="2.1") == "version=2.1"
    assert event_name("firmware-update") == "Firmware update"


def test_the_raw_record_keeps_every_field():
    event = Event(7, AT, "refill", {"withdrawn_nl": 13_500_000})
    assert raw_record(event) == ("seq: 7\npump_clock: 2026-11-25 09:00:00\nkind: refill\n"
                                 "withdrawn_nl: 13500000")
