"""Training > Scenario editor: trainers write and change scenarios in a form, not in TOML.

The window keeps the scenario as the plain data of its file (so a half-made one shows),
checks it with the loader itself as the trainer types (the loader's own messages, with
the line of the file on disk while the form holds what the file does), saves only what
loads, and "Try it" opens a classroom station with it and connects this console. Files
are read and written off the GUI thread; closing with unsaved changes asks first.
"""

from __future__ import annotations

import copy
import re
import tempfile
from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from itb_console.console.file_jobs import FileJobs
from itb_console.console.number_style import duration
from itb_console.console.training.classroom_link import Answer, ClassroomLink
from itb_console.console.training.scenario_fields import (
    as_text,
    event_sort_key,
    event_words,
    fields_of,
    new_row,
    new_scenario,
)
from itb_console.console.training.scenario_toml import (
    check_as_in_file,
    read_scenario_data,
    save_scenario,
    scenario_text,
)
from itb_console.console.training.scenarios import Scenario, is_shipped_file
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.ui.banner import training_banner
from itb_console.ui.plot_axes import TimeAxis, elapsed_label
from itb_console.ui.style import ACCENT, CRITICAL, INK, MUTED, OK, TRAINING_MARK, coloured
from itb_console.ui.table_fit import column_fills, rows_follow_wrapping
from itb_console.ui.training.scenario_form import FieldForm
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

CHECK_SETTLE_MS = 400  # the loader checks once typing rests, not at every key
LAST_COLUMN_CHARS = 20  # a row list's last column (sentences), wrapped, at least this wide
TIMELINE_LINES = 6  # the events strip's height, in lines of type
STRIP_LANES = 3  # rows of event labels on the strip
UNSAVED_NAME = "new-scenario.toml"
_FIELD = re.compile(
    r"^(?P<table>pump\.record|[a-z_]+)(\[(?P<index>\d+)\])?(\.(?P<key>[a-z_]+))?$")
_MISSING = re.compile(r"^([a-z_]+) is missing")
TABS = {"scenario": QT_TR_NOOP("Story"), "patient": QT_TR_NOOP("Story"),
        "order": QT_TR_NOOP("Story"), "pump": QT_TR_NOOP("Pump as found"),
        "pump.record": QT_TR_NOOP("Pump as found"), "events": QT_TR_NOOP("Events"),
        "objectives": QT_TR_NOOP("Objectives and feedback")}
ROWS = {"events": QT_TR_NOOP("event"), "objectives": QT_TR_NOOP("objective")}
PUMP_LEFT = ("profile", "patient_id", "start", "timezone", "drug", "concentration_mcg_per_ml",
             "mode", "steps")
TRY_IT = QT_TR_NOOP("Try it")  # also the tag of its classroom calls (English)


def error_field(message: str) -> tuple[str, int | None, str | None] | None:
    """The table, row (from 0) and key a loader message names ("f:12: pump.steps: ...",
    or "f:11: pump: concentration_mcg_per_ml is missing")."""
    parts = message.split(": ")
    if len(parts) < 3:
        return None
    found = _FIELD.match(parts[1])
    if found is None:
        return None
    index, key = found.group("index"), found.group("key")
    missing = _MISSING.match(parts[2])
    if key is None and missing is not None:
        key = missing.group(1)
    return found.group("table"), int(index) - 1 if index else None, key


def where_in_form(message: str) -> str:
    """Where the field a loader message names is in the form, in the form's own words."""
    named = error_field(message)
    if named is None:
        return ""
    table, index, key = named
    spec = next((s for s in fields_of(table) if s.key == key), None)
    if spec is None:
        return ""
    if index is None or table not in ROWS:
        return tr("Field: {field}, on the {tab} tab").format(field=tr(spec.label),
                                                             tab=tr(TABS[table]))
    return tr("Field: {field}, {row} {number} on the {tab} tab").format(
        field=tr(spec.label), row=tr(ROWS[table]), number=index + 1, tab=tr(TABS[table]))


