"""The patient and implant record, on every back-end: read, write with a reason, refusals."""

from datetime import date

import pytest
from itb_console.device.pump_api import PumpRefused, Reason, RefillRequest
from itb_console.device.therapy import Concentration


def test_the_default_record_reads_back(harness):
    record = harness.pump.read_record()
    assert record.implanted_on == date(2026, 1, 1)
    assert (record.catheter_length_mm, record.catheter_nl_per_cm) == (450, 2200)
    assert record.catheter_volume_nl == 99_000  # 45 cm x 0.0022 mL/cm = 0.099 mL
    assert record.tip_level == "T10"
    assert record.last_refill_on is None and record.next_refill_on is None


def test_writing_needs_a_session(harness):
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_record({"cath_mm": "500"}, "catheter revised")
    assert refused.value.reason is Reason.NO_SESSION


def test_a_write_changes_the_fields_given_and_logs_the_reason(harness):
    harness.pump.open_session()
    record = harness.pump.write_record({"cath_mm": "500", "tip": "T9", "patient": "PT-7"},
                                       "catheter revised")
    assert record.catheter_volume_nl == 110_000  # 50 cm x 0.0022 mL/cm = 0.110 mL
    assert record.tip_level == "T9" and record.catheter_model == "SIM-CATH-1"
    assert harness.pump.interrogate().identity.patient_id == "PT-7"
    [event] = [e for e in harness.pump.read_log() if e.kind == "record"]
    assert event.detail == {"reason": "catheter revised", "cath_mm": 500, "tip": "T9",
                            "patient": "PT-7"}


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"cath_mm": "99"}, "catheter_length_cm: 9.9 cm is outside 10 to 150 cm"),
    ({"cath_mm": "1501"}, "catheter_length_cm: 150.1 cm is outside 10 to 150 cm"),
    # Never rounded into its own range (it read '0.0005 mL/cm is outside 0.0005 to ...').
    ({"cath_nl_per_cm": "499"}, "catheter_ml_per_cm: 0.000499 mL/cm (499 nL/cm) is outside "
                                "0.0005 to 0.01 mL/cm (500 to 10000 nL/cm)"),
    ({"cath_nl_per_cm": "10001"}, "catheter_ml_per_cm: 0.010001 mL/cm (10001 nL/cm) is "
                                  "outside 0.0005 to 0.01 mL/cm (500 to 10000 nL/cm)"),
    ({"tip": "T13"}, "tip_level: 'T13' must be a vertebral level"),
    ({"implanted": "20260102"}, "implant_date: 2026-01-02 is outside 2000-01-01 to 2026-01-01"),
    ({"next_refill": "20251231"}, "next_refill: 2025-12-31 is outside 2026-01-01"),
    ({"cath_model": "x" * 33}, "catheter_model:"),
    ({"cath_mm": "45cm"}, "cath_mm: '45cm' is not a whole number"),
    ({"tip": "T9", "cath_mm": "2000"}, "catheter_length_cm"),
])
def test_bad_values_are_refused_with_field_and_range_and_nothing_changes(harness, changes,
                                                                          fragment):
    harness.pump.open_session()
    before = harness.pump.read_record()
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_record(changes, "fix")
    assert refused.value.reason in (Reason.OUT_OF_RANGE, Reason.BAD_REQUEST)
    assert fragment in str(refused.value)
    assert harness.pump.read_record() == before


def test_a_refill_sets_the_last_refill_and_uses_up_its_booking(harness):
    harness.pump.open_session()
    harness.pump.write_record({"next_refill": "20260101"}, "booked")
    harness.pump.refill(RefillRequest(15_000_000, 20_000_000, Concentration(2000), 2_000_000))
    record = harness.pump.read_record()
    assert record.last_refill_on == date(2026, 1, 1)
    assert record.next_refill_on is None


def test_an_empty_reason_is_refused_in_words_the_wire_carries_intact(harness):
    """The rule names the forbidden character in words: no frame can carry an at sign
    (it used to arrive as 'other than  at ')."""
    harness.pump.open_session()
    with pytest.raises(PumpRefused) as refused:
        harness.pump.write_record({"tip": "T9"}, "")
    assert str(refused.value) == ("reason: '' must be 1 to 32 printable ASCII characters "
                                  "(space to tilde), without the at sign")
