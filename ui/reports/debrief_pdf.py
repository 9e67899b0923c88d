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
from itb_console.console.translation import tr
from itb_console.ui.reports.report_pdf import REPORT_CSS, implant_rows, write_marked_pdf
from itb_console.ui.style import CRITICAL, OK, TRAINING_MARK
from PySide6.QtGui import QTextDocument

_DEBRIEF_CSS = f"""
.score {{ font-size: 14pt; font-weight: bold; }}
.passed {{ color: {OK}; font-weight: bold; }}
.failed {{ color: {CRITICAL}; font-weight: bold; }}
td.time, .whole {{ white-space: nowrap; }}
"""


def _tag(tag: str, text: str, attributes: str = "") -> str:
    """``text`` escaped in an element (a translated text is never in an f-string, where
    pyside6-lupdate would not find it)."""
    return f"<{tag}{attributes}>{escape(text)}</{tag}>"


def _objectives_table(debrief: Debrief) -> str:
    rows = "".join(
        f"<tr><td>{escape(o.text)}<br><small>{escape(o.id)}</small></td>"
        f"<td class='num whole'>{style.points(o.points, o.max_points)}</td>"
        + (_tag("td", tr("Passed"), " class='passed whole'") if o.passed
           else _tag("td", tr("Failed"), " class='failed whole'"))
        + f"<td>{escape(o.feedback)}</td></tr>"
        for o in debrief.objectives)
    # Points and result as wide as their words ("Nicht bestanden" broke inside a fixed 11 %).
    heads = (_tag("th", tr("Objective"), " width='34%'")
             + _tag("th", tr("Points"), " class='whole'")
             + _tag("th", tr("Result"), " class='whole'") + _tag("th", tr("Feedback")))
    return f"<table width='100%'><thead><tr>{heads}</tr></thead>{rows}</table>"


def _pump_table(debrief: Debrief) -> str:
    """Patient, pump and implant record laid out as the session report lays them out."""
    pump = debrief.pump
    if pump is None:
        return ("<table width='100%'><tr>" + _tag("th", tr("Patient and implant record"))
                + _tag("td", tr("not recorded in this file")) + "</tr></table>")
    return ("<table width='100%'><tr>" + _tag("th", tr("Patient ID")) + _tag("td", pump.patient_id)
            + _tag("th", tr("Pump")) + _tag("td", f"{pump.model_code} {pump.serial_number}")
            + "</tr>" + "".join(implant_rows(pump.implant)) + "</table>")


def _timeline_table(debrief: Debrief) -> str:
    if not debrief.actions.actions:
        return _tag("p", tr("No actions were recorded."))
    rows = []
    for action in debrief.actions.actions:
        name, words = describe(action)
        rows.append(f"<tr><td class='time'>{elapsed(debrief.started_at, action.at)}</td>"
                    f"<td>{escape(name)}</td><td>{escape(words)}</td></tr>")
    # The head row repeats on every page a long timeline runs onto.
    heads = (_tag("th", tr("Since start (h:min:s)"), " width='14%'")
             + _tag("th", tr("Action"), " width='24%'") + _tag("th", tr("Detail")))
    return f"<table width='100%'><thead><tr>{heads}</tr></thead>{''.join(rows)}</table>"


def debrief_html(debrief: Debrief) -> str:
    """The debrief as one HTML page (also what tests read)."""
    mark = f"<p class='mark'>{escape(tr(TRAINING_MARK))}</p>"

    def row(head: str, value: str) -> str:
        return f"<tr><th>{escape(head)}</th><td>{escape(value)}</td></tr>"

    return "".join([
        f"<html><head><style>{REPORT_CSS}{_DEBRIEF_CSS}</style></head><body>", mark,
        _tag("h1", tr("ITB training scenario debrief")),
        "<table width='100%'>",
        row(tr("Scenario"), f"{debrief.scenario_title} ({debrief.scenario_id})"),
        row(tr("Trainee"), trainee_text(debrief)),
        row(tr("Session (world time)"), span_text(debrief)),
        row(tr("Scored by"), software_text(debrief)),
        "</table>",
        _tag("p", tr("Score {score}").format(score=score_text(debrief)), " class='score'"),
        _tag("h2", tr("Patient and implant record (at the end of the run)")),
        _pump_table(debrief),
        _tag("h2", tr("Objectives")), _objectives_table(debrief),
        _tag("h2", tr("What the trainee did")), _timeline_table(debrief),
        mark, "</body></html>",
    ])


def write_debrief_pdf(debrief: Debrief, path: Path) -> None:
    """Write the debrief to an A4 PDF; OSError when the file cannot be written."""
    document = QTextDocument()
    document.setHtml(debrief_html(debrief))
    write_marked_pdf(document, path, tr("ITB scenario debrief"))
