"""Docs that cannot drift: every menu path the guides write ("File > Connect...") names a
menu item that exists, and that is enabled in the state the guide describes it in."""

import re
from pathlib import Path

import pytest
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parents[2]
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# *Menu > Item* or **Menu > Item**, as the guides set a path in italics or bold
MENU_PATH = re.compile(r"\*{1,2}([A-Z][A-Za-z]*(?: > [A-Za-z][^*>\n]*)+)\*{1,2}")
# Paths a guide describes before any pump is connected; every other one is described
# (and checked) with a programming session open on the simulated pump.
WITHOUT_A_SESSION = {"File > Connect"}


def _plain(text: str) -> str:
    """A menu text as a guide writes it: no mnemonic '&', no trailing '...'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("...")


def guide_paths() -> list[tuple[str, str]]:
    found = []
    for guide in GUIDES:
        for match in MENU_PATH.finditer(guide.read_text(encoding="utf-8")):
            found.append((guide.name, match.group(1).strip()))
    return found


def find_action(window: MainWindow, path: str) -> QAction | None:
    *menus, item = [_plain(part.strip()) for part in path.split(" > ")]
    actions = window.menuBar().actions()
    for title in menus:
        menu = next((a.menu() for a in actions if _plain(a.text()) == title), None)
        if not isinstance(menu, QMenu):
            return None
        actions = menu.actions()
    return next((a for a in actions if _plain(a.text()) == item), None)


def test_the_guides_write_menu_paths():
    paths = {path for _guide, path in guide_paths()}
    assert {"File > Connect...", "Pump > Refill...", "View > Presentation mode"} <= paths


@pytest.fixture
def windows(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    idle = MainWindow(_session(qtbot), settings)
    connected = MainWindow(_session(qtbot), settings)
    for window in (idle, connected):
        qtbot.addWidget(window)
    with qtbot.waitSignal(connected.session.status_changed, timeout=15_000):
        connected.connect_to("sim://?start=2026-11-25T09:00")
    yield idle, connected
    for window in (idle, connected):
        window.session.shutdown()


def _session(qtbot):
    from itb_console.console.session import Session

    return Session()


def test_every_menu_path_in_the_guides_exists_and_is_enabled(windows):
    idle, connected = windows
    wrong = []
    for guide, path in guide_paths():
        needs_session = _plain(path) not in {_plain(p) for p in WITHOUT_A_SESSION}
        action = find_action(connected if needs_session else idle, path)
        if action is None:
            wrong.append(f"{guide}: '{path}' is not in the menus")
        elif not action.isEnabled():
            state = "with a session open" if needs_session else "before connecting"
            wrong.append(f"{guide}: '{path}' is disabled {state}")
    assert wrong == []


def test_a_wrong_path_is_caught(windows):
    _idle, connected = windows
    assert find_action(connected, "Pump > Connect...") is None  # the guide's old mistake
    assert find_action(connected, "File > Connect...") is not None
