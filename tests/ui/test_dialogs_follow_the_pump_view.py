"""Dialogs take what they show from the session's pump view: with nothing read they do not
open, and once the link is lost each says how old its values are and disables the commands
that would reach the pump, with the reason."""

from datetime import datetime

import pytest
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.pump_view import LinkState
from itb_console.console.session import Session
from itb_console.device.pump_api import AlarmCode, LinkError
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, Mode, Program, Schedule
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.main_window import MainWindow
from itb_console.ui.view_note import ViewNote
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

NOTHING_READ = "No pump read yet: connect to a pump (Ctrl+K)."


class LosesLink(SimulatedPump):
    """The simulated pump, its clock an hour ahead and a clearable alarm sounding; the test
    cuts its link."""

    cut = False

    def interrogate(self):
        if self.cut:
            raise LinkError("cable pulled")
        return super().interrogate()


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, text: told.append((title, text)))
    pumps = []

    def opener(url):
        pump = LosesLink.from_url(url)
        pump.control.set_pump_clock(datetime(2026, 11, 25, 10, 0))  # summer time still
        pump.control.set_reservoir(calculated_nl=3_200_000, true_nl=3_200_000)
        pump.control.raise_alarm(AlarmCode.LOW_BATTERY_RESET)
        pumps.append(pump)
        return pump

    session = Session(opener=opener)
    made = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(made)
    made.told, made.pumps = told, pumps
    yield made
    session.shutdown()


def connect(qtbot, window):
    with qtbot.waitSignal(window.session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    qtbot.waitUntil(lambda: window.session.record is not None, timeout=10_000)


def cut_link(qtbot, window):
    window.pumps[0].cut = True
    with qtbot.waitSignal(window.session.view.changed, timeout=10_000,
                          check_params_cb=lambda: window.session.view.link is LinkState.LOST):
        window.session.refresh()


@pytest.mark.parametrize(("opener", "title", "words"), [
    ("refill", "Refill", NOTHING_READ),
    ("bolus", "Bolus", NOTHING_READ),
    ("show_battery_clock", "Battery and clock", NOTHING_READ),
    ("trial_screening", "Trial screening", NOTHING_READ),
    ("titration", "Titration", NOTHING_READ),
    ("after_mri", "After an MRI", NOTHING_READ),
    ("save_report", "Session report",
     f"{NOTHING_READ} The report states what was read from a pump."),
])
def test_with_nothing_read_from_a_pump_a_dialog_does_not_open_and_says_why(
        window, opener, title, words):
    assert getattr(window, opener)() is None
    assert window.told == [(title, words)]


def test_after_a_lost_link_every_open_dialog_greys_its_commands_with_the_reason(qtbot,
                                                                                  window):
    connect(qtbot, window)
    session = window.session
    bolus = window.bolus()
    battery = window.show_battery_clock()
    alarms = window.show_alarms()
    mri = window.after_mri()
    old = session.view.status.program
    review = ReviewDialog(session, old, Program(Mode.CONTINUOUS, Schedule.constant(
        old.schedule.steps[0].dose), Concentration(2000)), SoftLimits(10_000, 100_000))
    qtbot.addWidget(review)
    review.show()
    refill = window.refill()
    refill.withdrawn.setText("3.2")
    refill.next()
    for box in (refill.concentration, refill.confirm):
        box.setCurrentIndex(next(i for i in range(box.count())
                                 if box.itemData(i) == Concentration(2000)))
    refill.next()
    assert refill.plan is not None  # Send to pump would send this plan
    [clear] = alarms.clear_buttons
    finish = refill.send_button
    commands = {"Start bolus": bolus.start, "Set clock": battery.set_button, "Clear": clear,
                "Interrogate": mri.interrogate_button, "Send": review.send_button,
                "Send to pump": finish}
    assert {name: button.isEnabled() for name, button in commands.items()} == dict.fromkeys(
        commands, True)
    dialogs = (bolus, battery, alarms, mri, review, refill)
    assert not any(note.isVisible() for dialog in dialogs
                   for note in dialog.findChildren(ViewNote))

    cut_link(qtbot, window)
    reason = (f"Last read {session.view.read_at:%H:%M}, not connected (link lost): reconnect "
              "(Ctrl+K) and interrogate (F5) first.")
    [commands["Clear"]] = alarms.clear_buttons  # the rows are built again, greyed
    assert {name: button.isEnabled() for name, button in commands.items()} == dict.fromkeys(
        commands, False)
    for dialog in dialogs:
        shown = [note.text() for note in dialog.findChildren(ViewNote) if note.isVisible()]
        assert shown == [reason], dialog.windowTitle()
    assert bolus.refusal.text() == "Not connected: see the line at the top."
    assert battery.set_button.toolTip() == reason


def test_after_a_lost_link_the_menu_says_why_refill_and_bolus_wait(qtbot, window):
    connect(qtbot, window)
    assert window.refill_action.isEnabled()
    cut_link(qtbot, window)
    reason = (f"Last read {window.session.view.read_at:%H:%M}, not connected (link lost): "
              "reconnect (Ctrl+K) and interrogate (F5) first.")
    for action, tip in ((window.refill_action, "Refill the pump: withdraw, compare, fill, "
                                               "verify"),
                        (window.bolus_action, "A clinician or priming bolus; progress and "
                                              "cancel")):
        assert not action.isEnabled()
        assert action.toolTip() == f"{tip}. Not now: {reason}"
    # what was read can still be looked at, with its age
    battery = window.show_battery_clock()
    assert [note.text() for note in battery.findChildren(ViewNote)] == [reason]
    assert not battery.set_button.isEnabled()
