"""The presentation header: the pump's clock, reservoir, alarm day, refill day, the pump's
replace-by date and the speed.

Shown under the training-mock banner in presentation mode, in type a back row can read.
Bound to the session's pump view like the status panel: after a lost link or a closed
session its values turn grey under "Last read 10:42, not connected". The replace-by date
comes from the one rule the status panel, the battery dialog and the report use
(:func:`~itb_console.console.clinical.planning.battery_dates`). The pump's clock runs on
between polls (:class:`LocalPumpClock`), so a world at x3600 visibly moves; the
presenter's speeds are a short ladder a clicker can climb.
Training mock, not for clinical use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from itb_console.console import number_style as style
from itb_console.console.clinical.forecast import forecast
from itb_console.console.clinical.planning import battery_dates, next_refill
from itb_console.console.commands import not_delivering_reason
from itb_console.console.pump_view import PumpView
from itb_console.console.translation import tr
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.clock import MAX_SPEED
from itb_console.device.pump_api import AlarmCode, PumpStatus
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
STALE_BG = "#fff3cd"  # behind 'Last read 10:42, not connected': black on it is 18:1
RESERVOIR_ALARMS = frozenset({AlarmCode.LOW_RESERVOIR, AlarmCode.RESERVOIR_EMPTY})
NBSP = "\u00a0"  # keeps a number with its unit when a detail line wraps

STRIP_SHEET = """
QFrame#presenter {{ background: {paper}; border-bottom: 3px solid {ink}; }}
QLabel {{ color: {ink}; }}
QLabel[role="caption"] {{ font-size: {small}pt; }}
QLabel[role="big"] {{ font-size: {big}pt; font-weight: 700; }}
QLabel[role="detail"] {{ font-size: {small}pt; }}
QLabel[alert="true"] {{ color: {alert}; }}
QLabel[stale="true"] {{ color: {dimmed}; }}
QLabel#freshness {{ font-size: {small}pt; font-weight: 700; background: {stale_bg};
                   border: 2px solid {ink}; padding: 2px 8px; }}
QProgressBar {{ border: 2px solid {ink}; background: {paper}; min-height: 18px;
                max-height: 18px; }}
