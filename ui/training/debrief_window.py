"""Replay a saved debrief: the score, each objective, and the trainee's actions in order.

The instructor opens the debrief JSON after the run and steps through the actions with
the trainee (slider, Previous / Next, or Play one action every couple of seconds); the
action in hand is highlighted and the panel beside it shows what the pump side looked
like at that moment, from what was recorded. A file that does not load whole is refused
with its reason; nothing of it is shown.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.training.debrief import Debrief, DebriefError, load_debrief
from itb_console.console.training.debrief_text import (
    context_at,
    describe,
    elapsed,
    pump_words,
    recorded_details,
    score_text,
    span_text,
    trainee_text,
)
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.ui.banner import training_banner
from itb_console.ui.reports.debrief_pdf import write_debrief_pdf
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.table_fit import rows_follow_wrapping
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

PLAY_STEP_MS = 1500
OBJECTIVE_COLUMNS = [QT_TR_NOOP("Objective"), QT_TR_NOOP("Points"), QT_TR_NOOP("Result"),
                     QT_TR_NOOP("Feedback")]
TIMELINE_COLUMNS = [QT_TR_NOOP("Since start\n(h:min:s)"), QT_TR_NOOP("Action"),
                    QT_TR_NOOP("Detail")]  # Detail gets the width


def _table(columns: list[str], name: str, wrapped: set[int]) -> QTableWidget:
    """A read-only table; the ``wrapped`` columns (sentences) share the width and wrap,
    the others (numbers, verdicts) are as wide as their text."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                    if column in wrapped else
                                    QHeaderView.ResizeMode.ResizeToContents)
    rows_follow_wrapping(table)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeRowsToContents()


ZERO_WIDTH_SPACE = "\u200b"


def _rows_html(rows: list[tuple[str, str]], raw: bool = False) -> str:
    """``raw``: recorded wire values ("continuous;baclofen;2000;0:350000") may break
    after each ';' and ',', or a long one runs past the pane's edge."""
    def shown(value: str) -> str:
        text = escape(value)
        if raw:
            text = text.replace(";", ";" + ZERO_WIDTH_SPACE).replace(",", "," + ZERO_WIDTH_SPACE)
        return text
    return "".join(f"<tr><td><b>{escape(key)}</b>&nbsp;</td><td>{shown(value)}</td></tr>"
                   for key, value in rows)


