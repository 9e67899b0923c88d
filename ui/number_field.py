"""Number fields that read what a person types in the language of the run, and say why
they do not take it.

Every number field of the console is one of these: spin boxes for values with a range,
a line edit for a value typed from a measurement, and a delegate for table cells. They
share one validator over :mod:`itb_console.console.number_input`, so "0,5" is half a
millilitre in German and "1.000" is refused with its reading spelled out, in a note under
the field. A refused text stays in the field (it is never swapped back to the last value
on leaving it, which would take a number nobody typed); :func:`first_refusal` tells a
dialog that one of its fields holds no number before it acts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from itb_console.console.language import current
from itb_console.console.number_input import (
    NumberRule,
    Reading,
    Verdict,
    canonical,
    read_number,
    typed,
)
from itb_console.console.number_style import fixed
from itb_console.console.translation import tr
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_STATES = {Verdict.NUMBER: QValidator.State.Acceptable,
           Verdict.PARTIAL: QValidator.State.Intermediate,
           Verdict.REFUSED: QValidator.State.Intermediate,
           Verdict.INVALID: QValidator.State.Invalid}
NOTE_MAX_WIDTH_EM = 28  # a note is a sentence or two: wide enough to read in two lines


class NumberValidator(QValidator):
    """Qt's view of :func:`read_number`: a number is Acceptable, a refused or unfinished
    one Intermediate (it stays in the field, with its reason), a letter Invalid."""

    def __init__(self, rule: NumberRule, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule = rule

    def reading(self, text: str) -> Reading:
        return read_number(text, self.rule)

    def validate(self, text: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        return _STATES[self.reading(text).verdict], text, pos

    def fixup(self, text: str) -> str:
        return text  # a refused number is never rewritten into some other number


class RefusalNote(QLabel):
    """The reason a field's text is not taken, in a note just under the field.

    It floats over the window rather than taking a row of every form: it appears only
    while the field holds a refused text, and a dialog's layout stays as designed.
    """

    def __init__(self, field: QWidget) -> None:
        super().__init__(field.window())
        self.field = field
        self.setObjectName("numberNote")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Why this number is not taken"))
        self.hide()
        field.installEventFilter(self)
        field.destroyed.connect(self.deleteLater)  # a table's editor goes; its note with it

    def say(self, reason: str) -> None:
        """Show ``reason`` under the field; an empty one takes the note away."""
        self.setText(reason)
        if not reason or not self.field.isVisible():
            self.hide()
            return
        window = self.field.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        corner = self.field.mapTo(window, self.field.rect().bottomLeft())
        room = max(window.width() - corner.x() - 4, self.field.width())
        width = min(room, max(self.field.width(),
                              self.fontMetrics().averageCharWidth() * NOTE_MAX_WIDTH_EM))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(corner.x(), corner.y() + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and self.isVisible():
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
                self._place()
            elif event.type() == QEvent.Type.Hide:
                self.hide()
        elif watched is self.field and event.type() == QEvent.Type.Show and self.text():
            self.say(self.text())  # hidden with its field (a wizard's page redrawn): back
        return False


class _TypedNumber:
    """What the two spin boxes share: reading through the validator, writing through the
    number style, and keeping a refused text in the field with its note."""

    _validator: NumberValidator
    note: RefusalNote

    def _setup(self: Any) -> None:
        self._validator = NumberValidator(self._rule(), self)
        self.note = RefusalNote(self)
        self.lineEdit().textEdited.connect(lambda _text: self._show_reason(finished=False))
        self.lineEdit().inputRejected.connect(lambda: _say_not_typeable(self))
        # the line edit is silent while the spin box writes a value into it: both are told
        self.lineEdit().textChanged.connect(self.edited)
        self.valueChanged.connect(lambda _value: self._show_reason(finished=False))
        self.valueChanged.connect(lambda _value: self.edited.emit())

    def _rule(self: Any) -> NumberRule:
        return NumberRule(self.decimals(), Decimal(repr(self.minimum())),
                          Decimal(repr(self.maximum())), self.suffix().strip())

    def reading_of(self: Any, text: str) -> Reading:
        """``text`` (as the field shows it, with its unit) read by the field's rule."""
        for part, cut in ((self.prefix(), str.removeprefix), (self.suffix(), str.removesuffix)):
            if part.strip():
                text = cut(text.strip(), part.strip())
        self._validator.rule = self._rule()
        return self._validator.reading(text)

    def reading(self: Any) -> Reading:
        return self.reading_of(self.text())

    def reason(self) -> str:
        """Why the field's text is not taken; empty when it holds a number."""
        reading = self.reading()
        return "" if reading.verdict is Verdict.NUMBER else reading.reason

    def _show_reason(self: Any, finished: bool) -> None:
        """A refusal shows as soon as it is typed; an unfinished number ("", "0,") only
        once the field is left with it."""
        reading = self.reading()
        shown = reading.verdict is Verdict.REFUSED or (
            finished and reading.verdict is not Verdict.NUMBER)
        self.note.say(reading.reason if shown else "")
        _mark(self, shown)

    def validate(self: Any, text: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        return _STATES[self.reading_of(text).verdict], text, pos

    def fixup(self, text: str) -> str:
        return text

    def textFromValue(self: Any, value: float) -> str:
        return fixed(value, self.decimals())

    def focusOutEvent(self: Any, event: Any) -> None:
        if self.reading().verdict is Verdict.NUMBER:
            QAbstractSpinBox.focusOutEvent(self, event)
        else:
            # QAbstractSpinBox would put the last value back: a number nobody typed.
            self.lineEdit().event(event)
            QWidget.focusOutEvent(self, event)
        self._show_reason(finished=True)

    def stepBy(self: Any, steps: int) -> None:
        # An arrow key over a refused text puts a value back without a signal when it is
        # the old one: the note goes with the refused text.
        QAbstractSpinBox.stepBy(self, steps)
        self._show_reason(finished=False)

    def _typing(self: Any) -> bool:
        """True while the field shows text other than its value written out: what a
        person typed ("3 mL", "30 mL", "5,0 cm"), not yet taken or reformatted."""
        return bool(self.text() != self.prefix() + self.textFromValue(self.value())
                    + self.suffix())

    def showEvent(self: Any, event: Any) -> None:
        # A QWizard hides and shows its page around every change of its buttons (each
        # key press that changes whether Next is allowed); QAbstractSpinBox rewrites its
        # text from the value when shown, so "3" became "3.00" under the cursor and the
        # next "0" made "30.00". What is being typed stays as typed.
        if self._typing():
            QWidget.showEvent(self, event)
        else:
            QAbstractSpinBox.showEvent(self, event)

    def hideEvent(self: Any, event: Any) -> None:
        # Hidden with a refused or unfinished text, QAbstractSpinBox puts the last value
        # back (a number nobody typed): the text and its note stay instead.
        if self.reading().verdict is Verdict.NUMBER:
            QAbstractSpinBox.hideEvent(self, event)
        else:
            QWidget.hideEvent(self, event)

    def changeEvent(self: Any, event: QEvent) -> None:
        # Another window made active does the same as hiding: the typed text stays.
        if event.type() == QEvent.Type.ActivationChange \
                and self.reading().verdict is not Verdict.NUMBER:
            QWidget.changeEvent(self, event)
        else:
            QAbstractSpinBox.changeEvent(self, event)

    def keyPressEvent(self: Any, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.reading().verdict is not Verdict.NUMBER:
            self._show_reason(finished=True)
            event.accept()  # not passed on to the dialog's default button
            return
        QAbstractSpinBox.keyPressEvent(self, event)


def _say_not_typeable(field: _TypedNumber | NumberEdit) -> None:
    """A key no number has (a letter) is not taken; the note says so rather than the
    field ignoring it in silence."""
    field.note.say(tr("Only digits and “{point}” can be typed here.").format(
        point=current().decimal_point))


def _mark(field: QWidget, refused: bool) -> None:
    """A red frame while the field holds a refused text (the style sheet draws it)."""
    if field.property("refused") != refused:
        field.setProperty("refused", refused)
        field.style().unpolish(field)
        field.style().polish(field)


class NumberSpinBox(_TypedNumber, QDoubleSpinBox):
    """A decimal field in the language of the run ("0,50 mL" in German)."""

    edited = Signal()  # a new value or any typed text, a refused one too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup()

    def valueFromText(self, text: str) -> float:
        value = self.reading_of(text).value
        return self.value() if value is None else float(value)


class WholeSpinBox(_TypedNumber, QSpinBox):
    """A whole-number field (a dose in mcg, a count): "1.000" is refused as in a decimal
    field, whatever the language."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup()

    @staticmethod
    def decimals() -> int:
        return 0

    def valueFromText(self, text: str) -> int:
        value = self.reading_of(text).value
        return self.value() if value is None else int(value)


class NumberEdit(QLineEdit):
    """A number typed from a measurement, with no value until one is typed (a withdrawn
    volume must be read off the syringe, never offered)."""

    def __init__(self, rule: NumberRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_validator = NumberValidator(rule, self)
        self.setValidator(self.number_validator)
        self.note = RefusalNote(self)
        self.textChanged.connect(lambda _text: self._show_reason(finished=False))
        self.inputRejected.connect(lambda: _say_not_typeable(self))

    def reading(self) -> Reading:
        return self.number_validator.reading(self.text())

    def number(self) -> Decimal | None:
        """The typed value, or None while the text is not a number this field takes."""
        return self.reading().value

    def reason(self) -> str:
        reading = self.reading()
        return "" if reading.verdict is Verdict.NUMBER else reading.reason

    def _show_reason(self, finished: bool) -> None:
        reading = self.reading()
        shown = reading.verdict is Verdict.REFUSED or (
            finished and bool(self.text().strip()) and reading.verdict is not Verdict.NUMBER)
        self.note.say(reading.reason if shown else "")
        _mark(self, shown)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._show_reason(finished=True)


def first_refusal(window: QWidget, show: bool = True) -> str:
    """The reason of the first number field in ``window`` (shown and enabled) whose text
    is not a number it takes; empty when every one holds a number. A dialog asks this
    before it acts, so that a refused text never goes out as the field's old value;
    ``show`` puts the reason under that field too."""
    for field in window.findChildren(QWidget):
        if isinstance(field, NumberSpinBox | WholeSpinBox | NumberEdit) \
                and field.isVisibleTo(window) and field.isEnabled():
            reason = field.reason()
            if reason and not (isinstance(field, NumberEdit) and not field.text().strip()):
                if show:
                    field._show_reason(finished=True)
                return reason
    return ""


class NumberDelegate(QStyledItemDelegate):
    """Table cells typed in the language of the run. A cell takes only a number: the
    model receives it as plain decimal text ("0.5"), the way the program reads it, or
    with ``localised`` as the language writes it ("0,5"); a refused text is not
    written, and ``refused(reason)`` is called instead."""

    def __init__(self, rule: NumberRule, refused: Callable[[str], None],
                 parent: QObject | None = None, localised: bool = False) -> None:
        super().__init__(parent)
        self.rule, self.refused, self.localised = rule, refused, localised

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return NumberEdit(self.rule, parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(editor, NumberEdit):
            return
        reading = editor.reading()
        if reading.value is None:
            self.refused(reading.reason)
            return
        text = typed(reading.value) if self.localised else canonical(reading.value)
        model.setData(index, text, Qt.ItemDataRole.EditRole)
