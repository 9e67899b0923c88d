"""Session report: the JSON record and the PDF carry the same facts and the mark."""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from itb_console.console.clinical.report import (
    BolusEnd,
    BolusRecord,
    RefillRecord,
    SessionReport,
)
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import Alarm, AlarmCode, BolusKind, PumpIdentity
from itb_console.device.pump_profiles import load_profile
from itb_console.device.schedule_edits import scale_rates
from itb_console.ui.reports.report_pdf import (
    ReportPreview,
    a4_printer,
    cannot_print_reason,
    paint_marked_pages,
    report_document,
    report_html,
    write_report_pdf,
)
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from tests.text import spaced


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
        boluses=(BolusRecord(BolusKind.CLINICIAN, 25_000, 3600, BolusEnd.ENDED),),
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
    html = spaced(report_html(sample_report()))
    for text in ("Training mock, not for clinical use", "TRAINING-01", "SIM-000001",
                 "daily dose up 10.0 %", "1.30 mL less came back than expected",
                 "above threshold", "Clinician bolus",
                 "Low reservoir (non-critical)", "Motor stall", "2027-02-23 (in ",
                 "Dr A. Trainee", "Daily total"):
        assert text in html
    for code in ("low_reservoir", "motor_stall", "+10.0"):
        assert code not in html  # names and changes in words, never codes or signs


def test_html_states_the_implant_record_or_that_it_was_not_read():
    assert "<th>Implant record</th><td colspan='3'>not read</td>" in report_html(
        sample_report())
    record = ImplantRecord(date(2024, 3, 12), catheter_length_mm=375, tip_level="T8",
                           last_refill_on=date(2026, 8, 26))
    html = spaced(report_html(replace(sample_report(), implant=record)))
    for text in ("2024-03-12", "SIM-CATH-1, 37.5 cm x 0.0022 mL/cm = 0.083 mL", "T8",
                 "2026-08-26", "not booked"):
        assert text in html


def test_pdf_is_written_and_rasterises(tmp_path, qapp):
    path = tmp_path / "report.pdf"
    write_report_pdf(sample_report(), path)
    assert path.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0).toSize()  # A4 in points, drawn at 72 dpi
    assert (size.width(), size.height()) == (595, 842)  # 210 x 297 mm / 25.4 x 72
    assert inked_per_page(path)[0] > 500  # text and tables, not a blank page


