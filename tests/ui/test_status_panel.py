"""The status panel shows the simulated pump's interrogation, by value."""

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from itb_console.console.session import Session
from itb_console.device.pump_api import Alarm, AlarmCode
from itb_console.device.simulated import SimulatedPump
from itb_console.ui import status_panel
from itb_console.ui.status_panel import StatusPanel
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.text import spaced


@pytest.fixture
def status():
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    pump.open_session()
    return pump.interrogate()


@pytest.fixture
def panel(qtbot):
    made = StatusPanel(ZoneInfo("Europe/London"))
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
    assert spaced(f["Daily dose"].text()) == "391.7 mcg/day  (0.196 mL/day)"
    assert spaced(f["Reservoir"].text()) == "15.00 mL (calculated)"
    assert spaced(panel.gauge.format()) == "75 % full"
    # (15 - 2) mL / 0.1958 mL/day = 66.4 days; 15 / 0.1958 = 76.6 days
    assert spaced(f["To alarm"].text()) == "66.4 days, 2027-01-30"
    assert spaced(f["To empty"].text()) == "76.6 days, 2027-02-09"
    assert f["Battery"].text() == "OK"
    assert f["Indicator (ERI)"].text() == "expected 2033-08-26 (in about 6.8 years)"
    assert "No active alarms" in panel.alarms.text()


@pytest.mark.parametrize(("eos", "replace_by"), [
    # ERI 26 Aug 2033 + 90 days, as the dialog
    (datetime(2034, 1, 10, 9, 0), "2033-11-24 (in about 7.0 years)"),
    (datetime(2033, 10, 1, 9, 0), "2033-10-01 (in about 6.9 years)"),  # the earlier EOS wins
])
def test_replace_by_is_eri_plus_profile_days_or_earlier_end_of_service(panel, status, eos,
                                                                        replace_by):
    panel.show_status(replace(status, battery=replace(status.battery, eos_at=eos)))
    assert panel.fields["Replace by"].text() == replace_by


def test_battery_at_replacement_indicator_says_so(panel, status):
    panel.show_status(replace(status, battery=replace(status.battery, eri_reached=True)))
    assert panel.fields["Battery"].text() == "Replacement indicator"
    assert panel.fields["Indicator (ERI)"].text() == "reached 2033-08-26 (in about 6.8 years)"


def test_wrong_pump_clock_is_flagged(panel, status):
    panel.show_status(replace(status, pump_clock=status.pump_clock - timedelta(hours=2)))
    # the clocks differ: each time says which clock it is
    assert panel.fields["Pump clock"].text() == "2026-11-25 07:00 pump clock"
    assert panel.fields["Local time"].text() == "2026-11-25 09:00 GMT"
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


def test_local_time_is_the_computers_zone_as_in_the_battery_dialog(qtbot, monkeypatch, status):
    monkeypatch.setattr(status_panel, "system_zone", lambda: ZoneInfo("America/New_York"))
    panel = StatusPanel()
    qtbot.addWidget(panel)
    panel.show_status(status)
    # 09:00 in London in November (UTC+0) is 04:00 in New York (UTC-5)
    assert panel.fields["Local time"].text() == "2026-11-25 04:00 EST"
    assert panel.fields["Local time"].toolTip() == "Local time in America/New_York"
    assert panel.fields["Clock check"].text().startswith("Pump clock is 5 h ahead of local time")


def test_a_short_scroll_area_scrolls_rather_than_cutting_wrapped_lines(qtbot, status):
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    scroll.setWidgetResizable(True)
    panel = StatusPanel(ZoneInfo("Europe/London"))
    scroll.setWidget(panel)
    scroll.resize(340, 400)
    scroll.show()
    panel.show_status(replace(status, pump_clock=status.pump_clock - timedelta(hours=2)))
    QApplication.processEvents()  # the layout request the new texts posted
    cut = {name: (label.height(), label.heightForWidth(label.width()))
           for name, label in panel.fields.items()
           if label.height() < label.heightForWidth(label.width())}
    assert cut == {}
    assert panel.height() > scroll.viewport().height()  # the rest is a scroll away


@pytest.mark.parametrize(("code", "words", "to_alarm"), [
    (AlarmCode.MOTOR_STALL, "Flexible - NOT DELIVERING (motor stalled)",
     "none while not delivering (motor stalled)"),
    (AlarmCode.END_OF_SERVICE, "Flexible - NOT DELIVERING (end of service)",
     "none while not delivering (end of service)"),
    (AlarmCode.RESERVOIR_EMPTY, "Flexible - NOT DELIVERING (reservoir empty)",
     "none while not delivering (reservoir empty)")])
def test_a_running_program_the_pump_does_not_deliver_says_so(panel, status, code, words,
                                                             to_alarm):
    """Its mode says so, and no alarm or empty date is given for a pump that does not run
    down (it was 66.4 days and 76.6 days, as if the 15 mL were being used)."""
    alarm = Alarm(code, status.pump_clock, True)
    panel.show_status(replace(status, alarms=(alarm,)))
    assert panel.fields["Mode"].text() == words
    assert (panel.fields["To alarm"].text(), panel.fields["To empty"].text()) == (
        to_alarm, to_alarm)


def test_a_stopped_pump_below_its_alarm_volume_has_reached_it(panel, status):
    from itb_console.device.therapy import Mode

    stopped = replace(status, program=replace(status.program, mode=Mode.STOPPED),
                      reservoir_nl=1_500_000)
    panel.show_status(stopped)
    assert (panel.fields["To alarm"].text(), panel.fields["To empty"].text()) == (
        "reached", "none while not delivering (stopped)")
