"""Presentation mode (F11): the console on a workshop projector.

A clinician demonstrating pump programming needs the back row to read it and the
audience to see months pass in a minute. So: full screen, type x1.6, black on white (every
text/background pair at least 7:1), the training-mock banner kept; a header strip with
the pump's own clock (running on between polls), the reservoir, the alarm day, the
refill booking and the pump's replace-by date, greyed under their age once the pump is
no longer connected; and the presenter's time control (PgUp/PgDown or +/-, Space pauses) on a
simulated pump, through the session's worker. Leaving (Esc or F11) puts every change back.
Training mock, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pyqtgraph as pg
from itb_console.console import number_style as style
from itb_console.console.session import Session, SessionState
from itb_console.console.translation import tr
from itb_console.device.pump_api import PumpStatus
from itb_console.ui.application import application
from itb_console.ui.style import BASE_POINT_SIZE
from itb_console.ui.timeline.timeline_editor import NIGHT_SHADE, TimelineEditor
from itb_console.ui.training.presenter_strip import (
    ALERT,
    DIMMED,
    INK,
    PAPER,
    STRONG,
    LocalPumpClock,
    PresenterStrip,
    big_type_for,
    next_speed,
)
from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolBar,
    QWidget,
)

FONT_SCALE = 1.6
TICK_MS = 100  # the strip's clock and the 'now' line move this often between polls
PRESENTATION_POLL_MS = 250  # a fast world: the reservoir and dates move 4 times a second
NIGHT_SHADE_STRONG = 70
WRAPPED_LABELS = ("banner", "totals")  # one line each at x1.6 would overflow 1024 pixels
PLOT_SHARE = 0.72  # of the height the timeline shares with the table below it
# A shorter projector (768 pixels) has room for the timeline or for the step table, not
# both at x1.6: the timeline stays, each step carrying its value.
TABLE_MIN_HEIGHT_PX = 900

BANNER_BG = "#ffd54f"  # black on amber: 14.9:1

PRESENTATION_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: {PAPER}; }}
QLabel#banner {{ background: {BANNER_BG}; color: {INK}; font-weight: 700; padding: 6px 14px;
                 border-bottom: 2px solid {INK}; }}
QGroupBox {{ border: 2px solid {INK}; background: {PAPER}; }}
QGroupBox::title {{ color: {STRONG}; }}
QLabel[role="muted"] {{ color: {INK}; }}
QLabel#totals {{ font-size: {style.whole(10 * FONT_SCALE)}pt; }}  /* the 10 pt base, scaled */
QToolBar {{ background: {PAPER}; border-bottom: 1px solid {INK}; }}
QTableWidget {{ gridline-color: {DIMMED}; }}
QHeaderView::section {{ background: {PAPER}; border-right: 1px solid {DIMMED}; }}
QPushButton#primary {{ background: {STRONG}; }}
"""


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21): 7 or more is level AAA for normal text."""
    def luminance(colour: QColor) -> float:
        def linear(channel: float) -> float:
            return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
        return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
                + 0.0722 * linear(colour.blueF()))
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def high_contrast_palette(base: QPalette) -> QPalette:
    """Black on white, a dark blue selection; disabled text still 7:1."""
    palette = QPalette(base)
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, PAPER), (roles.Base, PAPER), (roles.Button, PAPER),
                         (roles.AlternateBase, "#f0f0f0"), (roles.ToolTipBase, PAPER),
                         (roles.WindowText, INK), (roles.Text, INK), (roles.ButtonText, INK),
                         (roles.ToolTipText, INK), (roles.PlaceholderText, DIMMED),
                         (roles.Highlight, STRONG), (roles.HighlightedText, PAPER)):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DIMMED))
    return palette


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` ``factor`` times larger, whether it is sized in points or pixels."""
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * factor)
    else:
        bigger.setPixelSize(round(font.pixelSize() * factor))
    return bigger


def presentation_font(app: QApplication) -> QFont:
    """x1.6 the normal type; a trainer's type already raised keeps at least its size
    (x1.6 on top of x1.5 overflowed a 1366-pixel projector)."""
    font = app.font()
    base = app.property(BASE_POINT_SIZE)
    if not isinstance(base, float) or font.pointSizeF() <= 0:
        return scaled_font(font, FONT_SCALE)
    return scaled_font(font, max(1.0, base * FONT_SCALE / font.pointSizeF()))


def _line_labels(editor: TimelineEditor) -> list[pg.InfLineLabel]:
    """'pump minimum', 'pump maximum' and 'now HH:MM' on the timeline."""
    return [line.label for line in (editor.min_line, editor.max_line, editor.now_line)]


def _scroll_area_around(widget: QWidget) -> QWidget:
    """The scroll area a panel sits in: what to hide to hide the panel."""
    outer = widget.parentWidget()
    while outer is not None and not isinstance(outer, QScrollArea):
        outer = outer.parentWidget()
    return outer or widget


