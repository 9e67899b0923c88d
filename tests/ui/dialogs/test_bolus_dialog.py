"""Bolus dialog against the simulated pump: computed volumes, start, progress, cancel."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.device.pump_api import BolusKind
from itb_console.ui.dialogs.bolus_dialog import BolusDialog


@pytest.fixture
def connected(connect_sim):
    return connect_sim()


def test_clinician_bolus_50_mcg_over_1_h_at_2000(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    assert dialog.request.volume_nl == 25_000  # 50 mcg at 2000 mcg/mL
    assert "0.0250 mL over 1 h 0 min" in dialog.computed.text()
    assert "0.600 mL/day" in dialog.computed.text()
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.start.click()
    assert session.status.bolus is not None
    assert "Bolus: done and verified.</b> The read-back confirms it." in dialog.outcome.text()
    assert "Clinician bolus running" in dialog.running.text()
    assert not dialog.start.isEnabled()
    assert dialog.refusal.text() == "A bolus is running: the pump takes one at a time."
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.cancel_bolus.click()
    assert session.status.bolus is None
    assert "Cancel bolus: done and verified." in dialog.outcome.text()
    kinds = [a.kind for a in session.actions.actions]
    assert ActionKind.BOLUS_STARTED in kinds and ActionKind.BOLUS_CANCELLED in kinds


def test_priming_bolus_for_a_50_cm_catheter(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    assert (dialog.request.kind, dialog.request.volume_nl) == (BolusKind.PRIMING, 110_000)
    dialog.pump_replaced.setChecked(True)
    assert dialog.request.volume_nl == 360_000


def test_minutes_for_hours_slip_shows_a_rate_beyond_the_pump(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.dose.setValue(1000)
    dialog.hours.setValue(0)
    dialog.minutes.setValue(1)
    assert not dialog.start.isEnabled()
    assert dialog.refusal.text() == ("The pump refuses rates outside 0.048 to 24 mL/day: "
                                     "change the duration.")
    dialog.minutes.setValue(0)
    assert "duration: 0 min" in dialog.computed.text() and dialog.request is None


def test_a_bolus_the_pump_refuses_says_why_in_the_dialog(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    pump.control.set_battery_days_left(0)  # end of service since the last read
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.start.click()
    assert dialog.last_outcome.text() == (
        "Bolus: refused by the pump. The pump said: The pump has reached end of service and "
        "cannot be programmed; it must be replaced. The pump can no longer be programmed: "
        "plan its replacement now.")
    assert pump.interrogate().bolus is None
    assert session.actions.actions[-1].detail["outcome"] == "refused by the pump"
