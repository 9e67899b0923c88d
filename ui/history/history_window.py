"""The delivery history window: daily dose and reservoir over time, and the outlook.

The log and the status are read, and the history rebuilt, on the session's worker: a long
log over a slow link must not freeze the window; they are read again after each command
(a refill or a bolus changes the history), and the line by *Refresh* says when. Everything
shown is calculated from the programs in force, as the pump calculates its own reservoir.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction

import numpy as np
from itb_console.console import number_style as style
from itb_console.console.clinical.delivery_history import (
    RANGES_DAYS,
    DeliveryHistory,
    outlook_text,
    read_history,
    view_range,
)
from itb_console.console.event_words import bolus_kind_words
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_delivery import PUMP_EPOCH
from itb_console.device.units import NG_PER_MCG, NL_PER_ML, mcg, ml
from itb_console.ui.banner import training_banner
from itb_console.ui.history.history_plot import HistoryPlot
from itb_console.ui.pump_reading import ReadStamp
from itb_console.ui.screen_fit import resize_in_lines
from itb_console.ui.style import CRITICAL, coloured
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

READ_NAME = "read history"
WIDTH_LINES, HEIGHT_LINES = 66, 44  # the window's size in lines of its type
CALCULATED_NOTE = QT_TR_NOOP("Calculated from the programs in force, as the pump calculates "
                             "its own reservoir: a pump that over-infuses runs dry before this "
                             "curve reaches zero, and without an alarm.")


def plot_seconds(moment: datetime) -> float:
    """A pump-clock date-time as an x value of the plot (seconds on a UTC date axis)."""
    return (moment - datetime(1970, 1, 1)).total_seconds()


EPOCH_OFFSET_S = plot_seconds(PUMP_EPOCH)  # the history counts from the pump's epoch


def _series(points: Sequence[tuple[Fraction, Fraction]], scale: int
            ) -> tuple[np.ndarray, np.ndarray]:
    times = np.fromiter((float(t) for t, _ in points), float, len(points)) + EPOCH_OFFSET_S
    values = np.fromiter((float(v / scale) for _, v in points), float, len(points))
    return times, values


class HistoryWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.history: DeliveryHistory | None = None
        self.setWindowTitle(tr("Delivery history - training mock"))
        resize_in_lines(self, WIDTH_LINES, HEIGHT_LINES)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        controls = QHBoxLayout()
        self.range = QComboBox()
        for name, days in RANGES_DAYS.items():
            self.range.addItem(tr(name), days)
        self.range.setAccessibleName(tr("Time range shown"))
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Read the log and the pump again"))
        controls.addWidget(QLabel(tr("Show:")))
        controls.addWidget(self.range)
        controls.addStretch(1)
        self.read_stamp = ReadStamp(session, tr("History"))
        self.read_stamp.read_again.connect(self.read)
        controls.addWidget(self.read_stamp)
        controls.addWidget(self.refresh_button)
        layout.addLayout(controls)
        self.plot = HistoryPlot()
        layout.addWidget(self.plot, 1)
        self.outlook = QLabel("")
        self.outlook.setWordWrap(True)
        self.outlook.setAccessibleName(tr("Reservoir outlook"))
        layout.addWidget(self.outlook)
        note = QLabel(tr(CALCULATED_NOTE))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        self.range.currentIndexChanged.connect(self._show_range)
        self.refresh_button.clicked.connect(self.read)
        session.action_failed.connect(self._failed)
        self.read()

    def read(self) -> None:
        """Read the log and the status on the worker, and rebuild the history there too."""
        self.outlook.setText(tr("Reading the pump's event log..."))
        self.refresh_button.setEnabled(False)
        if not self.session.fetch(READ_NAME, read_history, self.show_history):
            self._failed(READ_NAME, tr("not connected to a pump"))

    def _failed(self, name: str, message: str) -> None:
        if name == READ_NAME:
            self.refresh_button.setEnabled(True)
            self.outlook.setText(coloured(tr("Could not show the history: {message}").format(
                message=message), CRITICAL))

    def show_history(self, history: DeliveryHistory) -> None:
        self.history = history
        self.read_stamp.stamp()
        self.refresh_button.setEnabled(True)
        plot = self.plot
        now_s = plot_seconds(history.now)
        times, doses = _series(history.dose, NG_PER_MCG)
        plot.set_dose_steps(times, doses, now_s)
        plot.set_reservoir(*_series(history.reservoir, NL_PER_ML))
        plot.set_boluses(
            [plot_seconds(b.at) for b in history.boluses],
            [mcg(history.dose_at(b.at) or 0) for b in history.boluses],
            [tr("{bolus} {time}: {dose} ({volume})").format(
                bolus=bolus_kind_words(b.kind), time=style.moment(b.at),
                dose=style.micrograms(mcg(b.dose_ng)), volume=style.small_volume(ml(b.volume_nl)))
             for b in history.boluses])
        outlook = history.outlook
        labels = [(plot_seconds(at), ml(level), f"{name}\n{style.day(at)}")
                  for at, level, name in ((outlook.alarm_at, history.low_alarm_nl,
                                           tr("low-reservoir alarm")),
                                          (outlook.empty_at, 0, tr("empty")))
                  if at is not None]
        plot.set_forecast(*_series(history.projection, NL_PER_ML), labels=labels)
        ahead_until = (None if outlook.empty_at is None or history.not_delivering
                       else plot_seconds(outlook.empty_at))
        plot.set_dose_ahead(now_s, ahead_until, mcg(history.program_now.daily_dose_ng))
        plot.set_markers([plot_seconds(r.at) for r in history.refills],
                         ml(history.low_alarm_nl), now_s)
        text = outlook_text(history)
        self.outlook.setText(coloured(text, CRITICAL, bold=True)
                             if history.not_delivering else text)
        self._show_range()

    def _show_range(self) -> None:
        history = self.history
        if history is None:
            return
        start, end = view_range(history, self.range.currentData())
        highest_dose = max((mcg(dose) for _, dose in history.dose), default=0.0)
        highest_volume = max((ml(volume) for _, volume in history.reservoir),
                             default=ml(history.reservoir_now_nl))
        self.plot.set_view(plot_seconds(start), plot_seconds(end),
                           max(highest_dose * 1.25, 1.0), max(highest_volume * 1.15, 1.0))
