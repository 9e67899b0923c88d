"""What "fits" means for a window on a screen: every text whole, every part on the screen.

A projector at 1024x768 and a trainer's 1.5x type squeeze windows; Qt then clips text
without a word (a label cut at its right edge, a header reading "ld (mcg/day", a button
whose caption loses its end, a window whose Close button lies below the screen).
``layout_problems`` compares the font metrics of each visible text with the rectangle the
style draws it in, and each widget's place with its parent and the screen, and says in
words what does not fit, so a test can assert the list is empty. Training mock, not for
clinical use.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTableView,
    QWidget,
)

SLACK_PX = 1  # rounding between font metrics and layout
CELL_ROWS_CHECKED = 60  # a long log is checked on its first rows: the columns are the same


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in _lines(text)), default=0)


def _shown_text(text: str) -> str:
    """A button's caption as drawn: '&&' is one '&', a single '&' marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport what lies past its edge is a scroll away, not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _in_toolbar(widget: QWidget) -> bool:
    """A tool bar shows what does not fit behind its own extension button."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if parent.inherits("QToolBar"):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK_PX:
            return f"wrapped text needs {needed} px height, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK_PX:
        return f"text needs {hint.width()} px width, has {label.width()}"
    if hint.height() > label.height() + SLACK_PX:
        return f"text needs {hint.height()} px height, has {label.height()}"
    return None


def _caption_room(button: QAbstractButton) -> QRect:
    """Where the style draws a button's caption: inside its frame, padding and box."""
    if not isinstance(button, QPushButton | QCheckBox | QRadioButton):
        return button.contentsRect()
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonContents
               if isinstance(button, QRadioButton)
               else QStyle.SubElement.SE_PushButtonContents)
    return button.style().subElementRect(element, option, button)


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown_text(button.text())
    if not text:
        return None
    room = _caption_room(button)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    metrics = button.fontMetrics()
    needed = _widest(metrics, text) + icon
    if needed > room.width() + SLACK_PX:
        return f"caption needs {needed} px width, has {room.width()}"
    if metrics.height() > room.height() + SLACK_PX:
        return f"caption needs {metrics.height()} px height, has {room.height()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room.width() + SLACK_PX:
        return f"choice {text!r} needs {needed} px width, has {room.width()}"
    return None


def _field_problem(field: QLineEdit) -> str | None:
    """A value shown in a field (a spin box's, or read-only) is read whole, not cut."""
    parent = field.parentWidget()
    if not field.text() or not (field.isReadOnly() or isinstance(parent, QAbstractSpinBox)):
        return None
    margins = field.textMargins()
    room = field.contentsRect().width() - margins.left() - margins.right() - 4  # Qt's 2+2
    needed = field.fontMetrics().horizontalAdvance(field.text())
    if needed > room + SLACK_PX:
        return f"value {field.text()!r} needs {needed} px width, has {room}"
    return None


def _group_title_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    room = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                      QStyle.SubControl.SC_GroupBoxLabel, box)
    shown = room.intersected(box.rect())
    if shown.width() < room.width() - SLACK_PX:
        return f"title {box.title()!r} needs {room.width()} px width, has {shown.width()}"
    return None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    """Each section against what the style needs for its text (padding, bold, arrow)."""
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation(),
                                    Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        needed = header.sectionSizeFromContents(section)
        if needed.width() > header.sectionSize(section) + SLACK_PX:
            yield (f"header {text!r} needs {needed.width()} px, "
                   f"has {header.sectionSize(section)}")
        if needed.height() > header.height() + SLACK_PX:
            yield f"header {text!r} needs {needed.height()} px height, has {header.height()}"


