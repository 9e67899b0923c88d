"""The 24-hour timeline editor: the pending schedule drawn over the program in force.

Drag a boundary (vertical line) to move a step's start, drag a step's level (horizontal
bar) to change its dose; both snap (``snap_minutes``, 15 min unless changed in the
preferences, and 1 unit; 1 min and a tenth with Shift). Double-click splits, the context
menu merges and deletes, and the keyboard does everything the mouse does. Every change is
a :class:`ScheduleEdit` pushed on the undo stack; a refused edit shows its reason under
the plot and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from itb_console.console.display_units import DisplayUnit
from itb_console.console.number_style import clock_time, rounded, unit_words, whole
from itb_console.console.program_draft import ProgramDraft
from itb_console.console.refusal_words import edit_refusal
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device import schedule_edits
from itb_console.device.therapy import Mode, Schedule, ScheduleRules, TherapyError
from itb_console.device.units import (
    MINUTES_PER_DAY,
    UnitError,
    format_minute_of_day,
    to_decimal,
)
from itb_console.ui.style import ACCENT, GHOST, INK, LIMIT
from itb_console.ui.timeline.undo_commands import ScheduleEdit
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

SNAP_MINUTES = 15
LABEL_OVERFLOW_PX = 40  # how far "24:00" may reach past the axis end, up to 2x type
# the dashed line's name while the pump is connected
IN_FORCE_WORDS = QT_TR_NOOP("in force on the pump")
PLOT_MIN_LINES = 10  # the plot's height in lines of type: axes, legend and the steps
LEGEND_MARGIN_PX = 2
LEGEND_TYPE_SCALE = 0.9  # a key, not a value: a little smaller than the values it explains
FINE_SNAP_MINUTES = 1

Edit = Callable[[Schedule, ScheduleRules], Schedule]

# Night on the timeline (a clinician reads doses against the patient's day): 19:00 to
# 07:00, drawn as two bands behind the curves; faint while editing, strong on a projector.
NIGHT_SPANS = ((0, 7 * 60), (19 * 60, MINUTES_PER_DAY))
NIGHT_RGB = (40, 60, 120)
NIGHT_SHADE = 22  # alpha, 0 to 255
NOW_INK = "#7b1fa2"


LABEL_STEPS_MINUTES = (60, 120, 180, 240, 360)  # each divides the day evenly
LABEL_GAP_PX = 6  # between two hour labels


class HourAxis(pg.AxisItem):
    """Minutes of the day as HH:MM: a tick every hour, a label every hour when the
    labels fit side by side (every 2, 3, 4 or 6 h when not); 00:00 and 24:00 always
    labelled, so the ends of the day are never guessed."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # pyqtgraph hides an edge label that pokes past the axis; let 24:00 overflow into
        # the plot's right margin, and never thin the labels out itself (we choose).
        self.setStyle(hideOverlappingLabels=LABEL_OVERFLOW_PX, textFillLimits=[(0, 1.0)])

    def boundingRect(self):
        """Room for half of "00:00" and "24:00" past the ends: with the grid on,
        pyqtgraph bounds the labels by the plot's own rectangle and drops both."""
        return super().boundingRect().adjusted(-LABEL_OVERFLOW_PX, 0, LABEL_OVERFLOW_PX, 0)

    def label_step_minutes(self, size_px: float) -> int:
        font = self.style["tickFont"] or self.font()
        label_px = QFontMetrics(font).horizontalAdvance("24:00") + LABEL_GAP_PX
        return next((step for step in LABEL_STEPS_MINUTES
                     if size_px * step / MINUTES_PER_DAY >= label_px), LABEL_STEPS_MINUTES[-1])

    def tickValues(self, minVal, maxVal, size):
        step = self.label_step_minutes(size)
        labelled = list(range(0, MINUTES_PER_DAY + 1, step))
        hours = [m for m in range(0, MINUTES_PER_DAY + 1, 60) if m not in labelled]
        return [(step, labelled), (60, hours)]

    def tickStrings(self, values, scale, spacing):
        return [clock_time(int(v)) if spacing >= 60 and int(v) % spacing == 0 else ""
                for v in values]


