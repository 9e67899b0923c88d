"""Presentation mode: in and out, the pump clock, the presenter's speed keys, night, contrast."""

from datetime import datetime

import pytest
from itb_console.console.pump_view import LinkState
from itb_console.console.session import Session, SessionState
from itb_console.device.pump_api import LinkError, PumpRefused
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import DoseRate, Mode, Program, Schedule
from itb_console.ui.main_window import MainWindow
from itb_console.ui.timeline.timeline_editor import NIGHT_SHADE
from itb_console.ui.training import presenter_strip as colours
from itb_console.ui.training.presentation import (
    BANNER_BG,
    FONT_SCALE,
    NIGHT_SHADE_STRONG,
    contrast_ratio,
    high_contrast_palette,
)
from itb_console.ui.training.presenter_strip import (
    LocalPumpClock,
    PresenterStrip,
    big_type_for,
    next_speed,
    speed_words,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.text import spaced

START = "sim://?start=2026-11-25T09:00"


def _worked_numbers(pump: SimulatedPump) -> None:
    """domain.md: 400 mcg/day at 2000 mcg/mL = 0.200 mL/day; 20 mL, alarm at 2 mL: 90 days."""
    pump.open_session()
    pump.write_program(Program(Mode.CONTINUOUS,
                               Schedule.constant(DoseRate.from_mcg_per_day("400")),
                               pump.read_program().concentration))
    pump.close_session()
    pump.control.set_reservoir(calculated_nl=20_000_000)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The console on a simulated pump whose world stands still at 09:00 on 25 Nov 2026."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    pumps: list[SimulatedPump] = []

    def opener(url):
        pump = SimulatedPump.from_url(url)
        pump.set_clock_speed(0)  # first: not a microsecond is delivered after the set-up
        _worked_numbers(pump)
        pumps.append(pump)
        return pump

    session = Session(opener=opener)
    made = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        made.connect_to(START)
    made.pump = pumps[0]
    yield made
    made.presentation.leave()  # the look is application-wide: never leak it to other tests
    session.shutdown()


def refresh(window, qtbot) -> None:
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000):
        window.session.refresh()


def present(window, qtbot) -> None:
    """Enter and wait until the pump's speed has been read (and the pump read again)."""
    with qtbot.waitSignals([window.session.clock_speed_changed, window.session.status_changed],
                           timeout=10_000):
        window.presentation.toggle_action.trigger()


