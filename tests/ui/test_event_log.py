"""Event log window: read through the worker, filter by kind, search, export CSV."""

import csv

import pytest

from console.session import Session
from device.simulated import SimulatedPump
from ui.event_log import EventLogWindow


@pytest.fixture
def connected(qtbot):
    pumps = []

    def opener(url):
        pumps.append(SimulatedPump.from_url(url))
        pumps[-1].control.set_over_infusion(20)
        pumps[-1].control.motor_stall()
        return pumps[-1]

    session = Session(opener=opener)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.connect_to("sim://?start=2026-11-25T09:00")
    yield session
    session.shutdown()


def test_filter_search_and_export(qtbot, connected, tmp_path):
    window = EventLogWindow(connected)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 4, timeout=10_000)
    kinds = {row[2] for row in window.visible_rows()}
    assert {"implant", "fault", "alarm", "session-open"} <= kinds
    window.kind.setCurrentIndex(window.kind.findText("alarm"))
    assert {row[2] for row in window.visible_rows()} == {"alarm"}
    assert "motor_stall" in window.visible_rows()[0][3]
    window.kind.setCurrentIndex(0)
    window.search.setText("over-infusion")
    assert [row[2] for row in window.visible_rows()] == ["fault"]
    path = window.export_csv(tmp_path / "events.csv")
    rows = list(csv.reader(path.open()))
    assert rows[0] == ["#", "Pump time", "Event", "Details"]
    assert len(rows) == 2 and "percent=20" in rows[1][3]
    assert "1 of" in window.count.text() or "Exported 1" in window.count.text()
