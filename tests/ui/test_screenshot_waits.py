"""``itb-console --screenshot`` saves the window once everything read from the pump shows.

A stranger's picture said "Read 06:38:30, connected" above an implant record of dashes
(the record is read after the status), and its Battery lines overlapped, cut off (the
wrapped dates not yet laid out).
"""

import itertools

import pytest
from itb_console.console.session import Session
from itb_console.ui.main_window import MainWindow
from itb_console.ui.screen_fit import install_screen_fit
from itb_console.ui.screenshots import save, wait_for_first_status
from itb_console.ui.style import apply_style
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def console_style(qapp):
    """The look ``itb-console`` gives itself (its type size wraps the Battery dates at
    800 pixels) and its window fitted to the screen as it is shown, put back afterwards
    for the other tests."""
    kept = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet())
    apply_style(qapp)
    fit = install_screen_fit(qapp)
    yield
    qapp.removeEventFilter(fit)
    style, palette, font, sheet = kept
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_the_picture_waits_for_the_implant_record_and_a_settled_layout(
        qtbot, tmp_path, monkeypatch, console_style):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    session = Session()
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()  # fitted to the offscreen screen's 800x800, where the dates wrap
    try:
        window.connect_to("sim://?start=2026-11-25T09:00")  # as the command does
        assert wait_for_first_status(session) == ""
        fields = window.status_panel.fields
        assert fields["Tip level"].text() == "T10"  # read after the status, shown before
        save(window, tmp_path / "main.png")
        assert {name: fields[name].text() for name in (
            "Implanted", "Catheter", "Tip level", "Last refill", "Next refill")} == {
            "Implanted": "2026-11-25", "Catheter": "SIM-CATH-1, 45.0\N{NO-BREAK SPACE}cm",
            "Tip level": "T10", "Last refill": "not recorded", "Next refill": "not booked"}
        battery = [fields[name] for name in ("Battery", "Indicator (ERI)", "Replace by")]
        for label in battery:  # each as tall as its wrapped text
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        for upper, lower in itertools.pairwise(battery):  # none over the next
            assert upper.geometry().bottom() < lower.geometry().top()
    finally:
        session.shutdown()