def press(window, qtbot, key: Qt.Key) -> None:
    """A presenter's key, as the keyboard (or a clicker) sends it to the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(window.session.clock_speed_changed, timeout=10_000):
        QTest.keyClick(window, key)


# ---------------------------------------------------------------------- in and out
def test_toggling_in_and_out_restores_the_normal_window(window, qtbot):
    app = QApplication.instance()
    font, palette, sheet = QFont(app.font()), QPalette(app.palette()), app.styleSheet()
    axis = window.editor.plot.getPlotItem().getAxis("left")
    tick_font, axis_pen = axis.style["tickFont"], axis.pen().color().name()
    present(window, qtbot)
    assert window.isFullScreen() and window.presentation.toggle_action.isChecked()
    assert app.font().pointSizeF() == pytest.approx(font.pointSizeF() * FONT_SCALE)
    assert app.palette().color(QPalette.ColorRole.WindowText) == QColor(colours.INK)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(app.font().pointSizeF())
    assert window.presentation.strip.isVisible()
    assert not window.status_panel.isVisible()  # the strip carries what a room needs
    banner = window.findChild(QLabel, "banner")
    assert banner.isVisible() and "Training mock, not for clinical use" in banner.text()

    window.presentation.toggle_action.trigger()
    assert not window.isFullScreen() and not window.presentation.toggle_action.isChecked()
    assert app.font() == font and app.palette() == palette and app.styleSheet() == sheet
    assert axis.style["tickFont"] == tick_font and axis.pen().color().name() == axis_pen
    assert not window.presentation.strip.isVisible() and window.status_panel.isVisible()
    assert window.editor.night_bands[0].brush.color().alpha() == NIGHT_SHADE


def test_dialogs_opened_while_presenting_grow_with_the_type(window, qtbot):
    present(window, qtbot)
    shortcuts = window.show_shortcuts()  # 900 x 640 pixels as designed for normal type
    room = shortcuts.screen().availableGeometry().size()
    assert shortcuts.width() == min(round(900 * FONT_SCALE), room.width())
    shortcuts.close()
    window.presentation.leave()
    shortcuts = window.show_shortcuts()
    assert (shortcuts.width(), shortcuts.height()) == (900, 640)
    shortcuts.close()


def test_escape_leaves_and_does_nothing_outside_presentation(window, qtbot):
    present(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    presenter_keys = window.presentation.actions[1:]
    assert not any(action.isEnabled() for action in presenter_keys)


# ---------------------------------------------------------------------- the strip
def test_the_clock_shows_the_pump_clock_and_the_strip_the_worked_numbers(window, qtbot):
    present(window, qtbot)
    strip = window.presentation.strip
    assert window.session.status.pump_clock.replace(microsecond=0) == datetime(2026, 11, 25, 9)
    assert strip.values["clock"].text() == "09:00"  # paused: the clock stands still
    assert strip.details["clock"].text() == "Wed 2026-11-25"
    assert spaced(strip.values["reservoir"].text()) == "20.00 mL"
    assert spaced(strip.values["alarm"].text()) == "90.0 days"  # 18 mL at 0.200 mL/day
    assert strip.details["alarm"].text() == "on 2027-02-23 09:00"
    assert strip.values["refill"].text() == "2027-02-16"  # a week before the alarm day
    assert strip.details["refill"].text() == "in 83 days; alarm due 2027-02-23"
    assert strip.values["speed"].text() == "PAUSED"
    assert window.editor.now_line.isVisible()
    assert window.editor.now_line.value() == pytest.approx(9 * 60, abs=0.1)


def test_the_strip_shows_the_replace_by_date_of_the_shared_rule(window, qtbot):
    present(window, qtbot)
    strip = window.presentation.strip
    # 120 days of battery at the reference 0.5 mL/day; at 0.2 mL/day ERI comes on
    # 2026-12-25 (in 30 days), and the replace-by date is ERI + 90 days
    window.pump.control.set_battery_days_left(120)
    refresh(window, qtbot)
    assert window.status_panel.fields["Indicator (ERI)"].text() == (
        "expected 2026-12-25 (in 30 days)")
    assert strip.values["replace"].text() == "2027-03-25"
    assert strip.details["replace"].text() == "in about 4 months"
    assert strip.values["replace"].property("alert") is False
    # 30 days: ERI reached today, and the pump's end of service (in 30 days) comes before
    # ERI + 90 days
    window.pump.control.set_battery_days_left(30)
    refresh(window, qtbot)
    assert strip.values["replace"].text() == "2026-12-25"
    assert strip.details["replace"].text() == "ERI reached 2026-11-25; in 30 days"
    assert strip.values["replace"].property("alert") is True
    # the replacement indicator is in the alarm bar, not in the low-reservoir cell
    assert strip.details["alarm"].text() == "on 2027-02-23 09:00"
    assert strip.values["alarm"].property("alert") is False
    # the same date as the status panel, the battery dialog and the report
    assert window.status_panel.fields["Replace by"].text() == "2026-12-25 (in 30 days)"
    assert window.report_or_tell("x").replace_by_date.isoformat() == "2026-12-25"


def test_a_stalled_motor_gives_no_alarm_or_refill_date_in_the_strip(window, qtbot):
    present(window, qtbot)
    strip = window.presentation.strip
    window.pump.control.motor_stall()
    refresh(window, qtbot)
    # 18 mL above the alarm volume, but none of it is being used: "90.0 days" was false
    assert (strip.values["alarm"].text(), strip.details["alarm"].text()) == (
        "none", "while not delivering (motor stalled)")
    assert strip.values["alarm"].property("alert") is True
    assert (strip.values["refill"].text(), strip.details["refill"].text()) == (
        "-", "no forecast: not delivering (motor stalled)")


def lose_link(window, qtbot):
    def dead(*_args):
        raise LinkError("The link to the pump failed.")

    window.pump.interrogate = dead
    with qtbot.waitSignal(window.session.view.changed, timeout=10_000,
                          check_params_cb=lambda: window.session.view.link is LinkState.LOST):
        window.session.refresh()


@pytest.mark.parametrize(("end", "words"), [
    (lose_link, "not connected (link lost)"),
    (lambda window, _qtbot: window.session.close_session(), "not connected")])
def test_after_a_lost_link_or_a_closed_session_the_strip_greys_its_values_under_their_age(
        window, qtbot, end, words):
    present(window, qtbot)
    strip = window.presentation.strip
    assert not strip.freshness.isVisible()
    assert strip.values["reservoir"].property("stale") is False
    end(window, qtbot)
    read_at = window.session.view.read_at
    assert strip.freshness.isVisible()
    assert strip.freshness.text() == f"Last read {read_at:%H:%M}, {words}"
    assert strip.freshness.text() == window.status_panel.freshness.text()  # the same words
    assert spaced(strip.values["reservoir"].text()) == "20.00 mL"  # the last values, kept
    assert strip.values["clock"].text() == "09:00"  # the pump's clock when last read
    assert (strip.values["speed"].text(), strip.details["speed"].text()) == (
        "-", "no pump connected")
    for key in ("clock", "reservoir", "alarm", "refill", "replace", "speed"):
        assert strip.values[key].property("stale") is True, key
        assert strip.details[key].property("stale") is True, key
    assert not strip.gauge.isEnabled()


def test_speed_keys_change_the_pumps_own_speed(window, qtbot):
    present(window, qtbot)
    clock = window.pump.model.clock
    assert clock.paused
    press(window, qtbot, Qt.Key.Key_PageUp)  # from a pause: one rung above x1
    assert (clock.speed, clock.paused) == (60, False)
    press(window, qtbot, Qt.Key.Key_Plus)
    assert clock.speed == 3_600
    assert window.presentation.strip.values["speed"].text() == "x3,600"
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert clock.speed == 60
    press(window, qtbot, Qt.Key.Key_Space)
    assert clock.paused and window.session.clock_speed == 0
    assert window.presentation.strip.details["speed"].text() == "Space resumes at x60"
    press(window, qtbot, Qt.Key.Key_Space)
    assert (clock.speed, clock.paused) == (60, False)
    assert window.pump.clock_speed() == 60


def quick_presses(window, qtbot, *keys: Qt.Key) -> None:
    """Keys pressed faster than the pump answers: none waits for the one before."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    for key in keys:
        QTest.keyClick(window, key)


