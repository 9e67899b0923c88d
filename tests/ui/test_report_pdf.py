"""Session report: the JSON record and the PDF carry the same facts and the mark."""

import json
import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from PySide6.QtGui import QImage

from console.report import BolusRecord, RefillRecord, SessionReport
from device.profiles import load_initial_pump, load_profile
from device.pump_api import Alarm, AlarmCode, BolusKind, PumpIdentity
from device.schedule_edits import scale_rates
from ui.report_pdf import preview_report, report_html, write_report_pdf


def sample_report() -> SessionReport:
    before = load_initial_pump().program
    rules = load_profile("itb-20").schedule_rules(before.concentration)
    after = type(before)(before.mode, scale_rates(before.schedule, 10, rules),
                         before.concentration)
    return SessionReport(
        created_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        clinician="Dr A. Trainee",
        identity=PumpIdentity("SIM-000001", "itb-20", "GX-20", "1.0", "TRAINING-01"),
        pump_clock=datetime(2026, 11, 25, 9, 31),
        program_before=before,
        program_after=after,
        reservoir_nl=20_000_000,
        low_reservoir_alarm_nl=2_000_000,
        alarm_date=date(2027, 2, 23),
        empty_date=date(2027, 3, 5),
        replace_by_date=None,
        refill=RefillRecord(3_200_000, 1_900_000, True, 20_000_000, 2000, 2_000_000),
        boluses=(BolusRecord(BolusKind.CLINICIAN, 25_000, 3600, True),),
        alarms_active=(Alarm(AlarmCode.LOW_RESERVOIR, datetime(2026, 11, 20, 8), False),),
        alarms_cleared=("motor_stall",),
    )


def test_json_record_is_exact_and_marked(tmp_path):
    report = sample_report()
    path = tmp_path / "session.json"
    report.save_json(path)
    record = json.loads(path.read_text())
    assert record["training_mark"] == "Training mock, not for clinical use"
    assert record["refill"]["discrepancy_nl"] == 1_300_000
    assert record["refill"]["discrepancy_flagged"] is True
    assert record["program_changed"] is True
    assert record["alarm_date"] == "2027-02-23"
    assert record["program_after"].startswith("flexible;baclofen;2000;0:385000")
    assert report.daily_dose_change_percent == pytest.approx(10.0, abs=0.01)


def test_html_states_each_section():
    html = report_html(sample_report())
    for text in ("Training mock, not for clinical use", "TRAINING-01", "SIM-000001",
                 "+10.0 % daily dose", "1.30 mL", "above threshold", "Clinician bolus",
                 "low_reservoir (non-critical)", "motor_stall", "2027-02-23",
                 "Dr A. Trainee", "Daily total"):
        assert text in html


def test_pdf_is_written_and_rasterises(tmp_path, qapp):
    path = tmp_path / "report.pdf"
    write_report_pdf(sample_report(), path)
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")],
                   check=True)
    page = QImage(str(tmp_path / "page-1.png"))
    assert page.width() > 400
    inked = sum(1 for y in range(0, page.height(), 4) for x in range(0, page.width(), 4)
                if page.pixelColor(x, y).lightness() < 128)
    assert inked > 500  # text and tables, not a blank page


def test_print_preview_dialog_builds(qtbot):
    dialog = preview_report(sample_report())
    qtbot.addWidget(dialog)
    assert "training mock" in dialog.windowTitle()