class DebriefWindow(QDialog):
    def __init__(self, debrief: Debrief, source: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1200, 720)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_STEP_MS)
        self.timer.timeout.connect(self._play_step)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(tr("a record of a training scenario, not of a patient")))
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setAccessibleName(tr("Scenario, trainee, session, score, patient and implant"))
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.objectives = _table([tr(c) for c in OBJECTIVE_COLUMNS],
                                 tr("Objectives with points and feedback"), {0, 3})
        self.objectives.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline = _table([tr(c) for c in TIMELINE_COLUMNS],
                               tr("The trainee's actions in order"), {2})
        self.timeline.itemSelectionChanged.connect(self._row_chosen)
        self.context = QLabel()
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setWordWrap(True)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.context.setAccessibleName(tr("The pump side at the chosen action"))
        context_box = QGroupBox(tr("At this action"))
        # A scroll area: at large type on a short screen the rest is a scroll away, not cut.
        context_scroll = QScrollArea()
        context_scroll.setWidgetResizable(True)
        context_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Down only: its sentences wrap to the pane (sideways, they were cut mid-word).
        context_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        context_scroll.setWidget(self.context)
        QVBoxLayout(context_box).addWidget(context_scroll)
        replay = QSplitter(Qt.Orientation.Horizontal)
        replay.addWidget(self.timeline)
        replay.addWidget(context_box)
        replay.setSizes([800, 380])  # the actions first: their details are sentences
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.objectives)
        split.addWidget(replay)
        split.setSizes([230, 360])
        layout.addWidget(split, 1)
        layout.addLayout(self._replay_controls())
        layout.addLayout(self._buttons())
        self.show_debrief(debrief, source)

    def _replay_controls(self) -> QHBoxLayout:
        self.previous_button = QPushButton(tr("< Previous"))
        self.play_button = QPushButton(tr("Play"))
        self.play_button.setToolTip(tr("Step through the actions, one every {seconds} s").format(
            seconds=style.plain(PLAY_STEP_MS / 1000)))
        self.next_button = QPushButton(tr("Next >"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Action in the replay"))
        self.position = QLabel()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.play_button.clicked.connect(self.play_or_pause)
        self.slider.valueChanged.connect(self.show_action)
        row = QHBoxLayout()
        for widget in (self.previous_button, self.play_button, self.next_button):
            row.addWidget(widget)
        row.addWidget(self.slider, 1)
        row.addWidget(self.position)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        open_button = QPushButton(tr("Open another debrief..."))
        open_button.clicked.connect(lambda: self.open_file())
        self.pdf_button = QPushButton(tr("Save debrief PDF..."))
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (open_button, self.pdf_button, close):
            row.addWidget(button)
        return row

    # ------------------------------------------------------------------ content
    def show_debrief(self, debrief: Debrief, source: Path | None = None) -> None:
        """Show a debrief that loaded whole (the only kind there is)."""
        self.timer.stop()
        self.debrief, self.source = debrief, source
        self.setWindowTitle(tr("Debrief: {scenario_title} - training mock").format(
            scenario_title=debrief.scenario_title))
        colour = OK if debrief.percent >= 80 else CRITICAL if debrief.percent < 50 else WARN_INK
        self.header.setText(
            f"<b style='font-size:large'>{escape(debrief.scenario_title)}</b> "
            f"({escape(debrief.scenario_id)}) &nbsp; "
            + tr("Trainee: <b>{trainee}</b>").format(trainee=escape(trainee_text(debrief)))
            + "<br>" + tr("Session (world time): {span}").format(span=escape(span_text(debrief)))
            + f" &nbsp; <b style='font-size:large;color:{colour}'>"
            + tr("Score {score}").format(score=score_text(debrief)) + "</b><br>"
            + " &nbsp; ".join(  # a label never breaks from its value, nor inside itself
                f"<b>{escape(label).replace(' ', '&nbsp;')}:</b>&nbsp;{escape(words)}"
                for label, words in pump_words(debrief).items()))
        _fill(self.objectives, [[o.text, style.points(o.points, o.max_points),
                                 tr("Passed") if o.passed else tr("Failed"), o.feedback]
                                for o in debrief.objectives])
        for row, objective in enumerate(debrief.objectives):
            verdict = self.objectives.item(row, 2)
            if verdict is not None:
                verdict.setForeground(QColor(OK if objective.passed else CRITICAL))
        self.objectives.setCurrentCell(-1, -1)
        actions = debrief.actions.actions
        _fill(self.timeline, [[elapsed(debrief.started_at, a.at), *describe(a)]
                              for a in actions])
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(actions) - 1, 0))
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        for widget in (self.slider, self.previous_button, self.play_button,
                       self.next_button):
            widget.setEnabled(bool(actions))
        self.play_button.setText(tr("Play"))
        self.status.setText(tr("Opened {path}").format(path=escape(str(source))) if source
                            else "")
        self.show_action(0)

    def show_action(self, index: int) -> None:
        """Highlight action ``index`` and show the pump side as recorded up to it."""
        actions = self.debrief.actions.actions
        if not actions:
            self.position.setText(tr("No actions"))
            self.context.setText(tr("No actions were recorded in this debrief."))
            return
        if self.slider.value() != index:
            self.slider.setValue(index)  # comes back here through valueChanged
            return
        self.timeline.selectRow(index)
        first_cell = self.timeline.item(index, 0)
        if first_cell is not None:
            self.timeline.scrollToItem(first_cell)
        action = actions[index]
        name, words = describe(action)
        self.position.setText(tr("Action {number} of {count}").format(number=index + 1,
                                                                       count=len(actions)))
        details = recorded_details(action)
        self.context.setText(
            f"<p><b>{elapsed(self.debrief.started_at, action.at)} {escape(name)}</b><br>"
            f"{escape(words)}</p><p><b>" + escape(tr("Pump side after this action"))
            + "</b></p>"
            f"<table>{_rows_html(context_at(self.debrief.actions, index))}</table><p>"
            + tr("<b>Recorded details</b> (at {time})").format(
                time=style.clock_seconds(action.at)) + "</p>"
            + (f"<table>{_rows_html(details, raw=True)}</table>" if details
               else "<p>" + escape(tr("none")) + "</p>"))

    def _row_chosen(self) -> None:
        rows = self.timeline.selectionModel().selectedRows()
        if rows:
            self.slider.setValue(rows[0].row())

    # ------------------------------------------------------------------ replay
    def step(self, delta: int) -> None:
        self.slider.setValue(self.slider.value() + delta)

    def play_or_pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play_button.setText(tr("Play"))
            return
        if self.slider.value() == self.slider.maximum():
            self.slider.setValue(0)
        self.timer.start()
        self.play_button.setText(tr("Pause"))

    def _play_step(self) -> None:
        self.step(1)
        if self.slider.value() == self.slider.maximum():
            self.timer.stop()
            self.play_button.setText(tr("Play"))

    # ------------------------------------------------------------------ files
    def open_file(self, path: Path | None = None) -> bool:
        """Replace what is shown with another debrief; a bad file changes nothing."""
        chosen = choose_debrief(self, path)
        if chosen is not None:
            self.show_debrief(chosen[1], chosen[0])
        return chosen is not None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            default = (self.source.with_suffix(".pdf") if self.source else
                       Path.home() / f"debrief-{self.debrief.scenario_id}.pdf")
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the debrief as PDF"),
                                                    str(default), tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen).with_suffix(".pdf")
        try:
            write_debrief_pdf(self.debrief, path)
        except OSError as failure:
            self.status.setText(coloured(tr("Could not save the PDF: {error}").format(
                error=escape(str(failure))),
                                         CRITICAL))
            return None
        self.status.setText(tr("Debrief PDF saved: {path}").format(path=escape(str(path))))
        return path

    def done(self, code: int) -> None:
        self.timer.stop()
        super().done(code)


def choose_debrief(parent: QWidget, path: Path | None = None) -> tuple[Path, Debrief] | None:
    """Ask for a debrief file (unless given) and load it whole; None when cancelled, or
    after a message saying what is wrong with the file."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Open a debrief"), str(Path.home()),
                                                tr("Debrief (*.json);;All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
    try:
        return path, load_debrief(path)
    except DebriefError as error:
        QMessageBox.warning(parent, tr("Open debrief"), tr("{error}\n\nNothing was opened.").format(
            error=error))
        return None


def open_debrief(parent: QWidget, path: Path | None = None) -> DebriefWindow | None:
    """Ask for a debrief file (unless given) and show it; a bad file gets a message only."""
    chosen = choose_debrief(parent, path)
    if chosen is None:
        return None
    window = DebriefWindow(chosen[1], chosen[0], parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new window each time
    window.show()
    return window
