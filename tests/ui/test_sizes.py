"""Every window and dialog at 1024x768, 1366x768 and 1920x1080, at 1.0x and 1.5x type:
no text clipped, nothing off the screen, every schedule table showing all its steps; and
the check itself finds each kind of misfit."""

import importlib
import inspect
import os
import pkgutil
from pathlib import Path

import itb_console.ui
import pytest
from itb_console.console.language import Language
from itb_console.console.training import classroom_link
from itb_console.console.training.classroom_announce import Announcement, write_announcement
from itb_console.device.running_emulators import FOLDER_VARIABLE, runtime_folder
from itb_console.ui.layout_check import layout_problems
from itb_console.ui.sizes import FONT_SCALES, SCREENS, case_name, cases, open_stage
from itb_console.ui.style import apply_style
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SCREEN = QRect(0, 0, 1024, 768)
USERS_ANNOUNCE_FOLDER = classroom_link.default_announce_folder  # before conftest's stand-in


def window_classes() -> set[type]:
    """Every window the console defines: dialogs, wizards, main windows, and widgets made
    as their own window (``Qt.WindowType.Window``)."""
    found = set()
    for module_info in pkgutil.walk_packages(itb_console.ui.__path__, "itb_console.ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QWidget):
                continue
            if (issubclass(cls, QDialog | QMainWindow)
                    or "Qt.WindowType.Window" in inspect.getsource(cls)):
                found.add(cls)
    return found


@pytest.fixture(params=FONT_SCALES, ids=lambda scale: f"{scale}x")
def stage(request, qapp):
    apply_style(qapp, request.param)
    made = open_stage()
    yield request.param, made
    made.close()
    apply_style(qapp, 1.0)


def test_every_window_fits_every_screen_at_every_type_size(stage):
    scale, opened = stage
    found: list[str] = []
    count = 0
    for shown, screen in cases(opened):
        count += 1
        found += [f"{case_name(shown, screen, scale)}: {problem}"
                  for problem in layout_problems(shown.window, screen, shown.whole_tables)]
    assert not found, "\n".join(found)  # (a list diff of this size takes pytest minutes)
    assert count >= 30 * len(SCREENS)
    missing = {cls.__qualname__ for cls in window_classes() - opened.opened}
    assert missing == set(), "windows the harness (ui/sizes.py) does not open yet"
    assert {name: shown for name, (shown, every) in opened.pages.items()
            if shown != every} == {}, "wizard pages the harness does not show"


def test_the_harness_keeps_out_of_the_users_runtime_folders(qapp, tmp_path, monkeypatch):
    """A classroom the user left running, announced in the user's runtime folder, is not
    taken over (nor its file tidied away), and the Connect dialog's list of running
    emulators is the harness's own; the user's folders come back afterwards."""
    user_runtime, user_emulators = tmp_path / "runtime", tmp_path / "emulators"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(user_runtime))
    monkeypatch.setenv(FOLDER_VARIABLE, str(user_emulators))
    monkeypatch.setattr(classroom_link, "default_announce_folder", USERS_ANNOUNCE_FOLDER)
    lingering = write_announcement(USERS_ANNOUNCE_FOLDER(), Announcement(
        "127.0.0.1:9", "the user's token", 4_000_000, 1, "2026-11-26T06:00:00+00:00"))
    assert lingering.parent == user_runtime / "itb-classroom"
    made = open_stage()
    try:
        own = Path(made.folder.name)
        panel = made.window.show_instructor()
        assert panel.link.client.announce_folder.is_relative_to(own)
        assert runtime_folder().is_relative_to(own)
    finally:
        made.close()
    assert lingering.exists()
    assert (os.environ["XDG_RUNTIME_DIR"], os.environ[FOLDER_VARIABLE]) == (
        str(user_runtime), str(user_emulators))


