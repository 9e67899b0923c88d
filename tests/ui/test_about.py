"""Help > About names the build, Qt, PySide6 and the licences, with the training mark."""

from __future__ import annotations

import PySide6
import pytest
from itb_console.device.version import current_build
from itb_console.ui.dialogs.about import AboutDialog, licence
from PySide6.QtCore import qVersion


def test_about_states_version_commit_qt_pyside_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    build = current_build()
    facts = dict(dialog.facts)
    assert facts["Version"] == build.version
    assert facts["Source commit"] == (build.commit or "not recorded")
    assert facts["Qt"] == qVersion()
    assert facts["PySide6"] == PySide6.__version__
    assert facts["Licence"] == "Proprietary"
    assert facts["pyqtgraph licence"] == "MIT"
    assert dialog.text().splitlines()[0] == "Training mock, not for clinical use"


def test_about_is_in_the_help_menu(qtbot):
    from itb_console.console.session import Session
    from itb_console.ui.main_window import MainWindow

    session = Session()
    window = MainWindow(session)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "About...")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "About ITB Programmer Console"
    dialog.close()
    session.shutdown()


@pytest.mark.parametrize("name, expected", [
    ("pyserial", "BSD"),  # a short License field
    ("no-such-package-itb", "not installed"),
])
def test_licence_reads_the_package_metadata(name, expected):
    assert licence(name) == expected
