"""Every window and dialog at three screens and two type sizes, and what "fits" means.

Workshops run on 1024x768 and 1366x768 projectors and 1920x1080 screens, and trainers
raise the type to 1.5x. ``open_all`` opens each window of a connected main window;
``layout_problems`` lists, for one window, every label, button or header whose text does
not fit its rectangle, every part outside the screen and every schedule table that hides a
step. tests/ui/test_sizes.py asserts the list is empty for every case; ``python -m
itb_console.ui.sizes docs/images/sizes`` (``make screenshots``) saves each case as a PNG.
Training mock, not for clinical use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from itb_console.ui.main_window import MainWindow

SCREENS = ((1024, 768), (1366, 768), (1920, 1080))
FONT_SCALES = (1.0, 1.5)
HEADER_PADDING_PX = 8  # the style sheet's 4 px each side of a header's text
SLACK_PX = 1  # rounding between font metrics and layout


def _hidden_by_a_scroll_area(widget: QWidget) -> bool:
    """Inside a scroll area the rest is a scroll away, not cut."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _in_toolbar(widget: QWidget) -> bool:
    """A tool bar shows what does not fit behind its own extension button."""
    parent = widget.parentWidget()
    return parent is not None and parent.inherits("QToolBar")


def _label_problem(label: QLabel) -> str | None:
    if not label.text():
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK_PX:
            return f"needs {needed} px height, has {label.height()}"
        return None
    needed = label.minimumSizeHint().width() - (label.width() - rect.width())
    if label.minimumWidth() == 0 and needed > rect.width() + SLACK_PX:
        return f"needs {needed} px width, has {rect.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.minimumSizeHint().width()
    if needed > button.width() + SLACK_PX:
        return f"needs {needed} px width, has {button.width()}"
    return None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return
    metrics = QFontMetrics(header.font())
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(),
                                    Qt.ItemDataRole.DisplayRole) or "")
        needed = max((metrics.horizontalAdvance(line) for line in text.split("\n")),
                     default=0) + HEADER_PADDING_PX
        if needed > header.sectionSize(section) + SLACK_PX:
            yield f"header {text!r} needs {needed} px, has {header.sectionSize(section)}"


def _rows_problem(table: QTableView, rows: int) -> str | None:
    """A schedule table shows every step without scrolling."""
    shown = sum(table.rowHeight(row) for row in range(rows))
    if shown > table.viewport().height() + SLACK_PX:
        return f"shows {table.viewport().height()} px of {shown} px of rows"
    return None


def layout_problems(window: QWidget, screen: QSize,
                    whole_tables: tuple[QTableView, ...] = ()) -> list[str]:
    """What does not fit in ``window`` on a screen of ``screen`` pixels ([] when all do)."""
    problems = []
    frame = window.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{window.objectName() or type(window).__name__}: "
                        f"{frame.width()}x{frame.height()} is larger than the screen "
                        f"{screen.width()}x{screen.height()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        name = (widget.accessibleName() or widget.objectName()
                or (widget.text()[:40] if isinstance(widget, QLabel | QAbstractButton)
                    else type(widget).__name__))
        found: list[str] = []
        if isinstance(widget, QLabel) and not _hidden_by_a_scroll_area(widget):
            found += filter(None, [_label_problem(widget)])
        elif (isinstance(widget, QAbstractButton) and not _in_toolbar(widget)
              and not _hidden_by_a_scroll_area(widget)):
            found += filter(None, [_button_problem(widget)])
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found += _header_problems(widget)
        if isinstance(widget, QTableView) and widget in whole_tables:
            found += filter(None, [_rows_problem(widget, widget.model().rowCount())])
        problems += [f"{type(widget).__name__} {name!r}: {problem}" for problem in found]
    return problems


def place(window: QWidget, screen: QSize, main: bool) -> None:
    """The main window fills the screen; a dialog is fitted to it as the app fits it."""
    from itb_console.ui.screen_fit import fit_to

    if main:  # the platform's frame is outside the window's own size
        window.resize(screen - (window.frameGeometry().size() - window.size()))
    else:
        fit_to(window, QRect(0, 0, screen.width(), screen.height()))
    QApplication.processEvents()
    QApplication.processEvents()  # wrapped labels take their height once widths settle


