"""The debrief as a PDF: score, each objective with its feedback, the action timeline.

Laid out like the session report (same style sheet, A4, the training-mock mark on every
page) because trainers file both side by side.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.training.debrief import Debrief
from itb_console.console.training.debrief_text import (
    describe,
    elapsed,
    score_text,
    software_text,
    span_text,
    trainee_text,
)
from itb_console.ui.reports.report_pdf import REPORT_CSS, implant_rows, write_marked_pdf
from itb_console.ui.style import CRITICAL, OK, TRAINING_MARK
from PySide6.QtGui import QTextDocument

_DEBRIEF_CSS = f"""
.score {{ font-size: 14pt; font-weight: bold; }}
.passed {{ color: {OK}; font-weight: bold; }}
.failed {{ color: {CRITICAL}; font-weight: bold; }}
td.time {{ white-space: nowrap; }}
"""


def _objectives_table(debrief: Debrief) -> str:
    rows = "".join(
        f"<tr><td>{escape(o.text)}<br><small>{escape(o.id)}</small></td>"
        f"<td class='num'>{style.points(o.points, o.max_points)}</td>"
        f"<td class='{'passed' if o.passed else 'failed'}'>"
        f"{'Passed' if o.passed else 'Failed'}</td><td>{escape(o.feedback)}</td></tr>"
        for o in debrief.objectives)
    return ("<table width='100%'><thead><tr><th width='34%'>Objective</th>"
            "<th width='9%'>Points</th><th width='11%'>Result</th><th>Feedback</th></tr>"
            f"</thead>{rows}</table>")


def _pump_table(debrief: Debrief) -> str:
    """Patient, pump and implant record laid out as the session report lays them out."""
    pump = debrief.pump
    if pump is None:
        return ("<table width='100%'><tr><th>Patient and implant record</th>"
                "<td>not recorded in this file</td></tr></table>")
    return ("<table width='100%'>"
            f"<tr><th>Patient ID</th><td>{escape(pump.patient_id)}</td>"
            f"<th>Pump</th><td>{escape(pump.model_code)} {escape(pump.serial_number)}</td></tr>"
            f"{''.join(implant_rows(pump.implant))}</table>")


def _timeline_table(debrief: Debrief) -> str:
    if not debrief.actions.actions:
        return "<p>No actions were recorded.</p>"
    rows = []
    for action in debrief.actions.actions:
        name, words = describe(action)
        rows.append(f"<tr><td class='time'>{elapsed(debrief.started_at, action.at)}</td>"
                    f"<td>{escape(name)}</td><td>{escape(words)}</td></tr>")
    # The head row repeats on every page a long timeline runs onto.
    return ("<table width='100%'><thead><tr><th width='14%'>Since start (h:min:s)</th>"
            f"<th width='24%'>Action</th><th>Detail</th></tr></thead>{''.join(rows)}</table>")


def debrief_html(debrief: Debrief) -> str:
    """The debrief as one HTML page (also what tests read)."""
    mark = f"<p class='mark'>{escape(TRAINING_MARK)}</p>"
    return "".join([
        f"<html><head><style>{REPORT_CSS}{_DEBRIEF_CSS}</style></head><body>", mark,
        "<h1>ITB training scenario debrief</h1>",
        "<table width='100%'>",
        f"<tr><th>Scenario</th><td>{escape(debrief.scenario_title)} "
        f"({escape(debrief.scenario_id)})</td></tr>",
        f"<tr><th>Trainee</th><td>{escape(trainee_text(debrief))}</td></tr>",
        f"<tr><th>Session (world time)</th><td>{escape(span_text(debrief))}</td></tr>",
        f"<tr><th>Scored by</th><td>{escape(software_text(debrief))}</td></tr>",
        "</table>",
        f"<p class='score'>Score {score_text(debrief)}</p>",
        "<h2>Patient and implant record (at the end of the run)</h2>", _pump_table(debrief),
        "<h2>Objectives</h2>", _objectives_table(debrief),
        "<h2>What the trainee did</h2>", _timeline_table(debrief),
        mark, "</body></html>",
    ])


def write_debrief_pdf(debrief: Debrief, path: Path) -> None:
    """Write the debrief to an A4 PDF; OSError when the file cannot be written."""
    document = QTextDocument()
    document.setHtml(debrief_html(debrief))
    write_marked_pdf(document, path, "ITB scenario debrief")