def test_every_quick_key_press_counts(window, qtbot):
    """Three quick PgUp from a pause: three rungs (x60, x3,600, x86,400), not one; three
    quick PgDown come back down three; Space right after pauses, Space again resumes at
    the speed last asked for."""
    present(window, qtbot)
    clock = window.pump.model.clock
    answers: list[float] = []
    window.session.clock_speed_changed.connect(answers.append)
    quick_presses(window, qtbot, *[Qt.Key.Key_PageUp] * 3)
    assert window.presentation.requested == 86_400  # counted before any answer came
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=10_000)
    assert answers == [60, 3_600, 86_400]
    assert (clock.speed, clock.paused) == (86_400, False)
    assert window.presentation.requested is None  # the pump has caught up
    assert window.presentation.strip.values["speed"].text() == "x86,400"
    quick_presses(window, qtbot, *[Qt.Key.Key_PageDown] * 3, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(answers) == 7, timeout=10_000)
    assert answers[3:] == [3_600, 60, 1, 0]
    assert clock.paused
    quick_presses(window, qtbot, Qt.Key.Key_PageUp, Qt.Key.Key_Space, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(answers) == 10, timeout=10_000)
    assert answers[7:] == [60, 0, 60]
    assert (clock.speed, clock.paused) == (60, False)


def test_a_refused_speed_does_not_stick_to_the_next_key(window, qtbot):
    present(window, qtbot)
    with qtbot.waitSignal(window.session.action_failed, timeout=10_000):
        window.presentation._request(5_000_000)  # outside the pump's range: refused
    assert window.presentation.requested is None
    press(window, qtbot, Qt.Key.Key_PageUp)
    assert window.pump.model.clock.speed == 60  # one rung above the pause, not above 5e6


def test_time_control_needs_the_simulated_pump(window, qtbot):
    with qtbot.waitSignal(window.session.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s is SessionState.DISCONNECTED):
        window.session.close_session()
    assert not window.editor.now_line.isVisible()  # no pump, no 'now'
    window.presentation.enter()
    strip = window.presentation.strip
    assert (strip.values["speed"].text(), strip.details["speed"].text()) == (
        "-", "no pump connected")
    window.presentation.step_speed(1)
    assert "simulated pump (sim://) only" in window.statusBar().currentMessage()


