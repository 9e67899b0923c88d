"""Typing into a field key by key, as a person does (the field sees every keystroke)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit


def retype(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it."""
    field.setFocus()
    field.selectAll()
    editor = field if isinstance(field, QLineEdit) else field.lineEdit()
    if not text:
        QTest.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
