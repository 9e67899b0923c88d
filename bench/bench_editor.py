"""Timeline editor responsiveness: one drag step of a boundary, and one drop.

A drag step is one mouse move over the plot, handled (snap to 15 min) and repainted; the
target is at most 4 ms so a drag follows the pointer. The baseline is the same mouse
move and repaint on a bare pyqtgraph plot holding one movable line, in the same run.
The drop (apply the edit through the undo stack, rebuild every handle, refresh the table,
repaint) is shown against the same baseline.
"""

from __future__ import annotations

import os
import statistics
import time

from bench import Figure

MOVES = 60
DROPS = 20
SIZE = (1000, 420)


def _point(plot, view, minute: float, value: float):
    from PySide6.QtCore import QPointF

    return plot.mapFromScene(view.mapViewToScene(QPointF(minute, value)))


def _median_drag_step_ms(plot, view, line, value: float) -> float:
    """Press on ``line``, then time each move (handle + repaint).

    Raises if the line did not follow: a figure for a drag that never started would
    measure nothing."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = plot.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    minute = line.value()
    start = _point(plot, view, minute, value)
    QTest.mousePress(viewport, left, none, start)
    samples = []
    for move in range(1, MOVES + 1):
        offset = 2 * (move % 20) - 20  # back and forth over 40 px, inside the bounds
        target = QPoint(start.x() + offset, start.y())
        began = time.perf_counter()
        QTest.mouseMove(viewport, target)
        viewport.repaint()
        samples.append((time.perf_counter() - began) * 1000)
    moved = line.value() != minute
    QTest.mouseRelease(viewport, left, none, start)
    if not moved:
        raise RuntimeError("the drag did not move the line; the figure would be empty")
    return statistics.median(samples)


def _bare_plot():
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.setMouseEnabled(x=False, y=False)
    plot.setXRange(0, 1440, padding=0)
    plot.setYRange(0, 600, padding=0)
    plot.line = pg.InfiniteLine(420, angle=90, movable=True, bounds=(15, 705))
    plot.addItem(plot.line)
    plot.resize(*SIZE)
    plot.show()
    plot.scene().minDragTime = 0
    return plot


def _editor():
    from itb_console.console.program_draft import ProgramDraft
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.pump_profiles import load_profile
    from itb_console.ui.timeline.schedule_table import ScheduleTable
    from itb_console.ui.timeline.timeline_editor import TimelineEditor
    from PySide6.QtGui import QUndoStack

    initial = load_initial_pump()
    draft = ProgramDraft(initial.program, load_profile(initial.profile_id))
    stack = QUndoStack()
    editor = TimelineEditor(draft, stack)
    table = ScheduleTable(draft, editor)
    editor.resize(*SIZE)
    editor.show()
    editor.plot.scene().minDragTime = 0
    return editor, table, stack


def _median_drop_ms(editor) -> float:
    """Alternate two boundary positions: each drop applies, rebuilds and repaints."""
    samples = []
    for drop in range(DROPS):
        began = time.perf_counter()
        editor._boundary_dropped(1, 480 if drop % 2 == 0 else 420)
        editor.plot.viewport().repaint()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    pg.setConfigOption("mouseRateLimit", -1)
    bare = _bare_plot()
    editor, table, _stack = _editor()
    app.processEvents()
    bare_ms = _median_drag_step_ms(bare, bare.getPlotItem().getViewBox(), bare.line, 300)
    # The boundary at 07:00, grabbed low on the plot where no level line crosses it.
    drag_ms = _median_drag_step_ms(editor.plot, editor.view, editor.boundaries[0], 40)
    drop_ms = _median_drop_ms(editor)
    for widget in (bare, editor, table):
        widget.close()
    baseline = "bare plot, one movable line"
    return [
        Figure("editor: one boundary drag step (snap + repaint)", drag_ms, "ms", baseline,
               bare_ms, "<= 4 ms"),
        Figure("editor: boundary drop (edit, undo stack, handles, table, repaint)", drop_ms,
               "ms", baseline, bare_ms),
    ]
