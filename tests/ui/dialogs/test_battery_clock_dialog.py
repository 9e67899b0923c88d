"""Battery and clock dialog against the simulated pump: dates to the day, clock setting."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from itb_console.console.actions import ActionKind
from itb_console.device.pump_api import PumpRefused, Reason
from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog
from PySide6.QtWidgets import QPushButton

from tests.text import spaced

LONDON = ZoneInfo("Europe/London")


def dialog_for(qtbot, session, pump, zone=LONDON):
    dialog = BatteryClockDialog(session, pump.model.profile.battery, zone)
    qtbot.addWidget(dialog)
    return dialog


def text(dialog, name):
    return dialog.fields[name].text()


def summer_time_pump_clock(qtbot, session, pump):
    """The pump still on summer time after the clocks went back on 25 Oct 2026: 1 h ahead."""
    pump.control.set_pump_clock(datetime(2026, 11, 25, 10, 0))
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()


def test_battery_120_days_left_gives_the_dates_to_the_day(qtbot, connect_sim):
    session, pump = connect_sim(lambda pump: pump.control.set_battery_days_left(120))
    dialog = dialog_for(qtbot, session, pump)
    assert "OK" in text(dialog, "State")
    assert text(dialog, "Replacement indicator") == "expected 2026-12-24"
    assert text(dialog, "Replace by") == "2027-03-24 (in about 4 months) (ERI + 90 days)"
    assert text(dialog, "Plan from").startswith("2026-06-25")  # 182 days before ERI
    assert "plan the replacement now" in dialog.plan.text()
    assert "At EOS the pump stops delivering" in dialog.plan.text()


def test_eri_reached_and_an_earlier_pump_forecast_wins(qtbot, connect_sim):
    session, pump = connect_sim(lambda pump: pump.control.set_battery_days_left(30))
    dialog = dialog_for(qtbot, session, pump)
    assert "Replacement indicator (ERI) reached" in text(dialog, "State")
    assert text(dialog, "Replacement indicator") == "reached 2026-11-25"
    assert text(dialog, "Replace by") == ("2026-12-24 (in 29 days) (the pump's end of service)")
    plan = dialog.plan.text()
    assert "replace by 2026-12-24 (29 days left)" in plan
    assert "predicts end of service on 2026-12-24, sooner than ERI + 90 days" in plan


def test_end_of_service_says_replace_now(qtbot, connect_sim):
    session, pump = connect_sim(lambda pump: pump.control.set_battery_days_left(0))
    dialog = dialog_for(qtbot, session, pump)
    assert "END OF SERVICE" in text(dialog, "State")
    assert text(dialog, "End of service") == "reached 2026-11-25"
    assert "Replace it now" in dialog.plan.text()
    assert "replace by 2027-02-23" not in dialog.plan.text()


def test_correct_clock_offers_no_setting(qtbot, connect_sim):
    session, pump = connect_sim()
    dialog = dialog_for(qtbot, session, pump)
    assert "Pump clock correct" in text(dialog, "Check")
    assert text(dialog, "Difference") == "none (within a minute)"
    assert dialog.set_button.isHidden()


def test_clock_after_daylight_saving_is_set_and_verified(qtbot, connect_sim):
    session, pump = connect_sim()
    summer_time_pump_clock(qtbot, session, pump)
    dialog = dialog_for(qtbot, session, pump)
    assert spaced(text(dialog, "Difference")) == "1:00 h pump ahead of local time"
    assert "clocks went back on 2026-10-25" in text(dialog, "Daylight saving")
    assert "1 h ahead of local time" in text(dialog, "Check")
    assert not dialog.set_button.isHidden()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.set_button.click()
    qtbot.waitUntil(lambda: "verified" in dialog.outcome.text(), timeout=10_000)
    assert abs(pump.interrogate().pump_clock - datetime(2026, 11, 25, 9, 0)) < timedelta(
        minutes=2)
    assert dialog.set_button.isHidden()
    clock_set = session.actions.of_kind(ActionKind.CLOCK_SET)
    assert len(clock_set) == 1 and clock_set[0].detail["zone"] == "Europe/London"
    assert clock_set[0].detail["pump_clock"].startswith("2026-11-25T09:0")


def test_refused_clock_setting_shows_why_and_stays_usable(qtbot, connect_sim, monkeypatch):
    session, pump = connect_sim()
    summer_time_pump_clock(qtbot, session, pump)
    dialog = dialog_for(qtbot, session, pump)

    def refuse(pump_clock):
        raise PumpRefused(Reason.OUT_OF_RANGE, "clock refused for this test")

    monkeypatch.setattr(pump, "set_clock", refuse)
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.set_button.click()
    assert dialog.awaited.last.text() == (
        "Set clock: refused by the pump. The pump said: clock refused for this test. Change "
        "the value to within the pump's limits and try again.")
    assert dialog.set_button.isEnabled() and not dialog.set_button.isHidden()
    assert not session.actions.of_kind(ActionKind.CLOCK_SET)
    assert pump.interrogate().pump_clock > datetime(2026, 11, 25, 9, 50)


def test_zone_is_overridable_and_a_plain_offset_names_no_dst(qtbot, connect_sim):
    session, pump = connect_sim()
    dialog = dialog_for(qtbot, session, pump, ZoneInfo("Asia/Tokyo"))
    assert "(Asia/Tokyo)" in text(dialog, "Local time")
    assert spaced(text(dialog, "Difference")) == "9:00 h pump behind local time"
    assert text(dialog, "Daylight saving").startswith("No change in the last 6 months")
    assert not dialog.set_button.isHidden()


def test_closing_without_setting_leaves_the_pump_clock_alone(qtbot, connect_sim):
    session, pump = connect_sim()
    summer_time_pump_clock(qtbot, session, pump)
    dialog = dialog_for(qtbot, session, pump)
    dialog.show()
    assert dialog.set_button.isVisible()
    (close,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]
    close.click()
    assert not dialog.isVisible()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    assert session.status.pump_clock > datetime(2026, 11, 25, 9, 50)
    assert not session.actions.of_kind(ActionKind.CLOCK_SET)
