"""Timeline editor with real mouse and key events, undo/redo and the synced table."""

import pyqtgraph as pg
import pytest
from itb_console.console.display_units import DisplayUnit
from itb_console.console.program_draft import ProgramDraft
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.pump_profiles import load_profile
from itb_console.ui.number_field import NumberEdit
from itb_console.ui.timeline.schedule_table import ScheduleTable
from itb_console.ui.timeline.timeline_editor import TimelineEditor
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from tests.text import spaced

pg.setConfigOption("mouseRateLimit", -1)


@pytest.fixture
def editor(qtbot):
    initial = load_initial_pump()
    draft = ProgramDraft(initial.program, load_profile(initial.profile_id))
    stack = QUndoStack()
    made = TimelineEditor(draft, stack)
    stack.setParent(made)  # Qt owns them: nothing is left for the final garbage collection
    draft.setParent(made)
    table = ScheduleTable(draft, made)
    qtbot.addWidget(made)
    qtbot.addWidget(table)
    made.resize(1000, 420)
    made.show()
    qtbot.waitExposed(made)
    made.plot.scene().minDragTime = 0
    made.table, made.stack = table, stack
    return made


def widget_point(editor, minute, value) -> QPoint:
    scene = editor.view.mapViewToScene(QPointF(minute, value))
    return editor.plot.mapFromScene(scene)


