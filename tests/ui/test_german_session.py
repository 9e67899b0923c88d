"""Issue 15's "done when": the console in German shows a German session, a German trainee
types "0,5" and gets 0.5 mL, and "1.000" is refused with its reading explained.

The windows are checked for English left over: a visible text that is an English string
of the catalogue whose German translation differs."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from itb_console.console.language import Language, current
from itb_console.console.session import Session
from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
from itb_console.ui.dialogs.bolus_dialog import BolusDialog
from itb_console.ui.dialogs.refill_wizard import RefillWizard
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.main_window import MainWindow
from itb_console.ui.number_field import NumberEdit
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]


def german_of() -> dict[str, str]:
    """English source -> German, for the strings German writes differently."""
    with (ROOT / "resources" / "i18n" / "de.csv").open(encoding="utf-8", newline="") as table:
        return {row["source"]: row["translation"] for row in csv.DictReader(table)
                if row["translation"] != row["source"]}


def shown_texts(window: QWidget) -> list[str]:
    """Every text a person reads in ``window``: labels, buttons, group titles, table
    headers, menu and toolbar actions, the window title."""
    texts = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window):
            texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            texts.append(button.text())
    for box in window.findChildren(QGroupBox):
        texts.append(box.title())
    for table in window.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c) is not None]
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [text for text in texts if text]


def english_left(window: QWidget) -> list[str]:
    german = german_of()
    pieces = set()
    for text in shown_texts(window):
        pieces.add(text.strip())
        pieces.update(part.strip() for part in text.replace("<br>", "\n").splitlines())
    return sorted(piece for piece in pieces if piece in german)


@pytest.fixture
def german_window(qtbot, tmp_path, speak, monkeypatch):
    speak(Language.DE)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session()
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00&reservoir=3.2")
    yield window
    window.draft.revert()
    session.shutdown()


def test_the_main_window_speaks_german_throughout(german_window):
    window = german_window
    assert current() is Language.DE
    assert window.windowTitle() == "Trainingsattrappe, nicht für den klinischen Einsatz"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Pumpe", "&Bearbeiten", "&Ansicht", "&Schulung", "&Hilfe"]
    assert "Ausstehend:" in window.summary.text()
    assert "mcg/\u2060Tag" in window.summary.text()  # the unit too, and a decimal comma
    assert "391,7\u00a0mcg/\u2060Tag" in window.summary.text()  # a decimal comma
    assert english_left(window) == []


def test_the_session_dialogs_speak_german(german_window, qtbot):
    window = german_window
    session, profile = window.session, window.draft.profile
    dialogs = [RefillWizard(session, profile, window), BolusDialog(session, profile, window),
               AlarmsPanel(session, parent=window),
               ReviewDialog(session, window.draft.in_force, window.draft.pending,
                            parent=window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_left(dialog) == [], type(dialog).__name__
    assert dialogs[0].windowTitle() == "Nachfüllung – Trainingsattrappe"
    assert dialogs[1].start.text() == "Bolus starten"


def test_a_german_trainee_types_half_a_millilitre_and_1000_is_explained(german_window,
                                                                        qtbot):
    window = german_window
    wizard = RefillWizard(window.session, window.draft.profile, window)
    qtbot.addWidget(wizard)
    wizard.show()
    field = wizard.withdrawn
    assert isinstance(field, NumberEdit)
    field.setFocus()
    QTest.keyClicks(field, "0,5")
    assert wizard.withdrawn_nl == 500_000  # 0.5 mL
    assert "2,70\u00a0mL weniger zurückgewonnen als erwartet" in wizard.discrepancy.text()
    field.clear()
    QTest.keyClicks(field, "1.000")
    assert wizard.withdrawn_nl is None
    assert field.note.text() == (
        "1.000 würde als 1000 gelesen; geben Sie 1 oder 1000 ohne Trennzeichen ein.")
    assert not wizard.currentPage().isComplete()


def test_itb_console_lang_de_starts_in_german(tmp_path):
    """The real program takes --lang de end to end: it starts, connects and saves its
    window (what that window says is checked in process above)."""
    shot = tmp_path / "de.png"
    done = subprocess.run([sys.executable, "-m", "itb_console.ui.app", "--lang", "de",
                           "--screenshot", str(shot)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
