"""The console's whole programming session against an emulator over a pty."""

import pytest
from itb_console.console.session import Session, SessionState
from itb_console.device.emulator import Emulator
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings

START = 1_795_597_200.0  # 2026-11-25 09:00 UTC


@pytest.fixture
def emulator():
    with Emulator.start(speed=None, start=START) as running:
        yield running


def test_review_send_verify_over_the_wire(qtbot, tmp_path, emulator):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    session = Session()
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(session.status_changed, timeout=15_000):
            window.connect_to(emulator.port)
        assert session.state is SessionState.READY
        assert window.status_panel.fields["Serial"].text() == "SIM-000001"
        window.editor.set_level(2, 420)  # 12:00-22:00: 400 -> 420 mcg/day
        dialog = ReviewDialog(session, window.draft.in_force, window.draft.pending,
                              parent=window)
        with qtbot.waitSignal(session.send_finished, timeout=15_000):
            dialog.send_button.click()
        assert dialog.send_result.verified, dialog.send_result.message
        assert emulator.model.program.schedule.as_pairs()[2] == (720, 420_000)
        qtbot.waitUntil(lambda: not window.draft.is_changed, timeout=15_000)
    finally:
        window.draft.revert()
        session.shutdown()
