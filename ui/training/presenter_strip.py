"""The presentation header: the pump's clock, reservoir, alarm day, refill day, speed.

Shown under the training-mock banner in presentation mode, in type a back row can read.
The pump's clock runs on between polls (:class:`LocalPumpClock`), so a world at x3600
visibly moves; the presenter's speeds are a short ladder a clicker can climb.
Training mock, not for clinical use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from itb_console.console import number_style as style
from itb_console.console.clinical.forecast import forecast
from itb_console.console.clinical.planning import next_refill
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.clock import MAX_SPEED
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import load_profile
from itb_console.device.units import ml
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

SPEEDS = (1, 60, 3_600, 86_400, int(MAX_SPEED))  # real time, a minute, an hour, a day a s

PAPER = "#ffffff"
INK = "#000000"
STRONG = "#0b3d91"  # 10:1 on white
ALERT = "#b00020"  # 7.3:1 on white
DIMMED = "#555555"  # disabled text, 7.5:1 on white
NBSP = "\u00a0"  # keeps a number with its unit when a detail line wraps

STRIP_SHEET = """
QFrame#presenter {{ background: {paper}; border-bottom: 3px solid {ink}; }}
QLabel {{ color: {ink}; }}
QLabel[role="caption"] {{ font-size: 14pt; }}
QLabel[role="big"] {{ font-size: {big}pt; font-weight: 700; }}
QLabel[role="detail"] {{ font-size: 14pt; }}
QLabel[alert="true"] {{ color: {alert}; }}
QProgressBar {{ border: 2px solid {ink}; background: {paper}; min-height: 18px;
                max-height: 18px; }}
QProgressBar::chunk {{ background: {strong}; }}
"""
BIG_PT = 28  # the strip's numbers on a 1280-pixel or wider screen
PIXELS_PER_BIG_PT = 46  # narrower screens: smaller numbers, so all five fit in one row


def next_speed(current: float, step: int) -> float:
    """The next rung of :data:`SPEEDS` up (step 1) or down (-1); a speed off the ladder
    (``--speed 1000``) goes to the nearest rung in that direction; the ends stay put."""
    rungs = [s for s in SPEEDS if (s > current if step > 0 else s < current)]
    if not rungs:
        return current
    return float(min(rungs) if step > 0 else max(rungs))


def speed_words(speed: float) -> str:
    """How much pump time passes each real second, in the largest whole unit."""
    if speed == 1:
        return "real time"
    for one, many, seconds in (("day", "days", 86_400), ("h", "h", 3_600),
                               ("min", "min", 60)):
        if speed >= seconds:
            amount = speed / seconds
            shown = style.plain(style.rounded(amount, 1))
            return f"{shown} {one if amount == 1 else many} per second"
    return f"{style.plain(speed)} s per second"


class LocalPumpClock:
    """The pump's clock between polls: the last reading plus real time elapsed x speed.

    The speed is the simulated pump's own when known; otherwise (an emulator at its own
    --speed) it is estimated from the last two readings.
    """

    def __init__(self, source: Callable[[], float] = time.monotonic) -> None:
        self._source = source
        self._read: datetime | None = None
        self._read_at = 0.0
        self._known_speed: float | None = None
        self._estimate = 1.0

    def update(self, pump_clock: datetime) -> None:
        at = self._source()
        if self._read is not None and at > self._read_at:
            self._estimate = max((pump_clock - self._read).total_seconds()
                                 / (at - self._read_at), 0.0)
        self._read, self._read_at = pump_clock, at

    def set_speed(self, speed: float | None) -> None:
        """A new speed from now on (the reading so far is carried forward first)."""
        now = self.now()
        if now is not None:
            self._read, self._read_at = now, self._source()
        self._known_speed = speed

    @property
    def speed(self) -> float:
        return self._estimate if self._known_speed is None else self._known_speed

    def now(self) -> datetime | None:
        if self._read is None:
            return None
        return self._read + timedelta(seconds=(self._source() - self._read_at) * self.speed)


def big_type_for(screen_width: int) -> int:
    """Point size of the strip's numbers: 28 pt from 1280 pixels, 22 pt at 1024, 17 at 800."""
    return min(BIG_PT, round(screen_width / PIXELS_PER_BIG_PT))


