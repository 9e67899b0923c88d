"""History plot redraw: one year of minute-level samples, with and without downsampling.

The figure is the time to repaint the plot once (target at most 16 ms per frame), as a
ratio to the same repaint with downsampling and clip-to-view switched off.
"""

from __future__ import annotations

import os
import statistics
import time

import numpy as np

from bench import Figure

MINUTES_PER_YEAR = 365 * 1440
FRAMES = 15


def _one_year() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    start = 1_767_225_600.0  # 2026-01-01 UTC
    times = start + np.arange(MINUTES_PER_YEAR, dtype=float) * 60
    minute_of_day = np.arange(MINUTES_PER_YEAR) % 1440
    dose = np.where((minute_of_day >= 420) & (minute_of_day < 1320), 450.0, 350.0)
    reservoir = 20.0 - np.cumsum(dose / 2000 / 1440) % 18.0
    return times, dose, reservoir


def _median_repaint_ms(plot, pan: bool) -> float:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view = plot.dose_plot.getViewBox()
    samples = []
    for frame in range(FRAMES):
        if pan:
            view.translateBy(x=86_400 * (1 if frame % 2 else -1))
        app.processEvents()
        began = time.perf_counter()
        plot.graphics.viewport().repaint()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from itb_console.ui.history.history_plot import HistoryPlot
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    times, dose, reservoir = _one_year()
    results = {}
    for case in ("downsampled", "full", "empty"):
        plot = HistoryPlot()
        plot.resize(1200, 600)
        optimised = case != "full"
        for item in (plot.dose_plot, plot.reservoir_plot):
            item.setDownsampling(auto=optimised, mode="peak" if optimised else None)
            item.setClipToView(optimised)
        if case != "empty":
            plot.set_history(times, dose, reservoir)
        plot.show()
        results[case] = _median_repaint_ms(plot, pan=True)
        plot.close()
    name = "history repaint, 1 year of minute data (525,600 points x 2)"
    return [
        Figure(name, results["downsampled"], "ms", "same plot without downsampling",
               results["full"], "<= 16 ms per frame"),
        Figure(name, results["downsampled"], "ms", "same plot with no data (axes, grid)",
               results["empty"]),
    ]
