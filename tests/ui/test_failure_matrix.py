"""Every command x every fault, on sim:// and on an emulator over a pty: the real dialog,
the exact words the user reads, and the pump's state afterwards read from the pump model.

The cells are data (tests/ui/failure_matrix.py). sim:// has no link, so its faults sit in
a subclass of the simulated pump that loses the named call or its answer; the emulator's
are its own fault injection (``drop_link(at_verb=...)``, ``drop_link(after_verb=...)``).
Short protocol timeouts only keep the run quick: nothing here asserts a duration.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from itb_console.console import number_style as style
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.pump_view import LinkState
from itb_console.console.session import Session
from itb_console.device.emulator import Emulator
from itb_console.device.pump_api import (
    AlarmCode,
    BolusKind,
    BolusRequest,
    LinkError,
    PumpTimeout,
)
from itb_console.device.serial_pump import SerialPump
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, Mode, Program, Schedule
from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
from itb_console.ui.dialogs.battery_clock_dialog import BatteryClockDialog
from itb_console.ui.dialogs.bolus_dialog import BolusDialog
from itb_console.ui.dialogs.refill_wizard import RefillWizard
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from tests.text import spaced
from tests.ui.failure_matrix import (
    BRIDGE_REFUSED,
    COMMANDS,
    FAULTS,
    REPORT_AFTER_LOSS,
    WRONG_PROFILE,
    applies,
    markdown_table,
    words,
)

SIM_URL = "sim://?start=2026-11-25T09:00"
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 09:00 in London, in November
LONDON = ZoneInfo("Europe/London")
USER_GUIDE = Path(__file__).parents[2] / "docs" / "user-guide.md"

# The protocol verb and the simulated pump's method each command's fault is aimed at.
TARGET = {"send_program": ("COMMIT", "write_program"), "mode_change": ("COMMIT", "write_program"),
          "refill": ("REFILL", "refill"), "bolus": ("BOLUS", "start_bolus"),
          "cancel_bolus": ("BOLUS-CANCEL", "cancel_bolus"), "clear_alarm": ("CLEAR", "clear_alarm"),
          "set_clock": ("SETCLOCK", "set_clock")}


class FaultySim(SimulatedPump):
    """sim:// with a link that can fail: ``fault`` = (kind, method) aims at one call."""

    fault: tuple[str, str] | None = None
    silent = False  # no answer to anything any more (after a "timeout" fault)
    unknown_profile = False

    def interrogate(self):
        if self.silent:
            raise PumpTimeout("The pump did not answer STATUS.")
        status = super().interrogate()
        if self.unknown_profile:
            status = dataclasses.replace(status, identity=dataclasses.replace(
                status.identity, profile_id="itb-99"))
        return status

    def _faulty(self, name, *args):
        real = getattr(SimulatedPump, name)
        kind, aimed = self.fault or ("", "")
        if aimed != name:
            return real(self, *args)
        self.fault = None
        if kind == "lost_before":
            raise LinkError("The link to the pump failed.")
        real(self, *args)
        if kind == "timeout":
            self.silent = True
            raise PumpTimeout("The pump did not answer.")
        raise LinkError("The link to the pump failed.")


for _name in {method for _verb, method in TARGET.values()}:
    setattr(FaultySim, _name, lambda self, *args, _n=_name: self._faulty(_n, *args))


@dataclasses.dataclass
class Rig:
    """One back-end: the console's session, and the pump seen from the tester's side."""

    session: Session
    model: object  # the PumpModel behind the link
    control: object  # its PumpControl
    arm: object  # arm(fault_key, command_key)
    url: str
    lose_link: object  # the pump stops answering from now on

    def pump_status(self):
        with self.control.lock:
            self.model.sync()
            return self.model.status()


def sim_rig(qtbot, unknown_profile=False):
    pumps = []

    def opener(url):
        pumps.append(FaultySim.from_url(url))
        pumps[-1].unknown_profile = unknown_profile
        return pumps[-1]

    session = Session(opener=opener)

    def arm(fault, command):
        pumps[0].fault = (fault, TARGET[command][1])

    return session, pumps, arm


