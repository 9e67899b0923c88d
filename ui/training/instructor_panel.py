"""The instructor's panel: open stations, run the scenario, inject faults, watch, score.

One row per station (one trainee each, or the instructor's own console). The panel
reads every station's pump four times a second; stations are in this process and a
read holds a pump's lock for about a millisecond, never waiting on a link.
"""

from __future__ import annotations

import math
from pathlib import Path

from itb_console.console.actions import ActionLog
from itb_console.console.training.assessment import Assessment
from itb_console.console.training.classroom import ALL_INTERFACES, LOOPBACK, MAX_STATIONS, Classroom
from itb_console.console.training.debrief import Debrief, save_debrief
from itb_console.console.training.debrief_text import elapsed, sentence
from itb_console.console.training.scenario_runner import (
    MAX_SPEED,
    Station,
    StationError,
    StationState,
    StationView,
)
from itb_console.console.training.scenarios import (
    EventKind,
    Scenario,
    ScenarioEvent,
    shipped_scenarios,
    user_scenarios,
)
from itb_console.console.training.station_watcher import StationWatcher, read_stations
from itb_console.device.clock import ClockError
from itb_console.device.pump_api import AlarmCode, PumpError
from itb_console.device.units import mcg, ml
from itb_console.ui.reports.debrief_pdf import write_debrief_pdf
from itb_console.ui.style import CRITICAL, OK, TRAINING_MARK
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

REFRESH_MS = 250
COLUMNS = ["Station", "Connect to", "State", "Pump time", "Speed", "Reservoir (mL)",
           "Dose (mcg/day)", "Alarms", "Last action", "Score"]
JUMPS = (("+1 h", 3600), ("+1 day", 86_400), ("+1 week", 7 * 86_400), ("+30 days", 30 * 86_400))
SLIDER_STEPS_PER_DECADE = 20  # x1 .. x1,000,000 in 120 smooth steps


def speed_for(position: int) -> float:
    """Slider position to speed on a log scale, rounded to two significant figures."""
    return min(MAX_SPEED, float(f"{10 ** (position / SLIDER_STEPS_PER_DECADE):.2g}"))


def position_for(speed: float) -> int:
    return round(math.log10(speed) * SLIDER_STEPS_PER_DECADE)


