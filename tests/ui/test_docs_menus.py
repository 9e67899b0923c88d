"""Docs that cannot drift: every menu path written "Menu > Item" in the README, the guides
in docs/ and the console's own messages names a menu item that exists, and that is
enabled in the state the text describes it in."""

import re
from pathlib import Path

import pytest
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parents[2]
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MESSAGES = sorted((ROOT / "ui").rglob("*.py"))  # "(File > Close session)" in a message box
# A menu title (one capitalised word), " > ", then the item, possibly over a line break.
# *Pump > Refill...* and **Training > Instructor panel** are emphasised: the item is what
# lies between the marks. In running text the item is the start of what follows.
EMPHASISED = re.compile(r"(\*{1,2})([A-Z][a-z]+)[ \t]*>[ \t]*\n?[ \t]*([^*\n]+?)\1"
                        r"(?:\s*\(((?:Ctrl|Shift|Alt|F\d)[^)]*)\))?")  # and its "(Ctrl+K)"
RUNNING = re.compile(r"(?<![*\w])([A-Z][a-z]+)[ \t]+>[ \t]*\n?[ \t]*([A-Z][^*\n]*)")
# Paths described before any pump is connected; every other one is described (and
# checked) with a programming session open on the simulated pump.
WITHOUT_A_SESSION = {"File > Connect"}


def plain(text: str) -> str:
    """A menu text as the docs write it: no mnemonic '&', no trailing '...'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("...")


def written_paths(text: str) -> list[tuple[str, str, bool]]:
    """(menu, item as written, exact) for each path in ``text``; ``exact`` when emphasised
    (the whole item is known), else the item is the start of the running text."""
    found = [(m.group(2), m.group(3).strip(), True) for m in EMPHASISED.finditer(text)]
    covered = [m.span() for m in EMPHASISED.finditer(text)]
    found += [(m.group(1), m.group(2).strip(), False) for m in RUNNING.finditer(text)
              if not any(start <= m.start() < end for start, end in covered)]
    return found


def written_shortcuts(text: str) -> list[tuple[str, str, str]]:
    """(menu, item, key) for each emphasised path followed by its shortcut in brackets."""
    return [(m.group(2), m.group(3).strip(), m.group(4)) for m in EMPHASISED.finditer(text)
            if m.group(4)]


def all_written_paths() -> list[tuple[str, str, str, bool]]:
    """(file, menu, item, exact) for every path in the docs and the console's messages."""
    return [(path.relative_to(ROOT).as_posix(), menu, item, exact)
            for path in [*GUIDES, *MESSAGES]
            for menu, item, exact in written_paths(path.read_text(encoding="utf-8"))]


def find_action(window: MainWindow, menu_title: str, item: str, exact: bool = True
                ) -> QAction | None:
    """The action at Menu > Item; in running text, the longest item the words start with."""
    menu = next((a.menu() for a in window.menuBar().actions()
                 if plain(a.text()) == plain(menu_title)), None)
    if not isinstance(menu, QMenu):
        return None
    wanted = plain(item)
    for action in sorted(menu.actions(), key=lambda a: -len(plain(a.text()))):
        name = plain(action.text())
        if not name or action.isSeparator():
            continue
        if wanted == name or (not exact and re.match(re.escape(name) + r"(\W|$)", wanted)):
            return action
    return None


def test_the_docs_and_messages_write_menu_paths():
    paths = {(menu, plain(item)) for _file, menu, item, exact in all_written_paths() if exact}
    assert {("File", "Connect"), ("Pump", "Refill"), ("View", "Presentation mode"),
            ("Training", "Instructor panel")} <= paths
    files = {file for file, *_ in all_written_paths()}
    assert {"README.md", "docs/user-guide.md", "docs/scenarios.md", "docs/classroom.md",
            "ui/main_window.py"} <= files


def test_paths_are_read_as_written():
    text = ("Use *Pump > Refill...* (Ctrl+F) or **Training >\nInstructor panel**; then "
            "Help > About shows the version; right-click > Merge is not a menu.")
    assert written_paths(text) == [("Pump", "Refill...", True),
                                   ("Training", "Instructor panel", True),
                                   ("Help", "About shows the version; right-click > Merge "
                                    "is not a menu.", False)]
    assert written_shortcuts(text + " *File > Open debrief...* (Ctrl+D) opens it") == [
        ("Pump", "Refill...", "Ctrl+F"), ("File", "Open debrief...", "Ctrl+D")]


@pytest.fixture
def windows(qtbot, tmp_path):
    from itb_console.console.session import Session

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    idle = MainWindow(Session(), settings)
    connected = MainWindow(Session(), settings)
    for window in (idle, connected):
        qtbot.addWidget(window)
    with qtbot.waitSignal(connected.session.status_changed, timeout=15_000):
        connected.connect_to("sim://?start=2026-11-25T09:00")
    yield idle, connected
    for window in (idle, connected):
        window.session.shutdown()


def test_every_menu_path_written_exists_and_is_enabled(windows):
    idle, connected = windows
    wrong = []
    for file, menu, item, exact in all_written_paths():
        named = find_action(idle, menu, item, exact)
        if named is None:
            wrong.append(f"{file}: '{menu} > {item}' is not in the menus")
            continue
        without = f"{menu} > {plain(named.text())}" in WITHOUT_A_SESSION
        action = named if without else find_action(connected, menu, named.text())
        if action is None or not action.isEnabled():
            state = "before connecting" if without else "with a session open"
            wrong.append(f"{file}: '{menu} > {item}' is disabled {state}")
    assert wrong == []


def test_every_shortcut_written_beside_a_menu_path_is_its_own(windows):
    idle, _connected = windows
    written = [(guide.name, menu, item, key) for guide in GUIDES
               for menu, item, key in written_shortcuts(guide.read_text(encoding="utf-8"))]
    assert ("user-guide.md", "File", "Connect...", "Ctrl+K") in written
    wrong = [f"{guide}: '{menu} > {item}' is {action.shortcut().toString()}, not {key}"
             for guide, menu, item, key in written
             if (action := find_action(idle, menu, item)) is not None
             and action.shortcut().toString() != key]
    assert wrong == []


def test_a_wrong_path_is_caught(windows):
    _idle, connected = windows
    assert find_action(connected, "Pump", "Connect...") is None  # the guide's old mistake
    assert find_action(connected, "Pump", "Connect to the pump", exact=False) is None
    assert find_action(connected, "File", "Connect...") is connected.connect_action
    assert find_action(connected, "Help", "About shows", exact=False) is not None
    assert find_action(connected, "Pump", "Refillable", exact=False) is None
