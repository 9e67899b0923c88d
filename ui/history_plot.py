"""Delivery history: dose rate and reservoir over time, refills marked, the forecast ahead.

Years of minute-level samples are millions of points; the plot stays smooth because
pyqtgraph draws only what is in view (clip-to-view) at screen resolution (peak
downsampling keeps the spikes of a bolus visible when zoomed out).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

DOSE_PEN = pg.mkPen("#1f5fa8", width=1)
RESERVOIR_PEN = pg.mkPen("#2e7d32", width=1)
FORECAST_PEN = pg.mkPen("#2e7d32", width=2, style=Qt.PenStyle.DashLine)
REFILL_PEN = pg.mkPen("#7b1fa2", width=1, style=Qt.PenStyle.DotLine)
ALARM_PEN = pg.mkPen("#e65100", width=1, style=Qt.PenStyle.DashLine)


def _configure(plot: pg.PlotItem, y_label: str) -> None:
    plot.setLabel("left", y_label)
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    plot.getViewBox().setMouseEnabled(x=True, y=False)


class HistoryPlot(QWidget):
    """Two stacked plots sharing a date axis: dose (mcg/day) above, reservoir (mL) below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Delivery history plot")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.dose_plot = self.graphics.addPlot(row=0, col=0,
                                               axisItems={"bottom": pg.DateAxisItem()})
        self.reservoir_plot = self.graphics.addPlot(row=1, col=0,
                                                    axisItems={"bottom": pg.DateAxisItem()})
        _configure(self.dose_plot, "Dose (mcg/day)")
        _configure(self.reservoir_plot, "Reservoir (mL)")
        self.reservoir_plot.setXLink(self.dose_plot)
        self.dose_curve = self.dose_plot.plot(pen=DOSE_PEN, skipFiniteCheck=True)
        self.reservoir_curve = self.reservoir_plot.plot(pen=RESERVOIR_PEN, skipFiniteCheck=True)
        self.forecast_curve = self.reservoir_plot.plot(pen=FORECAST_PEN)
        self._markers: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)

    def set_history(
        self,
        times_s: np.ndarray,
        dose_mcg_per_day: np.ndarray,
        reservoir_ml: np.ndarray,
    ) -> None:
        """Samples at world times (UTC epoch seconds)."""
        self.dose_curve.setData(times_s, dose_mcg_per_day)
        self.reservoir_curve.setData(times_s, reservoir_ml)

    def set_forecast(self, times_s: Sequence[float], reservoir_ml: Sequence[float]) -> None:
        """The projected reservoir from now to empty (drawn dashed)."""
        self.forecast_curve.setData(np.asarray(times_s, float), np.asarray(reservoir_ml, float))

    def set_markers(self, refills_s: Sequence[float], alarm_ml: float | None) -> None:
        """Refills as dotted vertical lines, the low-reservoir alarm volume as a line."""
        for plot, marker in self._markers:
            plot.removeItem(marker)
        self._markers = []
        for when in refills_s:
            for plot in (self.dose_plot, self.reservoir_plot):
                line = pg.InfiniteLine(when, angle=90, pen=REFILL_PEN,
                                       label="refill", labelOpts={"position": 0.9})
                plot.addItem(line)
                self._markers.append((plot, line))
        if alarm_ml is not None:
            line = pg.InfiniteLine(alarm_ml, angle=0, pen=ALARM_PEN,
                                   label=f"alarm {alarm_ml:g} mL",
                                   labelOpts={"position": 0.05})
            self.reservoir_plot.addItem(line)
            self._markers.append((self.reservoir_plot, line))
