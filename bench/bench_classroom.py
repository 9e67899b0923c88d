"""One instructor tick for a full classroom (30 stations running at x1,000,000).

Four times a second the stations are read on a pool thread (each pump computes the time
it skipped) and the GUI thread only draws the table. Figures: the read, and the GUI
thread's share, each against the bare cost of the same 30 status reads on the models.
"""

from __future__ import annotations

import time

from itb_console.console.training.classroom import MAX_STATIONS
from itb_console.console.training.station_watcher import read_stations
from itb_console.ui.training.instructor_panel import InstructorPanel, position_for
from PySide6.QtWidgets import QApplication

from bench import Figure

TICKS = 40


def run() -> list[Figure]:
    _app = QApplication.instance() or QApplication([])
    panel = InstructorPanel()
    panel.timer.stop()
    panel.speed.setValue(position_for(1_000_000))
    panel.count.setValue(MAX_STATIONS)
    stations = panel.open_stations()
    panel.start()
    try:
        began = time.perf_counter()
        for _ in range(TICKS):
            for station in stations:
                with station.lock:
                    station.model.status()
        bare_ms = (time.perf_counter() - began) * 1000 / TICKS
        read_ms = draw_ms = 0.0
        for _ in range(TICKS):
            began = time.perf_counter()
            views = read_stations(stations)
            middle = time.perf_counter()
            panel.show_views(views)
            read_ms += middle - began
            draw_ms += time.perf_counter() - middle
    finally:
        panel.close()
    per_tick = 1000 / TICKS
    return [Figure(f"station read on the pool thread, {MAX_STATIONS} at x1,000,000",
                   read_ms * per_tick, "ms", "bare status reads", bare_ms,
                   "under the 250 ms tick"),
            Figure("GUI thread per tick (table and actions)", draw_ms * per_tick, "ms",
                   "bare status reads", bare_ms, "well under 16 ms (one frame)")]
