"""Every window and dialog at 1024x768, 1366x768 and 1920x1080, at 1.0x and 1.5x type:
no text clipped, nothing off the screen, every schedule table showing all its steps."""

import pytest
from itb_console.ui.sizes import (
    FONT_SCALES,
    SCREENS,
    cases,
    connected_window,
    layout_problems,
    place,
)
from itb_console.ui.style import apply_style
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget


@pytest.fixture(params=FONT_SCALES, ids=lambda scale: f"{scale}x")
def window(request, qapp, tmp_path):
    apply_style(qapp, request.param)
    made = connected_window(tmp_path / "settings.ini")
    yield made
    made.session.shutdown()
    made.close()
    apply_style(qapp, 1.0)


def test_every_window_fits_every_screen_at_every_type_size(window):
    found: list[str] = []
    for width, height in SCREENS:
        screen = QSize(width, height)
        window.resize(screen)
        for name, opened, whole_tables, is_main in cases(window):
            place(opened, screen, is_main)
            problems = layout_problems(opened, screen, whole_tables)
            found.extend(f"{name} at {width}x{height}: {problem}" for problem in problems)
    assert not found, "\n".join(found)  # (a dict diff of this size takes pytest minutes)


def test_the_check_finds_a_clipped_label_and_an_oversized_window(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("a sentence far too long for twenty pixels", holder)
    label.setGeometry(0, 0, 20, 20)
    holder.resize(1200, 900)
    holder.show()
    QApplication.processEvents()
    problems = layout_problems(holder, QSize(1024, 768))
    assert any("larger than the screen 1024x768" in p for p in problems)
    assert any("a sentence far too long" in p and "px width" in p for p in problems)
