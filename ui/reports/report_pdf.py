"""The session report as a printable document: HTML laid out by QTextDocument.

The same document goes to a PDF file (QPdfWriter) and to the print preview, so what the
clinician previews is what is filed. Every page carries the training-mock mark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import came_back
from itb_console.console.clinical.implant_words import implant_words
from itb_console.console.clinical.report import (
    SessionReport,
    daily_totals,
    step_rows,
    values_words,
)
from itb_console.console.event_words import mode_words
from itb_console.console.number_style import Quantity
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import BolusKind
from itb_console.device.therapy import Program
from itb_console.device.units import ml
from itb_console.ui.reports.keep_together import keep_headings_with_their_tables
from itb_console.ui.style import TRAINING_MARK, WARN_INK
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

REPORT_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1d2430; }
h1 { font-size: 16pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 14px 0 4px 0; color: #1f4e79;
     border-bottom: 1px solid #9db3c8; }
.mark { background: #fff3cd; color: #7a4b00; font-weight: bold; padding: 4px;
        border: 1px solid #e0b252; }
table { border-collapse: collapse; width: 100%; }
th { background: #e8eef5; text-align: left; }
th, td { border: 1px solid #b9c6d3; padding: 3px 6px; }
td.num { text-align: right; }
.flag { color: #b00020; font-weight: bold; }
.sign td { border: none; padding-top: 28px; }
"""

BOLUS_NAMES = {BolusKind.CLINICIAN: QT_TR_NOOP("Clinician bolus"),
               BolusKind.PRIMING: QT_TR_NOOP("Priming bolus"),
               BolusKind.BRIDGE: QT_TR_NOOP("Bridge bolus")}


def _row(*cells: tuple[str, str] | tuple[str, str, str]) -> str:
    """A table row of (heading, value[, the value cell's attributes]); the words are the
    caller's, translated."""
    return "<tr>" + "".join(f"<th>{escape(cell[0])}</th><td{''.join(cell[2:])}>{cell[1]}</td>"
                            for cell in cells) + "</tr>"


def _program_table(program: Program) -> str:
    rows = "".join(
        f"<tr><td>{r.start}-{r.end}</td>"
        f"<td class='num'>{Quantity.MCG_PER_DAY.number(r.dose_mcg_per_day)}</td>"
        f"<td class='num'>{Quantity.MCG_PER_HOUR.number(r.dose_mcg_per_hour)}</td>"
        f"<td class='num'>{Quantity.ML_PER_DAY.number(r.volume_ml_per_day)}</td></tr>"
        for r in step_rows(program)
    )
    dose, volume = daily_totals(program)
    heads = "".join(f"<th>{escape(head)}</th>" for head in (
        tr("Time"), tr("Dose (mcg/day)"), tr("Dose (mcg/h)"), tr("Volume (mL/day)")))
    return (
        "<p>" + tr("Mode: <b>{mode}</b> &nbsp; Drug: {drug} {concentration}").format(
            mode=mode_words(program.mode.value), drug=escape(program.drug),
            concentration=program.concentration) + "</p>"
        f"<table width='100%'><tr>{heads}</tr>{rows}"
        "<tr><th>" + escape(tr("Daily total")) + "</th>"
        f"<th class='num'>{Quantity.MCG_PER_DAY.number(dose)}</th>"
        f"<th></th><th class='num'>{Quantity.ML_PER_DAY.number(volume)}</th></tr></table>"
    )


def _date(value, today) -> str:
    return style.date_ahead(value, today) if value is not None else tr("not expected")


def alarm_name(code: str) -> str:
    """An alarm's title as the alarms panel shows it (the code if the catalogue lacks it)."""
    catalog = load_alarms()
    return tr(catalog.info(code).title) if code in catalog.alarms else code


def implant_rows(record: ImplantRecord | None) -> list[str]:
    """The implant record as rows of a four-column table (the report's and the debrief's)."""
    if record is None:
        return [_row((tr("Implant record"), tr("not read"), " colspan='3'"))]
    implanted, catheter, tip, last_refill, next_refill = (
        (label, escape(text)) for label, text in implant_words(record).items())
    return [
        _row(implanted, tip), _row((*catheter, " colspan='3'")), _row(last_refill, next_refill)]


def _values_line(report: SessionReport) -> str:
    words = values_words(report)
    if not words:
        return ""
    return f"<p{'' if report.values_current else ' class=flag'}>{escape(words)}</p>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


NUM = " class='num'"