@pytest.fixture(params=["sim", "pty"])
def rig(request, qtbot):
    if request.param == "sim":
        session, pumps, arm = sim_rig(qtbot)
        with qtbot.waitSignal(session.status_changed, timeout=10_000):
            session.connect_to(SIM_URL)
        yield Rig(session, pumps[0].model, pumps[0].control, arm, SIM_URL,
                  lambda: setattr(pumps[0], "silent", True))
    else:
        with Emulator.start(start=START.timestamp()) as emulator:
            session = Session(opener=lambda url: SerialPump(url, timeout_s=0.1, retries=1))

            def arm(fault, command):
                verb = TARGET[command][0]
                if fault == "lost_before":
                    emulator.drop_link(at_verb=verb, frames=2)  # the frame and its retry
                elif fault == "lost_after":
                    emulator.drop_link(after_verb=verb, frames=2)
                else:
                    emulator.drop_link(after_verb=verb, seconds=600)

            with qtbot.waitSignal(session.status_changed, timeout=10_000):
                session.connect_to(emulator.port)
            yield Rig(session, emulator.model, emulator.control, arm, emulator.port,
                      lambda: emulator.drop_link(seconds=600))
            emulator.faults.stall = True  # whatever is left in flight ends unanswered
            session.shutdown()
        return
    session.shutdown()


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def refresh(qtbot, session):
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.refresh()


# ---------------------------------------------------------------- one driver per command
# Each sets up what the command needs, opens its dialog, and returns (start, answer):
# ``start()`` clicks the button; ``answer()`` is the text the dialog then shows.

def review(qtbot, rig, new):
    # soft limits wide enough that no warning asks for the typed confirmation
    dialog = ReviewDialog(rig.session, rig.session.status.program, new,
                          SoftLimits(10_000, 100_000))
    qtbot.addWidget(dialog)
    return dialog.send_button.click, lambda: dialog.outcome.text()


def concentration_for(fault):
    """2000 mcg/mL, as in the reservoir; 500 for the request the pump refuses outright."""
    return Concentration(500 if fault.key == "refused_own" else 2000)


def drive_send_program(qtbot, rig, fault):
    old = rig.session.status.program
    pairs = list(old.schedule.as_pairs())
    pairs[1] = (pairs[1][0], pairs[1][1] + 10_000)
    return review(qtbot, rig, Program(old.mode, Schedule.from_pairs(pairs),
                                      concentration_for(fault)))


def drive_mode_change(qtbot, rig, fault):
    return review(qtbot, rig, Program(Mode.CONTINUOUS, Schedule.from_pairs([(0, 390_000)]),
                                      concentration_for(fault)))


def drive_refill(qtbot, rig, _fault, mcg_per_ml=2000):
    rig.control.set_reservoir(calculated_nl=3_200_000, true_nl=3_200_000)
    refresh(qtbot, rig.session)
    wizard = RefillWizard(rig.session, rig.model.profile)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.withdrawn.setText("3.2")  # measured and typed
    wizard.next()
    for box in (wizard.concentration, wizard.confirm):
        box.setCurrentIndex(next(i for i in range(box.count())
                                 if box.itemData(i) == Concentration(mcg_per_ml)))
    wizard.next()
    return wizard.send_button.click, lambda: wizard.outcome.text()


def bolus_dialog(qtbot, rig):
    dialog = BolusDialog(rig.session, rig.model.profile)
    qtbot.addWidget(dialog)
    return dialog


def drive_bolus(qtbot, rig, _fault):
    dialog = bolus_dialog(qtbot, rig)
    return dialog.start.click, lambda: dialog.outcome.text()


def drive_cancel_bolus(qtbot, rig, _fault):
    with rig.control.lock:
        rig.model.start_bolus(BolusRequest(BolusKind.CLINICIAN, 25_000, 3600))
    refresh(qtbot, rig.session)
    dialog = bolus_dialog(qtbot, rig)
    return dialog.cancel_bolus.click, lambda: dialog.outcome.text()