def test_every_window_fits_in_german_at_1366x768(qapp, speak):
    """German's longer words are the usual test of a layout: every window at 1366x768, at
    both type sizes, with its texts in German."""
    speak(Language.DE)
    found: list[str] = []
    try:
        for scale in FONT_SCALES:
            apply_style(qapp, scale)
            made = open_stage()
            try:
                for shown, screen in cases(made, (QSize(1366, 768),)):
                    found += [f"{case_name(shown, screen, scale)}: {problem}" for problem
                              in layout_problems(shown.window, screen, shown.whole_tables)]
            finally:
                made.close()
    finally:
        apply_style(qapp, 1.0)
    assert not found, "\n".join(found)


def test_every_window_class_is_found():
    names = {cls.__name__ for cls in window_classes()}
    assert {"MainWindow", "RefillWizard", "ReportPreview", "InstructorPanel",
            "RecordsWindow", "ScenarioEditor", "AboutDialog"} <= names
    assert "StatusPanel" not in names and "TimelineEditor" not in names


# ---------------------------------------------------------------------- the check
def shown(qtbot, widget: QWidget, width: int = 600, height: int = 400) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.move(0, 0)
    widget.show()
    QApplication.processEvents()
    return widget


def test_a_window_that_fits_has_no_problem(qtbot):
    window = QDialog()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("A short label"))
    layout.addWidget(QPushButton("Close"))
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Start", "Dose"])
    table.setItem(0, 1, QTableWidgetItem("400.0"))
    layout.addWidget(table)
    assert layout_problems(shown(qtbot, window), SCREEN, (table,)) == []


def test_the_check_finds_a_clipped_label_and_an_oversized_window(qtbot):
    holder = QWidget()
    label = QLabel("a sentence far too long for twenty pixels", holder)
    label.setGeometry(0, 0, 20, 20)
    problems = layout_problems(shown(qtbot, holder, 1200, 900), SCREEN)
    assert any("not inside the screen (1024x768)" in p for p in problems)
    assert any("a sentence far too long" in p and "px width" in p for p in problems)


def test_the_check_finds_a_window_partly_off_the_screen(qtbot):
    window = shown(qtbot, QDialog(), 300, 200)
    window.move(900, 100)
    QApplication.processEvents()
    assert any("is not inside the screen" in p for p in layout_problems(window, SCREEN))


def test_the_check_finds_a_widget_past_its_parents_edge(qtbot):
    holder = QWidget()
    button = QPushButton("Send", holder)
    button.setGeometry(560, 10, 80, 30)  # a window squeezed below its layout's minimum
    problems = layout_problems(shown(qtbot, holder), SCREEN)
    assert problems == ["QPushButton 'Send': outside its parent: 40 px past the right"]


def test_the_check_finds_a_header_clipped_in_a_table(qtbot):
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Time", "Reservoir\n(mL, calculated)"])
    table.setColumnWidth(1, 40)
    problems = layout_problems(shown(qtbot, table), SCREEN)
    assert len(problems) == 1
    assert "header 'Reservoir\\n(mL, calculated)' needs" in problems[0]
    assert problems[0].endswith("has 40")


def test_the_check_finds_an_elided_cell_and_a_hidden_step(qtbot):
    table = QTableWidget(6, 1)
    table.setItem(0, 0, QTableWidgetItem("14.583 mcg/h in a narrow column"))
    table.setColumnWidth(0, 60)
    table.setHorizontalHeaderLabels(["Dose"])
    problems = layout_problems(shown(qtbot, table, 200, 120), SCREEN, (table,))
    assert any("cell '14.583 mcg/h in a narrow column' (row 1) needs" in p for p in problems)
    assert any("a step is hidden" in p for p in problems)


def test_the_check_finds_a_cut_caption_and_a_short_wrapped_label(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    button = QPushButton("Review && send to the pump")
    button.setFixedWidth(60)
    wrapped = QLabel("A warning that wraps over several lines when its column is narrow")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(80, 20)
    row.addWidget(button)
    row.addWidget(wrapped)
    problems = layout_problems(shown(qtbot, window), SCREEN)
    assert any(p.startswith("QPushButton 'Review & send to the pump': caption needs")
               for p in problems)
    assert any("wrapped text needs" in p and "has 20" in p for p in problems)
