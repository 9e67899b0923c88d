"""What the main window shows on the failure paths: nothing read, a lost link, a closed
session, a pump of an unknown profile, a bad device on the command line."""

import dataclasses
import os
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from itb_console.console.session import Session
from itb_console.device.pump_api import BolusKind, BolusRequest
from itb_console.device.simulated import SimulatedPump
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.text import plain, spaced


class LosesLink(SimulatedPump):
    """A simulated pump whose link can be cut by the test."""

    cut = False

    def interrogate(self):
        if self.cut:
            from itb_console.device.pump_api import LinkError
            raise LinkError("cable pulled")
        return super().interrogate()


class RecordUnreadable(SimulatedPump):
    """A simulated pump whose implant record cannot be read while ``record_fails``."""

    record_fails = False

    def read_record(self):
        if self.record_fails:
            from itb_console.device.pump_api import PumpTimeout
            raise PumpTimeout("The pump did not answer RECORD.")
        return super().read_record()


class UnknownProfile(SimulatedPump):
    def interrogate(self):
        status = super().interrogate()
        return dataclasses.replace(status, identity=dataclasses.replace(
            status.identity, profile_id="itb-99"))


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    made = []

    def make(pump_class=SimulatedPump, wall_clock=datetime.now):
        pumps = []

        def opener(url):
            pumps.append(pump_class.from_url(url))
            return pumps[-1]

        session = Session(opener=opener, wall_clock=wall_clock)
        window = MainWindow(session, QSettings(str(tmp_path / "s.ini"),
                                               QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        made.append(session)
        return window, session, pumps

    yield make
    for session in made:
        session.shutdown()


def test_no_pump_read_shows_no_program_and_no_editor(make_window):
    window, _session, _ = make_window()
    assert window.pages.currentWidget() is window.no_pump
    assert window.summary.text() == ("<b>No program in force:</b> No pump read yet: connect "
                                     "to a pump (Ctrl+K).")
    assert not window.mode.isEnabled() and not window.bolus_action.isEnabled()
    assert window.status_panel.fields["Daily dose"].text() == "-"


def test_lost_link_greys_the_last_values_and_says_when_they_were_read(qtbot, make_window):
    window, session, pumps = make_window(LosesLink)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    assert window.status_panel.freshness.text().startswith("Read ")
    pumps[0].cut = True
    with qtbot.waitSignal(session.error, timeout=10_000) as told:
        session.refresh()
    assert told.args[0] == ("The link to the pump at sim://?start=2026-11-25T09:00 was lost: "
                            "cable pulled. The values shown are the last ones read. Reconnect "
                            "(Ctrl+K) and interrogate.")
    age = session.view.age_text()
    assert age.startswith("Last read ") and age.endswith(", not connected (link lost)")
    assert window.status_panel.freshness.text() == age
    assert not window.status_panel.groups[0].isEnabled()
    assert window.status_panel.fields["Serial"].text() == "SIM-000001"  # kept, greyed
    assert f"In force <i>(last read {session.view.read_at:%H:%M})</i>" in window.summary.text()
    legend = window.editor.plot.getPlotItem().legend.getLabel(window.editor.ghost)
    assert legend.text == (f"in force when last read ({session.view.read_at:%H:%M}), not "
                           "connected")
    assert not window.send_action.isEnabled() and not window.refill_action.isEnabled()


def test_close_session_marks_the_values_not_connected(qtbot, make_window):
    window, session, _ = make_window()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    session.close_session()
    age = session.view.age_text()
    assert age.startswith("Last read ") and age.endswith(", not connected")
    assert window.status_panel.freshness.text() == age
    assert not window.bolus_action.isEnabled()


def test_a_pump_of_unknown_profile_is_refused_at_connect(qtbot, make_window):
    window, session, pumps = make_window(UnknownProfile)
    with qtbot.waitSignal(session.error, timeout=10_000) as told:
        window.connect_to("sim://?start=2026-11-25T09:00")
    assert told.args[0] == (
        "Could not connect to sim://?start=2026-11-25T09:00: the pump SIM-000001 reports "
        "profile 'itb-99', which this console does not know (it knows itb-20, itb-40). "
        "Nothing was changed on it; connect to a pump with a supported profile, or update "
        "the console.")
    assert session.view.status is None and window.pages.currentWidget() is window.no_pump
    assert not pumps[0].model.session_open  # the refusal closed what it opened


@pytest.mark.parametrize(("device", "line"), [
    ("/dev/pts/99", "itb-console: error: Could not connect to /dev/pts/99: no such port. "
                    "Start the emulator (itb-emulator --pty) and connect to the port it "
                    "prints, or check the port name."),
    ("sim://?profile=no-such-pump",
     "itb-console: error: Could not connect to sim://?profile=no-such-pump: profile: "
     "'no-such-pump' is not known; choose one of itb-20, itb-40. Check the sim:// options "
     "(see the user guide)."),
])
def test_screenshot_with_a_bad_device_exits_with_one_line(tmp_path, device, line):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "itb_console.ui.app", "--device", device,
                           "--screenshot", str(tmp_path / "x.png")],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1
    errors = [row for row in done.stderr.splitlines() if row.startswith("itb-console:")]
    assert errors == [line]
    assert not (tmp_path / "x.png").exists()


class WallClock:
    """The console computer's local time, moved on by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0, 5)

    def __call__(self) -> datetime:
        return self.now


def refill_from_the_window(qtbot, window, session):
    """Pump > Refill... through every page: no discrepancy, 2000 mcg/mL, Send to pump."""
    wizard = window.refill()
    wizard.withdrawn.setText(f"{session.status.reservoir_nl / 1e6:.2f}")  # as expected
    wizard.next()
    for box in (wizard.concentration, wizard.confirm):
        box.setCurrentIndex(box.findText("2000 mcg/mL"))
    wizard.next()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as told:
        wizard.send_button.click()
    assert told.args[0].text().startswith("Refill: done and verified."), told.args[0].text()
    return wizard


def test_a_verified_refill_shows_the_record_read_back_with_it(qtbot, make_window):
    clock = WallClock()
    window, session, _ = make_window(RecordUnreadable, clock)
    with qtbot.waitSignal(session.record_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    fields = window.status_panel.fields
    assert (fields["Record read"].text(), fields["Last refill"].text()) == (
        "09:00:05", "not recorded")
    clock.now += timedelta(minutes=3)
    wizard = refill_from_the_window(qtbot, window, session)
    assert (fields["Record read"].text(), fields["Last refill"].text()) == (
        "09:03:05", "2026-11-25")
    assert "Last refill" not in wizard.outcome.text()  # the panel says it, with its age


def test_a_refill_whose_record_cannot_be_read_again_marks_the_record_old(qtbot, make_window):
    clock = WallClock()
    window, session, pumps = make_window(RecordUnreadable, clock)
    with qtbot.waitSignal(session.record_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    pumps[0].record_fails = True
    clock.now += timedelta(minutes=3)
    refill_from_the_window(qtbot, window, session)
    fields = window.status_panel.fields
    assert (fields["Record read"].text(), fields["Last refill"].text()) == (
        "09:00:05, before the refill: interrogate (F5) to read it again", "not recorded")
    pumps[0].record_fails = False
    clock.now += timedelta(minutes=1)
    with qtbot.waitSignal(session.record_changed, timeout=10_000):
        session.interrogate()
    assert (fields["Record read"].text(), fields["Last refill"].text()) == (
        "09:04:05", "2026-11-25")


def test_a_bridge_bolus_just_started_is_in_sight_in_both_modes_with_its_numbers(qtbot,
                                                                                make_window):
    window, session, pumps = make_window()
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        window.connect_to("sim://?start=2026-11-25T09:00")
    pumps[0].start_bolus(BolusRequest(BolusKind.BRIDGE, 250_000, 96_000))  # 26:40 h
    qtbot.waitUntil(lambda: session.status.bolus is not None
                    and session.status.bolus.delivered_nl > 0, timeout=10_000)
    said = ("Bridge bolus running: 0.000 of 0.250 mL (drug already in the catheter) given; "
            "26:40 h left, then back to flexible mode")
    assert spaced(plain(window.bolus_strip.text.text())) == said
    window.presentation.toggle()
    assert window.bolus_strip.isVisible()
    window.presentation.toggle()