def _cell_problems(view: QTableView, rows: int) -> Iterator[str]:
    """Cells elided with '...' or cut below: a number read aloud must be whole."""
    model = view.model()
    header = view.horizontalHeader()
    # The style's text margins inside a cell, and the grid line each cell gives up.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           view) + 1)
    grid = 1 if view.showGrid() else 0
    for row in range(min(rows, CELL_ROWS_CHECKED)):
        if view.isRowHidden(row):
            continue
        height = view.rowHeight(row) - grid
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or header.sectionSize(column) == 0:
                continue
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text or view.indexWidget(index) is not None:
                continue
            room = view.columnWidth(column) - grid - margin
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
            if view.wordWrap():
                used = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000),
                                            int(Qt.TextFlag.TextWordWrap), text)
                needed = QSize(used.width(), used.height())
            else:
                needed = QSize(_widest(metrics, text), len(_lines(text)) * metrics.height())
            if needed.width() > room + SLACK_PX:
                yield f"cell {text[:40]!r} (row {row + 1}) needs {needed.width()} px, has {room}"
            elif needed.height() > height + SLACK_PX:
                yield (f"cell {text[:40]!r} (row {row + 1}) needs {needed.height()} px "
                       f"height, has {height}")


def _rows_problem(table: QTableView) -> str | None:
    """A schedule table shows every step without scrolling."""
    rows = table.model().rowCount()
    shown = sum(table.rowHeight(row) for row in range(rows))
    if shown > table.viewport().height() + SLACK_PX:
        return (f"shows {table.viewport().height()} px of its {rows} rows' "
                f"{shown} px: a step is hidden")
    return None


def _outside_parent(widget: QWidget) -> str | None:
    """A part pushed past its parent's edge is cut off (a window squeezed below its
    layout's minimum does this to its right-hand and bottom widgets)."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    inside = parent.rect()
    place = widget.geometry()
    if inside.contains(place):
        return None
    right = place.right() - inside.right()
    bottom = place.bottom() - inside.bottom()
    over = [f"{right} px past the right" if right > 0 else "",
            f"{bottom} px past the bottom" if bottom > 0 else "",
            f"{-place.left()} px past the left" if place.left() < 0 else "",
            f"{-place.top()} px past the top" if place.top() < 0 else ""]
    return "outside its parent: " + ", ".join(filter(None, over))


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    if isinstance(widget, QLabel | QAbstractButton):
        return _shown_text(widget.text())[:40]
    if isinstance(widget, QGroupBox):
        return widget.title()
    return type(widget).__name__


def _widget_problems(widget: QWidget, whole_tables: tuple[QTableView, ...]) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield from filter(None, [_label_problem(widget)])
    elif isinstance(widget, QAbstractButton):
        yield from filter(None, [_button_problem(widget)])
    elif isinstance(widget, QComboBox):
        yield from filter(None, [_combo_problem(widget)])
    elif isinstance(widget, QLineEdit):
        yield from filter(None, [_field_problem(widget)])
    elif isinstance(widget, QGroupBox):
        yield from filter(None, [_group_title_problem(widget)])
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        yield from _header_problems(widget)
    if isinstance(widget, QTableView) and widget.model() is not None:
        yield from _cell_problems(widget, widget.model().rowCount())
        if widget in whole_tables:
            yield from filter(None, [_rows_problem(widget)])


def _checked(widget: QWidget, window: QWidget) -> bool:
    """Shown in this window, and ours to fit: the parts Qt puts inside a table or a spin
    box (a scroll bar, a corner button) are Qt's, except the header and the spin box's
    text, which show our words."""
    if not widget.isVisibleTo(window) or widget.window() is not window:
        return False
    if isinstance(widget, QHeaderView | QLineEdit):
        return True
    return (not widget.objectName().startswith("qt_") and not _in_toolbar(widget)
            and not isinstance(widget.parentWidget(), QAbstractItemView | QAbstractSpinBox))


def layout_problems(window: QWidget, screen: QRect,
                    whole_tables: tuple[QTableView, ...] = ()) -> list[str]:
    """What does not fit in ``window`` on ``screen`` (its geometry), in words; [] if all do.

    ``whole_tables``: tables that must show every row without scrolling (the schedule
    steps)."""
    problems = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"the window ({frame.x()},{frame.y()} {frame.width()}x"
                        f"{frame.height()}) is not inside the screen ({screen.width()}x"
                        f"{screen.height()})")
    for widget in [window, *window.findChildren(QWidget)]:
        if not _checked(widget, window):
            continue
        found = list(_widget_problems(widget, whole_tables))
        if not _scrolled(widget, window) and not widget.isWindow():
            found += filter(None, [_outside_parent(widget)])
        problems += [f"{type(widget).__name__} {_name(widget)!r}: {problem}"
                     for problem in found]
    return problems