@dataclass
class _PlotLook:
    """The timeline's axis pens, fonts and curve pens, to put back exactly on leaving."""

    axes: list[tuple[pg.AxisItem, QPen, QPen, QFont | None, dict[str, str]]]
    pens: list[tuple[pg.PlotDataItem, object]]
    legend_size: str
    line_labels: list[tuple[pg.InfLineLabel, QFont, QColor]]

    @classmethod
    def capture(cls, editor: TimelineEditor) -> _PlotLook:
        item = editor.plot.getPlotItem()
        axes = [item.getAxis(name) for name in ("left", "bottom")]
        return cls([(axis, QPen(axis.pen()), QPen(axis.textPen()), axis.style["tickFont"],
                     dict(axis.labelStyle)) for axis in axes],
                   [(curve, curve.opts["pen"]) for curve in (editor.curve, editor.ghost)],
                   item.legend.labelTextSize(),
                   [(label, QFont(label.textItem.font()), QColor(label.color))
                    for label in _line_labels(editor)])

    @staticmethod
    def _legend_size(editor: TimelineEditor, size: str) -> None:
        legend = editor.plot.getPlotItem().legend
        legend.setLabelTextSize(size)
        for _sample, label in legend.items:
            label.setText(label.text)
        legend.updateSize()

    @staticmethod
    def enlarge(editor: TimelineEditor, font: QFont) -> None:
        for axis in (editor.plot.getPlotItem().getAxis(n) for n in ("left", "bottom")):
            axis.setPen(pg.mkPen(INK, width=2))
            axis.setTextPen(INK)
            axis.setTickFont(font)
            axis.setLabel(axis.labelText, **{"color": INK, "font-weight": "600",
                                            "font-size": f"{style.whole(font.pointSizeF())}pt"})
        editor.curve.setPen(pg.mkPen(STRONG, width=5))
        editor.ghost.setPen(pg.mkPen(DIMMED, width=3, style=Qt.PenStyle.DashLine))
        _PlotLook._legend_size(editor, f"{style.whole(font.pointSizeF())}pt")
        minimum, maximum, now = _line_labels(editor)
        for label in (minimum, maximum, now):
            label.setFont(font)
        for label in (minimum, maximum):
            label.setColor(ALERT)  # the editor's lighter red is 5.6:1 on white

    def restore(self, editor: TimelineEditor) -> None:
        for axis, pen, text_pen, tick_font, label_style in self.axes:
            axis.setPen(pen)
            axis.setTextPen(text_pen)
            axis.setTickFont(tick_font)
            axis.setLabel(axis.labelText, **label_style)
        for curve, curve_pen in self.pens:
            curve.setPen(curve_pen)
        self._legend_size(editor, self.legend_size)
        for label, font, colour in self.line_labels:
            label.setFont(font)
            label.setColor(colour)


class _DialogScaler(QObject):
    """Dialogs opened while presenting grow with the type: their sizes are set in pixels,
    and a review table cut off at x1.6 type would hide the very doses being shown."""

    SCALED = "presentationScaled"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
                and not watched.property(self.SCALED)):
            watched.setProperty(self.SCALED, True)
            room = watched.screen().availableGeometry().size()
            watched.resize((watched.size() * FONT_SCALE).boundedTo(room))
        return False


@dataclass
class _Saved:
    """What entering changed, as it was."""

    font: QFont
    palette: QPalette
    style_sheet: str
    geometry: QByteArray  # place, size and state (normal, maximised)
    size: QSize
    side_shown: bool
    wraps: list[tuple[QLabel, bool]]
    split: list[int]  # timeline and table heights
    poll_ms: int
    plot: _PlotLook
    toolbars: list[tuple[QToolBar, bool]]  # each with whether it was shown
    table_shown: bool


