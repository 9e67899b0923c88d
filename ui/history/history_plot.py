"""Delivery history: daily dose and reservoir over time, refills marked, the forecast ahead.

Years of samples can be millions of points; the plot stays smooth because pyqtgraph draws
only what is in view (clip-to-view) at screen resolution (peak downsampling keeps short
spikes visible when zoomed out). Times are pump-clock seconds on a UTC date axis, so the
axis reads exactly as the pump's own clock, whatever this computer's time zone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from itb_console.console.time_ticks import one_day
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.ui.plot_axes import TimeAxis, axis_moment, dark_axes
from itb_console.ui.style import INK, plot_type_size
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

DOSE_PEN = pg.mkPen("#1f5fa8", width=2)
DOSE_AHEAD_PEN = pg.mkPen("#1f5fa8", width=2, style=Qt.PenStyle.DashLine)
RESERVOIR_PEN = pg.mkPen("#2e7d32", width=2)
FORECAST_PEN = pg.mkPen("#2e7d32", width=2, style=Qt.PenStyle.DashLine)
REFILL_PEN = pg.mkPen("#7b1fa2", width=1, style=Qt.PenStyle.DotLine)
ALARM_PEN = pg.mkPen("#e65100", width=1, style=Qt.PenStyle.DashLine)
NOW_PEN = pg.mkPen("#5b6675", width=1)
DATE_INK = "#b34700"
DATE_PEN = pg.mkPen(DATE_INK, width=1, style=Qt.PenStyle.DashLine)
BOLUS_BRUSH = pg.mkBrush("#c62828")
AXIS_WIDTH_PX = 64
CLOCK_TITLE = QT_TR_NOOP("Pump clock")
LEGEND_COLUMNS = 4
LEGEND_SPACING_PX = 24


def _configure(plot: pg.PlotItem, title: str) -> None:
    # The title stands above the plot, across it: a vertical axis title longer than a
    # short plot ran into the other plot's at a larger type size.
    plot.setTitle(title, color=INK, size=plot_type_size(), justify="left")
    dark_axes(plot, "left", "bottom")
    plot.getAxis("left").enableAutoSIPrefix(False)  # mL stays mL, never "x0.001"
    plot.getAxis("left").setWidth(AXIS_WIDTH_PX)  # both plots' time axes line up
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    plot.getViewBox().setMouseEnabled(x=True, y=False)


def staircase(times: np.ndarray, values: np.ndarray, until: float
              ) -> tuple[np.ndarray, np.ndarray]:
    """A step series (each value holds until the next time) as the corners of its line."""
    if times.size == 0:
        return times, values
    ends = np.append(times[1:], max(until, float(times[-1])))
    return np.column_stack([times, ends]).ravel(), np.repeat(values, 2)


class HistoryPlot(QWidget):
    """Two stacked plots sharing a date axis: dose (mcg/day) above, reservoir (mL) below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Delivery history plot"))
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.dose_plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"bottom": TimeAxis()})
        self.reservoir_plot = self.graphics.addPlot(
            row=1, col=0, axisItems={"bottom": TimeAxis()})
        _configure(self.dose_plot, tr("Daily dose (mcg/day)"))
        _configure(self.reservoir_plot, tr("Reservoir (mL)"))
        self.reservoir_plot.setLabel("bottom", tr(CLOCK_TITLE), color=INK)
        self.reservoir_plot.setXLink(self.dose_plot)
        self.dose_plot.sigXRangeChanged.connect(self._name_the_day)
        # One legend under the plots, where it can never hide a curve or a date.
        self.legend = pg.LegendItem(labelTextColor=INK, colCount=LEGEND_COLUMNS,
                                    horSpacing=LEGEND_SPACING_PX,
                                    labelTextSize=plot_type_size())
        self.graphics.addItem(self.legend, row=2, col=0)
        legend = self.legend
        self.dose_curve = self.dose_plot.plot(pen=DOSE_PEN, skipFiniteCheck=True)
        self.dose_ahead = self.dose_plot.plot(pen=DOSE_AHEAD_PEN)
        self.bolus_points = pg.ScatterPlotItem(symbol="t1", size=11, brush=BOLUS_BRUSH,
                                               pen=None, hoverable=True,
                                               tip=lambda x, y, data: data)
        self.date_points = pg.ScatterPlotItem(symbol="o", size=8, brush=pg.mkBrush(DATE_INK),
                                              pen=None)
        # Points go in the views, not the plots: a plot would list them among its curves
        # and try to downsample them (scatter items cannot be).
        self.dose_plot.getViewBox().addItem(self.bolus_points)
        self.reservoir_plot.getViewBox().addItem(self.date_points)
        self.reservoir_curve = self.reservoir_plot.plot(pen=RESERVOIR_PEN,
                                                        skipFiniteCheck=True)
        self.forecast_curve = self.reservoir_plot.plot(pen=FORECAST_PEN)
        for item, name in ((self.dose_curve, tr("daily dose (program)")),
                           (self.dose_ahead, tr("program ahead")),
                           (self.bolus_points, tr("bolus (hover: dose)")),
                           (self.reservoir_curve, tr("calculated reservoir")),
                           (self.forecast_curve, tr("projected reservoir")),
                           (pg.PlotDataItem(pen=REFILL_PEN), tr("refill")),
                           (pg.PlotDataItem(pen=ALARM_PEN), tr("alarm volume")),
                           (pg.PlotDataItem(pen=DATE_PEN), tr("alarm / empty date"))):
            legend.addItem(item, name)
        self._markers: list[tuple[pg.PlotItem, pg.GraphicsObject]] = []
        self._labels: list[pg.InfiniteLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As many legend columns as fit: at a larger type four would widen the plots
        past the window's edge."""
        super().resizeEvent(event)
        widest = max((sample.boundingRect().width() + label.boundingRect().width()
                      for sample, label in self.legend.items), default=1.0)
        fit = int(event.size().width() // (widest + LEGEND_SPACING_PX))
        self.legend.setColumnCount(max(1, min(LEGEND_COLUMNS, fit)))

    def set_history(
        self,
        times_s: np.ndarray,
        dose_mcg_per_day: np.ndarray,
        reservoir_ml: np.ndarray,
    ) -> None:
        """Samples on one time base (pump-clock epoch seconds), drawn as given."""
        self.dose_curve.setData(times_s, dose_mcg_per_day)
        self.reservoir_curve.setData(times_s, reservoir_ml)

    def set_dose_steps(self, times_s: np.ndarray, dose_mcg_per_day: np.ndarray,
                       until_s: float) -> None:
        """The daily dose as a step series, each value holding until the next (or until)."""
        self.dose_curve.setData(*staircase(times_s, dose_mcg_per_day, until_s))

    def set_dose_ahead(self, from_s: float, until_s: float | None, dose: float) -> None:
        """The program in force, dashed from now until the reservoir runs empty (none when
        the pump is not delivering)."""
        if until_s is None:
            self.dose_ahead.setData([], [])
        else:
            self.dose_ahead.setData([from_s, until_s], [dose, dose])

    def _name_the_day(self, _view: object, x_range: Sequence[float]) -> None:
        """A view within one day shows times only: the axis title names the day."""
        day = one_day(axis_moment(x_range[0]), axis_moment(x_range[1]))
        self.reservoir_plot.setLabel("bottom", tr(CLOCK_TITLE) + (f", {day}" if day else ""),
                                     color=INK)

    def set_reservoir(self, times_s: np.ndarray, reservoir_ml: np.ndarray) -> None:
        """The reservoir, linear between samples."""
        self.reservoir_curve.setData(times_s, reservoir_ml)

    def set_boluses(self, times_s: Sequence[float], dose_levels: Sequence[float],
                    texts: Sequence[str]) -> None:
        """A marker per bolus at the dose line; hovering shows its text."""
        self.bolus_points.setData(x=list(times_s), y=list(dose_levels), data=list(texts))

    def set_forecast(self, times_s: Sequence[float] | np.ndarray,
                     reservoir_ml: Sequence[float] | np.ndarray,
                     labels: Sequence[tuple[float, float, str]] = ()) -> None:
        """The projected reservoir (dashed); each label a point and a dated vertical line."""
        self.forecast_curve.setData(np.asarray(times_s, float), np.asarray(reservoir_ml, float))
        self.date_points.setData(x=[when for when, _, _ in labels],
                                 y=[level for _, level, _ in labels])
        for label in self._labels:
            self.reservoir_plot.removeItem(label)
        self._labels = []
        for row, (when, _level, text) in enumerate(labels):
            line = pg.InfiniteLine(when, angle=90, pen=DATE_PEN, label=text,
                                   labelOpts={"position": 0.9 - 0.3 * (row % 2),
                                               "color": DATE_INK, "anchors": [(1, 0), (1, 0)],
                                               "fill": pg.mkBrush(255, 255, 255, 200)})
            self.reservoir_plot.addItem(line)
            self._labels.append(line)

    def set_markers(self, refills_s: Sequence[float], alarm_ml: float | None,
                    now_s: float | None = None) -> None:
        """Refills as dotted vertical lines, the alarm volume as a line, and now."""
        for plot, marker in self._markers:
            plot.removeItem(marker)
        self._markers = []
        for when in refills_s:
            for plot in (self.dose_plot, self.reservoir_plot):
                self._add(plot, pg.InfiniteLine(when, angle=90, pen=REFILL_PEN))
        if alarm_ml is not None:
            self._add(self.reservoir_plot, pg.InfiniteLine(alarm_ml, angle=0, pen=ALARM_PEN))
        if now_s is not None:
            for plot in (self.dose_plot, self.reservoir_plot):
                self._add(plot, pg.InfiniteLine(now_s, angle=90, pen=NOW_PEN, label=tr("now"),
                                                labelOpts={"position": 0.95, "color": INK}))

    def _add(self, plot: pg.PlotItem, item: pg.GraphicsObject) -> None:
        plot.addItem(item)
        self._markers.append((plot, item))

    def set_view(self, start_s: float, end_s: float, dose_top: float,
                 reservoir_top: float) -> None:
        """Show a stretch of time; the value axes start at zero so levels compare."""
        self.dose_plot.setXRange(start_s, end_s, padding=0.02)
        self.dose_plot.setYRange(0, dose_top, padding=0)
        self.reservoir_plot.setYRange(0, reservoir_top, padding=0)