def _scrolled(page: QWidget) -> QScrollArea:
    """A page that scrolls when the screen is short or the font large."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


class RowList(QWidget):
    """Events or objectives: a table of rows, Add and Remove, a form for the chosen one."""

    changed = Signal()

    def __init__(self, table: str, columns: list[tuple[str, Callable[[dict], str]]],
                 add_text: str) -> None:
        super().__init__()
        self.table_name = table
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([tr(title) for title, _ in columns])
        self.table.setAccessibleName(tr(add_text))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows_follow_wrapping(self.table)  # the last column holds sentences (what happens)
        column_fills(self.table, LAST_COLUMN_CHARS)
        self.table.currentCellChanged.connect(lambda *_: self._chosen())
        left.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.note = QLabel()
        buttons.addWidget(self.note)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        self.form = FieldForm(fields_of(table), labels_above=True)
        self.form.changed.connect(self._edited)
        layout.addWidget(_scrolled(self.form), 1)

    def show_rows(self, rows: list[dict[str, Any]], keep: dict | None = None) -> None:
        """Show these rows (the scenario's list, edited in place); ``keep`` stays chosen."""
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, (_title, text_of) in enumerate(self.columns):
                item = QTableWidgetItem(text_of(row))
                item.setToolTip(item.text())  # whole, where a narrow column cuts it
                self.table.setItem(number, column, item)
        self.table.blockSignals(False)
        chosen = next((n for n, row in enumerate(rows) if row is keep), 0 if rows else -1)
        self.table.blockSignals(True)
        self.table.setCurrentCell(chosen, 0)
        self.table.blockSignals(False)
        if keep is None or self.form.tables.get(self.table_name) is not keep:
            self._chosen()  # the row being typed in keeps its form (and its cursor)

    def current(self) -> dict[str, Any] | None:
        number = self.table.currentRow()
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def _chosen(self) -> None:
        row = self.current()
        self.form.show_tables({self.table_name: row} if row is not None else {})

    def choose(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.table.setCurrentCell(index, 0)

    def add(self) -> None:
        row = new_row(self.table_name)
        self.rows.append(row)
        self._arrange(row)

    def remove(self) -> None:
        row = self.current()
        if row is not None:
            self.rows.remove(row)
            self._arrange(None)

    def _edited(self, _key: str) -> None:
        self._arrange(self.current())

    def _arrange(self, keep: dict | None) -> None:
        if self.table_name == "events":
            self.rows.sort(key=event_sort_key)  # the timeline reads top to bottom
        self.show_rows(self.rows, keep)
        self.changed.emit()


def _after(event: dict) -> str:
    minutes = event.get("after_minutes")
    if isinstance(minutes, int):
        return duration(minutes * 60)
    return str(minutes)


class ScenarioEditor(QWidget):
    """The scenario form, the loader's verdict beside it, and New/Open/Save/Try it."""

    connect_here = Signal(str, str)  # a station's URL and key file ("": none), for Try it
    saved = Signal(object)  # the Scenario as saved (its source is the file's path)

    def __init__(self, parent: QWidget | None = None,
                 classroom: Callable[[], ClassroomLink] | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.resize(1280, 720)
        self.classroom = classroom  # None: the editor starts a classroom of its own
        self.own_link: ClassroomLink | None = None
        self.folder = folder or Path.home()
        self.path: Path | None = None
        self.shipped = False  # a shipped file open: a template, saved only as a trainer's copy
        self.file_text: str | None = None  # the file as read or written: its lines are named
        self.data: dict[str, Any] = {}
        self.dirty = False
        self.error: str | None = None
        self.loaded: Scenario | None = None
        self._checks = 0  # answers to older checks are dropped
        self._close_after_save = False
        self._trial_dir: tempfile.TemporaryDirectory[str] | None = None  # Try it's files
        self._trial_station: str | None = None
        self.files = FileJobs(self)
        self.files.answered.connect(self._answered)
        self.checker = FileJobs(self)
        self.checker.answered.connect(self._checked)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(CHECK_SETTLE_MS)
        self.settle.timeout.connect(self.check_now)
        self._build()
        self.new_scenario(ask=False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(tr("scenario editor")))
        buttons = QHBoxLayout()
        for text, slot, tip in (
                (QT_TR_NOOP("New"), self.new_scenario,
                 QT_TR_NOOP("Start a new scenario from the defaults")),
                (QT_TR_NOOP("Open..."), self.open_dialog,
                 QT_TR_NOOP("Open a scenario file (.toml)")),
                (QT_TR_NOOP("Save"), self.save, QT_TR_NOOP("Save to this scenario's file")),
                (QT_TR_NOOP("Save as..."), self.save_as_dialog,
                 QT_TR_NOOP("Save to a new file")),
                (TRY_IT, self.try_it, QT_TR_NOOP("Open one classroom station with this "
                                                 "scenario and connect this console to it"))):
            button = QPushButton(tr(text))  # the English names the attribute
            button.setToolTip(tr(tip))
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
            setattr(self, f"{text.split()[0].lower().rstrip('.')}_button", button)
        buttons.addStretch(1)
        self.file_label = QLabel()
        buttons.addWidget(self.file_label)
        layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.story = FieldForm(fields_of("scenario", "patient", "order"))
        # Two forms side by side: each label over its field, or at large type the second
        # form's fields were pushed past the page's edge. The implant record under the second.
        self.pump_left = FieldForm([s for s in fields_of("pump") if s.key in PUMP_LEFT],
                                   labels_above=True)
        self.pump_right = FieldForm([s for s in fields_of("pump") if s.key not in PUMP_LEFT],
                                    labels_above=True)
        self.pump_record = FieldForm(fields_of("pump.record"), labels_above=True)
        record_box = QGroupBox(tr("Implant record"))
        record_box.setToolTip(tr("What the pump holds about the implant: the priming "
                                 "calculator and the report read it. Empty fields take the "
                                 "default written in them."))
        QVBoxLayout(record_box).addWidget(self.pump_record)
        right = QVBoxLayout()
        right.addWidget(self.pump_right)
        right.addWidget(record_box)
        right.addStretch(1)
        pump_page = QWidget()
        pump_row = QHBoxLayout(pump_page)
        pump_row.addWidget(self.pump_left, 1)
        pump_row.addLayout(right, 1)
        self.events = RowList("events", [(QT_TR_NOOP("After"), _after),
                                         (QT_TR_NOOP("What happens"), event_words)],
                              tr("Add event"))
        self.objectives = RowList("objectives", [
            (QT_TR_NOOP("Points"), lambda o: str(o.get("points", ""))),
            (QT_TR_NOOP("Objective"), lambda o: as_text(o.get("text")))], tr("Add objective"))
        # x is seconds after Start, ticked at whole minutes or hours as h:mm (not 0.2 h)
        self.timeline = pg.PlotWidget(axisItems={"bottom": TimeAxis(elapsed_label)})
        self.timeline.setAccessibleName(tr("Events timeline"))
        # Dark on white like the console's timeline (pyqtgraph's default is a black strip),
        # and as tall as six lines of type: the ticks and the axis title grow with it.
        self.timeline.setBackground("w")
        self.timeline.setFixedHeight(TIMELINE_LINES * self.fontMetrics().lineSpacing())
        self.timeline.setMenuEnabled(False)
        self.timeline.setMouseEnabled(x=False, y=False)
        self.timeline.hideAxis("left")
        bottom = self.timeline.getPlotItem().getAxis("bottom")
        bottom.setPen(pg.mkPen(INK))
        bottom.setTextPen(INK)
        self.timeline.setLabel("bottom", tr("h:mm after Start"), color=INK)
        events_page = QWidget()
        events_column = QVBoxLayout(events_page)
        events_column.addWidget(self.timeline)
        events_column.addWidget(self.events, 1)
        for title, page in ((tr(TABS["scenario"]), self.story), (tr(TABS["pump"]), pump_page),
                            (tr(TABS["events"]), events_page),
                            (tr(TABS["objectives"]), self.objectives)):
            self.tabs.addTab(_scrolled(page), title)
        splitter.addWidget(self.tabs)

        # A short title: at its narrowest the pane is as wide as its title, and Qt's
        # measure of a styled title falls 3 pixels short.
        check_box = QGroupBox(tr("Check"))
        check_box.setToolTip(tr("Whether the scenario loads, in the words the console uses "
                                "when it loads a scenario file, as you type"))
        check_column = QVBoxLayout(check_box)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(tr("Check"))
        self.verdict.setWordWrap(True)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_column.addWidget(self.verdict)
        self.go_button = QPushButton(tr("Go to the field"))
        self.go_button.clicked.connect(self.go_to_error)
        check_column.addWidget(self.go_button)
        check_column.addStretch(1)
        self.message = QLabel()
        self.message.setAccessibleName(tr("Message"))
        self.message.setWordWrap(True)
        check_column.addWidget(self.message)
        splitter.addWidget(check_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        layout.addWidget(splitter, 1)

        for form in (self.story, self.pump_left, self.pump_right):
            form.changed.connect(lambda _key: self._changed())
        self.pump_record.changed.connect(lambda _key: self._record_changed())
        for rows in (self.events, self.objectives):
            rows.changed.connect(self._changed)

    # ------------------------------------------------------------------ the scenario
    def show_data(self, data: dict[str, Any], path: Path | None, error: str | None = None,
                  file_text: str | None = None) -> None:
        """Show a scenario's data in the form (edits go into it) and check it."""
        self.data, self.path, self.dirty, self.file_text = data, path, False, file_text
        for table in ("scenario", "patient", "order", "pump"):
            if not isinstance(data.get(table), dict):
                data[table] = {}
        for table in ("events", "objectives"):
            if not isinstance(data.get(table), list) or not all(
                    isinstance(row, dict) for row in data[table]):
                data[table] = []
        self.story.show_tables({t: data[t] for t in ("scenario", "patient", "order")})
        for form in (self.pump_left, self.pump_right):
            form.show_tables({"pump": data["pump"]})
        record = data["pump"].get("record")
        self.pump_record.show_tables({"pump.record": record if isinstance(record, dict) else {}})
        self.events.show_rows(data["events"])
        self.objectives.show_rows(data["objectives"])
        self.error = error
        self._titles()
        self._draw_timeline()
        self.check_now()

    def _record_changed(self) -> None:
        """The record is in the file only once a field of it is filled in."""
        record = self.pump_record.tables["pump.record"]
        if record:
            self.data["pump"]["record"] = record
        else:
            self.data["pump"].pop("record", None)
        self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self._titles()
        self._draw_timeline()
        self.settle.start()

    def _titles(self) -> None:
        name = self.path.name if self.path else UNSAVED_NAME
        mark = tr(" (not saved)") if self.dirty else ""
        self.setWindowTitle(tr("Scenario editor - {name}{mark} - {training_mark}").format(
            name=name, mark=mark, training_mark=tr(TRAINING_MARK)))
        shown = name if self.path else tr("New scenario")
        self.file_label.setText(coloured(f"{shown}{mark}", MUTED))
        self.file_label.setToolTip(str(self.path or tr("not saved yet")))
        points = sum(o.get("points", 0) for o in self.data.get("objectives", [])
                     if isinstance(o.get("points"), int))
        self.objectives.note.setText(tr("Total: {points}").format(
            points=tr("%n points", "", points)))

    def _draw_timeline(self) -> None:
        """Each event as a line at its time; labels take turns over a few lanes, so events
        at the same time (a scan, then a jump) stay readable."""
        self.timeline.clear()
        events = [e for e in self.data.get("events", []) if event_sort_key(e)[0] == 0]
        end = max(3600.0, 1.25 * max((e["after_minutes"] * 60 for e in events),
                                     default=3600.0))
        for number, event in enumerate(events):
            seconds = event["after_minutes"] * 60
            self.timeline.addItem(pg.InfiniteLine(seconds, pen=pg.mkPen(ACCENT, width=2)))
            # A label in the right half reads leftwards from its line, so it stays in view.
            label = pg.TextItem(event_words(event), color=INK,
                                anchor=(1 if seconds > end / 2 else 0, 0.5))
            label.setPos(seconds, 1 - (number % STRIP_LANES + 0.5) / STRIP_LANES)
            self.timeline.addItem(label)
        self.timeline.setXRange(0, end, padding=0.02)
        self.timeline.setYRange(0, 1, padding=0)

    # ------------------------------------------------------------------ checking
    def check_now(self) -> None:
        """Ask the loader about the data as it is now (off the GUI thread)."""
        self.settle.stop()
        self._checks += 1
        ticket, name = self._checks, self.path.name if self.path else UNSAVED_NAME
        data, path, file_text = copy.deepcopy(self.data), self.path, self.file_text
        self.checker.ask(f"check {ticket}", lambda: check_as_in_file(
            name, data, file_text, is_shipped_file(path)))

    def _checked(self, tag: str, scenario: Scenario | None, error: str | None) -> None:
        if tag != f"check {self._checks}":
            return  # the form has changed since
        self.error, self.loaded = error, scenario
        if error is not None:
            where = where_in_form(error)
            self.verdict.setText(coloured(tr("Not ready: "), CRITICAL, bold=True)
                                 + coloured(escape(error, quote=False), CRITICAL)
                                 + (f"<br><br>{coloured(where, CRITICAL, bold=True)}"
                                    if where else ""))
        elif scenario is not None:
            self.verdict.setText(coloured(tr("Loads as written: "), OK, bold=True) + coloured(
                tr("'{title}', {events}, {objectives}, {points}.").format(
                    title=scenario.title, events=tr("%n events", "", len(scenario.events)),
                    objectives=tr("%n objectives", "", len(scenario.objectives)),
                    points=tr("%n points", "", scenario.max_score)), OK))
        self.go_button.setVisible(error is not None and error_field(error) is not None)

    def go_to_error(self) -> None:
        """Show the tab, row and field the loader's message names."""
        named = error_field(self.error or "")
        if named is None:
            return
        table, index, key = named
        if table in ("events", "objectives"):
            rows = self.events if table == "events" else self.objectives
            self.tabs.setCurrentIndex(2 if table == "events" else 3)
            rows.choose(index or 0)
            if key:
                rows.form.focus_field(key)
            return
        self.tabs.setCurrentIndex(1 if table in ("pump", "pump.record") else 0)
        for form in (self.story, self.pump_left, self.pump_right, self.pump_record):
            if key and form.focus_field(key):
                return

    # ------------------------------------------------------------------ files
    def new_scenario(self, ask: bool = True) -> None:
        if ask and not self._may_drop_changes():
            return
        self.shipped = False
        self.show_data(new_scenario(datetime.now()), None)
        self._say(tr("A new scenario: fill in the story, the pump and the objectives."))

    def open_dialog(self) -> None:
        if not self._may_drop_changes():
            return
        name, _ = QFileDialog.getOpenFileName(self, tr("Open a scenario"), str(self.folder),
                                              tr("Scenarios (*.toml)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read a scenario file off the GUI thread; it shows when read."""
        self._say(tr("Opening {path}...").format(path=path))
        self.files.ask(f"open {path}", lambda: (path, *read_scenario_data(path),
                                                is_shipped_file(path)))

    def save(self) -> None:
        """Save to this scenario's file; a new one, or a shipped one (never written over:
        the console's own scenarios stay as installed), asks where."""
        if self.path is None or self.shipped:
            self.save_as_dialog()
        else:
            self.save_to(self.path)

    def save_as_dialog(self) -> None:
        suggested = self.folder / f"{self.data['scenario'].get('id') or 'new-scenario'}.toml"
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the scenario as"), str(suggested),
                                              tr("Scenarios (*.toml)"))
        if name:
            self.save_to(Path(name).with_suffix(".toml"))

    def save_to(self, path: Path) -> None:
        """Check and write off the GUI thread; a scenario that does not load is refused."""
        data = copy.deepcopy(self.data)
        self._say(tr("Saving {path}...").format(path=path))
        self.files.ask(f"save {path}", lambda: (path, save_scenario(path, data), data))

    def _answered(self, tag: str, value: Any, error: str | None) -> None:
        verb = tag.split(" ", 1)[0]
        if error is not None:
            words = {"open": tr("Could not open the scenario"), "save": tr("Not saved"),
                     "try": tr("Not tried")}[verb]
            self._say(f"{words}: {error}", bad=True)
            self._close_after_save = False
            return
        if verb == "open":
            path, data, text, problem, self.shipped = value
            if not self.shipped:
                self.folder = path.parent  # a trainer's folder, where the next one goes
            self.show_data(data, path, problem, text)
            self._say(tr("Opened {name}, a shipped scenario: to make one of your own from it, "
                         "give it a short name of its own and save it in your folder (Save "
                         "asks where).").format(name=path.name) if self.shipped else
                      tr("Opened {name}.").format(name=path.name) if problem is None else
                      tr("Opened {name}; it does not load yet: see the check.").format(
                          name=path.name),
                      bad=problem is not None)
        elif verb == "save":
            path, scenario, saved = value
            self.path, self.folder, self.shipped = path, path.parent, False
            self.file_text = scenario_text(saved)
            self.dirty = self.data != saved  # edits made while it was being written
            self._titles()
            self._say(tr("Saved {name} in {parent}; the instructor panel lists it.").format(
                name=path.name, parent=path.parent))
            self.saved.emit(scenario)
            if self._close_after_save:
                self.close()
        else:
            path, scenario, _data = value
            self._open_station(path, scenario)

    # ------------------------------------------------------------------ Try it
    def try_it(self) -> None:
        """Save to a scratch file, open one station with it, connect this console."""
        if self._trial_dir is None:
            self._trial_dir = tempfile.TemporaryDirectory(prefix="itb-try-")
        path = Path(self._trial_dir.name) / "tried.toml"
        data = copy.deepcopy(self.data)
        self._say(tr("Try it: checking and opening a station..."))
        self.files.ask(f"try {path}", lambda: (path, save_scenario(path, data), data))

    def link(self) -> ClassroomLink:
        if self.classroom is not None:
            return self.classroom()
        if self.own_link is None:
            self.own_link = ClassroomLink(parent=self)
        return self.own_link

    def _open_station(self, path: Path, scenario: Scenario) -> None:
        link = self.link()
        link.answered.connect(self._station_answer, Qt.ConnectionType.UniqueConnection)
        link.call(TRY_IT, "open", scenario_file=str(path), count=1, speed=1)
        self._say(tr("Try it: opening a station for '{title}'...").format(title=scenario.title))

    def _station_answer(self, answer: Answer) -> None:
        if answer.tag not in (TRY_IT, f"{TRY_IT}: start"):
            return
        if answer.error is not None or answer.problems or not answer.rows:
            why = answer.error or "; ".join(answer.problems) or tr("no station opened")
            self._say(tr("Try it: the station did not open: {why}").format(why=why), bad=True)
            return
        row = answer.rows[-1]
        if answer.tag == TRY_IT:
            self.link().call(f"{TRY_IT}: start", "start", stations=[row.name])
            return
        self._trial_station = row.name
        self._say(tr("Try it: {name} runs this scenario at {url}; this console "
                     "connects to it. The instructor panel shows the station.").format(
            name=row.name, url=row.url))
        self.connect_here.emit(row.url, row.key_file or "")

    # ------------------------------------------------------------------ closing
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (tests answer for the trainer)."""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, tr("Unsaved changes"), tr("This scenario has changes that are not saved. "
               "Save them?"), buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)

    def _may_drop_changes(self) -> bool:
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = False
            self.save()
            return False  # the trainer carries on once it is saved
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self._close_after_save = True
                self.save()
                event.ignore()  # closes once saved; a refused save keeps it open
                return
        self.settle.stop()  # a write in hand finishes on its own; the window only hides
        if self.own_link is not None:
            self.own_link.close()
        if self._trial_dir is not None:
            self._trial_dir.cleanup()
            self._trial_dir = None
        super().closeEvent(event)

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(coloured(text, CRITICAL if bad else OK))
