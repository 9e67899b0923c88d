"""Event log window: read through the worker, filter by kind, search, export CSV."""

import csv

import pytest
from itb_console.ui.dialogs import event_log
from itb_console.ui.dialogs.event_log import EventLogWindow
from PySide6.QtCore import QCoreApplication, Qt, QThread


def _faulty(pump):
    pump.control.set_over_infusion(20)
    pump.control.motor_stall()


@pytest.fixture
def connected(connect_sim):
    session, _ = connect_sim(_faulty)
    return session


def test_filter_search_and_export(qtbot, connected, tmp_path):
    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 4, timeout=10_000)
    kinds = {row[2] for row in window.visible_rows()}
    assert {"Pump implanted", "Tester fault", "Alarm", "Programming session opened"} <= kinds
    window.kind.setCurrentIndex(window.kind.findText("Alarm"))
    assert {row[2] for row in window.visible_rows()} == {"Alarm"}
    assert window.visible_rows()[0][3] == "Motor stall (critical)"
    window.table.selectRow(0)
    details = window.raw.toPlainText()
    assert details.startswith("Motor stall (critical)\n\n")  # the words whole, then
    assert "code: motor_stall" in details  # the record as stored
    assert window.proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "Motor stall (critical)")
    window.kind.setCurrentIndex(0)
    window.search.setText("over-infusion")
    assert [row[2] for row in window.visible_rows()] == ["Tester fault"]
    with qtbot.waitSignal(window.files.finished, timeout=10_000):
        path = window.export_csv(tmp_path / "events.csv")
    assert window.count.text() == f"Exported 1 event to {path}"
    rows = list(csv.reader(path.open()))
    assert rows[0] == ["#", "Pump time", "Event", "What happened", "Raw record"]
    assert len(rows) == 2 and rows[1][3] == "tester set over-infusion, percent 20"
    assert "percent: 20" in rows[1][4]
    window.search.setText("")
    assert window.count.text() == f"{window.model.rowCount()} of " \
        f"{window.model.rowCount()} events shown"


def test_an_export_that_cannot_be_written_says_so(qtbot, connected, tmp_path):
    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 4, timeout=10_000)
    target = tmp_path / "missing" / "events.csv"
    with qtbot.waitSignal(window.files.finished, timeout=10_000):
        window.export_csv(target)
    assert window.count.text().startswith(f"Could not export to {target}: ")
    assert "No such file or directory" in window.count.text()


def test_the_export_is_written_off_the_gui_thread(qtbot, connected, tmp_path, monkeypatch):
    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 4, timeout=10_000)
    writers = []
    write = event_log.write_text_atomically

    def watched(path, text):
        writers.append(QThread.currentThread())
        write(path, text)

    monkeypatch.setattr(event_log, "write_text_atomically", watched)
    with qtbot.waitSignal(window.files.finished, timeout=10_000):
        window.export_csv(tmp_path / "events.csv")
    assert len(writers) == 1 and writers[0] is not QCoreApplication.instance().thread()
    assert window.count.text() == f"Exported {window.model.rowCount()} events to " \
        f"{tmp_path / 'events.csv'}"


def test_a_command_reads_the_log_again_keeping_the_kind_chosen(qtbot, connected):
    from itb_console.console.commands import clear_alarm
    from itb_console.device.pump_api import AlarmCode

    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.read_stamp.read_at is not None, timeout=10_000)
    first = window.read_stamp.read_at
    assert window.read_stamp.text() == f"Log read {first:%H:%M:%S}"
    window.kind.setCurrentIndex(window.kind.findText("Alarm"))
    kinds = window.kind.count()
    with qtbot.waitSignal(connected.outcome_ready, timeout=10_000):
        clear_alarm(connected, AlarmCode.MOTOR_STALL)
    qtbot.waitUntil(lambda: window.kind.count() > kinds, timeout=10_000)  # the clearing
    assert window.read_stamp.read_at >= first
    assert window.kind.currentText() == "Alarm"
    assert {row[2] for row in window.visible_rows()} == {"Alarm"}


def test_a_log_that_cannot_be_read_is_said_and_the_rows_kept(qtbot, connected):
    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 4, timeout=10_000)
    rows = window.model.rowCount()
    connected.action_failed.emit("read log", "The pump did not answer LOG.")
    assert window.count.text().endswith("Could not read the log: The pump did not answer "
                                        "LOG. The events listed are from the last reading."
                                        "</span>")
    assert window.model.rowCount() == rows
    connected.close_session()
    assert window.read_stamp.text().endswith(", not connected")
