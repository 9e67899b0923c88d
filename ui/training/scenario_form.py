"""A form of scenario fields, built from their specs, that edits the scenario's data in place.

Each widget writes straight into the tables it is shown (the plain data of the TOML
file), so what the form shows is always what would be saved, half-made or not.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from itb_console.console.event_words import alarm_title
from itb_console.console.language import current
from itb_console.console.training.scenario_fields import (
    DOSE_RULE,
    NUMBER_RULES,
    FieldSpec,
    Kind,
    as_text,
    dose_from_text,
    from_text,
    put,
    shown_for,
    shown_text,
)
from itb_console.console.translation import tr
from itb_console.ui.number_field import NumberDelegate, NumberEdit
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

LONG_TEXT_LINES = 3
STEPS_SHOWN = 5  # rows in view; more scroll
CHOICE_CHARS = 12  # a choice box is at least this wide; longer choices are elided


class StepsEditor(QWidget):
    """The program's steps: a start time and a dose per row, rows added and removed."""

    edited = Signal(object)  # the steps as the file keeps them: [["HH:MM", "mcg/day"], ...]

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("From"), tr("Dose (mcg/day)")])
        self.table.setAccessibleName(tr("Program steps"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(1, NumberDelegate(DOSE_RULE, lambda _why: None,
                                                              self.table, localised=True))
        rows_px = self.table.fontMetrics().lineSpacing() + 10
        self.table.setFixedHeight(rows_px * (STEPS_SHOWN + 1) + 4)
        self.table.itemChanged.connect(lambda _item: self.edited.emit(self.steps()))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Add step"))
        add.clicked.connect(self.add_step)
        remove = QPushButton(tr("Remove step"))
        remove.clicked.connect(self.remove_step)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_steps(self, steps: Any) -> None:
        rows = steps if isinstance(steps, list) else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, pair in enumerate(rows):
            cells = pair if isinstance(pair, list) else [pair]
            for column in range(2):
                value = cells[column] if column < len(cells) else ""
                shown = shown_text(None, value) if column == 1 else as_text(value)
                self.table.setItem(number, column, QTableWidgetItem(shown))
        self.table.blockSignals(False)

    def steps(self) -> list[list[str]]:
        return [[self._cell(row, 0), dose_from_text(self._cell(row, 1))]
                for row in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def add_step(self) -> None:
        self.show_steps([*self.steps(), ["", ""]])
        self.edited.emit(self.steps())

    def remove_step(self) -> None:
        rows = self.steps()
        current = self.table.currentRow()
        if rows:
            del rows[current if 0 <= current < len(rows) else -1]
        self.show_steps(rows)
        self.edited.emit(rows)


class FieldForm(QWidget):
    """Labelled widgets for some fields of some tables; edits go into those tables."""

    changed = Signal(str)  # the key edited (its table already holds the new value)

    def __init__(self, specs: list[FieldSpec], parent: QWidget | None = None,
                 labels_above: bool = False) -> None:
        """``labels_above``: each label over its field (a narrow form beside a list)."""
        super().__init__(parent)
        self.specs = specs
        self.tables: dict[str, dict[str, Any]] = {}
        self.widgets: dict[str, QWidget] = {}
        self._filling = False
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if labels_above
                                      else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFormAlignment(Qt.AlignmentFlag.AlignTop)
        for spec in specs:
            widget = self._make(spec)
            label, hint = tr(spec.label), spec.shown_hint()
            widget.setAccessibleName(label)
            widget.setToolTip(hint or label)
            self.widgets[spec.key] = widget
            self.layout_.addRow(label, widget)

    # ------------------------------------------------------------------ widgets
    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind is Kind.LONG_TEXT:
            long_text = QPlainTextEdit()
            long_text.setPlaceholderText(spec.shown_hint())
            long_text.setTabChangesFocus(True)
            line = long_text.fontMetrics().lineSpacing()
            long_text.setMinimumHeight(line * LONG_TEXT_LINES + 12)
            long_text.textChanged.connect(
                lambda: self._edited(spec, long_text.toPlainText().strip() or None))
            return long_text
        if spec.kind is Kind.CHOICE:  # the trainer reads words; the file keeps the code
            combo = QComboBox()
            # As wide as the form gives, not as the longest choice: a long one made the
            # whole form scroll sideways at large type.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOICE_CHARS)
            for option in spec.options:
                combo.addItem(spec.option_label(option), option)
            combo.setPlaceholderText(tr("choose..."))
            combo.currentIndexChanged.connect(lambda _index: self._edited(spec,
                                                                          combo.currentData()))
            return combo
        if spec.kind is Kind.DATE_TIME:
            when = QDateTimeEdit()
            when.setDisplayFormat(f"{current().qt_date_format} HH:mm")  # 24 h everywhere
            when.setCalendarPopup(True)
            when.dateTimeChanged.connect(lambda value: self._edited(
                spec, value.toPython().isoformat(timespec="seconds")))
            return when
        if spec.kind is Kind.ALARMS:
            return self._alarm_boxes(spec)
        if spec.kind is Kind.STEPS:
            steps = StepsEditor()
            steps.edited.connect(lambda value: self._edited(spec, value))
            return steps
        rule = NUMBER_RULES.get(spec.kind)
        line_edit = QLineEdit() if rule is None else NumberEdit(rule)
        line_edit.setPlaceholderText(spec.shown_hint())
        line_edit.textEdited.connect(lambda text: self._edited(spec, from_text(spec.kind, text)))
        return line_edit

    def _alarm_boxes(self, spec: FieldSpec) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: list[QCheckBox] = []
        for index, code in enumerate(spec.options):
            box = QCheckBox(alarm_title(code))
            box.setProperty("code", code)
            box.toggled.connect(lambda _on: self._edited(
                spec, [str(b.property("code")) for b in boxes if b.isChecked()] or None))
            boxes.append(box)
            grid.addWidget(box, index, 0)  # one column: two were too wide at large type
        return holder

    # ------------------------------------------------------------------ showing
    def show_tables(self, tables: dict[str, dict[str, Any]]) -> None:
        """Show these tables (name -> its dict); edits from now on go into them."""
        self.tables = tables
        self._filling = True
        for spec in self.specs:
            value = tables.get(spec.table, {}).get(spec.key)
            shown = spec.default if value is None and spec.kind is Kind.CHOICE else value
            self._fill(spec, self.widgets[spec.key], shown)  # a choice left out: its default
        self._filling = False
        self.setEnabled(bool(tables))
        self._show_relevant()

    def _fill(self, spec: FieldSpec, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(as_text(value))
        elif isinstance(widget, QComboBox):
            if value is not None and widget.findData(value) < 0:
                widget.addItem(str(value), value)  # a file's wrong value, shown as it is
            widget.setCurrentIndex(widget.findData(value) if value is not None else -1)
        elif isinstance(widget, QDateTimeEdit):
            try:
                when = datetime.fromisoformat(str(value))
                widget.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                             QTime(when.hour, when.minute, when.second)))
            except ValueError:
                widget.setDateTime(QDateTime.currentDateTime())
        elif isinstance(widget, StepsEditor):
            widget.show_steps(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(shown_text(spec.kind, value))
            widget.setCursorPosition(0)  # a value longer than its field reads from its start
        else:
            chosen = value if isinstance(value, list) else []
            for box in widget.findChildren(QCheckBox):
                box.setChecked(box.property("code") in chosen)

    def _edited(self, spec: FieldSpec, value: Any) -> None:
        if self._filling or spec.table not in self.tables:
            return
        put(self.tables[spec.table], spec.table, spec.key, value)
        if spec.kind is Kind.CHOICE:  # an event's kind or a check picks the fields shown
            self.show_tables(self.tables)
        self.changed.emit(spec.key)

    def _show_relevant(self) -> None:
        for spec in self.specs:
            row = self.tables.get(spec.table, {})
            self.layout_.setRowVisible(self.widgets[spec.key], shown_for(spec, row))

    def focus_field(self, key: str) -> bool:
        """Put the cursor in a field (the one an error names); False if not here."""
        widget = self.widgets.get(key)
        if widget is None or not widget.isVisibleTo(self):
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