def _label(role: str, text: str = "-") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(role != "big")  # captions and details may take two lines
    return label


class PresenterStrip(QFrame):
    """Large header: pump clock, reservoir, days to the alarm, refill booking, speed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter")
        self.setAccessibleName("Presentation header")
        self.set_big_type(BIG_PT)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 8, 18, 10)
        row.setSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        captions = {"clock": "Pump clock", "reservoir": "Reservoir",
                    "alarm": "Low-reservoir alarm in", "refill": "Book the refill for",
                    "speed": "Pump time runs at"}
        self.gauge = QProgressBar()
        self.gauge.setTextVisible(False)
        self.gauge.setAccessibleName("Reservoir gauge")
        for key, caption in captions.items():
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(_label("caption", caption))
            self.values[key] = _label("big")
            self.values[key].setAccessibleName(caption)
            column.addWidget(self.values[key])
            if key == "reservoir":
                column.addWidget(self.gauge)
            self.details[key] = _label("detail", "")
            column.addWidget(self.details[key])
            column.addStretch(1)
            row.addWidget(cell, 1)

    def set_big_type(self, points: int) -> None:
        self.setStyleSheet(STRIP_SHEET.format(big=points, paper=PAPER, ink=INK, alert=ALERT,
                                              strong=STRONG))

    def _set(self, key: str, value: str, detail: str, alert: bool = False) -> None:
        self.values[key].setText(value)
        self.details[key].setText(detail)
        for label in (self.values[key], self.details[key]):
            if label.property("alert") != alert:
                label.setProperty("alert", alert)
                label.style().unpolish(label)
                label.style().polish(label)

    def show_clock(self, pump_clock: datetime, speed: float) -> None:
        # seconds only while readable
        shown = style.time_to_the_second if 0 < speed <= 60 else style.time_of_day
        self._set("clock", shown(pump_clock), style.weekday_date(pump_clock))

    def show_speed(self, speed: float | None, resume_speed: float,
                   adjustable: bool = True) -> None:
        if not adjustable:
            self._set("speed", "own speed", "time control: simulated pump (sim://) only")
        elif speed is None:
            self._set("speed", "x?", "reading the pump's speed")
        elif speed == 0:
            self._set("speed", "PAUSED", f"Space resumes at {style.speed(resume_speed)}",
                      alert=True)
        else:
            self._set("speed", style.speed(speed),
                      f"{speed_words(speed)}\nkeys: PgUp PgDn Space")

    def show_status(self, status: PumpStatus) -> None:
        profile = load_profile(status.identity.profile_id)
        self.gauge.setRange(0, profile.reservoir_nl // 10_000)
        self.gauge.setValue(status.reservoir_nl // 10_000)
        empty = status.reservoir_nl <= 0
        self._set("reservoir", style.millilitres(ml(status.reservoir_nl)),
                  f"of {style.plain(ml(profile.reservoir_nl))}{NBSP}mL; alarm at "
                  f"{style.millilitres(ml(status.low_reservoir_alarm_nl))}", alert=empty)
        program = status.program
        outlook = forecast(program, status.reservoir_nl, status.low_reservoir_alarm_nl,
                           status.pump_clock)
        catalog = load_alarms()
        sounding = ", ".join(catalog.info(a.code.value).title for a in status.alarms)
        if outlook.days_to_alarm is not None and outlook.alarm_at is not None:
            self._set("alarm", style.days(outlook.days_to_alarm),
                      sounding or f"on {style.moment(outlook.alarm_at)}", alert=bool(sounding))
        elif outlook.days_to_empty is None:
            self._set("alarm", "never", "the pump is stopped", alert=True)
        else:
            self._set("alarm", "REACHED", sounding or "below the alarm volume", alert=True)
        plan = next_refill(outlook, status.pump_clock)
        if plan.book_on_date is None or plan.refill_by_date is None:
            self._set("refill", "-", "no forecast: the pump is not delivering")
        elif plan.refill_by_date <= status.pump_clock.date():
            self._set("refill", "NOW", "the alarm day has come", alert=True)
        else:
            self._set("refill", style.day(plan.book_on_date),
                      f"{style.day_count(plan.book_on_date, status.pump_clock.date())}; "
                      f"alarm due {style.day(plan.refill_by_date)}")
