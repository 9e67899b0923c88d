"""The saved-pump file: what a replacement starts from, kept exactly or refused in words."""

import json
import os
from dataclasses import replace
from datetime import date

import pytest
from itb_console.console.clinical.saved_pump import (
    MAX_BYTES,
    SavedPump,
    SavedPumpError,
    from_json,
    load,
    save,
    to_json,
)
from itb_console.device.simulated import SimulatedPump

URL = ("sim://?start=2026-11-25T09:00&patient=TRAINING-17&catheter_length_cm=52"
       "&tip_level=T9&implant_date=2019-03-04&last_refill=2026-10-01")


def read_pump(url: str = URL) -> SavedPump:
    pump = SimulatedPump.from_url(url)
    pump.open_session()
    return SavedPump.read_from(pump.interrogate(), pump.read_record())


def test_a_pump_read_saves_and_loads_back_exactly(tmp_path):
    saved = read_pump()
    assert (saved.serial_number, saved.model_code, saved.profile_id,
            saved.patient_id) == ("SIM-000001", "GX-20", "itb-20", "TRAINING-17")
    assert saved.program.canonical_text() == (
        "flexible;baclofen;2000;0:350000,420:450000,720:400000,1320:350000")
    assert (saved.record.catheter_length_mm, saved.record.tip_level,
            saved.record.implanted_on) == (520, "T9", date(2019, 3, 4))
    path = tmp_path / "old.itbpump.json"
    assert save(path, saved) == saved
    assert load(path) == saved
    data = json.loads(path.read_text())
    assert data["format"] == "itb-console saved pump" and data["version"] == 1
    assert data["program_checksum"] == "49C0F922"
    assert data["record"]["cath_mm"] == "520"
    assert data["notice"] == "Training mock, not for clinical use."


def edited(change) -> str:
    data = json.loads(to_json(read_pump()))
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(("text", "message"), [
    ("hello", "x.json: not a saved pump file: it is not JSON (Expecting value at line 1)"),
    ('{"version": 1}', 'x.json: not a saved pump file: it has no "format": "itb-console '
                       'saved pump" (save the old pump from Pump > Replace pump)'),
    ('["itb-console saved pump"]', "x.json: not a saved pump file: it has no"),
    (edited(lambda d: d.update(version=2)), "x.json: version 2 was written by a newer "
                                            "console; this one reads version 1"),
    (edited(lambda d: d.update(version="1")), "x.json: version: '1' must be a whole number"),
    (edited(lambda d: d.pop("record")), "x.json: record: is missing"),
    (edited(lambda d: d.update(extra=1)), "x.json: extra: is not a field of a saved pump"),
    (edited(lambda d: d["pump"].update(serial="")),
     "x.json: pump.serial: '' must be 1 to 32 printable ASCII characters (space to tilde), "
     "without the at sign"),
    (edited(lambda d: d["pump"].pop("model")), "x.json: pump: must hold exactly model, "
                                                "patient, profile, serial"),
    (edited(lambda d: d.update(program=d["program"].replace("450000", "460000"))),
     "x.json: program_checksum: '49C0F922' does not match the program (4B1EFE05): the file "
     "was changed or damaged since it was saved"),
    (edited(lambda d: d.update(program="flexible;baclofen;3000;0:1")),
     "x.json: program: concentration: 3000 mcg/mL"),
    (edited(lambda d: d.update(program="fast;baclofen;2000;0:1")),
     "x.json: program: mode: 'fast' is not one of stopped, continuous, flexible"),
    (edited(lambda d: d["record"].update(tip="X9")),
     "x.json: record.tip_level: 'X9' must be a vertebral level C1-C7, T1-T12 or L1-L5"),
    (edited(lambda d: d["record"].update(cath_mm=520)),
     "x.json: record.record: every value must be a text"),
    (edited(lambda d: d.update(pump_clock="yesterday")),
     "x.json: pump_clock: 'yesterday' must be a date-time like 2026-11-25T09:00:00"),
    (edited(lambda d: d.update(saved_at="2026-11-25T09:00:00")),
     "x.json: saved_at: '2026-11-25T09:00:00' must be a date-time like "
     "2026-11-25T09:00:00+00:00"),
])
def test_foreign_damaged_or_newer_files_are_refused_saying_what_is_wrong(text, message):
    with pytest.raises(SavedPumpError) as refused:
        from_json(text, "x.json")
    assert str(refused.value).startswith(message)


def test_a_file_too_large_binary_or_missing_is_refused_before_it_is_parsed(tmp_path):
    big = tmp_path / "big.json"
    big.write_text(" " * (MAX_BYTES + 1))
    with pytest.raises(SavedPumpError, match=r"big.json: not a saved pump file: 65,537 bytes "
                                             r"is far more than one holds \(at most 65,536\)"):
        load(big)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0")
    with pytest.raises(SavedPumpError, match=r"photo.jpg: cannot be read \(it is not UTF-8 "
                                             r"text: byte 1 is 0xFF\)"):
        load(binary)
    with pytest.raises(SavedPumpError, match=r"gone.json: cannot be read \("):
        load(tmp_path / "gone.json")


def test_a_save_that_fails_midway_leaves_the_earlier_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "old.itbpump.json"
    first = read_pump()
    save(path, first)

    def disk_full(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SavedPumpError, match=r"old.itbpump.json: cannot be written \(No space "
                                             r"left on device\)"):
        save(path, replace(first, patient_id="TRAINING-99"))
    monkeypatch.undo()
    assert load(path) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.itbpump.json"]