class PresentationMode(QObject):
    """Owns the strip, the presenter's actions and the switch between the two looks.

    Also keeps the timeline's 'now' line on the pump's time of day in normal mode (moved
    at each poll) and, while presenting, between polls too.
    """

    def __init__(self, window: QMainWindow, session: Session, editor: TimelineEditor,
                 status_panel: QWidget, column: QBoxLayout) -> None:
        """``column``: the window's main column, banner first; the strip goes under it."""
        super().__init__(window)
        self.window, self.session, self.editor = window, session, editor
        self.side = _scroll_area_around(status_panel)
        self.clock = LocalPumpClock()
        self.resume_speed = 1.0
        self._saved: _Saved | None = None
        self.strip = PresenterStrip()
        self.strip.hide()
        column.insertWidget(1, self.strip)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._dialogs = _DialogScaler(self)
        self._build_actions()
        session.status_changed.connect(self._status)
        session.view.changed.connect(self._view_changed)
        self.requested: float | None = None  # a speed asked for, not yet confirmed
        self._resume_answered = self.resume_speed  # the last running speed the pump took
        session.clock_speed_changed.connect(self._speed)
        session.action_failed.connect(self._failed)
        session.state_changed.connect(self._state)

    def _build_actions(self) -> None:
        specs = (
            (tr("Presentation mode"), ("F11",), self.toggle,
             tr("Full screen, large type, the pump's clock and time control for a workshop")),
            (tr("Leave presentation mode"), ("Esc",), self.leave,
             tr("Back to the normal window")),
            (tr("Pump time faster"), ("PgUp", "+"), lambda: self.step_speed(1),
             tr("Run the simulated pump's clock faster: x1, x60, x3600, x86400, x1,000,000")),
            (tr("Pump time slower"), ("PgDown", "-"), lambda: self.step_speed(-1),
             tr("Run the simulated pump's clock slower")),
            (tr("Pause or resume pump time"), ("Space",), self.pause_or_resume,
             tr("Stop or restart the simulated pump's clock")))
        self.actions: list[QAction] = []
        for text, keys, slot, tip in specs:
            action = QAction(text, self.window)
            action.setShortcuts([QKeySequence(key) for key in keys])
            named = tr(" or ").join(QKeySequence(key).toString(
                QKeySequence.SequenceFormat.NativeText) for key in keys)
            action.setToolTip(f"{tip} ({named})")
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.window.addAction(action)
            self.actions.append(action)
        self.toggle_action = self.actions[0]
        self.toggle_action.setCheckable(True)
        self._enable_presenter_keys(False)

    def _enable_presenter_keys(self, on: bool) -> None:
        """Esc, Space and the rest belong to the widgets except while presenting."""
        for action in self.actions[1:]:
            action.setEnabled(on)

    def _wrapped_labels(self) -> list[QLabel]:
        return [label for name in WRAPPED_LABELS
                if (label := self.window.findChild(QLabel, name)) is not None]

    def _table(self) -> QWidget:
        """The step table under the timeline (the splitter's other half)."""
        splitter = self.editor.parentWidget()
        table = splitter.widget(1) if isinstance(splitter, QSplitter) else None
        assert table is not None, "the timeline shares a splitter with the step table"
        return table

    def _fit_table(self) -> None:
        self._table().setVisible(self.window.height() >= TABLE_MIN_HEIGHT_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While presenting, the window's height decides whether the step table fits."""
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._fit_table()
        return False

    def _split_sizes(self) -> list[int]:
        splitter = self.editor.parentWidget()
        return splitter.sizes() if isinstance(splitter, QSplitter) else []

    def _set_split(self, sizes: Callable[[int], list[int]]) -> None:
        """The room should see the timeline: it gets most of the height while presenting."""
        splitter = self.editor.parentWidget()
        if isinstance(splitter, QSplitter):
            splitter.setSizes(sizes(sum(splitter.sizes())))

    @property
    def active(self) -> bool:
        return self._saved is not None

    # ------------------------------------------------------------------ switching
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        app = application()
        side = self.side
        poll_ms = self.session.set_poll_interval(PRESENTATION_POLL_MS)
        self._saved = _Saved(QFont(app.font()), QPalette(app.palette()), app.styleSheet(),
                             self.window.saveGeometry(), self.window.size(),
                             not side.isHidden(),
                             [(label, label.wordWrap()) for label in self._wrapped_labels()],
                             self._split_sizes(),
                             poll_ms,
                             _PlotLook.capture(self.editor),
                             [(bar, not bar.isHidden())
                              for bar in self.window.findChildren(QToolBar)],
                             not self._table().isHidden())
        big = presentation_font(app)
        app.setFont(big)
        app.setPalette(high_contrast_palette(app.palette()))
        app.setStyleSheet(self._saved.style_sheet + PRESENTATION_SHEET)
        app.installEventFilter(self._dialogs)
        _PlotLook.enlarge(self.editor, big)
        # The strip carries what a room needs from the status panel; at x1.6 the panel
        # would take half of a 1280-pixel projector from the timeline.
        side.hide()
        # The presenter works from the keys, the menus and the buttons by the totals; on a
        # 768-pixel projector the tool bar's height is the timeline's.
        for bar, _shown in self._saved.toolbars:
            bar.hide()
        for label in self._wrapped_labels():
            label.setWordWrap(True)
        self.strip.set_big_type(big_type_for(self.window.screen().geometry().width()))
        self._set_split(lambda total: [round(total * PLOT_SHARE), round(total * (1 - PLOT_SHARE))])
        self.editor.set_night_shade(NIGHT_SHADE_STRONG)
        self.strip.show_speed(self.session.clock_speed, self.resume_speed,
                              self.session.clock_speed_adjustable)
        self.strip.show_view(self.session.view)
        self.strip.show()
        self.session.read_clock_speed()
        self._tick()
        self._ticker.start()
        self._enable_presenter_keys(True)
        self.toggle_action.setChecked(True)
        self.window.installEventFilter(self)
        self._fit_table()
        self.window.showFullScreen()  # last: a resize to fit large type would cancel it
        # The timeline's share again once the full screen and the large type are laid out:
        # the share set above was of the smaller window in normal type.
        QTimer.singleShot(0, self._plot_share)

    def _plot_share(self) -> None:
        if self.active:
            self._set_split(lambda total: [round(total * PLOT_SHARE),
                                           round(total * (1 - PLOT_SHARE))])

    def leave(self) -> None:
        saved = self._saved
        if saved is None:
            return
        self._saved = None
        self._ticker.stop()
        self.session.set_poll_interval(saved.poll_ms)
        self.strip.hide()
        app = application()
        app.removeEventFilter(self._dialogs)
        app.setFont(saved.font)  # before the style sheet, which re-polishes with it
        app.setPalette(saved.palette)
        app.setStyleSheet(saved.style_sheet)
        saved.plot.restore(self.editor)
        self.window.removeEventFilter(self)
        self.side.setVisible(saved.side_shown)
        self._table().setVisible(saved.table_shown)
        for bar, shown in saved.toolbars:
            bar.setVisible(shown)
        for label, wrap in saved.wraps:
            label.setWordWrap(wrap)
        self._set_split(lambda _total: saved.split)
        self.editor.set_night_shade(NIGHT_SHADE)
        self._enable_presenter_keys(False)
        self.toggle_action.setChecked(False)
        # Large type may have widened the window before full screen took effect: lay out
        # in normal type (a smaller minimum), then put back the state and the size.
        for posted in (QEvent.Type.PolishRequest, QEvent.Type.LayoutRequest):
            QApplication.sendPostedEvents(None, posted)
        self.window.restoreGeometry(saved.geometry)
        if not self.window.isMaximized():
            self.window.resize(saved.size)

    # ------------------------------------------------------------------ time
    def step_speed(self, step: int) -> None:
        """Each key press counts: the next step is taken from the speed last asked for,
        not from the pump's answer, which may not have come back yet."""
        current = self.session.clock_speed if self.requested is None else self.requested
        base = current or self.resume_speed
        self._request(next_speed(base, step))

    def pause_or_resume(self) -> None:
        current = self.session.clock_speed if self.requested is None else self.requested
        self._request(self.resume_speed if current == 0 else 0.0)

    def _request(self, speed: float) -> None:
        self.requested = speed
        if speed:
            self.resume_speed = speed  # Space right after PgUp resumes at the new speed
        if not self.session.set_clock_speed(speed):
            self.requested = None
            self.window.statusBar().showMessage(
                tr("Pump time can be sped up on the simulated pump (sim://) only; an emulator "
                   "runs at its own --speed."), 10_000)

    def _speed(self, speed: float) -> None:
        if speed == self.requested:
            self.requested = None  # the pump has caught up with the keys
        self.clock.set_speed(speed)
        if speed:
            self.resume_speed = self._resume_answered = speed
        self.strip.show_speed(speed, self.resume_speed)

    def _failed(self, name: str, message: str) -> None:
        if name == "clock speed":
            self.requested = None  # the next key starts from the speed the pump has
            self.resume_speed = self._resume_answered
            self.window.statusBar().showMessage(
                tr("Pump time: {message}").format(message=message), 10_000)

    def _status(self, status: PumpStatus) -> None:
        """A new read: the clock between polls starts from it."""
        self.clock.update(status.pump_clock)
        self._show_now(status.pump_clock)

    def _view_changed(self) -> None:
        """Every read and every change of link: the strip says how current it is."""
        if self.active:
            self.strip.show_view(self.session.view)

    def _state(self, state: SessionState) -> None:
        """No pump, no 'now': a clock left over from the last pump would mislead. A pump
        connected while presenting has its speed read for the header."""
        if state is SessionState.DISCONNECTED:
            self.clock = LocalPumpClock()
            self.editor.set_now(None)
        elif state is SessionState.READY and self.active and self.session.clock_speed is None:
            self.strip.show_speed(None, self.resume_speed, self.session.clock_speed_adjustable)
            self.session.read_clock_speed()

    def _tick(self) -> None:
        now = self.clock.now()
        if now is not None:
            self._show_now(now)

    def _show_now(self, pump_clock: datetime) -> None:
        self.editor.set_now(pump_clock.hour * 60 + pump_clock.minute + pump_clock.second / 60)
        if self.active:
            self.strip.show_clock(pump_clock, self.clock.speed)
