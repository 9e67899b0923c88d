"""A full classroom: 60 stations, each in its own process, at x1,000,000, read every tick.

The instructor panel starts itb-classroom and opens 60 stations; each tick reads them all
over the control connection (on the panel's read thread in real use; here timed on its
own) and the GUI thread only draws the rows. Then a simulated workshop day: three
scenario rounds of open, start, trainees connecting and acting, jumps, faults, end,
debriefs and close, read every tick throughout; the instructor's and every station's
memory are compared between the start and the end of the day.

Baselines, measured in the same run: the bare cost of 60 status reads on in-process pump
models at x1,000,000 (what the old in-process panel paid on its read thread), and the
memory of the same processes after the first round's warm-up.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tempfile import TemporaryDirectory
from unittest.mock import patch

from itb_console.console.training import classroom_link
from itb_console.console.training.classroom_protocol import MAX_STATIONS, StationRow
from itb_console.console.training.scenario_runner import scenario_model
from itb_console.console.training.scenarios import EventKind, shipped_scenarios
from itb_console.device.clock import ScaledClock
from itb_console.device.serial_pump import SerialPump
from itb_console.ui.training.instructor_panel import InstructorPanel, position_for
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from bench import Figure

SPEED = 1_000_000
TICKS = 60  # timed ticks for the per-tick figures (15 s of the panel's own timer)
ROUNDS = ("routine-refill", "refill-discrepancy", "catheter-priming")
ROUND_TICKS = 180  # 45 s of 250 ms ticks per round (run back to back)
TRAINEES_AT_ONCE = 8
WAIT_S = 120.0


def _rss_kib(pid: int | str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise OSError(f"no VmRSS for {pid}")


def _wait_until(ready) -> None:
    deadline = time.monotonic() + WAIT_S
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the classroom did not answer in time")
        QApplication.processEvents()
        time.sleep(0.002)


class _Instructor:
    """Clicks on the real panel and waits for the classroom's answer to arrive."""

    def __init__(self, panel: InstructorPanel) -> None:
        self.panel = panel
        self.answers: list = []
        panel.link.answered.connect(self.answers.append)

    def click(self, action) -> None:
        before = len(self.answers)
        action()
        _wait_until(lambda: len(self.answers) > before)
        answer = self.answers[-1]
        if answer.error is not None:
            raise RuntimeError(f"{answer.tag}: {answer.error}")

    def tick(self) -> tuple[float, list[StationRow]]:
        """One tick timed on its own: the read (ms) and the rows, then drawn."""
        began = time.perf_counter()
        rows = self.panel.link.read_rows(self.panel._focus())
        read_ms = (time.perf_counter() - began) * 1000
        if isinstance(rows, str):
            raise RuntimeError(rows)
        self.panel.show_rows(rows)
        QApplication.processEvents()
        return read_ms, rows

    def in_use(self, ticks: int) -> list[float]:
        """The panel on its own timer, reads on its pool thread: the GUI thread's work
        per tick (drawing the rows and repainting the panel, ms)."""
        panel, spent = self.panel, []

        def timed(rows: list[StationRow]) -> None:
            began = time.perf_counter()
            panel.show_rows(rows)
            # paint what the new texts made dirty now, so the paint is counted in this tick
            QApplication.sendPostedEvents(panel, QEvent.Type.UpdateRequest)
            spent.append((time.perf_counter() - began) * 1000)

        panel.link.rows_ready.disconnect(panel.show_rows)
        panel.link.rows_ready.connect(timed)
        panel.timer.start()
        _wait_until(lambda: len(spent) >= ticks)
        panel.timer.stop()
        _wait_until(lambda: not panel.link.reading)
        panel.link.rows_ready.disconnect(timed)
        panel.link.rows_ready.connect(panel.show_rows)
        return spent


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _bare_reads_ms() -> float:
    """60 status reads on in-process pump models at x1,000,000, per tick."""
    scenario = shipped_scenarios()[0]
    start = scenario.pump.start_local.timestamp()
    models = [scenario_model(scenario.pump, ScaledClock(start, SPEED))
              for _ in range(MAX_STATIONS)]
    began = time.perf_counter()
    for _ in range(TICKS):
        for model in models:
            model.status()
    return (time.perf_counter() - began) * 1000 / TICKS


def _trainee(row: StationRow, number: int) -> None:
    pump = SerialPump(row.url, timeout_s=2.0)
    try:
        pump.open_session()
        pump.interrogate()
        pump.note("report-printed", {"file": f"report-{number}.pdf"})
    finally:
        pump.close()


