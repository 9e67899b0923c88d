"""The status panel shows the simulated pump's interrogation, by value."""

from dataclasses import replace
from datetime import timedelta

import pytest

from console.session import Session
from device.simulated import SimulatedPump
from ui.status_panel import StatusPanel


@pytest.fixture
def status():
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    pump.open_session()
    return pump.interrogate()


@pytest.fixture
def panel(qtbot):
    made = StatusPanel()
    qtbot.addWidget(made)
    return made


def test_dashes_until_a_pump_is_read(panel):
    assert panel.fields["Serial"].text() == "-"
    assert panel.alarms.text() == "No pump read yet"


def test_identity_program_and_reservoir_forecast(panel, status):
    panel.show_status(status)
    f = panel.fields
    assert f["Model"].text().startswith("GX-20")
    assert f["Serial"].text() == "SIM-000001"
    # 350/450/400/350 mcg/day over 7/5/10/2 h = 391.7 mcg/day = 0.1958 mL/day at 2000 mcg/mL
    assert f["Daily dose"].text() == "391.7 mcg/day  (0.1958 mL/day)"
    assert f["Reservoir"].text() == "15.00 mL (calculated)"
    assert panel.gauge.format() == "15.00 of 20 mL"
    # (15 - 2) mL / 0.1958 mL/day = 66.4 days; 15 / 0.1958 = 76.6 days
    assert f["To alarm"].text() == "66.4 days, 30 Jan 2027"
    assert f["To empty"].text() == "76.6 days, 09 Feb 2027"
    assert f["Battery"].text() == "OK - replacement indicator expected Aug 2033"
    assert "No active alarms" in panel.alarms.text()


def test_wrong_pump_clock_is_flagged(panel, status):
    panel.show_status(replace(status, pump_clock=status.pump_clock - timedelta(hours=2)))
    assert panel.fields["Pump clock"].text() == "2026-11-25 07:00"
    assert panel.fields["Local time"].text() == "2026-11-25 09:00"
    assert panel.fields["Clock check"].text() == (
        "Pump clock is 2 h behind local time. Set it to 2026-11-25 09:00.")


def test_updates_live_from_a_session(qtbot, panel):
    session = Session()
    session.status_changed.connect(panel.show_status)
    try:
        with qtbot.waitSignal(session.status_changed, timeout=10_000):
            session.connect_to("sim://?start=2026-11-25T09:00")
        assert panel.fields["Serial"].text() == "SIM-000001"
        with qtbot.waitSignal(session.status_changed, timeout=5_000):
            pass  # the poll timer re-reads the pump about once a second
    finally:
        session.shutdown()
