"""The daily totals with Mode and Review & send: beside them, or above them when that
takes less height.

Squeezed beside the controls on a 1024-pixel screen at large type, the totals wrapped into
eight short lines and took the timeline's height; given the whole width they need two.
Training mock, not for clinical use.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget


def text_height(label: QLabel, width: int) -> int:
    """The height ``label``'s text takes wrapped to ``width`` pixels (rich text included)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(max(width, 1))
    return math.ceil(document.size().height())


class SummaryRow(QWidget):
    def __init__(self, summary: QLabel, controls: list[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        for control in controls:
            row.addWidget(control)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(summary, 1)
        self.box.addWidget(self.controls, 0, Qt.AlignmentFlag.AlignRight)

    def arrange(self) -> None:
        """Beside or above, whichever takes less height for the text now shown in the
        width now given (beside when equal)."""
        width, spacing = self.width(), self.box.spacing()
        controls = self.controls.sizeHint()
        beside = max(text_height(self.summary, width - controls.width() - spacing),
                     controls.height())
        above = text_height(self.summary, width) + spacing + controls.height()
        direction = (QBoxLayout.Direction.LeftToRight if beside <= above
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
