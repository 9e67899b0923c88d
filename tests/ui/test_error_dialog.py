"""A fault inside the console reaches the user and the log: a box saying what failed, where,
and where the log is; the traceback in the log file (not only on a terminal)."""

import inspect
import logging
import sys

import pytest
from itb_console.console.app_log import LOG_NAME, start_logging
from itb_console.ui.error_dialog import install_excepthook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The console's log started in a temporary folder, and taken down afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = start_logging(tmp_path)
    yield path
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def fault_boxes():
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()
            and widget.windowTitle() == "Console fault"]


def read_a_pump_that_answers_nonsense():
    raise KeyError("itb-99")


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_slot_is_shown_in_a_box_and_kept_in_the_log(qtbot, log_file):
    assert log_file is not None and log_file.name == LOG_NAME
    install_excepthook(log_file)
    QTimer.singleShot(0, read_a_pump_that_answers_nonsense)
    qtbot.waitUntil(lambda: len(fault_boxes()) == 1, timeout=5_000)
    [box] = fault_boxes()
    line = inspect.getsourcelines(read_a_pump_that_answers_nonsense)[1] + 1  # its raise
    assert box.text() == (
        "Something went wrong inside the console: KeyError: 'itb-99'\n"
        f"Where: read_a_pump_that_answers_nonsense (test_error_dialog.py, line {line}).\n\n"
        f"The details are in the log: {log_file}\n\n"
        "If a pump command was under way, interrogate the pump (F5) to see it as it is "
        "before going on.")
    box.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR itb_console: uncaught exception" in logged
    assert "KeyError: 'itb-99'" in logged and "read_a_pump_that_answers_nonsense" in logged


def test_help_open_log_folder_names_the_folder_where_no_file_manager_opens(
        qtbot, tmp_path, monkeypatch):
    from itb_console.console.session import Session
    from itb_console.ui import main_window
    from PySide6.QtCore import QSettings

    told = []
    monkeypatch.setattr(main_window, "log_folder", lambda: tmp_path / "logs")
    monkeypatch.setattr(main_window.QDesktopServices, "openUrl", lambda _url: False)
    monkeypatch.setattr(main_window.QMessageBox, "information",
                        lambda _parent, title, text: told.append((title, text)))
    session = Session()
    window = main_window.MainWindow(session, QSettings(str(tmp_path / "s.ini"),
                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    [action] = [a for a in window.findChildren(main_window.QAction)
                if a.text() == "Open log folder"]
    action.trigger()
    assert told == [("Log folder", f"The log is kept in {tmp_path / 'logs'}")]
    assert (tmp_path / "logs").is_dir()
    session.shutdown()