def _round(instructor: _Instructor, scenario_id: str, folder: Path, number: int,
           station_rss: dict[str, list[int]]) -> None:
    panel = instructor.panel
    panel.scenario.setCurrentIndex(next(i for i in range(panel.scenario.count())
                                        if panel.scenario.itemData(i).id == scenario_id))
    instructor.click(panel.open_stations)
    instructor.click(panel.start)
    with ThreadPoolExecutor(max_workers=TRAINEES_AT_ONCE) as trainees:
        for tick in range(ROUND_TICKS):
            _, rows = instructor.tick()
            if tick == 10:
                for row in rows:
                    station_rss.setdefault(row.name, []).append(_rss_kib(row.pid))
            if tick % 10 == 5:  # trainees on other computers act while the panel reads
                for row in rows[tick % 7::7]:
                    trainees.submit(_trainee, row, tick)
            if tick % 60 == 30:
                instructor.click(lambda: panel.jump(30 * 86_400))
                instructor.click(lambda: panel.inject(EventKind.MOTOR_STALL))
    for row in panel.rows:
        station_rss[row.name].append(_rss_kib(row.pid))
    instructor.click(panel.end)
    panel.table.selectRow(0)
    with (patch.object(QFileDialog, "getSaveFileName",
                       lambda *a, **k: (str(folder / f"debrief-{number}.json"), "")),
          patch.object(QInputDialog, "getText", lambda *a, **k: (f"Trainee {number}", True))):
        instructor.click(panel.save_debrief)
    panel.table.clearSelection()
    instructor.click(panel.close_ended)


def run() -> list[Figure]:
    _app = QApplication.instance() or QApplication([])
    bare_ms = _bare_reads_ms()
    announce = TemporaryDirectory()  # the bench neither takes over nor shows the user's classroom
    with patch.object(classroom_link, "default_announce_folder", lambda: Path(announce.name)):
        panel = InstructorPanel()
    panel.timer.stop()  # the bench ticks itself, as fast as the classroom answers
    panel.resize(1366, 768)
    panel.show()  # offscreen, but painted: the GUI figure includes the repaint
    panel.speed.setValue(position_for(SPEED))
    panel.count.setValue(MAX_STATIONS)
    instructor = _Instructor(panel)
    station_rss: dict[str, list[int]] = {}
    instructor_rss: list[int] = []
    try:
        with TemporaryDirectory() as folder:
            instructor.click(panel.open_stations)
            instructor.click(panel.start)
            for _ in range(5):
                instructor.tick()  # warm-up
            reads = [instructor.tick()[0] for _ in range(TICKS)]
            draws = instructor.in_use(TICKS)
            instructor.click(panel.end)
            instructor.click(panel.close_ended)
            for number, scenario_id in enumerate(ROUNDS):
                _round(instructor, scenario_id, Path(folder), number, station_rss)
                instructor_rss.append(_rss_kib("self"))
    finally:
        panel.close()
        announce.cleanup()
    first_round = [kib[0] for kib in station_rss.values()]
    last_round = [kib[-1] for kib in station_rss.values()]
    # (10 ticks in, end of round) for every station of every round; the worst growth
    start_kib, end_kib = max(((kib[i], kib[i + 1]) for kib in station_rss.values()
                              for i in range(0, len(kib) - 1, 2)),
                             key=lambda pair: pair[1] / pair[0])
    return [
        Figure(f"read per tick, {MAX_STATIONS} station processes at x1,000,000 (median)",
               statistics.median(reads), "ms", "bare in-process status reads", bare_ms,
               "< 250 ms (the tick)"),
        Figure("read per tick, 95th percentile", _p95(reads), "ms",
               "bare in-process status reads", bare_ms, "< 250 ms"),
        Figure("GUI thread per tick in use (60 rows drawn and painted, reads on the pool "
               "thread; median)", statistics.median(draws), "ms",
               "bare in-process status reads", bare_ms, "< 8 ms"),
        Figure("GUI thread per tick, 95th percentile", _p95(draws), "ms",
               "bare in-process status reads", bare_ms, "< 8 ms"),
        Figure(f"instructor RSS after a workshop day ({len(ROUNDS)} rounds of "
               f"{MAX_STATIONS} stations)", instructor_rss[-1] / 1024, "MiB",
               "after the first round", instructor_rss[0] / 1024, "flat (about 1x)"),
        Figure("a station's RSS at the end of its round (the station that grew most)",
               end_kib / 1024, "MiB", "the same station 10 ticks in", start_kib / 1024,
               "flat (about 1x)"),
        Figure("median station RSS in the last round of the day",
               statistics.median(last_round) / 1024, "MiB", "in the first round",
               statistics.median(first_round) / 1024, "flat (about 1x)"),
    ]