def test_a_refused_speed_is_said_and_changes_nothing(window, qtbot):
    with qtbot.waitSignal(window.session.action_failed, timeout=10_000):
        assert window.session.set_clock_speed(5_000_000)
    assert window.pump.clock_speed() == 0  # still paused
    present(window, qtbot)
    window.session.set_clock_speed(5_000_000)
    qtbot.waitUntil(lambda: "outside x1 to x1,000,000" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Pump time: clock speed: x5,000,000")


def test_the_clock_shows_seconds_only_while_they_can_be_read(qtbot):
    strip = PresenterStrip()
    qtbot.addWidget(strip)
    when = datetime(2026, 11, 25, 9, 0, 5)
    strip.show_clock(when, 60)
    assert strip.values["clock"].text() == "09:00:05"
    strip.show_clock(when, 3_600)
    assert strip.values["clock"].text() == "09:00"
    assert big_type_for(1920) == 28 and big_type_for(1366) == 26
    assert big_type_for(1024) == 20 and big_type_for(800) == 15


def test_the_simulated_pump_refuses_a_speed_outside_its_range():
    pump = SimulatedPump.from_url(START)
    with pytest.raises(PumpRefused, match="outside x1 to x1,000,000"):
        pump.set_clock_speed(2_000_000)
    assert pump.clock_speed() == 1


# ---------------------------------------------------------------------- night and contrast
def test_night_is_shaded_from_19_to_07_and_stronger_when_presenting(window, qtbot):
    bands = window.editor.night_bands
    assert [tuple(band.getRegion()) for band in bands] == [(0, 7 * 60), (19 * 60, 24 * 60)]
    assert all(band.brush.color().alpha() == NIGHT_SHADE for band in bands)
    present(window, qtbot)
    assert all(band.brush.color().alpha() == NIGHT_SHADE_STRONG > NIGHT_SHADE for band in bands)


def test_contrast_ratio_is_the_wcag_formula():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    # The normal banner (brown on cream) is 6.7:1: below AAA, hence the presenter's amber.
    assert contrast_ratio(QColor("#7a4b00"), QColor("#fff3cd")) < 7


def test_presentation_colours_are_at_least_7_to_1():
    palette = high_contrast_palette(QPalette())
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [(palette.color(group, text), palette.color(group, ground))
             for group in (groups.Active, groups.Disabled)
             for text, ground in ((roles.WindowText, roles.Window), (roles.Text, roles.Base),
                                  (roles.ButtonText, roles.Button))]
    pairs.append((palette.color(roles.HighlightedText), palette.color(roles.Highlight)))
    pairs.append((palette.color(roles.ToolTipText), palette.color(roles.ToolTipBase)))
    pairs += [(QColor(colours.INK), QColor(BANNER_BG))] + [
        (QColor(ink), QColor(colours.PAPER))
        for ink in (colours.STRONG, colours.ALERT, colours.DIMMED)]
    ratios = [contrast_ratio(text, ground) for text, ground in pairs]
    assert min(ratios) >= 7, ratios


# ---------------------------------------------------------------------- pure parts
def test_speed_ladder():
    assert next_speed(1, 1) == 60 and next_speed(60, 1) == 3_600
    assert next_speed(86_400, 1) == 1_000_000 and next_speed(1_000_000, 1) == 1_000_000
    assert next_speed(1_000, 1) == 3_600 and next_speed(1_000, -1) == 60  # --speed 1000
    assert next_speed(1, -1) == 1
    assert speed_words(3_600) == "1 h per second"
    assert speed_words(86_400) == "1 day per second"
    assert speed_words(1_000_000) == "11.6 days per second"
    assert speed_words(1) == "real time"


def test_local_clock_runs_on_between_readings():
    now = [0.0]
    clock = LocalPumpClock(lambda: now[0])
    assert clock.now() is None
    clock.update(datetime(2026, 11, 25, 9, 0))
    clock.set_speed(3_600)
    now[0] = 2.0
    assert clock.now() == datetime(2026, 11, 25, 11, 0)  # 2 s at x3600: 2 hours
    clock.set_speed(0)
    now[0] = 5.0
    assert clock.now() == datetime(2026, 11, 25, 11, 0)  # paused


def test_local_clock_estimates_an_unknown_speed_from_two_readings():
    now = [0.0]
    clock = LocalPumpClock(lambda: now[0])
    clock.update(datetime(2026, 11, 25, 9, 0))
    now[0] = 10.0
    clock.update(datetime(2026, 11, 25, 9, 10))  # 600 s in 10 s: x60
    now[0] = 11.0
    assert clock.speed == 60
    assert clock.now() == datetime(2026, 11, 25, 9, 11)


def test_presenter_keys_are_the_documented_ones(window):
    keys = {action.text(): [k.toString() for k in action.shortcuts()]
            for action in window.presentation.actions}
    assert keys["Presentation mode"] == ["F11"]
    assert keys["Pump time faster"] == ["PgUp", "+"]
    assert keys["Pump time slower"] == ["PgDown", "-"]
    assert QKeySequence("Space").toString() in keys["Pause or resume pump time"]