class LevelLine(pg.InfiniteLine):
    """A step's level handle, whose span follows its step when the handle is reused.

    pyqtgraph keeps the span inside the line's cached bounding rect and ``setSpan`` does
    not drop that cache, so a moved step would keep drawing its old length.
    """

    def setSpan(self, mn: float, mx: float) -> None:
        if self.span != (mn, mx):
            super().setSpan(mn, mx)
            self.viewTransformChanged()  # the public way to drop the cached rect


def fine_modifier() -> bool:
    return bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)


def snap_minute(minute: float, fine: bool, coarse: int = SNAP_MINUTES) -> int:
    step = FINE_SNAP_MINUTES if fine else coarse
    return int(round(minute / step) * step)


def step_xy(schedule: Schedule, values: list[float]) -> tuple[list[int], list[float]]:
    """Edges and levels for a ``stepMode="center"`` curve."""
    xs = [step.start_minute for step in schedule.steps] + [MINUTES_PER_DAY]
    return xs, values


class RefusalLine(QLabel):
    """Why the last edit was refused, under the plot; it takes no height while there is
    none (on a 768-pixel projector that line is the plot's)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class TimelineEditor(QWidget):
    """The plot, its handles, and the refusal line; edits go through ``undo_stack``."""

    selection_changed = Signal(int)
    exact_entry_requested = Signal(int)

    def __init__(self, draft: ProgramDraft, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = undo_stack
        self.unit = DisplayUnit.MCG_PER_DAY
        self.selected = 0
        self.snap_minutes = SNAP_MINUTES  # the window sets the preference
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("24-hour schedule timeline"))
        self.setAccessibleDescription(
            tr("Left and Right select a step; Up and Down change its dose; Ctrl with Left or "
               "Right moves its start; S splits, M merges with the next step, Delete removes "
               "it; Enter types an exact dose. Hold Shift for finer steps."))

        self.plot = pg.PlotWidget(axisItems={"bottom": HourAxis(orientation="bottom")})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        # Values read in the unit named on the axis, never rescaled (no "x0.001").
        self.plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.plot.setXRange(0, MINUTES_PER_DAY, padding=0)
        self.plot.setLabel("bottom", tr("Time of day (pump clock)"))
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):  # dark axes: read from the back of a room
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(INK, width=1))
            axis.setTextPen(INK)
            axis.setLabel(axis.labelText, color=INK)
        item.layout.setContentsMargins(LABEL_OVERFLOW_PX // 2, 4, LABEL_OVERFLOW_PX, 4)
        self.view = item.getViewBox()
        self.view.setDefaultPadding(0)
        self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self.plot.setFocusProxy(self)
        self.ghost = pg.PlotDataItem(stepMode="center",
                                     pen=pg.mkPen(GHOST, width=2, style=Qt.PenStyle.DashLine))
        self.curve = pg.PlotDataItem(stepMode="center", pen=pg.mkPen(ACCENT, width=3),
                                     fillLevel=0, brush=pg.mkBrush(31, 95, 168, 40))
        # The selected step is filled, not only drawn thicker: visible across a room.
        self.selected_fill = pg.PlotDataItem(stepMode="center", pen=pg.mkPen(None),
                                             fillLevel=0, brush=pg.mkBrush(31, 95, 168, 110))
        # The legend sits under the plot, in its own row: it can never hide a step, a
        # value or the "now" label.
        legend = pg.LegendItem(labelTextColor=INK, colCount=2, horSpacing=12)
        legend.layout.setContentsMargins(*[LEGEND_MARGIN_PX] * 4)
        item.layout.addItem(legend, 4, 1)
        item.legend = legend
        self.plot.addItem(self.selected_fill)
        self.plot.addItem(self.ghost)
        self.plot.addItem(self.curve)
        legend.addItem(self.curve, tr("pending (being edited)"))
        legend.addItem(self.ghost, tr(IN_FORCE_WORDS))
        self.value_labels: list[pg.TextItem] = []
        self.view.sigResized.connect(self._place_values)
        # The axes draw the grid across the whole plot, and the filled curves do not
        # change while a handle is dragged: each keeps a pixmap instead of being redrawn
        # on every drag step (the axes alone cost more than the rest of the frame).
        for item in (self.plot.getPlotItem().getAxis("bottom"),
                     self.plot.getPlotItem().getAxis("left"), self.curve.curve,
                     self.ghost.curve):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        limit_pen = pg.mkPen(LIMIT, width=1, style=Qt.PenStyle.DotLine)
        # Right-aligned inside the plot, above the line: never cut at the right edge.
        # On a white ground: a step's boundary line crossing the words does not cut them.
        limit_label = {"position": 0.99, "anchors": [(1, 1), (1, 1)], "color": LIMIT,
                       "fill": (255, 255, 255, 220)}
        self.min_line = pg.InfiniteLine(angle=0, pen=limit_pen, movable=False,
                                        label=tr("pump minimum"), labelOpts=limit_label)
        self.max_line = pg.InfiniteLine(angle=0, pen=limit_pen, movable=False,
                                        label=tr("pump maximum"), labelOpts=dict(limit_label))
        for line in (self.min_line, self.max_line):
            line.setZValue(30)  # its words over the step boundaries, not crossed by them
            self.plot.addItem(line)
        self._add_day_night()
        self.boundaries: list[pg.InfiniteLine] = []
        self.levels: list[LevelLine] = []
        self._level_pens = {False: pg.mkPen("#0d3c73", width=3),
                            True: pg.mkPen("#0d3c73", width=6)}  # by "is selected"
        self._framed: tuple[float, str] | None = None

        self.refusal = RefusalLine()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(tr("Why the last edit was refused"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.refusal)
        self.refusal.setText("")
        draft.changed.connect(self.redraw)
        # A refusal is about the last attempt: once the program changes (an edit, undo,
        # revert, a new read of the pump) it no longer applies.
        draft.changed.connect(self.clear_refusal)
        self._fit_type()
        self.redraw()

    def _fit_type(self) -> None:
        """The legend near the window's type (at a fixed 9 pt it was the smallest text on
        screen), and room for the steps, their values and the axes at any type size:
        squeezed by a short screen, the plot had kept only its axis labels."""
        self.plot.setMinimumHeight(PLOT_MIN_LINES * self.fontMetrics().lineSpacing())
        legend = self.plot.getPlotItem().legend
        size = f"{whole(self.font().pointSizeF() * LEGEND_TYPE_SCALE)}pt"  # no decimal mark
        if legend.labelTextSize() != size:
            legend.setLabelTextSize(size)
            for _sample, label in legend.items:
                label.setText(label.text)
            legend.updateSize()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_type()
            self.redraw()

    # ------------------------------------------------------------------ drawing
    def set_unit(self, unit: DisplayUnit) -> None:
        self.unit = unit
        self.redraw()

    def _values(self, schedule: Schedule) -> list[float]:
        concentration = self.draft.in_force.concentration
        return [self.unit.show(step.dose, concentration) for step in schedule.steps]

    def redraw(self) -> None:
        draft = self.draft
        pending = draft.pending.schedule
        self.selected = min(self.selected, len(pending.steps) - 1)
        in_force_values = self._values(draft.in_force.schedule)
        self.ghost.setData(*step_xy(draft.in_force.schedule, in_force_values))
        values = self._values(pending)
        if draft.pending.mode is Mode.STOPPED:
            values = [0.0 for _ in values]
        self.curve.setData(*step_xy(pending, values))
        rules = draft.rules
        concentration = draft.in_force.concentration
        low = self.unit.show(rules.min_dose, concentration)
        ceiling = self.unit.show(rules.max_dose, concentration)
        top = max(max(values + in_force_values) * 1.35, low * 4)
        self.min_line.setValue(low)
        self.max_line.setValue(ceiling)
        self.max_line.setVisible(ceiling <= top)
        self._frame(top, tr("Dose ({unit})").format(unit=unit_words(self.unit.value)))
        running = draft.pending.mode is not Mode.STOPPED
        self._update_handles(pending, values, rules, (low, ceiling) if running else None)
        start = pending.steps[self.selected].start_minute
        self.selected_fill.setData([start, pending.end_minute(self.selected)],
                                   [values[self.selected]])
        self._label_values(pending, values, running)

    def _frame(self, top: float, label: str) -> None:
        """Ranges and axis label, set only when they change.

        Setting them, even to the same values, makes the axes and their grid redraw from
        scratch, which costs more than the rest of a drop.
        """
        if (top, label) == self._framed:
            return
        self._framed = (top, label)
        self.view.setLimits(xMin=0, xMax=MINUTES_PER_DAY)
        self.plot.setYRange(0, top, padding=0)
        self.plot.setXRange(0, MINUTES_PER_DAY, padding=0)
        self.plot.setLabel("left", label, color=INK)

    def _label_values(self, schedule: Schedule, values: list[float], running: bool) -> None:
        """Each step's value written on the step, in the unit on the axis ("0 (stopped)"
        when the pump is programmed to stop); the labels are reused like the handles."""
        labels = self.value_labels
        while len(labels) > len(values):
            self.plot.removeItem(labels.pop())
        while len(labels) < len(values):
            label = pg.TextItem("", color=INK, anchor=(0.5, 1.0))
            label.setZValue(20)
            self.plot.addItem(label, ignoreBounds=True)
            labels.append(label)
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            text = self.unit.quantity.number(value) if running else tr("0 (stopped)")
            if label.textItem.toPlainText() != text:
                label.setText(text)
            font = QFont(self.font())  # the window's type: large on a projector
            font.setBold(index == self.selected)
            if label.textItem.font() != font:
                label.setFont(font)
            label.setPos((schedule.steps[index].start_minute + schedule.end_minute(index)) / 2,
                         value)
        self._place_values()

    def _place_values(self, *_: object) -> None:
        """A value is shown only where its step is wide enough for it on screen."""
        schedule = self.draft.pending.schedule
        width_px = self.view.width()
        for index, label in enumerate(self.value_labels):
            if index >= len(schedule.steps):
                return
            step_px = width_px * schedule.duration_minutes(index) / MINUTES_PER_DAY
            label.setVisible(label.textItem.boundingRect().width() + 4 <= step_px)

    def _update_handles(self, schedule: Schedule, values: list[float], rules: ScheduleRules,
                        level_bounds: tuple[float, float] | None) -> None:
        """Handles for every boundary and level; a level drag stops at the pump's limits.

        The lines are moved in place; only a split or a merge adds or removes one, so a
        drop costs a few setters instead of rebuilding (and reconnecting) every handle.
        """
        self._resize(self.boundaries, len(schedule.steps) - 1, self._new_boundary)
        self._resize(self.levels, len(values), self._new_level)
        for line, index in zip(self.boundaries, range(1, len(schedule.steps)), strict=True):
            line.setBounds(schedule_edits.boundary_range(schedule, index, rules))
            line.setValue(schedule.steps[index].start_minute)
        for index, (line, value) in enumerate(zip(self.levels, values, strict=True)):
            line.setSpan(schedule.steps[index].start_minute / MINUTES_PER_DAY,
                         schedule.end_minute(index) / MINUTES_PER_DAY)
            line.setBounds(level_bounds if level_bounds is not None else (None, None))
            line.setValue(value)
            line.setPen(self._level_pens[index == self.selected])

    def _resize(self, lines: list[pg.InfiniteLine], count: int,
                new: Callable[[int], pg.InfiniteLine]) -> None:
        while len(lines) > count:
            self.plot.removeItem(lines.pop())
        while len(lines) < count:
            line = new(len(lines))
            self.plot.addItem(line)
            lines.append(line)

    def _new_boundary(self, position: int) -> pg.InfiniteLine:
        """The line at ``position`` always moves the start of step ``position + 1``."""
        line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(ACCENT, width=2),
                               hoverPen=pg.mkPen("#e65100", width=4))
        line.setToolTip(tr("Drag to move this step's start (Shift: 1 min)"))
        line.sigDragged.connect(lambda item: item.setValue(
            snap_minute(item.value(), fine_modifier(), self.snap_minutes)))
        line.sigPositionChangeFinished.connect(
            lambda item, i=position + 1: self._boundary_dropped(i, item.value()))
        return line

    def _new_level(self, index: int) -> LevelLine:
        line = LevelLine(angle=0, movable=True, pen=self._level_pens[False],
                         hoverPen=pg.mkPen("#e65100", width=6))
        line.setToolTip(tr("Drag to change this step's dose (Shift: finer)"))
        line.sigDragged.connect(lambda item: item.setValue(self.snap_level(item.value())))
        line.sigClicked.connect(lambda _item, _ev, i=index: self.select(i))
        line.sigPositionChangeFinished.connect(
            lambda item, i=index: self._level_dropped(i, item.value()))
        return line

    # ------------------------------------------------------------------ edits
    def clear_refusal(self) -> None:
        self.refusal.setText("")

    def refuse(self, reason: str) -> bool:
        """Say why an edit was not applied, under the plot; False, for the caller to return."""
        self.refusal.setText(tr("Not applied: {reason}").format(reason=reason))
        return False

    def apply(self, text: str, edit: Edit) -> bool:
        """Apply a pure edit to the pending schedule, undoably; say why if refused."""
        before = self.draft.pending
        try:
            schedule = edit(before.schedule, self.draft.rules)
        except (TherapyError, UnitError) as refused:
            self.redraw()
            return self.refuse(edit_refusal(str(refused)))
        self.refusal.setText("")
        if schedule != before.schedule:
            self.undo_stack.push(ScheduleEdit(self.draft, before, schedule, text))
        return True

    def _boundary_dropped(self, index: int, minute: float) -> None:
        target = snap_minute(minute, fine_modifier(), self.snap_minutes)
        self.apply(tr("Move start of step {step} to {time}").format(
            step=index + 1, time=format_minute_of_day(target)),
                   lambda s, r: schedule_edits.move_boundary(s, index, target, r))

    def snap_level(self, value: float) -> float:
        """The unit's step (a tenth of it with Shift), rounded as the unit is shown."""
        step = self.unit.snap / (10 if fine_modifier() else 1)
        return round(max(round(value / step) * step, 0.0), self.unit.decimals)

    def _level_dropped(self, index: int, value: float) -> None:
        self.set_level(index, self.snap_level(value))

    def set_level(self, index: int, value: object) -> bool:
        """Set a step's dose to ``value`` in the unit on the axis (typed text, or a
        dragged or nudged number). A value outside the pump's range is refused with that
        range in the same unit, whichever way it came (a typed "-1" too)."""
        concentration = self.draft.in_force.concentration
        try:
            amount = to_decimal(rounded(value, self.unit.decimals)
                                if isinstance(value, float) else value, self.unit.value)
        except UnitError as refused:
            return self.refuse(edit_refusal(str(refused)))
        low, high = self.unit.typeable_range(self.draft.rules, concentration)
        if not low <= amount <= high:
            return self.refuse(tr("{dose} is outside this pump's range {span} at this "
                                  "concentration").format(
                dose=self.unit.quantity(amount),
                span=self.unit.range_text(self.draft.rules, concentration)))
        try:
            dose = self.unit.parse(value, concentration)
        except (UnitError, TherapyError) as refused:
            return self.refuse(edit_refusal(str(refused)))
        self.select(index)
        return self.apply(tr("Set step {step} to {dose}").format(step=index + 1,
            dose=self.unit.format(dose, concentration)),
                          lambda s, r: schedule_edits.set_rate(s, index, dose, r))

    def split_at(self, minute: int) -> bool:
        return self.apply(tr("Split at {time}").format(
            time=format_minute_of_day(minute)),
                          lambda s, r: schedule_edits.split_step(s, minute, r))

    def split_selected(self) -> bool:
        schedule = self.draft.pending.schedule
        middle = (schedule.steps[self.selected].start_minute
                  + schedule.end_minute(self.selected)) / 2
        return self.split_at(snap_minute(middle, fine_modifier(), self.snap_minutes))

    def merge_selected(self) -> bool:
        index = self.selected
        return self.apply(tr("Merge step {step} with the next").format(step=index + 1),
                          lambda s, r: schedule_edits.merge_steps(s, index, r))

    def delete_selected(self) -> bool:
        index = self.selected
        return self.apply(tr("Delete step {step}").format(step=index + 1),
                          lambda s, r: schedule_edits.delete_step(s, index, r))

    def nudge_boundary(self, direction: int) -> bool:
        index = self.selected
        if index == 0:
            return self.refuse(tr("the first step always starts at 00:00; select a later step "
                                  "to move its start."))
        step = FINE_SNAP_MINUTES if fine_modifier() else self.snap_minutes
        target = self.draft.pending.schedule.steps[index].start_minute + direction * step
        return self.apply(tr("Move start of step {step} to "
                             "{time}").format(step=index + 1,
            time=format_minute_of_day(max(target, 0))),
                          lambda s, r: schedule_edits.move_boundary(s, index, target, r))

    def nudge_level(self, direction: int) -> bool:
        step = self.unit.snap * (10 if fine_modifier() else 1)
        value = self._values(self.draft.pending.schedule)[self.selected] + direction * step
        return self.set_level(self.selected, round(max(value, 0.0), self.unit.decimals))

    def select(self, index: int) -> None:
        count = len(self.draft.pending.schedule.steps)
        index = max(0, min(index, count - 1))
        if index != self.selected:
            self.selected = index
            self.redraw()
        self.selection_changed.emit(index)

    # ------------------------------------------------------------------ day, night, now
    def _add_day_night(self) -> None:
        """Night bands and the pump's 'now' line, behind everything that can be dragged."""
        self.night_bands: list[pg.LinearRegionItem] = []
        for start, end in NIGHT_SPANS:
            band = pg.LinearRegionItem((start, end), movable=False, pen=pg.mkPen(None))
            band.setZValue(-100)
            # Half the plot in translucent fill: kept as a pixmap like the axes (above),
            # or every drag step and drop would fill it again.
            band.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            band.setToolTip(tr("Night, 19:00 to 07:00 (pump clock)"))
            self.plot.addItem(band, ignoreBounds=True)
            self.night_bands.append(band)
        self.set_night_shade(NIGHT_SHADE)
        self.now_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(NOW_INK, width=2),
                                        label=tr("now"), labelOpts={"position": 0.96,
                                                                "color": NOW_INK})
        self.now_line.setZValue(-50)
        self.now_line.setVisible(False)
        self.plot.addItem(self.now_line, ignoreBounds=True)

    def set_in_force_words(self, words: str) -> None:
        """The legend's name for the program in force: once the link is down it is the
        program last read, not what the pump runs now."""
        legend = self.plot.getPlotItem().legend
        label = legend.getLabel(self.ghost)
        if label is not None and label.text != words:
            label.setText(words)
            legend.updateSize()

    def set_night_shade(self, alpha: int) -> None:
        """How dark the night bands are (0 to 255): presentation mode makes them stronger."""
        for band in self.night_bands:
            band.setBrush(pg.mkBrush(*NIGHT_RGB, alpha))

    def set_now(self, minute: float | None) -> None:
        """The pump's time of day (minutes after midnight) as a line; None hides it."""
        if minute is None:
            self.now_line.setVisible(False)
            return
        self.now_line.setVisible(True)  # first: a hidden label ignores new text
        self.now_line.setValue(minute % MINUTES_PER_DAY)
        self.now_line.label.setFormat(tr("now {time}").format(
            time=format_minute_of_day(int(minute) % MINUTES_PER_DAY)))

    # ------------------------------------------------------------------ input
    def _minute_at(self, scene_pos: QPointF) -> float:
        return self.view.mapSceneToView(scene_pos).x()

    def _scene_clicked(self, event) -> None:
        minute = self._minute_at(event.scenePos())
        if not 0 <= minute < MINUTES_PER_DAY:
            return
        self.setFocus()
        index = self.draft.pending.schedule.index_at(int(minute))
        if event.double():
            self.split_at(snap_minute(minute, fine_modifier(), self.snap_minutes))
        elif event.button() == Qt.MouseButton.RightButton:
            self.select(index)
            self._context_menu(event.screenPos().toPoint())
        else:
            self.select(index)

    def _context_menu(self, where) -> None:
        menu = QMenu(self)
        actions = [(tr("Split step here (S)"), self.split_selected),
                   (tr("Merge with next step (M)"), self.merge_selected),
                   (tr("Delete step (Del)"), self.delete_selected)]
        for text, slot in actions:
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, edit=slot: edit() and None)
            menu.addAction(action)
        menu.popup(where)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                self.nudge_boundary(direction)
            else:
                self.select(self.selected + direction)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.nudge_level(1 if key == Qt.Key.Key_Up else -1)
        elif key == Qt.Key.Key_S:
            self.split_selected()
        elif key == Qt.Key.Key_M:
            self.merge_selected()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.exact_entry_requested.emit(self.selected)
        else:
            super().keyPressEvent(event)