class InstructorPanel(QWidget):
    """Stations, time, faults, the trainee's actions and the scores."""

    connect_here = Signal(str)  # a station URL for this computer's own console

    def __init__(self, parent: QWidget | None = None,
                 scenario_folder: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"Instructor - {TRAINING_MARK}")
        self.resize(1280, 720)
        self.classroom = Classroom()
        self.assessments: dict[str, Assessment] = {}
        self.scenarios: list[Scenario] = shipped_scenarios()
        self._build()
        if scenario_folder is not None:
            self.add_scenario_folder(scenario_folder)
        self.watcher = StationWatcher(self)
        self.watcher.views_ready.connect(self.show_views)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.watcher.request(self.classroom.stations))
        self.timer.start()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = QLabel(f"{TRAINING_MARK} - instructor's panel")
        banner.setObjectName("banner")
        layout.addWidget(banner)
        layout.addWidget(self._setup_box())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Stations")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Last action"), QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.refresh_soon)
        splitter.addWidget(self.table)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._control_box(), 0)
        watch = QGroupBox("Trainee's actions (selected station, as its pump saw them)")
        watch_layout = QVBoxLayout(watch)
        self.trainee_actions = QListWidget()
        self.trainee_actions.setAccessibleName("The selected trainee's actions")
        watch_layout.addWidget(self.trainee_actions)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        watch_layout.addWidget(self.result)
        row.addWidget(watch, 1)
        splitter.addWidget(lower)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Instructor messages")
        layout.addWidget(self.message)

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox("Open stations")
        row = QHBoxLayout(box)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName("Scenario")
        self._fill_scenarios()
        row.addWidget(QLabel("Scenario:"))
        row.addWidget(self.scenario, 1)
        folder = QPushButton("Add folder...")
        folder.setToolTip("Add the scenario files (.toml) of a folder")
        folder.clicked.connect(self._choose_folder)
        row.addWidget(folder)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_STATIONS)
        self.count.setAccessibleName("Number of stations")
        row.addWidget(QLabel("Stations:"))
        row.addWidget(self.count)
        self.network = QCheckBox("Open to the classroom network")
        self.network.setToolTip("Trainees on other computers can connect. The link has no "
                                "password: use only on a closed training network.")
        row.addWidget(self.network)
        self.open_button = QPushButton("Open")
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_stations)
        row.addWidget(self.open_button)
        return box

    def _control_box(self) -> QGroupBox:
        box = QGroupBox("Selected stations (none selected: all)")
        grid = QGridLayout(box)
        buttons = (("Start", self.start), ("Pause", self.pause), ("Resume", self.resume),
                   ("End and score", self.end))
        for column, (text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(slot)
            grid.addWidget(button, 0, column)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, position_for(MAX_SPEED))
        self.speed.setAccessibleName("Pump time speed")
        self.speed_label = QLabel("x1")
        self.speed.valueChanged.connect(self._speed_moved)
        grid.addWidget(QLabel("Speed:"), 1, 0)
        grid.addWidget(self.speed, 1, 1, 1, 2)
        grid.addWidget(self.speed_label, 1, 3)
        jumps = QHBoxLayout()
        for text, seconds in JUMPS:
            button = QPushButton(text)
            button.setToolTip(f"Jump pump time {text[1:]} ahead; events on the way fire")
            button.clicked.connect(lambda _c=False, s=seconds: self.jump(s))
            jumps.addWidget(button)
        grid.addWidget(QLabel("Jump:"), 2, 0)
        grid.addLayout(jumps, 2, 1, 1, 3)
        self.alarm = QComboBox()
        for code in AlarmCode:
            self.alarm.addItem(code.value.replace("_", " "), code)
        raise_alarm = QPushButton("Raise alarm")
        raise_alarm.clicked.connect(
            lambda: self.inject(ScenarioEvent(0, EventKind.ALARM, alarm=self.alarm.currentData())))
        grid.addWidget(QLabel("Inject:"), 3, 0)
        grid.addWidget(self.alarm, 3, 1, 1, 2)
        grid.addWidget(raise_alarm, 3, 3)
        self.over = QSpinBox()
        self.over.setRange(1, 200)
        self.over.setValue(20)
        self.over.setSuffix(" % more")
        over = QPushButton("Over-infuse")
        over.clicked.connect(lambda: self.inject(
            ScenarioEvent(0, EventKind.OVER_INFUSION, percent=self.over.value())))
        stall = QPushButton("Motor stall")
        stall.clicked.connect(lambda: self.inject(ScenarioEvent(0, EventKind.MOTOR_STALL)))
        drop = QPushButton("Drop link at next send")
        drop.clicked.connect(lambda: self.inject(ScenarioEvent(0, EventKind.LINK_DROP)))
        grid.addWidget(self.over, 4, 1)
        grid.addWidget(over, 4, 2)
        grid.addWidget(stall, 4, 3)
        grid.addWidget(drop, 5, 1, 1, 2)
        here = QPushButton("Connect this console")
        here.setToolTip("Connect the console on this computer to the selected station")
        here.clicked.connect(self._connect_here)
        grid.addWidget(here, 5, 3)
        save = QPushButton("Save debrief...")
        save.clicked.connect(self.save_debrief)
        grid.addWidget(save, 6, 3)
        return box

    def _fill_scenarios(self) -> None:
        self.scenario.clear()
        for scenario in self.scenarios:
            self.scenario.addItem(f"{scenario.title} ({scenario.difficulty})", scenario)

    # ------------------------------------------------------------------ scenarios
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder of scenario files")
        if chosen:
            self.add_scenario_folder(Path(chosen))

    def add_scenario_folder(self, folder: Path) -> list[str]:
        """Add a folder's scenarios; files that do not validate are listed, not loaded."""
        loaded, errors = user_scenarios(folder)
        known = {s.id for s in self.scenarios}
        self.scenarios += [s for s in loaded if s.id not in known]
        self._fill_scenarios()
        self._say(f"Added {len(loaded)} scenario(s) from {folder}."
                  + ("<br>Not loaded:<br>" + "<br>".join(errors) if errors else ""),
                  bad=bool(errors))
        return errors

    # ------------------------------------------------------------------ stations
    def open_stations(self) -> list[Station]:
        scenario: Scenario = self.scenario.currentData()
        bind = ALL_INTERFACES if self.network.isChecked() else LOOPBACK
        try:
            opened = self.classroom.open(scenario, self.count.value(),
                                         speed=speed_for(self.speed.value()), bind=bind)
        except StationError as error:
            self._say(str(error), bad=True)
            return []
        self._say(f"Opened {len(opened)} station(s) for '{scenario.title}'. Trainees connect "
                  "their console to the address in 'Connect to'; press Start when ready.")
        self.refresh_soon()
        return opened

    def selected(self) -> list[Station]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        stations = self.classroom.stations
        return [stations[r] for r in rows if r < len(stations)] or list(stations)

    def _each(self, verb: str, act) -> None:
        problems = []
        for station in self.selected():
            try:
                act(station)
            except (StationError, ClockError, PumpError, ValueError) as error:
                problems.append(f"{station.name}: {error}")
        self._say("<br>".join(problems) if problems else f"{verb}: done.", bad=bool(problems))
        self.refresh_soon()

    def start(self) -> None:
        self._each("Start", lambda s: s.start() if s.state is StationState.READY else None)

    def pause(self) -> None:
        self._each("Pause", lambda s: s.pause() if s.state is StationState.RUNNING else None)

    def resume(self) -> None:
        self._each("Resume", lambda s: s.resume() if s.state is StationState.PAUSED else None)

    def end(self) -> None:
        def end_one(station: Station) -> None:
            if station.state is not StationState.ENDED:
                self.assessments[station.name] = station.end()
        self._each("End and score", end_one)

    def jump(self, seconds: float) -> None:
        self._each("Jump", lambda s: s.jump(seconds))

    def inject(self, event: ScenarioEvent) -> None:
        self._each(f"Inject {event.kind.value.replace('_', ' ')}", lambda s: s.apply(event))

    def _speed_moved(self, position: int) -> None:
        speed = speed_for(position)
        self.speed_label.setText(f"x{speed:,.0f}" if speed >= 10 else f"x{speed:g}")
        self._each("Speed", lambda s: s.set_speed(speed)
                   if s.state is not StationState.ENDED else None)

    def _connect_here(self) -> None:
        stations = [s for s in self.selected() if s.state is not StationState.ENDED]
        if stations:
            self.connect_here.emit(stations[0].url)

    # ------------------------------------------------------------------ watching
    def refresh_soon(self) -> None:
        """Show the effect of a click without waiting for the next tick (read off-thread)."""
        self.watcher.request(self.classroom.stations, fresh=True)

    def refresh(self) -> None:
        """Read and draw now, on this thread: for scripts and pictures that must not wait."""
        self.watcher.invalidate()
        self.show_views(read_stations(self.classroom.stations))

    def show_views(self, views: list[StationView]) -> None:
        names = [s.name for s in self.classroom.stations]
        views = [v for v in views if v.name in names]  # a read from before a change
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            for column, text in enumerate(self._cells(view)):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
        chosen = self.selected()
        self._show_actions(next((v for v in views if chosen and v.name == chosen[0].name),
                                None))

    def _cells(self, view: StationView) -> list[str]:
        status = view.status
        assessment = self.assessments.get(view.name)
        alarms = ", ".join(a.code.value.replace("_", " ") for a in status.alarms) or "none"
        last = sentence(view.actions[-1]) if view.actions else "not connected yet"
        return [view.name, view.url.removeprefix("socket://"),
                view.state.value + (" - link down" if view.link_down else ""),
                f"{status.pump_clock:%d %b %H:%M}",
                f"x{view.speed:,.0f}" if view.speed >= 10 else f"x{view.speed:g}",
                f"{ml(status.reservoir_nl):.2f}",
                f"{mcg(status.program.daily_dose_ng):.1f} ({status.program.mode.value})",
                alarms, last,
                f"{assessment.score}/{assessment.max_score}" if assessment else ""]

    def _show_actions(self, view: StationView | None) -> None:
        if view is None:
            self.trainee_actions.clear()
            self.result.setText("")
            return
        lines = [f"{elapsed(view.started_at, a.at)}  {sentence(a)}" for a in view.actions]
        listed = self.trainee_actions
        if [listed.item(i).text() for i in range(listed.count())] != lines:
            self.trainee_actions.clear()
            self.trainee_actions.addItems(lines)
            self.trainee_actions.scrollToBottom()
        assessment = self.assessments.get(view.name)
        if assessment is None:
            self.result.setText(f"{view.name}: {view.events_left} scripted event(s) to come.")
            return
        self.result.setText(
            f"<b>{view.name}: {assessment.score}/{assessment.max_score} "
            f"({assessment.percent:.0f} %)</b><br>" + "<br>".join(
                f"<span style='color:{OK if r.passed else CRITICAL}'>"
                f"{'&#10003;' if r.passed else '&#10007;'} {r.objective.text}</span>: "
                f"{r.feedback}" for r in assessment.results))

    # ------------------------------------------------------------------ debrief
    def save_debrief(self) -> Path | None:
        """The selected ended station's debrief: JSON for replay, PDF for the trainee."""
        station = next((s for s in self.selected() if s.name in self.assessments), None)
        if station is None:
            self._say("End and score a station first; its debrief is saved from here.",
                      bad=True)
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save the debrief", str(Path.home() / f"debrief-{station.name}.json"),
            "Debrief (*.json)")
        if not chosen:
            return None
        trainee, given = QInputDialog.getText(self, "Debrief", "Trainee's name:")
        if not given:
            return None
        view = station.view()
        debrief = Debrief.from_assessment(
            self.assessments[station.name], ActionLog(list(view.actions)),
            trainee=trainee.strip() or "(not given)", station=station.name,
            started_at=view.started_at, ended_at=view.status.world_time)
        path = Path(chosen).with_suffix(".json")
        try:
            save_debrief(debrief, path)
            write_debrief_pdf(debrief, path.with_suffix(".pdf"))
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, "Debrief", f"Could not save: {error}")
            return None
        self._say(f"Saved {path} and {path.with_suffix('.pdf').name}.")
        return path

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(f"<span style='color:{CRITICAL if bad else OK}'>{text}</span>")

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.watcher.wait()
        self.classroom.close()
        super().closeEvent(event)
