"""The main window's delivery history, print preview and preferences, as a trainee uses them."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.session import Session
from itb_console.console.settings import LOW_ALARM_KEY, SNAP_KEY, SoundSettings
from itb_console.ui.dialogs.preferences import PreferencesDialog
from itb_console.ui.main_window import MainWindow
from itb_console.ui.reports import report_pdf
from itb_console.ui.reports.report_pdf import NO_PRINTER, ReportPreview
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWizard


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, connect_sim):
    session, _ = connect_sim()
    made = MainWindow(session, settings)
    qtbot.addWidget(made)
    return made


def _action(window, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def _printed(window) -> list[dict]:
    return [a.detail for a in window.session.actions.of_kind(ActionKind.REPORT_PRINTED)]


def test_the_saved_snap_is_used_from_start_up(qtbot, settings):
    settings.setValue(SNAP_KEY, 60)
    made = MainWindow(Session(), settings)
    qtbot.addWidget(made)
    editor = made.editor
    assert editor.snap_minutes == 60
    editor.select(1)  # the default pump's step from 07:00
    editor.nudge_boundary(1)
    assert made.draft.pending.schedule.steps[1].start_minute == 8 * 60
    made.draft.revert()


def test_saved_preferences_apply_at_once(window, monkeypatch):
    panel = window.show_alarms()

    def choose(dialog):
        dialog.snap.setCurrentIndex(dialog.snap.findData(5))
        dialog.sound_on.setChecked(False)
        dialog.volume.setValue(35)
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.preferences()
    assert window.editor.snap_minutes == 5
    assert panel.player.sound == SoundSettings(enabled=False, volume_percent=35)
    window.editor.select(1)
    window.editor.nudge_boundary(-1)
    assert window.draft.pending.schedule.steps[1].start_minute == 7 * 60 - 5
    window.draft.revert()


def test_the_refill_wizard_offers_the_preferred_alarm_and_cancel_changes_nothing(
        window, qtbot):
    window.settings.setValue(LOW_ALARM_KEY, 4_000_000)
    before = window.session.status
    wizard = window.refill()
    assert wizard.isVisible() and wizard.alarm.value() == 4.0
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000) as read:
        window.session.refresh()  # a fresh read from the pump, not the status in hand
    after = read.args[0]
    assert after.low_reservoir_alarm_nl == 2_000_000  # not the 4 mL offered
    assert after.reservoir_nl <= before.reservoir_nl  # not refilled
    assert not window.session.actions.of_kind(ActionKind.REFILL)


def test_ctrl_h_opens_one_history_window(qtbot, window):
    action = _action(window, "Delivery history...")
    assert action.shortcut().toString() == "Ctrl+H"
    action.trigger()
    history = window.history_window
    qtbot.waitUntil(lambda: history.history is not None, timeout=10_000)
    assert history.isVisible() and history.history.start <= history.history.now
    action.trigger()
    assert window.history_window is history


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Save,
                                    QMessageBox.StandardButton.Cancel])
def test_without_a_printer_the_pdf_is_offered(window, monkeypatch, tmp_path, answer):
    asked = []
    monkeypatch.setattr(report_pdf, "cannot_print_reason", lambda: NO_PRINTER)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_a: asked.append(text) or answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report.pdf"), "PDF (*.pdf)"))
    assert _action(window, "Print preview...").shortcut().toString() == "Ctrl+Shift+P"
    assert window.print_preview() is None
    assert asked[0].startswith("No printer is available on this computer")
    assert "Save the report as a PDF instead?" in asked[0]
    saved = answer == QMessageBox.StandardButton.Save
    assert (tmp_path / "report.pdf").exists() is saved
    assert _printed(window) == ([{"file": "report.pdf"}] if saved else [])


def test_with_a_printer_only_an_actual_print_is_noted(window, monkeypatch, tmp_path):
    monkeypatch.setattr(report_pdf, "cannot_print_reason", lambda: "")
    monkeypatch.setattr(ReportPreview, "open", lambda self: None)  # shown: test_report_pdf
    closed = window.print_preview()
    closed.reject()
    assert _printed(window) == []
    preview = window.print_preview()
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.done(QDialog.DialogCode.Accepted)  # what its Print button does once printed
    assert _printed(window) == [{"printer": str(tmp_path / "printed.pdf")}]