Opener = Callable[[], QWidget | None]
Tables = Callable[[QWidget], tuple[QTableView, ...]]


def _tables(*found: QTableView | None) -> tuple[QTableView, ...]:
    return tuple(table for table in found if table is not None)


def openers(window: MainWindow) -> dict[str, tuple[Opener, Tables]]:
    """Each window and dialog of a connected main window, with the tables that must show
    every row. Opening is the same call the menu makes."""
    from itb_console.console.training.debrief_example import example_debrief
    from itb_console.ui.dialogs.device_picker import DevicePicker
    from itb_console.ui.dialogs.preferences import PreferencesDialog
    from itb_console.ui.dialogs.review_dialog import ReviewDialog
    from itb_console.ui.screenshots import wait_until
    from itb_console.ui.training.debrief_window import DebriefWindow

    session = window.session

    def none(_opened: QWidget) -> tuple[QTableView, ...]:
        return ()

    def review() -> QWidget:
        dialog = ReviewDialog(session, window.draft.in_force, window.draft.pending,
                              parent=window)
        dialog.show()
        return dialog

    def titration() -> QWidget | None:
        dialog = window.titration()
        if dialog is not None:
            wait_until(lambda: dialog.log_read)
        return dialog

    def simple(make: Callable[[], QWidget]) -> Opener:
        def opened() -> QWidget:
            dialog = make()
            dialog.show()
            return dialog
        return opened

    return {
        "main_window": (lambda: window, lambda _w: (window.table,)),
        "review": (review, lambda opened: _tables(opened.findChild(QTableView))),
        "refill": (window.refill, none),
        "bolus": (window.bolus, none),
        "alarms": (window.show_alarms, none),
        "event_log": (window.show_event_log, none),
        "history": (window.show_delivery_history, none),
        "battery_clock": (window.show_battery_clock, none),
        "trial": (window.trial_screening, none),
        "titration": (titration, none),
        "preferences": (simple(lambda: PreferencesDialog(window.settings, window,
                                                         window.draft.profile)), none),
        "device_picker": (simple(lambda: DevicePicker(window.settings, window)), none),
        "shortcuts": (window.show_shortcuts, none),
        "about": (window.show_about, none),
        "debrief": (simple(lambda: DebriefWindow(example_debrief(), Path("debrief.json"),
                                                 window)), none),
    }


def connected_window(settings_path: Path) -> MainWindow:
    """A main window on the simulated pump at a fixed time, with one edited step."""
    from itb_console.console.session import Session
    from itb_console.ui.main_window import MainWindow
    from itb_console.ui.screenshots import FIXED_DEVICE, wait_for_first_status
    from PySide6.QtCore import QSettings

    session = Session()
    window = MainWindow(session, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    window.connect_to(FIXED_DEVICE)
    wait_for_first_status(session)
    window.editor.split_at(17 * 60)
    window.editor.set_level(3, 430)
    return window


def cases(window: MainWindow) -> Iterator[tuple[str, QWidget, tuple[QTableView, ...], bool]]:
    """Open each window in turn; the caller checks or saves it, then it is closed."""
    for name, (open_it, whole) in openers(window).items():
        opened = open_it()
        if opened is None:
            raise RuntimeError(f"{name}: did not open (is the pump connected?)")
        yield name, opened, whole(opened), opened is window
        if opened is not window:
            opened.close()


def main(argv: list[str]) -> int:
    """Save every case to FOLDER/<window>-<width>x<height>-<scale>x.png."""
    if len(argv) != 1:
        print("usage: python -m itb_console.ui.sizes FOLDER   (e.g. docs/images/sizes)",
              file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from itb_console.console.number_style import plain
    from itb_console.ui.screenshots import save
    from itb_console.ui.style import apply_style

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    for scale in FONT_SCALES:
        apply_style(app, scale)
        window = connected_window(folder / ".sizes-settings.ini")
        for width, height in SCREENS:
            screen = QSize(width, height)
            window.resize(screen)
            for name, opened, _whole, is_main in cases(window):
                place(opened, screen, is_main)
                path = save(opened, folder / f"{name}-{width}x{height}-{plain(scale)}x.png")
                print(f"saved {path}")
        window.session.shutdown()
        window.close()
    (folder / ".sizes-settings.ini").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