def drive_clear_alarm(qtbot, rig, _fault):
    rig.control.motor_stall()
    refresh(qtbot, rig.session)
    panel = AlarmsPanel(rig.session)
    qtbot.addWidget(panel)
    panel.confirm_clear = lambda _title: True
    clear = next(b for b in panel.findChildren(QPushButton) if b.text() == "Clear")
    return clear.click, lambda: panel.message.text()


def drive_set_clock(qtbot, rig, _fault):
    rig.control.set_pump_clock(datetime(2026, 11, 25, 10, 0))  # still on summer time
    refresh(qtbot, rig.session)
    dialog = BatteryClockDialog(rig.session, rig.model.profile.battery, LONDON)
    qtbot.addWidget(dialog)
    return dialog.set_button.click, lambda: dialog.outcome.text()


# What the pump shows when the command was carried out, read from the model.
def _clock_set(status):
    return abs(status.pump_clock - datetime(2026, 11, 25, 9, 0)) < timedelta(minutes=2)


def logged(rig, kind, since):
    with rig.control.lock:
        return kind in {event.kind for event in rig.model.log(since)}


# Whether the pump carried the command out, read from the model. A bolus also ends by
# itself and an alarm can be cleared by someone else: the pump's log says who did it.
CARRIED_OUT = {
    "send_program": lambda rig, old, since: rig.pump_status().program != old,
    "mode_change": lambda rig, old, since: rig.pump_status().program.mode is Mode.CONTINUOUS,
    "refill": lambda rig, old, since: rig.pump_status().reservoir_nl > 19_000_000,
    "bolus": lambda rig, old, since: rig.pump_status().bolus is not None,
    "cancel_bolus": lambda rig, old, since: logged(rig, "bolus-cancel", since),
    "clear_alarm": lambda rig, old, since: logged(rig, "alarm-clear", since),
    "set_clock": lambda rig, old, since: _clock_set(rig.pump_status()),
}


def own_refusal(rig, command):
    """Change the pump behind the console's back so that the request is refused."""
    with rig.control.lock:
        if command.key == "refill":
            rig.model.start_bolus(BolusRequest(BolusKind.CLINICIAN, 25_000, 3600))
        elif command.key == "bolus":
            rig.control.set_reservoir(calculated_nl=10_000, true_nl=10_000)
        elif command.key == "cancel_bolus":
            rig.control.advance(2 * 3600)  # the 1 h bolus has ended
        elif command.key == "clear_alarm":
            rig.model.clear_alarm(AlarmCode.MOTOR_STALL)


DRIVERS = {"send_program": drive_send_program, "mode_change": drive_mode_change,
           "refill": drive_refill, "bolus": drive_bolus, "cancel_bolus": drive_cancel_bolus,
           "clear_alarm": drive_clear_alarm, "set_clock": drive_set_clock}

CELLS = [pytest.param(command, fault, id=f"{command.key}-{fault.key}")
         for command in COMMANDS for fault in FAULTS if applies(command, fault)]


@pytest.mark.parametrize(("command", "fault"), CELLS)
def test_cell(qtbot, rig, command, fault):
    start, answer = DRIVERS[command.key](qtbot, rig, fault)
    old = rig.pump_status().program
    if fault.key == "refused":
        rig.control.set_battery_days_left(0)  # end of service since the console last read
    elif fault.key == "refused_own":
        own_refusal(rig, command)
    else:
        rig.arm(fault.key, command.key)
    with rig.control.lock:
        since = rig.model.log()[-1].seq
    with qtbot.waitSignal(rig.session.outcome_ready, timeout=15_000):
        start()
    qtbot.waitUntil(lambda: "then reading" not in answer() and "Sending" not in answer(),
                    timeout=5_000)
    shown = plain(answer())
    expected = words(command, fault)
    # the clock dialog adds the clock it read back to a verified setting
    assert shown == expected or (shown.startswith(f"{expected} It reads 2026-11-25 09:0")
                                 and command.key == "set_clock" and fault.acted), shown
    assert CARRIED_OUT[command.key](rig, old, since) is fault.acted
    if command.key == "refill":  # the record shown is read back, or marked as from before
        record, view = rig.session.record, rig.session.view
        assert record is not None
        assert (record.last_refill_on == START.date(), view.record_changed_by) == (
            fault.key == "lost_after", "refill" if fault.key == "timeout" else "")
    if fault.key == "timeout":  # the read that follows finds the pump silent too
        qtbot.waitUntil(lambda: rig.session.view.link is LinkState.LOST, timeout=10_000)


