"""The instructor's panel: open stations, run the scenario, inject faults, watch, score.

One row per station (one trainee each, or the instructor's own console). The stations
live in an itb-classroom process that the panel starts on the first Open and ends when
it closes (docs/classroom.md); each station is its own process there, so a crash ends
one row, which can be restarted. Every call to the classroom runs off the GUI thread
(:mod:`itb_console.console.training.classroom_link`); the panel only draws.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.event_words import alarm_title, mode_words
from itb_console.console.file_jobs import FileJobs
from itb_console.console.training.classroom_link import REATTACH, Answer, ClassroomLink
from itb_console.console.training.classroom_protocol import MAX_STATIONS, StationRow
from itb_console.console.training.debrief import DebriefError, save_debrief
from itb_console.console.training.debrief_text import elapsed, sentence
from itb_console.console.training.records import RecordError, Trainee
from itb_console.console.training.records_service import RecordsService
from itb_console.console.training.run_filing import ended_debrief, file_run
from itb_console.console.training.scenario_runner import StationState
from itb_console.console.training.scenarios import (
    EventKind,
    Scenario,
    shipped_name_problem,
    shipped_scenarios,
    user_scenarios,
)
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.clock import MAX_SPEED
from itb_console.device.mri_fault import DELAY_HOURS, MAX_SCAN_MINUTES, MriResume
from itb_console.device.pump_api import AlarmCode
from itb_console.device.units import mcg, ml
from itb_console.ui.banner import training_banner
from itb_console.ui.key_file_field import KeyFileField
from itb_console.ui.number_field import WholeSpinBox
from itb_console.ui.reports.debrief_pdf import write_debrief_pdf
from itb_console.ui.style import CRITICAL, OK, TRAINING_MARK, coloured
from itb_console.ui.table_fit import column_fills
from itb_console.ui.training.trainee_dialog import SCORE_AND_RECORD, TraineeDialog
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

REFRESH_MS = 250
SPEED_SETTLE_MS = 200  # a slider drag sends one speed when it rests, not one per step
COLUMNS = [QT_TR_NOOP("Station"), QT_TR_NOOP("Trainee"), QT_TR_NOOP("Connect to"),
           QT_TR_NOOP("State"), QT_TR_NOOP("Pump time"), QT_TR_NOOP("Speed"),
           QT_TR_NOOP("Reservoir (mL)"), QT_TR_NOOP("Dose (mcg/day)"), QT_TR_NOOP("Alarms"),
           QT_TR_NOOP("Last action"), QT_TR_NOOP("Score")]
STATE_COLUMN, LAST_ACTION_COLUMN = COLUMNS.index("State"), COLUMNS.index("Last action")
CONNECT_COLUMN = COLUMNS.index("Connect to")
STATE_WORDS = {StationState.READY: QT_TR_NOOP("ready"), StationState.RUNNING: QT_TR_NOOP("running"),
               StationState.PAUSED: QT_TR_NOOP("paused"), StationState.ENDED: QT_TR_NOOP("ended"),
               StationState.CRASHED: QT_TR_NOOP("crashed")}
CELL_PADDING_PX = 12
LAST_ACTION_CHARS = 32
SELECTION_NAMED = 2  # the command box's title names up to this many (a longer title widens it)
JUMPS = ((QT_TR_NOOP("+1 h"), 3600), (QT_TR_NOOP("+1 day"), 86_400),
         (QT_TR_NOOP("+1 week"), 7 * 86_400), (QT_TR_NOOP("+30 days"), 30 * 86_400))
RECORD_TAG = "Record "  # the background job that files a station's run
RECORDS_ANSWER = "instructor:"  # the records thread's answer for a station
SLIDER_STEPS_PER_DECADE = 20  # x1 .. x1,000,000 in 120 smooth steps
DONE = {"Open": QT_TR_NOOP("Opened {stations}{keyed}. Trainees connect their console to the "
                           "address in 'Connect to'; press Start when ready."),
        "Restart": QT_TR_NOOP("Restarted {names} from the scenario's start; trainees reconnect "
                              "to the same address."),
        REATTACH: QT_TR_NOOP("Reattached to the classroom this console left running when it "
                             "last closed unexpectedly: its {stations} kept serving their "
                             "trainees. Who sat where was not kept; it is asked again at End "
                             "and score."),
        "MRI scan": QT_TR_NOOP("MRI scan started at {names}: the rotor has stopped and the "
                               "motor-stall alarm sounds; {mri}.")}
# How the rotor restarts: the choice's short name, then the outcome in words.
MRI_RESUMES = ((MriResume.NORMAL, QT_TR_NOOP("restarts at once"),
                QT_TR_NOOP("delivery resumes when the scan ends")),
               (MriResume.DELAYED, QT_TR_NOOP("restarts late"),
                QT_TR_NOOP("delivery restarts {hours} h after the scan")),
               (MriResume.STUCK, QT_TR_NOOP("until interrogated"),
                QT_TR_NOOP("delivery stays stopped until the pump is interrogated after the "
                           "scan")))


def speed_for(position: int) -> float:
    """Slider position to speed on a log scale, rounded to two significant figures."""
    exact = 10 ** (position / SLIDER_STEPS_PER_DECADE)
    return min(MAX_SPEED, round(exact, 1 - math.floor(math.log10(exact))))


def position_for(speed: float) -> int:
    return round(math.log10(speed) * SLIDER_STEPS_PER_DECADE)


def speed_text(speed: float) -> str:
    return style.speed(speed)


def _address(row: StationRow) -> str:
    """Where a trainee connects, as typed into File > Connect (socket://host:port); a keyed
    station's file is in the cell's tooltip."""
    return tr("{address} (keyed)").format(address=row.url) if row.key_file else row.url


def commands_reach(names: list[str]) -> str:
    """The title over the station commands: which stations they reach, as selected now."""
    if not names:
        return tr("Stations: all (none selected)")
    if len(names) > SELECTION_NAMED:
        return tr("Stations: the %n selected", "", len(names))
    return tr("Stations: {names}").format(names=", ".join(names))


class InstructorPanel(QWidget):
    """Stations, time, faults, the trainee's actions and the scores."""

    connect_here = Signal(str, str)  # a station's URL and key file ("": none), for this console
    folder_read = Signal(list)  # after Add folder: the files not listed, with why

    def __init__(self, parent: QWidget | None = None,
                 scenario_folder: Path | None = None,
                 records: RecordsService | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.records = records  # None: runs are scored but not recorded
        self.trainees: dict[str, Trainee] = {}  # station name -> who sits there
        self._to_record: set[str] = set()  # stations ending whose runs are to be filed
        self._mri_words = ""  # the last MRI scan asked for, for its outcome line
        self._recorded_now: list[str] = []  # runs filed since the last End and score
        self.setWindowTitle(tr("Instructor - {training_mark}").format(
            training_mark=tr(TRAINING_MARK)))
        self.resize(1280, 720)
        self.rows: list[StationRow] = []
        self._texts: list[list[str]] = []  # what each cell shows, compared without Qt
        self._items: list[list[QTableWidgetItem]] = []
        self.scenarios: list[Scenario] = shipped_scenarios()
        self.shipped_ids = {s.id for s in self.scenarios}
        self.files = FileJobs(self)
        self.files.answered.connect(self._folder_read)
        self._build()
        if scenario_folder is not None:
            self.add_scenario_folder(scenario_folder)
        self.link = ClassroomLink(parent=self)
        self.link.rows_ready.connect(self.show_rows)
        self.link.read_failed.connect(self._read_failed)
        self.link.answered.connect(self._answered)
        self.link.reattached.connect(self._answered)
        self.link.reattach()  # stations a console that died left serving come back here
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.link.request(self._focus()))
        self.timer.start()
        self.speed_settle = QTimer(self)
        self.speed_settle.setSingleShot(True)
        self.speed_settle.setInterval(SPEED_SETTLE_MS)
        self.speed_settle.timeout.connect(self._send_speed)
        if records is not None:
            records.answered.connect(self._recorded)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(tr("instructor's panel")))
        layout.addWidget(self._setup_box())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("Stations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Columns widen when a text needs it (show_rows), not by measuring every cell on
        # every change: ResizeToContents costs ~0.4 s per tick with 60 busy rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()  # every header whole before any station opens
        # The last action takes the width left, at least a short sentence; a longer one is
        # elided, whole in its tooltip (stretched, it shrank below its own header).
        self.last_action_fill = column_fills(self.table, LAST_ACTION_CHARS, LAST_ACTION_COLUMN)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._control_box(), 0)
        # A short title: the box's title was what made the panel wider than 1024 pixels.
        watch = QGroupBox(tr("Trainee's actions"))
        watch.setToolTip(tr("What the selected station's pump saw the trainee do, in order"))
        watch_layout = QVBoxLayout(watch)
        self.trainee_actions = QListWidget()
        self.trainee_actions.setAccessibleName(tr("The selected trainee's actions"))
        self.trainee_actions.setWordWrap(True)  # a long action wraps rather than scrolls sideways
        watch_layout.addWidget(self.trainee_actions, 1)
        self.result = QLabel("")
        self.result.setAccessibleName(tr("The selected station's details and score"))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop)
        # In large type a scored station's feedback is a scroll away, never cut off.
        result_scroll = QScrollArea()
        result_scroll.setWidgetResizable(True)
        result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        result_scroll.setWidget(self.result)
        watch_layout.addWidget(result_scroll, 1)
        row.addWidget(watch, 1)
        splitter.addWidget(lower)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Instructor messages"))
        layout.addWidget(self.message)

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(tr("Open stations"))
        rows = QVBoxLayout(box)
        row = QHBoxLayout()
        rows.addLayout(row)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(tr("Scenario"))
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(24)  # long titles are elided, not widening
        self._fill_scenarios()
        row.addWidget(QLabel(tr("Scenario:")))
        row.addWidget(self.scenario, 1)
        folder = QPushButton(tr("Add folder..."))
        folder.setToolTip(tr("Add the scenario files (.toml) of a folder"))
        folder.clicked.connect(self._choose_folder)
        row.addWidget(folder)
        # The stations on a line of their own: one line for all was wider than a
        # 1024-pixel screen at large type.
        row = QHBoxLayout()
        rows.addLayout(row)
        self.count = WholeSpinBox()
        self.count.setRange(1, MAX_STATIONS)
        self.count.setAccessibleName(tr("Number of stations"))
        row.addWidget(QLabel(tr("Stations:")))
        row.addWidget(self.count)
        self.network = QCheckBox(tr("Open to the classroom network"))
        self.network.setToolTip(tr("Trainees on other computers can connect. The link has no "
                                   "password: use only on a closed training network."))
        row.addWidget(self.network)
        row.addStretch(1)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_stations)
        row.addWidget(self.open_button)
        keyed = QHBoxLayout()
        keyed.addWidget(QLabel(tr("Key file:")))
        self.key_file = KeyFileField(
            placeholder=tr("none: the stations take no key (a trainee needs only the address)"),
            what=tr("Key file for the stations"), none_text=tr("No key"))
        self.key_file.setToolTip(tr("Key the stations opened next: their pumps answer only a "
                                    "console holding this file (give trainees a copy)"))
        keyed.addWidget(self.key_file, 1)
        rows.addLayout(keyed)
        return box

    def _control_box(self) -> QGroupBox:
        box = QGroupBox(commands_reach([]))
        box.setToolTip(tr("Start, pause, time and faults reach the selected stations, or every "
                          "station when none is selected"))
        self.commands_box = box
        grid = QGridLayout(box)
        buttons = ((tr("Start"), self.start), (tr("Pause"), self.pause),
                   (tr("Resume"), self.resume), (tr("End and score"), self.end))
        restart = QPushButton(tr("Restart crashed"))
        restart.setToolTip(tr("Start a crashed station again from the scenario's start, on "
                              "the same address; the other stations are not touched"))
        restart.clicked.connect(self.restart)
        grid.addWidget(restart, 7, 1, 1, 2)
        close = QPushButton(tr("Close ended"))
        close.setToolTip(tr("Close ended (or crashed) stations, freeing their seats for the "
                            "next scenario"))
        close.clicked.connect(self.close_ended)
        grid.addWidget(close, 7, 0)
        for column, (text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(slot)
            grid.addWidget(button, 0, column)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, position_for(MAX_SPEED))
        self.speed.setAccessibleName(tr("Pump time speed"))
        self.speed_label = QLabel("x1")
        self.speed.valueChanged.connect(self._speed_moved)
        grid.addWidget(QLabel(tr("Speed:")), 1, 0)
        grid.addWidget(self.speed, 1, 1, 1, 2)
        grid.addWidget(self.speed_label, 1, 3)
        jumps = QHBoxLayout()
        for text, seconds in JUMPS:
            button = QPushButton(tr(text))
            button.setToolTip(tr("Jump pump time {text} ahead; events on the way fire").format(
                text=tr(text)[1:]))
            button.clicked.connect(lambda _c=False, s=seconds: self.jump(s))
            jumps.addWidget(button)
        grid.addWidget(QLabel(tr("Jump:")), 2, 0)
        grid.addLayout(jumps, 2, 1, 1, 3)
        self.alarm = QComboBox()
        for code in AlarmCode:
            self.alarm.addItem(alarm_title(code.value), code)
        raise_alarm = QPushButton(tr("Raise alarm"))
        raise_alarm.clicked.connect(
            lambda: self.inject(EventKind.ALARM, alarm=self.alarm.currentData().value))
        grid.addWidget(QLabel(tr("Inject:")), 3, 0)
        grid.addWidget(self.alarm, 3, 1, 1, 2)
        grid.addWidget(raise_alarm, 3, 3)
        self.over = WholeSpinBox()
        self.over.setRange(1, 200)
        self.over.setValue(20)
        self.over.setSuffix(tr(" % more"))
        over = QPushButton(tr("Over-infuse"))
        over.clicked.connect(lambda: self.inject(EventKind.OVER_INFUSION,
                                                 percent=self.over.value()))
        stall = QPushButton(tr("Motor stall"))
        stall.clicked.connect(lambda: self.inject(EventKind.MOTOR_STALL))
        drop = QPushButton(tr("Drop link at next send"))
        drop.clicked.connect(lambda: self.inject(EventKind.LINK_DROP))
        grid.addWidget(self.over, 4, 1)
        grid.addWidget(over, 4, 2)
        grid.addWidget(stall, 4, 3)
        grid.addWidget(QLabel(tr("MRI:")), 5, 0)
        grid.addLayout(self._mri_row(), 5, 1, 1, 3)
        grid.addWidget(drop, 6, 1, 1, 2)
        here = QPushButton(tr("Connect this console"))
        here.setToolTip(tr("Connect the console on this computer to the selected station"))
        here.clicked.connect(self._connect_here)
        grid.addWidget(here, 6, 3)
        save = QPushButton(tr("Save debrief..."))
        save.clicked.connect(self.save_debrief)
        grid.addWidget(save, 7, 3)
        if self.records is not None:
            who = QPushButton(tr("Trainees..."))
            who.setToolTip(tr("Enter the pseudonymous id and name of the trainee at each "
                              "selected station; their scored runs are recorded under it"))
            who.clicked.connect(self.edit_trainees)
            grid.addWidget(who, 6, 0)
        return box

    def _mri_row(self) -> QHBoxLayout:
        """A scan of so many minutes starting now, and how the pump restarts after it."""
        low, high = DELAY_HOURS
        self.mri_minutes = WholeSpinBox()
        self.mri_minutes.setRange(1, MAX_SCAN_MINUTES)
        self.mri_minutes.setValue(45)
        self.mri_minutes.setSuffix(" min")
        self.mri_minutes.setAccessibleName(tr("MRI scan length"))
        self.mri_resume = QComboBox()
        self.mri_resume.setAccessibleName(tr("How the pump restarts after the scan"))
        span = tr("{low} to {high}").format(low=low, high=high)
        for index, (resume, label, words) in enumerate(MRI_RESUMES):
            self.mri_resume.addItem(tr(label), resume)
            tip = tr(words).format(hours=span)
            self.mri_resume.setItemData(index, tip[:1].upper() + tip[1:],
                                        Qt.ItemDataRole.ToolTipRole)
        self.mri_delay = WholeSpinBox()
        self.mri_delay.setRange(low, high)
        self.mri_delay.setValue(6)
        self.mri_delay.setSuffix(" " + tr("h later"))
        self.mri_delay.setAccessibleName(tr("Restart delayed by (hours)"))
        self.mri_delay.setToolTip(tr("A late restart comes {low} to {high} h after the "
                                     "scan").format(low=low, high=high))
        self.mri_resume.currentIndexChanged.connect(lambda _i: self.mri_delay.setVisible(
            self.mri_resume.currentData() is MriResume.DELAYED))
        self.mri_delay.setVisible(False)
        scan = QPushButton(tr("MRI scan"))
        scan.setToolTip(tr("A scan starts now at the selected stations: the magnet stops the "
                           "rotor and the motor-stall alarm sounds"))
        scan.clicked.connect(self.inject_mri)
        row = QHBoxLayout()
        for widget in (self.mri_minutes, self.mri_resume, self.mri_delay):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(scan)
        return row

    def _fill_scenarios(self, chosen: Scenario | None = None) -> None:
        """Shipped scenarios by title, a trainer's with the file they came from."""
        keep = chosen or self.scenario.currentData()
        self.scenario.clear()
        for scenario in self.scenarios:
            mine = "" if scenario.id in self.shipped_ids else f" - {Path(scenario.source).name}"
            self.scenario.addItem(f"{scenario.title} ({scenario.difficulty}){mine}", scenario)
        index = next((i for i, s in enumerate(self.scenarios)
                      if keep is not None and s.id == keep.id), 0)
        self.scenario.setCurrentIndex(index)

    # ------------------------------------------------------------------ scenarios
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder of scenario files"))
        if chosen:
            self.add_scenario_folder(Path(chosen))

    def add_scenario_folder(self, folder: Path) -> None:
        """Read a folder's scenarios off the GUI thread; files that do not load are listed
        with their errors when the folder has been read."""
        self._say(tr("Reading the scenario files in {folder}...").format(folder=folder))
        self.files.ask(f"folder {folder}", lambda: (folder, *user_scenarios(folder)))

    def _folder_read(self, _tag: str, value: object, error: str | None) -> None:
        if error is not None:
            self._say(tr("Could not read the scenario folder: {problem}").format(problem=error),
                      bad=True)
            return
        assert isinstance(value, tuple)
        folder, loaded, errors = value
        refused = [problem for problem in (self._take(s) for s in loaded) if problem]
        self._fill_scenarios()
        problems = errors + refused
        self._say(tr("Added {scenarios} from {folder}.").format(
            scenarios=tr("%n scenarios", "", len(loaded) - len(refused)), folder=folder)
                  + ("<br>" + tr("Not loaded:") + "<br>" + "<br>".join(problems)
                     if problems else ""),
                  bad=bool(problems))
        self.folder_read.emit(problems)

    def add_scenario(self, scenario: Scenario) -> None:
        """List a trainer's scenario (one the scenario editor has just saved) and choose it;
        an earlier version of it (the same short name) is replaced."""
        problem = self._take(scenario)
        if problem is not None:
            self._say(tr("Not listed: {problem}").format(problem=problem), bad=True)
            return
        self._fill_scenarios(scenario)
        self._say(tr("'{title}' from {file} is listed and chosen: set the number of stations "
                     "and press Open.").format(title=scenario.title,
                                               file=Path(scenario.source).name))

    def _take(self, scenario: Scenario) -> str | None:
        """Add or replace a trainer's scenario; why not, for one named as a shipped one (its
        stations and its trainee records would be taken for the shipped scenario's)."""
        problem = shipped_name_problem(scenario.id)
        if problem is not None:
            return f"{scenario.source}: scenario.id: {problem}"
        self.scenarios = [s for s in self.scenarios if s.id != scenario.id] + [scenario]
        return None

    # ------------------------------------------------------------------ stations
    def open_stations(self) -> None:
        """Ask the classroom for new stations (it starts on the first Open)."""
        scenario: Scenario = self.scenario.currentData()
        where = ({"scenario": scenario.id} if scenario.id in self.shipped_ids
                 else {"scenario_file": scenario.source})
        key_file = self.key_file.path()
        if key_file is not None:
            where["key_file"] = str(key_file)  # read by the classroom, never here
        if self._number_refused(self.count):
            return
        self._say(tr("Opening {stations} for '{title}'...").format(
            stations=tr("%n stations", "", self.count.value()), title=scenario.title))
        self.link.call("Open", "open", count=self.count.value(),
                       speed=speed_for(self.speed.value()), network=self.network.isChecked(),
                       **where)

    def _selected_names(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r].name for r in rows if r < len(self.rows)]

    def selected(self) -> list[StationRow]:
        """The selected rows, or every row when none is selected."""
        names = set(self._selected_names())
        return [r for r in self.rows if r.name in names] or list(self.rows)

    def _focus(self) -> str | None:
        """The station whose every action the panel lists (the first selected)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return self.rows[rows[0]].name if rows and rows[0] < len(self.rows) else None

    def _command(self, verb: str, op: str, **args) -> None:
        if not self.rows:
            self._say(tr("Open stations first."), bad=True)
            return
        self.link.call(verb, op, stations=[r.name for r in self.selected()], **args)

    def start(self) -> None:
        self._command("Start", "start")

    def pause(self) -> None:
        self._command("Pause", "pause")

    def resume(self) -> None:
        self._command("Resume", "resume")

    def end(self) -> None:
        """End and score; with trainee records, the instructor confirms who is where."""
        ending = [r.name for r in self.selected()
                  if r.state not in (StationState.ENDED, StationState.CRASHED)]
        if self.records is not None and ending:
            chosen = self.confirm_trainees(ending)
            if chosen is None:
                self._say(tr("Nothing was ended: the trainees were not confirmed."))
                return
            self._take_trainees(chosen)
            self._to_record |= {name for name in ending if name in self.trainees}
            self._recorded_now = []
        self._command("End and score", "end")

    def edit_trainees(self) -> None:
        """Say who sits at the selected stations (asked again at End and score)."""
        stations = [r.name for r in self.selected()]
        if not stations:
            self._say(tr("Open stations first."), bad=True)
            return
        chosen = self.confirm_trainees(stations, confirm_text=QT_TR_NOOP("Keep these trainees"))
        if chosen is None:
            return
        self._take_trainees(chosen)
        named = [station for station in stations if station in self.trainees]
        self._say(tr("Trainees noted for {stations}: their runs are recorded at End and "
                     "score.").format(stations=", ".join(named)) if named else
                  tr("No trainee noted: the selected stations' runs are scored without being "
                     "recorded."))

    def _take_trainees(self, chosen: dict[str, Trainee | None]) -> None:
        for station, trainee in chosen.items():
            if trainee is None:
                self.trainees.pop(station, None)
            else:
                self.trainees[station] = trainee
        self.show_rows(self.rows)  # the Trainee column

    def confirm_trainees(self, stations: list[str], confirm_text: str = SCORE_AND_RECORD,
                         ) -> dict[str, Trainee | None] | None:
        """Ask who is at each station (None when the instructor cancels)."""
        dialog = TraineeDialog(stations, self.trainees, self, confirm_text=confirm_text)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()  # a new one each time: the panel does not keep them all
        return chosen if accepted else None

    def jump(self, seconds: float) -> None:
        self._command("Jump", "jump", seconds=seconds)

    def inject(self, kind: EventKind, **args) -> None:
        if kind is EventKind.OVER_INFUSION and self._number_refused(self.over):
            return
        self._command(f"Inject {kind.value.replace('_', ' ')}", "inject", kind=kind.value,
                      **args)

    def inject_mri(self) -> None:
        """An MRI scan starting now at the selected stations, with the restart chosen."""
        resume: MriResume = self.mri_resume.currentData()
        args = {"minutes": self.mri_minutes.value(), "resume": resume.value}
        if resume is MriResume.DELAYED:
            args["delay_hours"] = self.mri_delay.value()
        words = next(w for r, _label, w in MRI_RESUMES if r is resume)
        self._mri_words = tr("a {minutes} min scan; {restart}").format(
            minutes=args["minutes"], restart=tr(words).format(hours=args.get("delay_hours")))
        self._command("MRI scan", "inject", kind=EventKind.MRI.value, **args)

    def close_ended(self) -> None:
        done = [r.name for r in self.selected()
                if r.state in (StationState.ENDED, StationState.CRASHED)]
        if not done:
            self._say(tr("No ended or crashed station to close; end and score it first."),
                      bad=True)
            return
        self.link.call("Close ended", "close", stations=done)

    def restart(self) -> None:
        crashed = [r for r in self.selected() if r.state is StationState.CRASHED]
        if not crashed:
            self._say(tr("No crashed station is selected; only a crashed station restarts."),
                      bad=True)
            return
        for row in crashed:
            self.link.call("Restart", "restart", station=row.name)

    def _speed_moved(self, position: int) -> None:
        self.speed_label.setText(speed_text(speed_for(position)))
        self.speed_settle.start()

    def _send_speed(self) -> None:
        if self.rows:
            self._command("Speed", "speed", speed=speed_for(self.speed.value()))

    def _connect_here(self) -> None:
        rows = [r for r in self.selected()
                if r.state not in (StationState.ENDED, StationState.CRASHED)]
        if rows:
            self.connect_here.emit(rows[0].url, rows[0].key_file)

    def _answered(self, answer: Answer) -> None:
        """A call's outcome: every station it reached, and in words what happened."""
        if answer.tag == "Save debrief":
            self._saved(answer)
            return
        if answer.tag.startswith(RECORD_TAG):
            if answer.error is not None:
                self._say(tr("{station} was scored but NOT "
                             "recorded: {error}").format(
                    station=answer.tag.removeprefix(RECORD_TAG), error=answer.error), bad=True)
            return
        if answer.tag == "End and score":
            for row in answer.rows:
                if row.objectives is not None and row.name in self._to_record:
                    self._to_record.discard(row.name)
                    self._record(row.name)
        if answer.tag == "Close ended" and answer.error is None:
            self.table.clearSelection()
            self.show_rows(list(answer.rows))  # the stations that remain
        else:
            self._merge(list(answer.rows))
        if answer.error is not None:
            self._say(f"{answer.tag}: {answer.error}", bad=True)
        elif answer.problems:
            self._say("<br>".join(answer.problems), bad=True)
        else:
            key_file = next((r.key_file for r in answer.rows if r.key_file), "")
            done = DONE.get(answer.tag)
            self._say(tr(done).format(
                stations=tr("%n stations", "", len(answer.rows)),
                keyed=(tr(", keyed with {path} (give trainees a copy)").format(path=key_file)
                       if key_file else ""),
                names=", ".join(r.name for r in answer.rows), mri=self._mri_words) if done
                else tr("{verb}: done.").format(verb=answer.tag))
        self.refresh_soon()

    # ------------------------------------------------------------------ watching
    def _read_failed(self, text: str) -> None:
        if not self.link.client.started:
            self.show_rows([])  # the classroom has gone, and its stations with it
        self._say(text, bad=True)

    def refresh_soon(self) -> None:
        """Read now (off the GUI thread) rather than at the next tick."""
        self.link.request(self._focus(), fresh=True)

    def _selection_changed(self) -> None:
        """Show what is known of the newly chosen station now; its actions follow a read."""
        self.trainee_actions.clear()
        self.commands_box.setTitle(commands_reach(self._selected_names()))
        focus = self._focus()
        self._show_detail(next((r for r in self.rows if r.name == focus), None))
        self.refresh_soon()

    def _merge(self, rows: list[StationRow]) -> None:
        if not rows:
            return
        known = {r.name: i for i, r in enumerate(self.rows)}
        merged = list(self.rows)
        for row in rows:
            if row.name in known:
                merged[known[row.name]] = row
            else:
                merged.append(row)
        self.show_rows(merged)

    def show_rows(self, rows: list[StationRow]) -> None:
        """Draw the rows; only the cells whose text changed touch Qt (60 rows, 4 Hz)."""
        self.rows = list(rows)
        resized = len(self._texts) != len(rows)
        if resized:
            self.table.setRowCount(len(rows))
            self._texts, self._items = self._texts[:len(rows)], self._items[:len(rows)]
            for number in range(len(self._texts), len(rows)):
                self._items.append([QTableWidgetItem() for _ in COLUMNS])
                for column, item in enumerate(self._items[-1]):
                    self.table.setItem(number, column, item)
                self._texts.append([""] * len(COLUMNS))
        metrics = self.table.fontMetrics()
        narrow: set[int] = set()
        for number, row in enumerate(rows):
            shown = self._texts[number]
            for column, text in enumerate(self._cells(row)):
                if shown[column] == text:
                    continue
                shown[column] = text
                item = self._items[number][column]
                item.setText(text)
                if (column != LAST_ACTION_COLUMN and metrics.horizontalAdvance(text)
                        + CELL_PADDING_PX > self.table.columnWidth(column)):
                    narrow.add(column)
                if column == STATE_COLUMN:
                    crashed = row.state is StationState.CRASHED
                    item.setForeground(QBrush(QColor(CRITICAL)) if crashed else QBrush())
                elif column == LAST_ACTION_COLUMN:
                    item.setToolTip(text)  # elided in a narrow window
                elif column == CONNECT_COLUMN:
                    item.setToolTip(tr("{url} with the key file {key_file}").format(url=row.url,
                        key_file=row.key_file)
                                    if row.key_file else tr("{url} (no key)").format(url=row.url))
        if resized:
            self.table.resizeColumnsToContents()  # headers included; rare (open, close)
            self.last_action_fill.fill()
        else:
            for column in narrow:
                self.table.resizeColumnToContents(column)
        focus = self._focus()
        self._show_detail(next((r for r in rows if r.name == focus), None))

    def _cells(self, row: StationRow) -> list[str]:
        alarms = ", ".join(alarm_title(a) for a in row.alarms) or tr("none")
        last = sentence(row.last_action) if row.last_action else tr("not connected yet")
        state = tr(STATE_WORDS[row.state])
        if row.link_down:
            state = tr("{state} - link down").format(state=state)
        if row.problem and row.state is not StationState.CRASHED:  # the story under the list
            state = tr("{state} - not answering").format(state=tr(STATE_WORDS[row.state]))
        score = row.score
        trainee = self.trainees.get(row.name)
        return [row.name, f"{trainee.display_name} ({trainee.pseudonym})" if trainee else "",
                _address(row), state,
                style.moment(row.pump_clock), speed_text(row.speed),
                style.Quantity.ML.number(ml(row.reservoir_nl)),
                f"{style.Quantity.MCG_PER_DAY.number(mcg(row.daily_dose_ng))} "
                f"({mode_words(row.mode)})",
                alarms, last, style.score(*score) if score else ""]

    def _show_detail(self, row: StationRow | None) -> None:
        if row is None:
            self.trainee_actions.clear()
            self.result.setText("")
            return
        if row.actions is not None:
            lines = [f"{elapsed(row.started_at, a.at)}  {sentence(a)}" for a in row.actions]
            listed = self.trainee_actions
            if [listed.item(i).text() for i in range(listed.count())] != lines:
                self.trainee_actions.clear()
                self.trainee_actions.addItems(lines)
                self.trainee_actions.scrollToBottom()
        head = (tr("{station}: %n scripted events to come; a syringe would withdraw {volume} "
                   "now.", "", row.events_left).format(
                    station=row.name, volume=style.millilitres(ml(row.true_residual_nl)))
                + (" " + tr("Keyed: a console connects with the key file {path}.").format(
                    path=row.key_file) if row.key_file else ""))
        if row.problem:
            head = coloured(f"{row.name}: {row.problem}.", CRITICAL)
        score = row.score
        if score is None or row.objectives is None:
            self.result.setText(head)
            return
        self.result.setText(
            "<b>" + tr("{name}: {score}").format(name=row.name, score=style.score(*score))
            + "</b><br>"
            + "<br>".join(
                coloured(f"{'&#10003;' if o.passed else '&#10007;'} {o.text}",
                         OK if o.passed else CRITICAL) + f": {o.feedback}"
                for o in row.objectives))

    # ------------------------------------------------------------------ debrief
    def save_debrief(self) -> None:
        """The selected ended station's debrief: JSON for replay, PDF for the trainee.

        The names are asked here; reading the station's actions and writing both files
        run off the GUI thread, and the outcome is said in the message line.
        """
        row = next((r for r in self.selected() if r.objectives is not None), None)
        if row is None:
            self._say(tr("End and score a station first; its debrief is saved from here."),
                      bad=True)
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the debrief"), str(Path.home() / f"debrief-{row.name}.json"),
            tr("Debrief (*.json)"))
        if not chosen:
            return
        trainee, given = QInputDialog.getText(self, tr("Debrief"), tr("Trainee's name:"))
        if not given:
            return
        path = Path(chosen).with_suffix(".json")
        client = self.link.client

        def save() -> Path:
            debrief = ended_debrief(client, row.name, trainee.strip() or tr("(not given)"))
            save_debrief(debrief, path)
            write_debrief_pdf(debrief, path.with_suffix(".pdf"))
            return path

        self._say(tr("Saving the debrief of {name}...").format(name=row.name))
        self.link.run("Save debrief", save, expected=(OSError, DebriefError))

    # ------------------------------------------------------------------ records
    def _record(self, station: str) -> None:
        """File a scored run: its debrief JSON beside the records, then the run itself."""
        records, trainee, client = self.records, self.trainees[station], self.link.client
        assert records is not None

        def work() -> None:
            run = file_run(client, station, trainee, records.path.parent, datetime.now(UTC))
            records.record(f"{RECORDS_ANSWER}{station}", run)

        self.link.run(f"{RECORD_TAG}{station}", work,
                      expected=(OSError, DebriefError, RecordError))

    def _recorded(self, tag: str, _run_id: object, error: str | None) -> None:
        if not tag.startswith(RECORDS_ANSWER):
            return
        station = tag.removeprefix(RECORDS_ANSWER)
        trainee = self.trainees.get(station)
        who = f"{trainee.display_name} ({trainee.pseudonym})" if trainee else station
        if error is None:
            self._recorded_now.append(tr("{who} at {station}").format(who=who, station=station))
            self._say(tr("Recorded in the trainee records: {runs}.").format(
                runs=", ".join(self._recorded_now)))
        else:
            self._say(tr("{station}: the run of {who} was scored but NOT recorded: {error}").format(
                station=station, who=who, error=error),
                      bad=True)

    def _saved(self, answer: Answer) -> None:
        if answer.error is not None:
            self._say(tr("Could not save the debrief: {error}").format(error=answer.error),
                      bad=True)
        else:
            path: Path = answer.value
            self._say(tr("Saved {path} and {name}.").format(path=path,
                name=path.with_suffix('.pdf').name))

    def _number_refused(self, field: WholeSpinBox) -> bool:
        """A number field holding a refused text: said, and nothing asked of the classroom."""
        refused = field.reason()
        if refused:
            self._say(refused, bad=True)
        return bool(refused)

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(coloured(text, CRITICAL if bad else OK))

    def closeEvent(self, event) -> None:
        """The classroom ends with the panel: its stations stop serving."""
        self.timer.stop()
        self.speed_settle.stop()
        self.link.close()
        super().closeEvent(event)
