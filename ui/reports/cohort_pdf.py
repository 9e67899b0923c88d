"""A scenario's cohort as a PDF for competency files: every run, objective by objective.

Laid out like the session report and the debrief (same style sheet, A4, the
training-mock mark on every page) so that trainers file them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.training.records import RunRecord
from itb_console.console.training.records_export import objective_columns, summarize
from itb_console.console.translation import tr
from itb_console.ui.reports.report_pdf import REPORT_CSS, write_marked_pdf
from itb_console.ui.style import CRITICAL, FAILED_MARK, OK, PASSED_MARK, TRAINING_MARK
from PySide6.QtGui import QTextDocument

_COHORT_CSS = f"""
.passed {{ color: {OK}; }}
.failed {{ color: {CRITICAL}; }}
td.small, th.small {{ font-size: 8pt; }}
"""


def _figure(name: str, value: object) -> str:
    return f"<th>{name}</th><td class='num'>{value}</td>"


def _summary(runs: Sequence[RunRecord]) -> str:
    figures = summarize(runs)
    pct = style.whole_percent
    return ("<table width='100%'>"
            "<tr>" + _figure(tr("Runs"), figures.runs)
            + _figure(tr("Trainees"), figures.trainees) + "</tr>"
            "<tr>" + _figure(tr("Mean score"), pct(figures.mean_percent))
            + _figure(tr("Median score"), pct(figures.median_percent)) + "</tr>"
            "<tr>" + _figure(tr("Best"), pct(figures.best_percent))
            + _figure(tr("Lowest"), pct(figures.worst_percent)) + "</tr></table>")


def _objective_key(runs: Sequence[RunRecord]) -> str:
    rows = "".join(f"<tr><td>O{number}</td><td>{escape(text)}</td><td>{escape(oid)}</td></tr>"
                   for number, (oid, text) in enumerate(objective_columns(runs), start=1))
    column, objective, id_ = tr("Column"), tr("Objective"), tr("Id")
    return (f"<table width='100%'><thead><tr><th width='11%'>{column}</th>"
            f"<th>{objective}</th><th width='24%'>{id_}</th></tr></thead>{rows}</table>")


def _runs_table(runs: Sequence[RunRecord]) -> str:
    objectives = objective_columns(runs)
    head = "".join(f"<th class='small'>O{n}</th>" for n in range(1, len(objectives) + 1))
    rows = []
    for run in runs:
        scored = {o.id: o for o in run.objectives}
        cells = []
        for objective_id, _text in objectives:
            objective = scored.get(objective_id)
            # A mark as well as a colour: a cohort is printed in black and white too.
            cells.append("<td class='small'></td>" if objective is None else
                         f"<td class='small {'passed' if objective.passed else 'failed'}'>"
                         f"{PASSED_MARK if objective.passed else FAILED_MARK}&nbsp;"
                         f"{style.points(objective.points, objective.max_points)}</td>")
        rows.append(f"<tr><td>{escape(run.trainee.display_name)}<br>"
                    f"<small>{escape(run.trainee.pseudonym)}</small></td>"
                    f"<td>{style.moment(run.recorded_at)}</td>"
                    f"<td class='num'>{style.score(run.score, run.max_score, run.percent)}</td>"
                    f"{''.join(cells)}</tr>")
    # The head row repeats on every page a long cohort runs onto.
    trainee, date, score = tr("Trainee"), tr("Date (UTC)"), tr("Score")
    return (f"<table width='100%'><thead><tr><th>{trainee}</th><th>{date}</th>"
            f"<th>{score}</th>{head}</tr></thead>{''.join(rows)}</table>")


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{text}</h{level}>"


def cohort_html(title: str, scenario_id: str, runs: Sequence[RunRecord],
                printed_at: datetime) -> str:
    """The cohort of one scenario as one HTML page (also what tests read)."""
    mark = f"<p class='mark'>{escape(tr(TRAINING_MARK))}</p>"
    return "".join([
        f"<html><head><style>{REPORT_CSS}{_COHORT_CSS}</style></head><body>", mark,
        _heading(1, tr("ITB training: cohort results")),
        "<p>" + tr("Scenario <b>{title}</b> ({scenario_id}), printed {moment} UTC from the "
                   "trainee records.").format(title=escape(title),
                                               scenario_id=escape(scenario_id),
                                               moment=style.moment(printed_at)) + "</p>",
        _heading(2, tr("Summary")), _summary(runs),
        _heading(2, tr("Objectives")), _objective_key(runs),
        _heading(2, tr("Runs (points won of the maximum, per objective)")), _runs_table(runs),
        mark, "</body></html>",
    ])


def write_cohort_pdf(title: str, scenario_id: str, runs: Sequence[RunRecord],
                     printed_at: datetime, path: Path) -> None:
    """Write the cohort to an A4 PDF; OSError when the file cannot be written."""
    document = QTextDocument()
    document.setHtml(cohort_html(title, scenario_id, runs, printed_at))
    write_marked_pdf(document, path, tr("ITB cohort results"))
