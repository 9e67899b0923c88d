"""Pump > After an MRI against the simulated pump: the three ways a pump restarts."""

from itb_console.console.actions import ActionKind
from itb_console.device.mri_fault import MriResume
from itb_console.ui.dialogs.mri_dialog import MriCheckDialog

from tests.text import spaced


def scanned(resume, delay_hours=0):
    """A 45 min scan at 09:00, then an hour passes, before the programmer is placed."""
    def setup(pump):
        pump.control.mri(45, resume, delay_hours)
        pump.control.advance(3600)
    return setup


def interrogate(qtbot, dialog):
    before = dialog.check
    dialog.interrogate_button.click()
    qtbot.waitUntil(lambda: dialog.check is not before
                    and dialog.interrogate_button.isEnabled(), timeout=10_000)
    return dialog.check


def test_normal_resume_is_confirmed_at_the_second_interrogation(qtbot, connect_sim):
    session, _ = connect_sim(scanned(MriResume.NORMAL))  # connecting: the first
    dialog = MriCheckDialog(session)
    qtbot.addWidget(dialog)
    check = interrogate(qtbot, dialog)
    assert check.outcome.value == "resumed"
    assert "Delivery resumed at 2026-11-25 09:45, after 0:45 h stopped" in spaced(
        dialog.verdict.text())
    lines = [dialog.events.item(i).text() for i in range(dialog.events.count())]
    assert lines[0] == "2026-11-25 09:00  Motor stall: rotor stopped, two-tone critical alarm"
    assert "Stall recovery logged: rotor turned again at 09:45" in lines[-2]
    dialog.record_button.click()
    [action] = session.actions.of_kind(ActionKind.MRI_CHECKED)
    assert action.detail == {"outcome": "resumed", "interrogations": 2}


def test_a_scan_seen_only_from_this_window_asks_for_a_second_interrogation(qtbot,
                                                                          connect_sim):
    session, pump = connect_sim()
    pump.control.mri(30, MriResume.NORMAL)
    pump.control.advance(3600)
    dialog = MriCheckDialog(session)
    qtbot.addWidget(dialog)
    assert interrogate(qtbot, dialog).outcome.value == "not-yet-logged"
    assert not dialog.record_button.isEnabled()
    assert interrogate(qtbot, dialog).outcome.value == "resumed"


def test_a_delayed_restart_is_not_resumed_and_names_the_withdrawal_risk(qtbot, connect_sim):
    session, pump = connect_sim(scanned(MriResume.DELAYED, delay_hours=6))
    dialog = MriCheckDialog(session)
    qtbot.addWidget(dialog)
    assert interrogate(qtbot, dialog).outcome.value == "delayed"
    assert "Delivery has NOT resumed" in dialog.verdict.text()
    assert "withdrawal can be life-threatening" in dialog.verdict.text()
    reservoir = session.status.reservoir_nl
    pump.control.advance(3600)  # still bound: nothing delivered
    assert pump.interrogate().reservoir_nl == reservoir
    pump.control.advance(5 * 3600)  # 6 h after the scan the rotor turns again
    assert pump.interrogate().reservoir_nl < reservoir


def test_a_stuck_pump_resumes_only_when_interrogated_after_the_scan(qtbot, connect_sim):
    session, pump = connect_sim()  # connected before the scan: that session does not count
    pump.control.mri(45, MriResume.STUCK)
    reservoir = pump.interrogate().reservoir_nl
    pump.control.advance(3 * 3600)
    assert pump.interrogate().reservoir_nl == reservoir  # no delivery since the scan
    dialog = MriCheckDialog(session)
    qtbot.addWidget(dialog)
    assert interrogate(qtbot, dialog).outcome.value == "not-yet-logged"  # frees the rotor
    check = interrogate(qtbot, dialog)
    assert check.outcome.value == "resumed"
    assert check.resumed_at.strftime("%H:%M") == "12:00"  # when it was interrogated
