"""The schedule as a table, kept in step with the timeline both ways.

Each row shows a step in every unit at once (mcg/day, mcg/h, mL/day) so the per-hour
and per-day values are never confused. Editing a start time or any of the dose cells
goes through the same undoable edits as the timeline.
"""

from __future__ import annotations

from typing import overload

from itb_console.console.display_units import DisplayUnit
from itb_console.console.number_input import NumberRule
from itb_console.console.program_draft import ProgramDraft
from itb_console.console.refusal_words import edit_refusal
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device import schedule_edits
from itb_console.device.therapy import Mode
from itb_console.device.units import UnitError, format_minute_of_day, parse_minute_of_day
from itb_console.ui.number_field import NumberDelegate
from itb_console.ui.style import CRITICAL
from itb_console.ui.table_fit import rows_height
from itb_console.ui.timeline.timeline_editor import TimelineEditor
from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

# Two-line headers: the unit never elided, however narrow the column.
COLUMNS = [QT_TR_NOOP("Start"), QT_TR_NOOP("End"), QT_TR_NOOP("Dose\n(mcg/day)"),
           QT_TR_NOOP("Dose\n(mcg/h)"), QT_TR_NOOP("Volume\n(mL/day)")]
NOT_DELIVERING = QT_TR_NOOP("0 (stopped)")
ROW_PADDING_PX = 4
UNIT_OF_COLUMN = {2: DisplayUnit.MCG_PER_DAY, 3: DisplayUnit.MCG_PER_HOUR,
                  4: DisplayUnit.ML_PER_DAY}


class ScheduleTable(QTableWidget):
    def __init__(self, draft: ProgramDraft, editor: TimelineEditor) -> None:
        super().__init__(0, len(COLUMNS))
        self.draft = draft
        self.editor = editor
        self._filling = False
        self.setAccessibleName(tr("Schedule steps table"))
        self.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, unit in UNIT_OF_COLUMN.items():  # typed in the language of the run
            self.setItemDelegateForColumn(column, NumberDelegate(
                NumberRule(unit.decimals), self._refused, self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        draft.changed.connect(self.refill)
        editor.selection_changed.connect(self._select_row)
        editor.exact_entry_requested.connect(self.edit_dose)
        self.itemChanged.connect(self._edited)
        self.currentCellChanged.connect(self._row_chosen)
        self.refill()

    def refill(self) -> None:
        """Show the pending schedule, changing only the cells whose text changed.

        Rows are added or removed only when a step is; the items of the other rows stay,
        so a drop costs a few text comparisons instead of new items for every cell.
        """
        program = self.draft.pending
        schedule = program.schedule
        stopped = program.mode is Mode.STOPPED
        self._filling = True
        old_rows = self.rowCount()
        self.setRowCount(len(schedule.steps))
        for row in range(old_rows, len(schedule.steps)):
            for column in range(len(COLUMNS)):
                self.setItem(row, column, self._new_item(row, column))
        for row, step in enumerate(schedule.steps):
            cells = [format_minute_of_day(step.start_minute),
                     format_minute_of_day(schedule.end_minute(row))]
            cells += [unit.number(step.dose, program.concentration)
                      for unit in UNIT_OF_COLUMN.values()]
            for column, text in enumerate(cells):
                item = self.item(row, column)
                if item is None:
                    continue
                if column >= 2:
                    self._show_dose(item, text, stopped)
                elif item.text() != text:
                    item.setText(text)
        self._filling = False
        if self.rowCount() != old_rows:
            self._fit_rows()
        self._select_row(self.editor.selected)

    @staticmethod
    def _new_item(row: int, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == 1 or (column == 0 and row == 0):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(tr("Set by the next step's start") if column == 1
                            else tr("The first step always starts at 00:00"))
        return item

    def _fit_rows(self) -> None:
        """Tall enough for every step (at most the pump's 10): a hidden step is a step
        nobody checks. Rows are one line of type high: the plot above needs the room."""
        row_px = self.fontMetrics().height() + ROW_PADDING_PX
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(row_px)
        rows.setDefaultSectionSize(row_px)
        for row in range(self.rowCount()):
            self.setRowHeight(row, row_px)
        self.setFixedHeight(rows_height(self))  # every step, and no empty rows under them

    def changeEvent(self, event: QEvent) -> None:
        """Larger type (presentation mode, a trainer's setting) makes every row taller."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    @staticmethod
    def _show_dose(item: QTableWidgetItem, text: str, stopped: bool) -> None:
        """A stopped pump delivers nothing: the step's dose is kept for a restart but
        never shown as if it ran."""
        shown = tr(NOT_DELIVERING) if stopped else text
        if item.text() != shown:
            item.setText(shown)
        item.setToolTip(tr("Stopped: the pump delivers nothing. Kept for a restart: {text}").format(
            text=text)
                        if stopped else "")
        item.setData(Qt.ItemDataRole.ForegroundRole, QColor(CRITICAL) if stopped else None)
        editable = item.flags() | Qt.ItemFlag.ItemIsEditable
        item.setFlags(editable & ~Qt.ItemFlag.ItemIsEditable if stopped else editable)

    @overload
    def edit(self, index: QModelIndex | QPersistentModelIndex) -> None: ...

    @overload
    def edit(self, index: QModelIndex | QPersistentModelIndex,
             trigger: QAbstractItemView.EditTrigger, event: QEvent) -> bool: ...

    def edit(self, index: QModelIndex | QPersistentModelIndex,
             trigger: QAbstractItemView.EditTrigger | None = None,
             event: QEvent | None = None) -> bool | None:
        """A cell opened for typing: what was said of the last attempt is old (the cell's
        own note says what is wrong with what is typed now); one message at a time."""
        if trigger is None:
            return super().edit(index)
        opened = super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt: may be null
        if opened:
            self.editor.clear_refusal()
        return opened

    def _refused(self, reason: str) -> None:
        self.editor.refuse(reason)

    def _row_chosen(self, row: int, *_: int) -> None:
        if row >= 0:
            self.editor.select(row)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.rowCount() and self.currentRow() != row:
            self.blockSignals(True)
            self.selectRow(row)
            self.blockSignals(False)

    def edit_dose(self, row: int) -> None:
        """Open the dose cell of ``row`` in the unit the timeline shows, for typing."""
        column = next(c for c, unit in UNIT_OF_COLUMN.items() if unit is self.editor.unit)
        self.setFocus()
        self.setCurrentCell(row, column)
        item = self.item(row, column)
        if item is not None:
            self.editItem(item)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column, text = item.row(), item.column(), item.text()
        if column == 0:
            try:
                minute = parse_minute_of_day(text, "start")
            except UnitError as refused:
                self.editor.refuse(edit_refusal(str(refused)))
                self.refill()
                return
            if not self.editor.apply(
                    tr("Move start of step {step} to {time}").format(
                        step=row + 1, time=format_minute_of_day(minute)),
                    lambda s, r: schedule_edits.move_boundary(s, row, minute, r)):
                self.refill()
            return
        unit = UNIT_OF_COLUMN[column]
        previous = self.editor.unit
        self.editor.unit = unit
        try:
            accepted = self.editor.set_level(row, text.strip())
        finally:
            self.editor.unit = previous
        if not accepted:
            self.refill()
        self.editor.redraw()