def drag(editor, start: QPoint, end: QPoint) -> None:
    viewport = editor.plot.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        point = start + (end - start) * fraction
        QTest.mouseMove(viewport, QPoint(int(point.x()), int(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       end)


def pairs(editor):
    return editor.draft.pending.schedule.as_pairs()


def test_drag_boundary_snaps_to_15_minutes(editor):
    # The boundary at 07:00 (420 min) dragged to about 08:03 lands on 08:00, the nearest
    # quarter hour: one pixel is 1440 min / under 1000 px, so "about" is within 2 min.
    drag(editor, widget_point(editor, 420, 200), widget_point(editor, 483, 200))
    assert pairs(editor)[1][0] == 480
    assert editor.stack.count() == 1


def test_drag_level_changes_the_dose(editor):
    # Step 3 (12:00-22:00) at 400 mcg/day dragged up to about 460.
    drag(editor, widget_point(editor, 1000, 400), widget_point(editor, 1000, 460))
    dose = pairs(editor)[2][1] / 1000
    assert 450 <= dose <= 470 and dose == int(dose)  # snapped to whole mcg/day
    assert editor.table.item(2, 2).text() == f"{dose:.1f}"


def test_level_drag_stops_at_the_pump_minimum(editor):
    # 96 mcg/day is 0.048 mL/day at 2000 mcg/mL, the pump's slowest rate.
    drag(editor, widget_point(editor, 200, 350), widget_point(editor, 200, 30))
    assert pairs(editor)[0] == (0, 96_000)
    assert editor.refusal.text() == ""


def test_keyboard_select_level_boundary_split_merge_delete(editor, qtbot):
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Right)
    assert editor.selected == 1
    QTest.keyClick(editor, Qt.Key.Key_Up)
    assert pairs(editor)[1] == (420, 451_000)
    QTest.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert pairs(editor)[1] == (420, 461_000)
    QTest.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert pairs(editor)[1] == (435, 461_000)
    QTest.keyClick(editor, Qt.Key.Key_S)
    assert len(pairs(editor)) == 5
    QTest.keyClick(editor, Qt.Key.Key_M)
    assert len(pairs(editor)) == 4
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    assert len(pairs(editor)) == 3
    assert editor.stack.count() == 6


def test_undo_redo_walks_back_and_forth(editor):
    original = pairs(editor)
    editor.split_at(900)
    editor.set_level(3, 500)
    edited = pairs(editor)
    editor.stack.undo()
    editor.stack.undo()
    assert pairs(editor) == original
    editor.stack.redo()
    editor.stack.redo()
    assert pairs(editor) == edited


def test_refused_edit_says_why_and_changes_nothing(editor):
    before = pairs(editor)
    assert not editor.set_level(0, 20)  # below the pump's 96 mcg/day at 2000 mcg/mL
    assert "outside this pump's range" in editor.refusal.text()
    assert not editor.split_at(425)
    assert "at least 15 min" in editor.refusal.text()
    assert pairs(editor) == before and editor.stack.count() == 0
    editor.set_level(0, 360)
    assert editor.refusal.text() == ""


def test_table_edits_flow_into_the_schedule(editor):
    editor.table.item(1, 0).setText("08:30")
    assert pairs(editor)[1] == (510, 450_000)
    editor.table.item(2, 3).setText("20")  # mcg/h column: 480 mcg/day
    assert pairs(editor)[2] == (720, 480_000)
    editor.table.item(2, 4).setText("0.25")  # mL/day at 2000 mcg/mL: 500 mcg/day
    assert pairs(editor)[2] == (720, 500_000)
    editor.table.item(1, 0).setText("25:00")
    assert "outside 00:00 to 24:00" in editor.refusal.text()
    assert editor.table.item(1, 0).text() == "08:30"


def test_double_click_splits_at_the_pointer(editor):
    # The sequence a real double click produces: click, double-click press, release.
    viewport, point = editor.plot.viewport(), widget_point(editor, 1020, 300)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(viewport, left, none, point)
    QTest.mouseDClick(viewport, left, none, point)
    QTest.mouseRelease(viewport, left, none, point)
    assert (1020, 400_000) in pairs(editor)


def test_unit_toggle_changes_axis_and_values(editor):
    editor.set_unit(DisplayUnit.MCG_PER_HOUR)
    assert "mcg/h" in editor.plot.getPlotItem().getAxis("left").labelText
    assert editor.levels[1].value() == pytest.approx(18.75)
    editor.set_unit(DisplayUnit.ML_PER_DAY)
    axis = editor.plot.getPlotItem().getAxis("left")
    assert "Dose (mL/day) </span>" in axis.labelString()  # no "(x0.001)" rescaling
    assert editor.levels[1].value() == pytest.approx(0.225)


def test_enter_opens_the_dose_cell_for_an_exact_value(editor, qtbot):
    editor.set_unit(DisplayUnit.ML_PER_DAY)
    editor.select(2)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert (editor.table.currentRow(), editor.table.currentColumn()) == (2, 4)
    assert editor.table.state() == editor.table.State.EditingState


def handles_and_rows(editor) -> tuple[list[tuple[float, ...]], list[list[str]]]:
    lines = [(line.value(), *line.bounds()) for line in editor.boundaries]
    lines += [(line.value(), *line.span, line.pen.width()) for line in editor.levels]
    drawn = [line.mapRectToView(line.boundingRect()) for line in editor.levels]
    lines += [(round(rect.left()), round(rect.right())) for rect in drawn]  # minutes
    table = editor.table
    rows = [[table.item(row, column).text() for column in range(3)]
            for row in range(table.rowCount())]
    return lines, rows


def test_a_drop_moves_the_same_handles_and_rows_that_a_fresh_editor_would_draw(editor,
                                                                                 qtbot):
    """In-place updates: no handle or cell is rebuilt, and each shows what a new one would."""
    lines_before = editor.boundaries + editor.levels
    items_before = [editor.table.item(row, 0) for row in range(editor.table.rowCount())]
    editor._boundary_dropped(1, 480)
    assert editor.boundaries + editor.levels == lines_before
    assert [editor.table.item(row, 0) for row in range(editor.table.rowCount())] == items_before
    assert editor.boundaries[0].value() == 480
    assert editor.table.item(0, 1).text() == "08:00"
    fresh = TimelineEditor(editor.draft, QUndoStack())
    fresh.table = ScheduleTable(editor.draft, fresh)
    qtbot.addWidget(fresh)
    qtbot.addWidget(fresh.table)
    fresh.resize(editor.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    assert handles_and_rows(editor) == handles_and_rows(fresh)


def test_split_merge_and_undo_add_and_remove_only_the_handles_that_change(editor):
    steps = len(editor.draft.pending.schedule.steps)
    first = editor.levels[0]
    assert editor.split_at(900)
    assert (len(editor.boundaries), len(editor.levels)) == (steps, steps + 1)
    assert editor.table.rowCount() == steps + 1
    assert editor.levels[0] is first
    editor.stack.undo()
    assert (len(editor.boundaries), len(editor.levels)) == (steps - 1, steps)
    assert editor.table.rowCount() == steps
    assert [line.value() for line in editor.boundaries] == [
        step.start_minute for step in editor.draft.pending.schedule.steps[1:]]


def open_cell(qtbot, editor, row: int) -> NumberEdit:
    """The dose cell of ``row`` (in the unit on the axis), opened for typing."""
    editor.table.show()
    editor.table.activateWindow()  # the cell keeps the focus while it is typed into
    qtbot.waitUntil(editor.table.isActiveWindow)
    editor.table.edit_dose(row)
    cell = editor.table.indexWidget(editor.table.currentIndex())
    assert isinstance(cell, NumberEdit)
    cell.selectAll()  # typed over, as a person does
    return cell


def cell_closed(editor) -> bool:
    return editor.table.state() is not QAbstractItemView.State.EditingState


def type_into_cell(qtbot, editor, row: int, text: str) -> None:
    """Type a number the cell takes and press Enter: the table has it once the cell goes."""
    cell = open_cell(qtbot, editor, row)
    qtbot.keyClicks(cell, text)
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_closed(editor))


@pytest.mark.parametrize(("unit", "typed", "said"), [
    (DisplayUnit.MCG_PER_DAY, "-1", "-1.0 mcg/day is outside this pump's range 96.0 to "
                                    "48000.0 mcg/day at this concentration"),
    (DisplayUnit.MCG_PER_DAY, "99999", "99999.0 mcg/day is outside this pump's range 96.0 "
                                       "to 48000.0 mcg/day at this concentration"),
    (DisplayUnit.MCG_PER_HOUR, "3.99", "3.99 mcg/h is outside this pump's range 4.00 to "
                                       "2000.00 mcg/h at this concentration"),
    (DisplayUnit.ML_PER_DAY, "30", "30.000 mL/day is outside this pump's range 0.048 to "
                                   "24.000 mL/day at this concentration"),
])
def test_a_dose_typed_outside_the_pump_range_names_that_range_in_its_unit(
        qtbot, editor, unit, typed, said):
    """The pump's own range (96 to 48000 mcg/day at 2000 mcg/mL on a 20 mL pump), never
    the program format's 0 to 100000 mcg/day."""
    before = pairs(editor)
    editor.set_unit(unit)
    type_into_cell(qtbot, editor, 1, typed)
    assert spaced(editor.refusal.text()) == f"Not applied: {said}"
    assert pairs(editor) == before


def test_one_refusal_at_a_time_and_none_once_it_no_longer_applies(qtbot, editor):
    type_into_cell(qtbot, editor, 1, "50")
    assert editor.refusal.isVisible()
    cell = open_cell(qtbot, editor, 1)  # typing again: the cell's note speaks, the line goes
    assert not editor.refusal.isVisible()
    qtbot.keyClicks(cell, "0,5")
    QTest.keyClick(cell, Qt.Key.Key_Return)  # not taken: the cell stays open, saying why
    assert cell.note.text() == "0,5: the decimal separator here is “.”; type 0.5."
    assert (cell.note.isVisible(), editor.refusal.isVisible()) == (True, False)
    QTest.keyClick(cell, Qt.Key.Key_Escape)  # given up: nothing is said of it
    qtbot.waitUntil(lambda: cell_closed(editor))
    assert (editor.refusal.text(), pairs(editor)[1]) == ("", (420, 450_000))
    type_into_cell(qtbot, editor, 1, "50")
    editor.split_at(900)  # the program changed: the refusal was of the program before
    assert not editor.refusal.isVisible()
    type_into_cell(qtbot, editor, 1, "50")
    editor.stack.undo()
    assert not editor.refusal.isVisible()
