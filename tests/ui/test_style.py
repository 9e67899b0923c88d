"""Disabled controls must look disabled (``QWidget { color: INK }`` alone paints them as
live); text is coloured only through the named colours."""

import pytest
from itb_console.ui.style import (
    CRITICAL,
    GHOST,
    INK,
    OK,
    STYLE_SHEET,
    WARN_INK,
    coloured,
    set_ink,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def _spin_box() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 999)
    spin.setValue(350)
    return spin


def _combo_box() -> QComboBox:
    combo = QComboBox()
    combo.addItem("Running")
    return combo


def _darkest_lightness(enabled: bool, make, qtbot) -> int:
    """The darkest pixel of the control drawn under the console's style sheet: its text."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(STYLE_SHEET)  # on the holder, so no other test sees it
    control = make()
    QVBoxLayout(holder).addWidget(control)
    control.setEnabled(enabled)
    holder.adjustSize()
    image = control.grab().toImage()
    return min(QColor(image.pixel(x, y)).lightness()
               for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("make", [lambda: QPushButton("Review and send"), _spin_box,
                                  _combo_box, lambda: QCheckBox("Bridge bolus")],
                         ids=["push button", "spin box", "combo box", "check box"])
def test_disabled_text_is_ghost_grey_not_ink(make, qtbot):
    ink, ghost = QColor(INK).lightness(), QColor(GHOST).lightness()
    assert _darkest_lightness(True, make, qtbot) <= ink + 10
    assert _darkest_lightness(False, make, qtbot) >= ghost - 10


def test_coloured_text_uses_the_named_colour():
    assert coloured("Verified.", OK, bold=True) == f"<b style='color:{OK}'>Verified.</b>"
    assert coloured("Not cleared", CRITICAL) == f"<span style='color:{CRITICAL}'>Not cleared</span>"


def test_set_ink_colours_a_label_and_gives_the_usual_ink_back(qtbot):
    label = QLabel("Clock check")
    qtbot.addWidget(label)
    set_ink(label, WARN_INK)
    assert label.styleSheet() == f"color: {WARN_INK};"
    set_ink(label, None)
    assert label.styleSheet() == ""
