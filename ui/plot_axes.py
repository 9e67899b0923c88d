"""Axes for the console's plots: dark enough for the back of a room, time in one style.

pyqtgraph's own date axis reads "09 14 19 Nov 03" or, zoomed, "18.750 19.000"; the
console's time axes instead tick whole units chosen for the span and the type size
(console/time_ticks.py) and label them as every other date on screen (2026-11-25,
09:15). x is seconds from 1970-01-01 on the clock the plot shows: the pump's clock for
the delivery history, UTC for the trainee records (as their tables). Training mock, not
for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pyqtgraph as pg
from itb_console.console import number_style as style
from itb_console.console.time_ticks import Step, tick_label, time_ticks
from itb_console.ui.style import INK
from PySide6.QtGui import QFontMetricsF

AXIS_EPOCH = datetime(1970, 1, 1)  # x is seconds from here on the plot's clock


def axis_moment(seconds: float) -> datetime:
    """An x value as the date-time it stands for (naive, on the plot's clock)."""
    return AXIS_EPOCH + timedelta(seconds=seconds)


def axis_seconds(moment: datetime) -> float:
    """A naive date-time on the plot's clock as its x value."""
    return (moment - AXIS_EPOCH).total_seconds()


def dark_axes(plot: pg.PlotItem, *names: str) -> None:
    """Axis lines and numbers in the text's ink, not pyqtgraph's light grey."""
    for name in names:
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK, width=1))
        axis.setTextPen(INK)


def elapsed_label(moment: datetime, _step: Step) -> str:
    """A tick of time since a start (x 0), as h:mm: "1:30", never 1.5 hours."""
    return style.hours_minutes(axis_seconds(moment))


class TimeAxis(pg.AxisItem):
    """A bottom axis of time ticked at whole units for the span and the type size: seconds
    for a new pump, weeks for a month, years for a life. ``label``: each tick's text, the
    clock's time or date unless given (``elapsed_label``: time since x 0)."""

    def __init__(self, label: Callable[[datetime, Step], str] = tick_label) -> None:
        super().__init__(orientation="bottom")
        self.enableAutoSIPrefix(False)  # seconds since 1970 are never "x1e+09"
        self._label = label
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal, maxVal, size):
        if size <= 0 or maxVal <= minVal:
            return []
        font = self.style["tickFont"] or self.font()
        digit_px = QFontMetricsF(font).horizontalAdvance("0")
        chosen = time_ticks(axis_moment(minVal), axis_moment(maxVal), size, digit_px,
                            self._label)
        self._labels = {axis_seconds(moment): text for moment, text in chosen.ticks}
        return [(float(chosen.step.seconds), list(self._labels))]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]
