"""The implant record's checks, text forms, state file, sim:// options and wire round trip."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.clock import ManualClock
from itb_console.device.implant_record import (
    ImplantRecord,
    RecordError,
    from_text,
    human_changes,
    to_text,
    with_changes,
)
from itb_console.device.protocol import Frame, decode
from itb_console.device.pump_api import PumpIdentity
from itb_console.device.simulated import SimulatedPump, SimUrlError
from itb_console.device.state_file import StateFileError, from_state, to_state
from itb_console.device.wire_codec import decode_record, encode_record

TODAY = date(2026, 11, 25)
IDENTITY = PumpIdentity("SIM-000001", "itb-20", "GX-20", "ITB-SIM 1.0", "TRAINING-01")


def test_catheter_volume_is_length_times_volume_per_cm():
    # domain.md: catheter 0.0022 mL per cm; 50 cm -> 0.110 mL; 37.5 cm -> 0.0825 mL
    assert ImplantRecord(TODAY, catheter_length_mm=500).catheter_volume_nl == 110_000
    assert ImplantRecord(TODAY, catheter_length_mm=375).catheter_volume_nl == 82_500


def test_human_form_converts_cm_and_ml_per_cm_exactly():
    changes = human_changes({"catheter_length_cm": "37.5", "catheter_ml_per_cm": "0.0022",
                             "implant_date": "2024-03-01", "tip_level": "T8"})
    assert changes == {"cath_mm": "375", "cath_nl_per_cm": "2200", "implanted": "20240301",
                       "tip": "T8"}


@pytest.mark.parametrize(("values", "message"), [
    ({"catheter_length_cm": "37.55"}, "catheter_length_cm:"),
    ({"implant_date": "1/3/2024"}, "implant_date: '1/3/2024' is not a date like 2026-11-25"),
    ({"colour": "red"}, "colour: is not a record field"),
    ({"tip_level": 10}, "tip_level: 10 must be a text"),
])
def test_bad_human_values_name_the_field(values, message):
    with pytest.raises(RecordError) as refused:
        human_changes(values)
    assert str(refused.value).startswith(message)


def test_last_refill_before_the_implant_is_refused():
    with pytest.raises(RecordError, match="last_refill: 2023-12-31 is outside 2024-01-01"):
        with_changes(ImplantRecord(date(2024, 1, 1)), {"last_refill": "20231231"}, TODAY)


records = st.builds(
    ImplantRecord,
    implanted_on=st.dates(date(2000, 1, 1), date(2020, 12, 31)),
    catheter_model=st.text(st.characters(min_codepoint=32, max_codepoint=126,
                                         blacklist_characters="@"), min_size=1, max_size=32),
    catheter_length_mm=st.integers(100, 1500),
    catheter_nl_per_cm=st.integers(500, 10_000),
    tip_level=st.sampled_from(["C1", "C7", "T1", "T9", "T12", "L1", "L5"]),
    last_refill_on=st.none() | st.dates(date(2021, 1, 1), date(2022, 12, 31)),
    next_refill_on=st.none() | st.dates(date(2023, 1, 1), date(2099, 12, 31)),
)


@given(records)
def test_a_record_round_trips_through_a_frame_on_the_wire(record):
    record.check(TODAY)
    line = Frame(7, "OK", encode_record(IDENTITY, record)).encode().rstrip(b"\r\n")
    assert decode_record(decode(line).args) == record


@given(records)
def test_a_record_round_trips_through_its_text_form(record):
    assert from_text(to_text(record), TODAY) == record


def test_the_state_file_keeps_the_record_and_refuses_a_bad_one(tmp_path):
    pump = SimulatedPump.from_url("sim://?start=2026-01-01T00:00&catheter_length_cm=50"
                                  "&tip_level=T9&next_refill=2026-03-01")
    data = to_state(pump.model)
    assert data["record"]["cath_mm"] == "500"
    back = from_state(data, ManualClock(float(pump.model.world_time)))
    assert back.implant_record == pump.model.implant_record
    data["record"]["tip"] = "S1"
    with pytest.raises(StateFileError, match=r"record\.tip_level: 'S1' must be a vertebral"):
        from_state(data, ManualClock(float(pump.model.world_time)))


def test_an_old_state_file_without_a_record_gets_the_default_catheter():
    pump = SimulatedPump.from_url("sim://?start=2026-01-01T00:00")
    data = to_state(pump.model)
    del data["record"]
    back = from_state(data, ManualClock(float(pump.model.world_time)))
    assert back.implant_record == ImplantRecord(date(2026, 1, 1))


@pytest.mark.parametrize(("query", "message"), [
    ("catheter_length_cm=200", "sim:// catheter_length_cm: 200 cm is outside 10 to 150 cm"),
    ("implant_date=2027-01-01", "sim:// implant_date: 2027-01-01 is outside"),
    ("tip_level=X", "sim:// tip_level: 'X' must be a vertebral level"),
])
def test_sim_url_record_options_are_checked(query, message):
    with pytest.raises(SimUrlError) as refused:
        SimulatedPump.from_url(f"sim://?start=2026-01-01T00:00&{query}")
    assert str(refused.value).startswith(message)