def report_html(report: SessionReport) -> str:
    """The report as one HTML page (also used by tests to check content)."""
    ident = report.identity
    change = report.daily_dose_change_percent
    change_text = tr("no change") if not report.program_changed else tr(
        "daily dose {change}").format(change=style.change(change, QT_TR_NOOP(
            "started from stopped")))
    clocks = style.Clocks(report.created_at.astimezone(), report.pump_clock)
    today = report.pump_clock
    mark = f"<p class='mark'>{escape(tr(report.training_mark))}</p>"
    parts = [
        f"<html><head><style>{REPORT_CSS}</style></head><body>", mark,
        "<h1>" + escape(tr("ITB pump programming session report")) + "</h1>",
        "<p>" + tr("Session {time}").format(time=clocks.local(report.created_at.astimezone()))
        + "</p>",
        _values_line(report),
        _heading(tr("Pump and patient")), "<table width='100%'>",
        _row((tr("Patient ID"), escape(ident.patient_id)),
             (tr("Pump serial"), escape(ident.serial_number))),
        _row((tr("Model"), f"{escape(ident.model_code)} ({escape(ident.profile_id)})"),
             (tr("Pump clock"), clocks.pump(report.pump_clock))),
        *implant_rows(report.implant), "</table>",
        _heading(tr("Program before the session")), _program_table(report.program_before),
        _heading(tr("Program after the session ({change})").format(change=change_text)),
        _program_table(report.program_after),
    ]
    if report.refill is not None:
        refill = report.refill
        flag = ("<span class='flag'>" + escape(tr("above threshold: investigate")) + "</span>"
                if refill.discrepancy_flagged else tr("within threshold"))
        parts += [
            _heading(tr("Refill")), "<table width='100%'>",
            _row((tr("Expected residual"), style.millilitres(ml(refill.expected_residual_nl)),
                  NUM), (tr("Withdrawn"), style.millilitres(ml(refill.withdrawn_nl)), NUM)),
            # The verdict beside the figure, across the row: as a fourth column of its own it
            # squeezed the third until "Konzentration" broke inside the word.
            _row((tr("Discrepancy"), came_back(refill.discrepancy_nl) + " &nbsp; " + flag,
                  " colspan='3'")),
            _row((tr("Filled"), style.millilitres(ml(refill.filled_nl)), NUM),
                 (tr("Concentration"), f"{refill.concentration_mcg_per_ml} mcg/mL")),
            # not empty: after an empty last cell Qt laid the next heading over the table
            _row((tr("Low-reservoir alarm"), style.millilitres(ml(refill.low_reservoir_alarm_nl)),
                  NUM), ("", "&nbsp;")),
            "</table>",
        ]
    if report.boluses:
        rows = "".join(
            f"<tr><td>{escape(tr(BOLUS_NAMES[b.kind]))}</td>"
            f"<td class='num'>{style.small_volume(ml(b.volume_nl))}</td>"
            f"<td class='num'>{style.duration(b.duration_s)}</td>"
            "<td>" + escape(b.result_words()) + "</td></tr>"
            for b in report.boluses)
        heads = "".join(f"<th>{escape(head)}</th>" for head in (
            tr("Kind"), tr("Volume"), tr("Duration"), tr("Result")))
        parts += [_heading(tr("Boluses")),
                  f"<table width='100%'><tr>{heads}</tr>{rows}</table>"]
    alarms = ", ".join((tr("{alarm} (critical)") if a.critical else
                        tr("{alarm} (non-critical)")).format(alarm=alarm_name(a.code.value))
                       for a in report.alarms_active) or tr("none")
    cleared = ", ".join(alarm_name(code) for code in report.alarms_cleared) or tr("none")
    parts += [
        _heading(tr("Alarms")),
        "<p>" + tr("Active at the end of the session: {active}<br>Cleared during the session: "
                   "{cleared}").format(active=escape(alarms), cleared=escape(cleared)) + "</p>",
        # One name and its value a row: four columns left "Low-reservoir alarm at" too
        # narrow a column, wrapped over two lines, with longer words still to come.
        _heading(tr("Next steps")), "<table width='100%'>",
        *("<tr><th width='30%'>" + escape(name) + f"</th><td>{value}</td></tr>"
          for name, value in (
              (tr("Reservoir now"), style.millilitres(ml(report.reservoir_nl))),
              (tr("Low-reservoir alarm at"),
               style.millilitres(ml(report.low_reservoir_alarm_nl))),
              (tr("Refill by (alarm date)"), _date(report.alarm_date, today)),
              (tr("Reservoir empty"), _date(report.empty_date, today)),
              (tr("Pump replace-by"), _date(report.replace_by_date, today)))),
        "</table>",
    ]
    if report.notes:
        parts.append(_heading(tr("Notes")) + f"<p>{escape(report.notes)}</p>")
    line = "______________________"
    parts += [
        "<table class='sign' width='100%'><tr>",
        "<td>" + escape(tr("Clinician:")) + f" {escape(report.clinician) or line}</td>",
        "<td>" + escape(tr("Signature:")) + f" {line}</td>",
        "<td>" + escape(tr("Date:")) + " ____________</td></tr></table>",
        "<p>" + tr("Made by {software}").format(software=escape(report.software.text)) + "</p>",
        mark + "</body></html>",
    ]
    return "".join(parts)


