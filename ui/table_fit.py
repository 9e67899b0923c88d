"""Tables that show every row: a program's steps, a review's changes.

A step a scroll away is a step nobody checks, so these tables ask their layout for the
height of all their rows (the few a pump program has), at whatever type size is in use.
Training mock, not for clinical use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def rows_height(table: QTableView) -> int:
    """The height the header, the frame and every row take."""
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    return (table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
            + sum(table.rowHeight(row) for row in range(rows)))


def show_every_row(table: QTableView) -> None:
    """Rows as tall as their text, and the table tall enough for all of them."""
    table.resizeRowsToContents()
    table.setMinimumHeight(rows_height(table))


def rows_follow_wrapping(table: QTableView) -> None:
    """Wrapped cells keep their whole text: rows take their height again whenever a
    column's width settles (a resized window, larger type, new rows)."""
    table.setWordWrap(True)
    again = QTimer(table)
    again.setSingleShot(True)
    again.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: again.start(0))
    model = table.model()
    if model is not None:
        model.rowsInserted.connect(lambda *_: again.start(0))
        model.layoutChanged.connect(lambda *_: again.start(0))


class ColumnFill(QObject):
    """Keeps one column (the last unless told) filling the width the others leave, never
    narrower than its floor (a column of wrapped sentences) or, without a floor, than its
    cells; and never narrower than its header."""

    def __init__(self, table: QTableView, floor_px: int, column: int | None = None) -> None:
        super().__init__(table)
        self.table, self.floor_px, self.column = table, floor_px, column
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _filled(self) -> int:
        return self.table.horizontalHeader().count() - 1 if self.column is None else self.column

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._filled():
            self.fill()

    def fill(self) -> None:
        header = self.table.horizontalHeader()
        filled = self._filled()
        if not 0 <= filled < header.count():
            return
        if header.sectionResizeMode(filled) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(filled, QHeaderView.ResizeMode.Interactive)
        others = sum(header.sectionSize(s) for s in range(header.count())
                     if s != filled and not header.isSectionHidden(s))
        width = max(self.floor_px, header.sectionSizeFromContents(filled).width(),
                    0 if self.floor_px else self.table.sizeHintForColumn(filled),
                    self.table.viewport().width() - others)
        if header.sectionSize(filled) != width:
            header.resizeSection(filled, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False


def column_fills(table: QTableView, floor_chars: int, column: int | None = None
                 ) -> ColumnFill:
    """``column`` (the last by default) takes the width left over, but at least
    ``floor_chars`` characters (its sentences wrap or are elided with a tooltip) or, with
    none, its widest cell; and at least its header. Qt's stretched column shrank below its
    own header when the others took the width; here the table scrolls sideways instead.
    Call the returned filler's ``fill()`` after the columns change."""
    table.horizontalHeader().setStretchLastSection(False)
    fill = ColumnFill(table, floor_chars * table.fontMetrics().averageCharWidth(), column)
    fill.fill()
    return fill
