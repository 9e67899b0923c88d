"""Training > Trainee records: find a trainee, see their scores over time, compare a cohort.

Every scored station run is in the records database (:mod:`records_store`). This window
only asks and draws: each search, history and cohort is read on the records thread and
arrives as a signal; CSV and PDF files are written on a file thread. A run's debrief
opens from its row.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from itb_console.console import number_style as style
from itb_console.console.file_jobs import FileJobs
from itb_console.console.training.debrief import ObjectiveRecord
from itb_console.console.training.records import RunRecord
from itb_console.console.training.records_export import (
    objective_columns,
    runs_csv,
    summarize,
)
from itb_console.console.training.records_queries import (
    ScenarioSummary,
    TraineeSummary,
    cohort,
    find_trainees,
    scenarios,
    trainee_history,
)
from itb_console.console.training.records_service import RecordsService
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.atomic_file import write_text_atomically
from itb_console.ui.banner import training_banner
from itb_console.ui.plot_axes import TimeAxis, axis_seconds, dark_axes
from itb_console.ui.reports.cohort_pdf import write_cohort_pdf
from itb_console.ui.style import (
    ACCENT,
    CRITICAL,
    FAILED_MARK,
    INK,
    OK,
    PASSED_MARK,
    TRAINING_MARK,
    WARN_BG,
    coloured,
    plot_type_size,
)
from itb_console.ui.table_fit import column_fills, rows_follow_wrapping
from itb_console.ui.training.debrief_window import open_debrief
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

SEARCH_SETTLE_MS = 250
TRAINEE_COLUMNS = [QT_TR_NOOP("Trainee id"), QT_TR_NOOP("Name"), QT_TR_NOOP("Runs"),
                   QT_TR_NOOP("Last run"), QT_TR_NOOP("Mean")]
RUN_DATE = QT_TR_NOOP("Date (UTC)")  # when a run was scored: the same clock for every station
HISTORY_COLUMNS = [RUN_DATE, QT_TR_NOOP("Scenario"), QT_TR_NOOP("Station"),
                   QT_TR_NOOP("Score"), QT_TR_NOOP("Objectives missed")]
COHORT_FIXED = [QT_TR_NOOP("Trainee id"), QT_TR_NOOP("Name"), RUN_DATE, QT_TR_NOOP("Score")]
MISSED_CHARS = 24  # the objectives missed column, wrapped, at least this wide
CURVE_COLOURS = (ACCENT, "#c0630c", "#2e7d32", "#7b1fa2", "#00838f", "#5d4037")
SYMBOLS = ("o", "s", "t", "d", "+", "x")  # one per scenario, told apart without colour
DAY_S = 86_400
LEAST_DAYS = 7  # the score plot's shortest span


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)


def _when(value: datetime) -> str:
    return style.moment(value.astimezone(UTC))


def _x(recorded_at: datetime) -> float:
    """A run's place on the score plot's time axis: its UTC time, as the tables show it."""
    return axis_seconds(recorded_at.astimezone(UTC).replace(tzinfo=None))


def _days_around(times_s: list[float]) -> tuple[float, float]:
    """The whole days the runs fall on, at least a week: dates on the axis, not hours
    around one run."""
    first = math.floor(min(times_s) / DAY_S) * DAY_S
    last = math.ceil(max(times_s) / DAY_S + 1e-9) * DAY_S
    extra = max(0, LEAST_DAYS * DAY_S - (last - first))
    return first - extra // 2, last + extra - extra // 2


def _points(objective: ObjectiveRecord) -> str:
    """Points with a mark, so that passed and failed differ without colour."""
    mark = PASSED_MARK if objective.passed else FAILED_MARK
    return f"{mark} {style.points(objective.points, objective.max_points)}"


def _score(run: RunRecord) -> str:
    return style.score(run.score, run.max_score, run.percent)


class RecordsWindow(QWidget):
    """Search, per-trainee history with its score plot, cohort per scenario, exports."""

    def __init__(self, records: RecordsService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Trainee records - {training_mark}").format(
            training_mark=tr(TRAINING_MARK)))
        self.resize(1280, 720)
        self.records = records
        self.files = FileJobs(self)
        self.trainees: list[TraineeSummary] = []
        self.history: list[RunRecord] = []
        self.cohort_runs: list[RunRecord] = []
        self.scenarios: list[ScenarioSummary] = []
        self._asked = 0  # answers to older questions are dropped
        self._latest: dict[str, int] = {}
        self._build()
        records.answered.connect(self._answered)
        records.notice.connect(self._show_notice)
        self.files.finished.connect(self._written)
        self._show_notice(records.last_notice)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SEARCH_SETTLE_MS)
        self.settle.timeout.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(tr("trainees' scenario results, filed by pseudonymous "
                                            "id")))
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Records database problem"))
        self.notice.setStyleSheet(f"background: {WARN_BG}; color: {CRITICAL}; padding: 6px;"
                                  f" border: 1px solid {CRITICAL};")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._trainee_tab(), tr("Trainees"))
        self.tabs.addTab(self._cohort_tab(), tr("Cohort per scenario"))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAccessibleName(tr("Records messages"))
        row.addWidget(self.message, 1)
        where = QLabel(tr("Database: {path}").format(path=escape(str(self.records.path))))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setToolTip(tr("The trainee records are kept in this file (SQLite)"))
        row.addWidget(where)
        layout.addLayout(row)

    def _trainee_tab(self) -> QWidget:
        tab = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        QVBoxLayout(tab).addWidget(split)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search trainee id or name"))
        self.search.setAccessibleName(tr("Search trainees"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.settle.start())
        column.addWidget(self.search)
        self.trainee_table = _table([tr(c) for c in TRAINEE_COLUMNS], tr("Trainees found"))
        self.trainee_table.itemSelectionChanged.connect(self._trainee_chosen)
        column_fills(self.trainee_table, 0)  # never narrower than its header ("Mean")
        column.addWidget(self.trainee_table, 1)
        split.addWidget(left)
        right = QGroupBox(tr("History of the selected trainee"))
        column = QVBoxLayout(right)
        self.plot = pg.PlotWidget(axisItems={"bottom": TimeAxis()})
        self.plot.setAccessibleName(tr("Score over time"))
        self.plot.setBackground("w")
        self.plot.setYRange(-12, 112, padding=0)  # room for the 0 and 100 labels
        self.plot.setLabel("left", tr("Score (%)"), color=INK)
        self.plot.setLabel("bottom", tr(RUN_DATE), color=INK)
        dark_axes(self.plot.getPlotItem(), "left", "bottom")
        # 0 and 100 % always named: on a short plot pyqtgraph hid the labels at its ends.
        self.plot.getAxis("left").setTicks([[(value, str(value))
                                             for value in range(0, 101, 20)]])
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setMinimumHeight(200)
        self.legend = self.plot.addLegend(offset=(10, -10), labelTextColor=INK,
                                          labelTextSize=plot_type_size(),
                                          brush=pg.mkBrush(255, 255, 255, 230))
        self.curves: dict[str, pg.PlotDataItem] = {}  # scenario title -> its runs
        column.addWidget(self.plot, 2)
        self.history_table = _table([tr(c) for c in HISTORY_COLUMNS], tr("The trainee's runs"))
        rows_follow_wrapping(self.history_table)  # the objectives missed are sentences
        column_fills(self.history_table, MISSED_CHARS)
        self.history_table.cellDoubleClicked.connect(
            lambda row, _c: self._open_debrief(self.history, row))
        column.addWidget(self.history_table, 2)
        buttons = QHBoxLayout()
        hint = QLabel(tr("Double-click a run to open its debrief."))
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)
        self.history_csv = QPushButton(tr("Export history CSV..."))
        self.history_csv.clicked.connect(lambda: self.export_csv(self.history, "history"))
        buttons.addWidget(self.history_csv)
        column.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([520, 740])
        return tab

    def _cohort_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Scenario:")))
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(tr("Scenario of the cohort"))
        # As wide as the row gives, not as its longest entry (which set the window's width).
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(24)
        self.scenario.currentIndexChanged.connect(self._scenario_chosen)
        row.addWidget(self.scenario, 1)
        self.cohort_csv = QPushButton(tr("Export CSV..."))
        self.cohort_csv.clicked.connect(lambda: self.export_csv(self.cohort_runs, "cohort"))
        row.addWidget(self.cohort_csv)
        self.cohort_pdf = QPushButton(tr("Cohort PDF..."))
        self.cohort_pdf.setObjectName("primary")
        self.cohort_pdf.setToolTip(tr("Every run of this scenario, objective by objective, "
                                      "for competency files"))
        self.cohort_pdf.clicked.connect(lambda: self.export_pdf())
        row.addWidget(self.cohort_pdf)
        column.addLayout(row)
        self.cohort_summary = QLabel("")
        self.cohort_summary.setAccessibleName(tr("Cohort summary"))
        self.cohort_summary.setWordWrap(True)
        column.addWidget(self.cohort_summary)
        self.cohort_table = _table([tr(c) for c in COHORT_FIXED], tr("Runs of the scenario"))
        self.cohort_fill = column_fills(self.cohort_table, 0)
        self.cohort_table.cellDoubleClicked.connect(
            lambda row, _c: self._open_debrief(self.cohort_runs, row))
        column.addWidget(self.cohort_table, 1)
        return tab

    # ------------------------------------------------------------------ asking
    def _ask(self, what: str, job: Callable[[Any], Any]) -> None:
        self._asked += 1
        self._latest[what] = self._asked
        self.records.ask(f"records-window:{what}:{self._asked}", job)

    def refresh(self) -> None:
        """Search again and reload the scenario list (after a run was recorded, say)."""
        text = self.search.text()
        self._ask("search", lambda connection: find_trainees(connection, text))
        self._ask("scenarios", scenarios)

    def _answered(self, tag: str, result: Any, error: str | None) -> None:
        owner, _, rest = tag.partition(":")
        if owner == "instructor" and error is None and self.isVisible():
            self.refresh()  # a run was just recorded: show it
            return
        what, _, number = rest.partition(":")
        if owner != "records-window" or self._latest.get(what) != int(number or -1):
            return
        if error is not None:
            self._say(tr("Could not read the trainee records: {error}").format(error=error),
                      bad=True)
            return
        shows: dict[str, Callable[[Any], None]] = {
            "search": self._show_trainees, "scenarios": self._show_scenarios,
            "history": self._show_history, "cohort": self._show_cohort}
        shows[what](result)

    # ------------------------------------------------------------------ trainees
    def _show_trainees(self, found: list[TraineeSummary]) -> None:
        chosen = self._chosen_trainee()
        self.trainees = found
        self.trainee_table.blockSignals(True)
        _fill(self.trainee_table, [[s.trainee.pseudonym, s.trainee.display_name,
                                    str(s.runs), style.day(s.last_recorded_at.astimezone(UTC)),
                                    style.whole_percent(s.mean_percent)] for s in found])
        ids = [s.trainee.pseudonym for s in found]
        self.trainee_table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self.trainee_table.blockSignals(False)
        self._trainee_chosen()
        if not found:
            self._show_history([])
            self._say(tr("No trainee matches.") if self.search.text().strip() else
                      tr("No runs are recorded yet: runs are recorded when the instructor "
                         "panel ends and scores a station with a trainee id."))

    def _chosen_trainee(self) -> str | None:
        rows = self.trainee_table.selectionModel().selectedRows()
        return self.trainees[rows[0].row()].trainee.pseudonym if rows and rows[0].row() < len(
            self.trainees) else None

    def _trainee_chosen(self) -> None:
        pseudonym = self._chosen_trainee()
        if pseudonym is not None:
            self._ask("history", lambda connection: trainee_history(connection, pseudonym))

    def _show_history(self, runs: list[RunRecord]) -> None:
        self.history = runs
        _fill(self.history_table, [
            [style.day(r.recorded_at.astimezone(UTC)), r.scenario_title, r.station,
             style.score(r.score, r.max_score, r.percent),
             "; ".join(o.text for o in r.objectives if not o.passed) or tr("none")]
            for r in runs])
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves = {}
        for number, title in enumerate(dict.fromkeys(r.scenario_title for r in runs)):
            own = [r for r in runs if r.scenario_title == title]
            colour = CURVE_COLOURS[number % len(CURVE_COLOURS)]
            self.curves[title] = self.plot.plot(
                [_x(r.recorded_at) for r in own], [r.percent for r in own],
                pen=pg.mkPen(colour, width=2), symbol=SYMBOLS[number % len(SYMBOLS)],
                symbolSize=10, symbolBrush=colour, symbolPen=colour, name=title)
        if runs:
            self.plot.setTitle(f"{escape(runs[-1].trainee.display_name)} "
                               f"({escape(runs[-1].trainee.pseudonym)}): "
                               + tr("%n runs", "", len(runs)),
                               color=INK, size=plot_type_size())
            self.plot.setXRange(*_days_around([_x(r.recorded_at) for r in runs]))
        else:
            self.plot.setTitle("")
        self.history_csv.setEnabled(bool(runs))

    # ------------------------------------------------------------------ cohort
    def _show_scenarios(self, found: list[ScenarioSummary]) -> None:
        chosen = self.scenario.currentData()
        self.scenarios = found
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for summary in found:
            self.scenario.addItem(f"{summary.title} ({summary.scenario_id}): "
                                  + tr("%n runs", "", summary.runs), summary.scenario_id)
        ids = [s.scenario_id for s in found]
        self.scenario.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
        self.scenario.blockSignals(False)
        self._scenario_chosen()

    def _scenario_chosen(self) -> None:
        scenario_id = self.scenario.currentData()
        if scenario_id is None:
            self._show_cohort([])
            return
        self._ask("cohort", lambda connection: cohort(connection, scenario_id))

    def _show_cohort(self, runs: list[RunRecord]) -> None:
        self.cohort_runs = runs
        objectives = objective_columns(runs)
        self.cohort_table.setColumnCount(len(COHORT_FIXED) + len(objectives))
        self.cohort_table.setHorizontalHeaderLabels([*(tr(c) for c in COHORT_FIXED),
                                                     *(i for i, _t in objectives)])
        for offset, (_id, text) in enumerate(objectives):
            header = self.cohort_table.horizontalHeaderItem(len(COHORT_FIXED) + offset)
            if header is not None:
                header.setToolTip(text)  # the id heads the column; the words are here
        rows = []
        for run in runs:
            scored = {o.id: o for o in run.objectives}
            rows.append([run.trainee.pseudonym, run.trainee.display_name,
                         _when(run.recorded_at), _score(run),
                         *(_points(scored[i]) if i in scored else "" for i, _t in objectives)])
        _fill(self.cohort_table, rows)
        # Columns added for this scenario's objectives are as wide as their marks too.
        self.cohort_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.cohort_fill.fill()
        for row, run in enumerate(runs):
            scored = {o.id: o for o in run.objectives}
            for offset, (objective_id, text) in enumerate(objectives):
                item = self.cohort_table.item(row, len(COHORT_FIXED) + offset)
                if item is not None and objective_id in scored:
                    item.setForeground(QColor(OK if scored[objective_id].passed else CRITICAL))
                    item.setToolTip(f"{text}: {scored[objective_id].feedback}")
        figures, pct = summarize(runs), style.whole_percent
        self.cohort_summary.setText(
            tr("{runs} by {trainees}; mean {mean}, median {median}, lowest {lowest}, best "
               "{best}").format(runs=tr("%n runs", "", figures.runs),
                                trainees=tr("%n trainees", "", figures.trainees),
                                mean=pct(figures.mean_percent), median=pct(figures.median_percent),
                                lowest=pct(figures.worst_percent), best=pct(figures.best_percent))
            if runs else tr("No runs of this scenario are recorded."))
        for button in (self.cohort_csv, self.cohort_pdf):
            button.setEnabled(bool(runs))

    # ------------------------------------------------------------------ files
    def _open_debrief(self, runs: list[RunRecord], row: int) -> None:
        if row >= len(runs):
            return
        path = runs[row].debrief_file
        if not path or not Path(path).exists():
            self._say(tr("This run's debrief file {path} is not there any more.").format(
                path=path or tr("(none)")),
                      bad=True)
            return
        open_debrief(self, Path(path))

    def export_csv(self, runs: list[RunRecord], what: str, path: Path | None = None) -> None:
        """Write the runs shown to CSV (on the file thread); asks for a file unless given."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Export trainee records"), str(Path.home() / f"trainee-{what}.csv"),
                tr("CSV (*.csv)"))
            if not chosen:
                return
            path = Path(chosen).with_suffix(".csv")
        text = runs_csv(list(runs))
        target = path
        self._say(tr("Writing {path}...").format(path=escape(str(target))))
        self.files.run(str(target), lambda: write_text_atomically(target, text))

    def export_pdf(self, path: Path | None = None) -> None:
        """The cohort PDF of the chosen scenario (written on the file thread)."""
        runs = list(self.cohort_runs)
        if not runs:
            return
        title = runs[-1].scenario_title
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Cohort PDF"), str(Path.home() / f"cohort-{runs[-1].scenario_id}.pdf"),
                tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen).with_suffix(".pdf")
        target = path
        printed = datetime.now(UTC)
        self._say(tr("Writing {path}...").format(path=escape(str(target))))
        self.files.run(str(target), lambda: write_cohort_pdf(
            title, runs[-1].scenario_id, runs, printed, target))

    def _written(self, target: str, error: str | None) -> None:
        if error is None:
            self._say(tr("Saved {path}.").format(path=escape(target)))
        else:
            self._say(tr("Could not save {path}: {error}").format(path=escape(target),
                                                               error=escape(error)), bad=True)

    def _show_notice(self, text: str) -> None:
        """What happened to the database file (kept aside, or unusable), until closed."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(coloured(text, CRITICAL if bad else OK))

    def closeEvent(self, event) -> None:
        self.settle.stop()  # a write in hand finishes on its own; the window only hides
        super().closeEvent(event)