@pytest.mark.parametrize("backend", ["sim", "pty"])
def test_wrong_profile_at_connect_disables_every_command(qtbot, tmp_path, monkeypatch,
                                                          backend):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    if backend == "sim":
        session, pumps, _arm = sim_rig(qtbot, unknown_profile=True)
        url = SIM_URL
        emulator = None
    else:
        emulator = Emulator.start(start=START.timestamp())
        emulator.model.identity = dataclasses.replace(emulator.model.identity,
                                                      profile_id="itb-99")
        session = Session(opener=lambda url: SerialPump(url, timeout_s=0.1, retries=1))
        url = emulator.port
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(session.error, timeout=10_000) as told:
            window.connect_to(url)
        model = pumps[0].model if emulator is None else emulator.model
        assert told.args[0] == WRONG_PROFILE.format(url=url,
                                                    serial=model.identity.serial_number)
        assert not model.session_open
        for action in (window.send_action, window.refill_action, window.bolus_action):
            assert not action.isEnabled()
    finally:
        session.shutdown()
        if emulator is not None:
            emulator.stop()


def test_a_refused_bridge_bolus_is_named_with_the_pumps_reason_and_the_refill_stands(
        qtbot, rig):
    rig.control.motor_stall()
    start, answer = drive_refill(qtbot, rig, None, mcg_per_ml=1000)
    with qtbot.waitSignal(rig.session.outcome_ready, timeout=15_000) as told:
        start()
    assert spaced(plain(answer().replace("<br>", " "))) == BRIDGE_REFUSED
    assert spaced(told.args[0].text()) == BRIDGE_REFUSED
    status = rig.pump_status()
    assert (status.reservoir_concentration, status.bolus) == (Concentration(1000), None)


def test_report_after_the_link_is_lost_says_how_old_its_values_are(qtbot, rig, tmp_path,
                                                                     monkeypatch):
    window = MainWindow(rig.session, QSettings(str(tmp_path / "s.ini"),
                                               QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    program = rig.pump_status().program
    rig.lose_link()
    with qtbot.waitSignal(rig.session.error, timeout=10_000):
        rig.session.refresh()
    chosen = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(chosen), "PDF (*.pdf)"))
    assert window.save_report() == chosen
    record = json.loads(chosen.with_suffix(".json").read_text(encoding="utf-8"))
    read_at = rig.session.view.read_at
    assert (record["values_read_at"], record["values_link"], record["values_current"]) == (
        read_at.isoformat(timespec="seconds"), "link lost", False)
    shown = spaced(window.statusBar().currentMessage())
    assert shown == REPORT_AFTER_LOSS.format(
        file=chosen, json="report.json", time=f"{read_at:%H:%M}",
        age=spaced(style.duration(record["values_age_s"])))
    assert "verified." not in shown and "done and verified" not in shown
    assert chosen.stat().st_size > 0
    assert rig.pump_status().program == program


def test_user_guide_table_is_the_matrix():
    guide = USER_GUIDE.read_text(encoding="utf-8")
    assert markdown_table() in guide, ("docs/user-guide.md: regenerate the table with "
                                       "python -c 'from tests.ui.failure_matrix import "
                                       "markdown_table; print(markdown_table())'")