def inked_per_page(path: Path) -> list[int]:
    """Dark pixels on each page of a PDF, below the top margin (where the mark band and
    the page number stand on every page, blank or not)."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    counts = []
    for number in range(document.pageCount()):
        size = document.pagePointSize(number).toSize()
        page = document.render(number, size)
        below_mark = int(page.height() * 15 / 297)
        counts.append(sum(1 for y in range(below_mark, page.height(), 3)
                          for x in range(0, page.width(), 3)
                          if _ink(page.pixelColor(x, y))))
    return counts


def _ink(color: QColor) -> bool:
    """QtPdf renders onto a transparent page: paper is alpha 0, not white."""
    return color.alpha() > 128 and color.lightness() < 128


def test_every_page_of_the_report_carries_text(tmp_path, qapp):
    path = tmp_path / "report.pdf"
    write_report_pdf(sample_report(), path)  # runs onto a second page
    inked = inked_per_page(path)
    assert len(inked) == 2
    assert min(inked) > 20, inked


def test_a_report_ending_at_the_foot_of_a_page_has_no_blank_page_after_it(tmp_path, qapp):
    """The page is cut between the last line's foot and the end of the document's bottom
    margin: QTextDocument counts a second page there, which used to print blank."""
    report = replace(sample_report(), refill=None, boluses=())

    def a4_writer(name: str, bottom_mm: float) -> QPdfWriter:
        writer = QPdfWriter(str(tmp_path / name))
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, bottom_mm),
                                         QPageLayout.Unit.Millimeter))
        return writer

    measured = a4_writer("measure.pdf", 15)
    document = report_document(report)
    document.documentLayout().setPaintDevice(measured)
    document.setPageSize(QSizeF(measured.width(), measured.height()))
    assert document.pageCount() == 1
    last_line_foot = document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()
    page_dots = (last_line_foot + document.size().height()) / 2
    assert last_line_foot < page_dots < document.size().height()
    writer = a4_writer("foot.pdf", 297 - 15 - page_dots / 300 * 25.4)
    document = report_document(report)
    assert paint_marked_pages(document, writer)
    del writer  # the file is finished when the writer goes
    assert document.pageCount() == 2  # what Qt counts: the case that printed blank
    inked = inked_per_page(tmp_path / "foot.pdf")
    assert len(inked) == 1
    assert inked[0] > 500


PREVIEW_SCRIPT = """
import gc, sys
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.ui.reports.test_report_pdf import sample_report
from itb_console.ui.reports.report_pdf import ReportPreview
preview = ReportPreview(sample_report())
gc.collect()  # the old preview_report's printer was collected here
preview.show()
app.processEvents()
print(preview.findChild(QPrintPreviewWidget).pageCount())
"""


def test_print_preview_shows_its_pages_without_crashing():
    """In a child process: a regression would segfault it, not the test run."""
    done = subprocess.run([sys.executable, "-c", PREVIEW_SCRIPT], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).parents[3],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) >= 1


def test_no_printer_is_said_plainly():
    assert cannot_print_reason([]).startswith("No printer is available on this computer")
    assert cannot_print_reason(["Ward printer"]) == ""


def test_printer_pages_carry_the_mark_on_every_page(qapp, tmp_path):
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    report = sample_report()
    long_report = type(report)(**{**report.__dict__, "notes": "Observe. " * 900})
    assert paint_marked_pages(report_document(long_report), printer)
    if shutil.which("pdftotext") is None:
        # QtPdf reads the text clipped at a page's top interleaved with the mark's letters
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        # (the text clipped at a page's top stays in the PDF and can split the mark's words)
        assert f"Page {number} of {len(pages)}" in page and "Training" in page


def test_the_preview_reports_where_it_printed(qtbot, tmp_path):
    preview = ReportPreview(sample_report())
    qtbot.addWidget(preview)
    assert "training mock" in preview.windowTitle()
    assert preview.printed_to(QDialog.DialogCode.Rejected) == ""
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    with qtbot.waitSignal(preview.printed) as printed:
        preview.done(QDialog.DialogCode.Accepted)
    assert printed.args == [str(tmp_path / "out.pdf")]


def test_a_report_made_after_a_lost_link_states_how_old_its_values_are(tmp_path):
    read_at = datetime(2026, 11, 25, 10, 42, 5)
    stale = replace(sample_report(), values_read_at=read_at, values_age_s=25 * 60 + 10,
                    values_link="link lost")
    html = spaced(report_html(stale))
    assert ("<p class=flag>Pump values as last read at 10:42, 0:25 h before this report was "
            "made; then the link was lost: they were not read again, so nothing here was "
            "verified when the report was made.</p>") in html
    stale.save_json(tmp_path / "stale.json")
    record = json.loads((tmp_path / "stale.json").read_text())
    assert (record["values_read_at"], record["values_age_s"], record["values_link"],
            record["values_current"]) == ("2026-11-25T10:42:05", 1510, "link lost", False)
    current = replace(stale, values_age_s=3, values_link="connected")
    assert "<p>Pump values read at 10:42, connected.</p>" in spaced(report_html(current))


def stranger_report() -> SessionReport:
    """The report a stranger saw laid out badly: implant record, refill, two boluses."""
    record = ImplantRecord(date(2026, 11, 26), catheter_length_mm=450, tip_level="T10",
                           last_refill_on=date(2026, 11, 26))
    return replace(sample_report(), implant=record, alarms_active=(), boluses=(
        BolusRecord(BolusKind.BRIDGE, 250_000, 123_429, BolusEnd.CANCELLED, 54),
        BolusRecord(BolusKind.CLINICIAN, 100_000, 1800, BolusEnd.RUNNING, 12_000)))


def test_each_heading_is_on_the_page_of_its_table_and_names_keep_to_one_line(
        tmp_path, qapp):
    path = tmp_path / "report.pdf"
    write_report_pdf(stranger_report(), path)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(page).text().split("\r\n")
             for page in range(document.pageCount())]
    [next_steps] = [lines for lines in pages if "Next steps" in lines]
    table = [spaced(line) for line in next_steps[next_steps.index("Next steps") + 1:]][:5]
    assert table == ["Reservoir now 20.00 mL", "Low-reservoir alarm at 2.00 mL",
                     "Refill by (alarm date) 2027-02-23 (in 90 days)",
                     "Reservoir empty 2027-03-05 (in about 3 months)",
                     "Pump replace-by not expected"]
    start = pages[0].index("Boluses")
    assert [spaced(line) for line in pages[0][start:start + 5]] == [
        "Boluses", "Kind Volume Duration Result",
        "Bridge bolus 0.250 mL 34:17 h cancelled: 0.000054 mL given",
        "Clinician bolus 0.100 mL 0:30 h running: 0.012 of 0.100 mL given so far", "Alarms"]


def test_a_heading_after_a_table_keeps_its_space_above(qapp):
    """The Refill table ended in an empty cell, and Qt laid "Boluses" over its foot."""
    document = report_document(stranger_report())
    layout = document.documentLayout()
    gaps = {}
    table_bottom = None
    item = document.rootFrame().begin()
    while not item.atEnd():
        frame = item.currentFrame()
        if frame is not None:
            table_bottom = layout.frameBoundingRect(frame).bottom()
        elif item.currentBlock().blockFormat().headingLevel() == 2:
            if table_bottom is not None:
                gaps[item.currentBlock().text()] = (
                    layout.blockBoundingRect(item.currentBlock()).top() - table_bottom)
            table_bottom = None
        item += 1
    assert set(gaps) == {"Program before the session", "Program after the session (daily "
                         "dose up 10.0\N{NO-BREAK SPACE}%)", "Refill", "Boluses", "Alarms"}
    assert min(gaps.values()) >= 8, gaps  # 10 px after a program table
