"""Trainee records as a table: the CSV a trainer exports and the rows the cohort PDF prints.

One row per run; the objectives become columns (points won of the maximum), in the
order they first appear, so a cohort of one scenario lines up objective by objective.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean, median

from itb_console.console.clinical.report import TRAINING_MARK
from itb_console.console.training.records import RunRecord

FIXED_COLUMNS = ("Trainee id", "Name", "Scenario id", "Scenario", "Station", "Date (UTC)",
                 "Score", "Out of", "Percent", "Debrief file")


@dataclass(frozen=True)
class CohortSummary:
    """A cohort in figures: runs, trainees, and the spread of their percentages."""

    runs: int
    trainees: int
    mean_percent: float
    median_percent: float
    best_percent: float
    worst_percent: float


def objective_columns(runs: Sequence[RunRecord]) -> list[tuple[str, str]]:
    """(id, text) of every objective in the runs, in the order they first appear."""
    seen: dict[str, str] = {}
    for run in runs:
        for objective in run.objectives:
            seen.setdefault(objective.id, objective.text)
    return list(seen.items())


def table_rows(runs: Sequence[RunRecord]) -> tuple[list[str], list[list[str]]]:
    """The header and one row of text per run (an objective a run lacks is blank)."""
    objectives = objective_columns(runs)
    header = [*FIXED_COLUMNS, *(f"{text} ({objective_id})" for objective_id, text in objectives)]
    rows = []
    for run in runs:
        points = {o.id: f"{o.points}/{o.max_points}" for o in run.objectives}
        rows.append([run.trainee.pseudonym, run.trainee.display_name, run.scenario_id,
                     run.scenario_title, run.station,
                     run.recorded_at.strftime("%Y-%m-%d %H:%M"), str(run.score),
                     str(run.max_score), f"{run.percent:.0f}", run.debrief_file,
                     *(points.get(objective_id, "") for objective_id, _ in objectives)])
    return header, rows


def runs_csv(runs: Sequence[RunRecord]) -> str:
    """The runs as CSV text, the training-mock mark on its first line."""
    header, rows = table_rows(runs)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"# {TRAINING_MARK}"])
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def summarize(runs: Sequence[RunRecord]) -> CohortSummary:
    """The cohort's figures; a cohort with no runs is all zeros."""
    if not runs:
        return CohortSummary(0, 0, 0.0, 0.0, 0.0, 0.0)
    percents = [run.percent for run in runs]
    return CohortSummary(len(runs), len({run.trainee.pseudonym for run in runs}),
                         mean(percents), median(percents), max(percents), min(percents))