QProgressBar::chunk {{ background: {strong}; }}
QProgressBar::chunk:disabled {{ background: {dimmed}; }}
"""
BIG_PT = 28  # the strip's numbers on a 1456-pixel or wider screen
SMALL_PT = 14  # captions and details; 4 pt under the numbers on a narrow screen
PIXELS_PER_BIG_PT = 52  # narrower screens: smaller numbers, so all six fit in one row


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
        return tr("real time")
    if speed >= 86_400:
        amount = speed / 86_400
        return (tr("1 day per second") if amount == 1 else
                tr("{amount} days per second").format(
                    amount=style.plain(style.rounded(amount, 1))))
    for unit, seconds in (("h", 3_600), ("min", 60)):
        if speed >= seconds:
            return tr("{amount} {unit} per second").format(
                amount=style.plain(style.rounded(speed / seconds, 1)), unit=unit)
    return tr("{amount} s per second").format(amount=style.plain(speed))


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
    """Point size of the strip's numbers: 28 pt from 1456 pixels, 26 at 1366, 20 at 1024,
    15 at 800."""
    return min(BIG_PT, round(screen_width / PIXELS_PER_BIG_PT))


def _label(role: str, text: str = "-") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(role != "big")  # captions and details may take two lines
    return label


class PresenterStrip(QFrame):
    """Large header: pump clock, reservoir, days to the alarm, refill booking, replace-by
    date, speed; greyed under how old they are once the pump is no longer connected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter")
        self.setAccessibleName(tr("Presentation header"))
        self.set_big_type(BIG_PT)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 8, 18, 10)
        column.setSpacing(4)
        self.freshness = QLabel("")
        self.freshness.setObjectName("freshness")
        self.freshness.setWordWrap(True)
        self.freshness.setAccessibleName(tr("When the pump was read"))
        self.freshness.hide()
        column.addWidget(self.freshness)
        row = QHBoxLayout()
        row.setSpacing(18)
        column.addLayout(row)
        self.values: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        # No-break spaces keep each caption's last two words together when it wraps (the
        # translations keep one before their last word too).
        captions = {"clock": tr("Pump clock"), "reservoir": tr("Reservoir"),
                    "alarm": tr("Low-reservoir alarm\u00a0in"),
                    "refill": tr("Book the refill\u00a0for"),
                    "replace": tr("Replace the pump\u00a0by"),
                    "speed": tr("Pump time runs\u00a0at")}
        self.gauge = QProgressBar()
        self.gauge.setTextVisible(False)
        self.gauge.setAccessibleName(tr("Reservoir gauge"))
        for key, caption in captions.items():
            cell = QWidget()
            cell_column = QVBoxLayout(cell)
            cell_column.setContentsMargins(0, 0, 0, 0)
            cell_column.setSpacing(0)
            cell_column.addWidget(_label("caption", caption))
            self.values[key] = _label("big")
            self.values[key].setAccessibleName(caption)
            cell_column.addWidget(self.values[key])
            if key == "reservoir":
                cell_column.addWidget(self.gauge)
            self.details[key] = _label("detail", "")
            cell_column.addWidget(self.details[key])
            cell_column.addStretch(1)
            row.addWidget(cell, 1)

    def set_big_type(self, points: int) -> None:
        self.setStyleSheet(STRIP_SHEET.format(big=points, small=min(SMALL_PT, points - 4),
                                              paper=PAPER, ink=INK, alert=ALERT,
                                              strong=STRONG, dimmed=DIMMED,
                                              stale_bg=STALE_BG))

    def _set(self, key: str, value: str, detail: str, alert: bool = False) -> None:
        self.values[key].setText(value)
        self.details[key].setText(detail)
        for label in (self.values[key], self.details[key]):
            _mark(label, "alert", alert)

    def show_view(self, view: PumpView) -> None:
        """What the pump view holds: live values in ink, older ones grey under their age
        (the speed too: with no pump connected it controls nothing)."""
        stale = not view.live
        self.freshness.setText(view.age_text())
        self.freshness.setVisible(stale)
        for key in self.values:
            for label in (self.values[key], self.details[key]):
                _mark(label, "stale", stale)
        self.gauge.setEnabled(not stale)
        if view.status is None:
            for key in ("clock", "reservoir", "alarm", "refill", "replace"):
                self._set(key, "-", "")
            self.gauge.setValue(0)
        else:
            self.show_status(view.status)
        if stale:  # the clock stops at the last read; no pump, no time control
            if view.status is not None:
                self.show_clock(view.status.pump_clock, 0)
            self._set("speed", "-", tr("no pump connected"))

    def show_clock(self, pump_clock: datetime, speed: float) -> None:
        # seconds only while readable
        shown = style.time_to_the_second if 0 < speed <= 60 else style.time_of_day
        self._set("clock", shown(pump_clock), style.weekday_date(pump_clock))

    def show_speed(self, speed: float | None, resume_speed: float,
                   adjustable: bool = True) -> None:
        if not adjustable:
            self._set("speed", tr("own speed"), tr("time control: simulated pump (sim://) only"))
        elif speed is None:
            self._set("speed", "x?", tr("reading the pump's speed"))
        elif speed == 0:
            self._set("speed", tr("PAUSED"), tr("Space resumes at {speed}").format(
                speed=style.speed(resume_speed)), alert=True)
        else:
            self._set("speed", style.speed(speed),
                      speed_words(speed) + "\n" + tr("keys: PgUp PgDn Space"))

    def show_status(self, status: PumpStatus) -> None:
        """The values of one status read (``show_view`` says how current they are)."""
        profile = load_profile(status.identity.profile_id)
        self.gauge.setRange(0, profile.reservoir_nl // 10_000)
        self.gauge.setValue(status.reservoir_nl // 10_000)
        empty = status.reservoir_nl <= 0
        self._set("reservoir", style.millilitres(ml(status.reservoir_nl)),
                  tr("of {reservoir}; alarm at {alarm}").format(
                      reservoir=f"{style.plain(ml(profile.reservoir_nl))}{NBSP}mL",
                      alarm=style.millilitres(ml(status.low_reservoir_alarm_nl))), alert=empty)
        program = status.program
        outlook = forecast(program, status.reservoir_nl, status.low_reservoir_alarm_nl,
                           status.pump_clock)
        catalog = load_alarms()
        # The reservoir's own alarms; the others stand in the alarm bar under the strip.
        sounding = ", ".join(tr(catalog.info(a.code.value).title) for a in status.alarms
                             if a.code in RESERVOIR_ALARMS)
        # A pump that delivers nothing (stopped, stalled, empty, end of service) does not
        # run down: no date would be true.
        halted = not_delivering_reason(status)
        if status.reservoir_nl <= status.low_reservoir_alarm_nl:
            self._set("alarm", tr("REACHED"), sounding or tr("below the alarm volume"),
                      alert=True)
        elif halted:
            self._set("alarm", tr("none"), tr("while not delivering ({why})").format(
                why=halted), alert=True)
        elif outlook.days_to_alarm is not None and outlook.alarm_at is not None:
            self._set("alarm", style.days(outlook.days_to_alarm),
                      sounding or tr("on {time}").format(time=style.moment(outlook.alarm_at)),
                      alert=bool(sounding))
        else:
            self._set("alarm", tr("never"), tr("the pump is stopped"), alert=True)
        plan = next_refill(outlook, status.pump_clock)
        if halted:
            self._set("refill", "-", tr("no forecast: not delivering ({why})").format(
                why=halted))
        elif plan.book_on_date is None or plan.refill_by_date is None:
            self._set("refill", "-", tr("no forecast: the pump is not delivering"))
        elif plan.refill_by_date <= status.pump_clock.date():
            self._set("refill", tr("NOW"), tr("the alarm day has come"), alert=True)
        else:
            self._set("refill", style.day(plan.book_on_date),
                      tr("{when}; alarm due {day}").format(
                          when=style.day_count(plan.book_on_date, status.pump_clock.date()),
                          day=style.day(plan.refill_by_date)))
        self._show_replacement(status)

    def _show_replacement(self, status: PumpStatus) -> None:
        """The replace-by date by the shared rule: ERI + 90 days, or the pump's earlier end
        of service; red from ERI on."""
        battery = status.battery
        dates = battery_dates(status, load_profile(status.identity.profile_id).battery)
        today = status.pump_clock.date()
        if battery.eos_reached:
            self._set("replace", tr("NOW"), tr("end of service {day}: not delivering").format(
                day=style.day(battery.eos_at)), alert=True)
        elif battery.eri_reached:
            self._set("replace", style.day(dates.replace_by_date),
                      tr("ERI reached {day}; {when}").format(
                          day=style.day(dates.eri_date),
                          when=style.day_count(dates.replace_by_date, today)), alert=True)
        else:
            self._set("replace", style.day(dates.replace_by_date),
                      style.day_count(dates.replace_by_date, today))


def _mark(label: QLabel, name: str, on: bool) -> None:
    """Set a style-sheet property and let the style see it (a property alone does not)."""
    if label.property(name) != on:
        label.setProperty(name, on)
        label.style().unpolish(label)
        label.style().polish(label)