def report_document(report: SessionReport) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(report_html(report))
    return document


def _a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


MARK_BAND_MM = 7.0  # inside the 15 mm top margin, above the text


def _mark_band(painter: QPainter, width: float, height: float, page: int, pages: int) -> None:
    painter.setFont(QFont("DejaVu Sans", 8))
    painter.setPen(QColor(WARN_INK))
    area = QRectF(0, -height, width, height)
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                     tr(TRAINING_MARK))
    painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     tr("Page {page} of {pages}").format(page=page, pages=pages))


def inked_pages(document: QTextDocument) -> int:
    """How many pages the document's text reaches, once its page size is set.

    ``QTextDocument.pageCount`` counts the space below the last line too (the last
    paragraph's bottom margin and the document margin): a report whose last line ended
    within those few points of the page's foot printed a second, blank page. Pages are
    counted to the foot of the lowest line that holds text instead.
    """
    layout = document.documentLayout()
    lowest = 0.0
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            lowest = max(lowest, layout.blockBoundingRect(block).bottom())
        block = block.next()
    page_height = document.pageSize().height()
    return max(1, min(document.pageCount(), math.ceil(lowest / page_height)))


def paint_marked_pages(document: QTextDocument, device: QPagedPaintDevice) -> bool:
    """Paint a document on a PDF writer or a printer, the mark atop every page.

    The pages are painted one by one (not ``QTextDocument.print_``) so that the mark and
    the page number stand in the top margin of every page, however long the text runs;
    the print preview paints through here too, so it shows exactly what is filed. False
    when the device cannot be painted on.
    """
    # Lay the text out in the device's own units so point sizes come out as points.
    document.documentLayout().setPaintDevice(device)
    page = QSizeF(device.width(), device.height())
    document.setPageSize(page)
    keep_headings_with_their_tables(document)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        pages = inked_pages(document)
        for number in range(pages):
            if number:
                device.newPage()
            _mark_band(painter, page.width(), MARK_BAND_MM / 25.4 * device.logicalDpiY(),
                       number + 1, pages)
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()
    return True


def write_marked_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Write a document to an A4 PDF with the training-mock mark atop every page.

    Raises OSError when the file cannot be written.
    """
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_a4_layout())
    writer.setTitle(tr("{title} (training mock)").format(title=title))
    writer.setCreator(tr("ITB Programmer Console - training mock, not for clinical use"))
    writer.setResolution(300)
    if not paint_marked_pages(document, writer):
        raise OSError(tr("cannot write {path}").format(path=path))


def write_report_pdf(report: SessionReport, path: Path) -> None:
    """Write the report to a PDF file (A4)."""
    write_marked_pdf(report_document(report), path, tr("ITB session report"))


NO_PRINTER = QT_TR_NOOP("No printer is available on this computer: the print system lists "
                        "none (no printer is set up, or no print service such as CUPS is "
                        "running).")


def cannot_print_reason(printers: Sequence[str] | None = None) -> str:
    """Why the report cannot be printed here ("" when it can); ``printers`` as listed by
    QPrinterInfo unless given."""
    names = QPrinterInfo.availablePrinterNames() if printers is None else printers
    return "" if names else tr(NO_PRINTER)


def a4_printer() -> QPrinter:
    """The system's default printer (a PDF file where there is none), A4 with the margins
    the mark band needs."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    return printer


class ReportPreview(QPrintPreviewDialog):
    """The print preview of a report, which owns the printer it previews for.

    QPrintPreviewDialog does not take ownership of a printer it is given. The earlier
    ``preview_report`` let its Python QPrinter be collected on return, so the dialog
    painted through a dangling pointer and crashed on show() on every platform (xcb
    under Xvfb as well as offscreen), printers or none.
    """

    printed = Signal(str)  # the printer (or file) the report went to

    def __init__(self, report: SessionReport, parent: QWidget | None = None) -> None:
        printer = a4_printer()
        super().__init__(printer, parent)
        self._printer = printer  # lives exactly as long as the dialog
        self.setWindowTitle(tr("Session report - print preview (training mock)"))
        self.document = report_document(report)
        self.document.setParent(self)
        self.paintRequested.connect(lambda device: paint_marked_pages(self.document, device))

    def done(self, result: int) -> None:
        """The dialog is accepted only after its Print button printed (or saved a file)."""
        where = self.printed_to(result)
        super().done(result)
        if where:
            self.printed.emit(where)

    def printed_to(self, result: int) -> str:
        """Where the report went when the dialog closes with ``result`` ("" if nowhere)."""
        if result != QDialog.DialogCode.Accepted:
            return ""
        if self._printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
            return self._printer.outputFileName()
        return self._printer.printerName()
