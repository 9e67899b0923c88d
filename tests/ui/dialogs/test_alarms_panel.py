"""Alarms panel: meaning and action shown, clearing through the session, the alarm test."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.device.pump_api import AlarmCode
from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
from itb_console.ui.layout_check import layout_problems
from itb_console.ui.screen_fit import fit_to
from itb_console.ui.style import apply_style
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea


@pytest.fixture
def connected(connect_sim):
    return connect_sim()


def texts(panel):
    return " ".join(label.text() for label in panel.findChildren(QLabel))


def test_motor_stall_shown_cleared_and_logged(qtbot, connected):
    session, pump = connected
    panel = AlarmsPanel(session)
    qtbot.addWidget(panel)
    assert "No active alarms" in texts(panel)
    pump.control.motor_stall()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    assert "Motor stall" in texts(panel) and "What to do" in texts(panel)
    asked = []
    panel.confirm_clear = lambda title: asked.append(title) or len(asked) > 1
    clear = next(b for b in panel.findChildren(QPushButton) if b.text() == "Clear")
    clear.click()  # the first confirmation is declined: nothing is sent
    assert asked == ["Motor stall"] and not panel.awaited.pending
    assert AlarmCode.MOTOR_STALL in {a.code for a in pump.read_alarms()}
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        clear.click()
    assert panel.message.text().endswith("Clear alarm: done and verified.</b> The read-back "
                                         "confirms it.")
    assert session.actions.actions[-1].kind is ActionKind.ALARM_CLEARED
    assert AlarmCode.MOTOR_STALL not in {a.code for a in pump.read_alarms()}


def test_alarms_are_listed_critical_first(qtbot, connected):
    session, pump = connected
    pump.control.set_reservoir(calculated_nl=1_000_000)  # low reservoir, non-critical
    pump.control.motor_stall()  # raised later, critical
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    panel = AlarmsPanel(session)
    qtbot.addWidget(panel)
    shown = texts(panel)
    assert shown.index("Motor stall") < shown.index("Low reservoir")


def test_non_clearable_alarm_has_no_clear_button(qtbot, connected):
    session, pump = connected
    pump.control.set_reservoir(calculated_nl=1_000_000)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    panel = AlarmsPanel(session)
    qtbot.addWidget(panel)
    assert "Low reservoir" in texts(panel)
    assert not [b for b in panel.findChildren(QPushButton) if b.text() == "Clear"]


def test_alarm_test_and_mute(qtbot, connected):
    session, _ = connected
    panel = AlarmsPanel(session)
    qtbot.addWidget(panel)
    if not panel.player.available:
        assert panel.alarm_test() == []
        assert "Alarm test: not done.</b> No sound was played" in panel.message.text()
        assert session.actions.actions[-1].detail["command"] == "alarm test"
        pytest.skip(panel.player.unavailable_reason)
    assert panel.alarm_test() == ["motor_stall", "low_reservoir"]
    panel.mute.setChecked(True)
    assert panel.alarm_test() == []


@pytest.fixture
def large_type(qapp):
    apply_style(qapp, 1.5)
    yield
    apply_style(qapp, 1.0)


def test_every_alarm_at_once_in_large_type_scrolls_whole_on_a_1366x768_screen(
        qtbot, connected, large_type):
    session, pump = connected
    for code in AlarmCode:
        pump.control.raise_alarm(code)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()
    panel = AlarmsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    screen = QRect(0, 0, 1366, 768)
    fit_to(panel, screen)
    qtbot.waitUntil(lambda: panel.isVisible())
    QApplication.processEvents()
    assert panel.count.text() == "6 active alarms, critical first:"
    scroll = panel.findChild(QScrollArea)
    # the rows are laid out over a few passes of the event loop: wait for the list to
    # take its whole height, which is more than the panel shows (cut off without scrolling)
    qtbot.waitUntil(lambda: scroll.widget().height() > scroll.viewport().height(),
                    timeout=5_000)
    assert layout_problems(panel, screen) == []
    titles = [label for label in scroll.widget().findChildren(QLabel)
              if "What to do" in label.text()]
    assert ["(critical" in label.text() for label in titles] == [True] * 4 + [False] * 2
    last = titles[-1]
    scroll.ensureWidgetVisible(last)
    QApplication.processEvents()
    top_left = last.mapTo(scroll.viewport(), last.rect().topLeft())
    assert scroll.viewport().rect().contains(QRect(top_left, last.size()))
