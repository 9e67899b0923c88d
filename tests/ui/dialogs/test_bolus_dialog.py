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
    with qtbot.waitSignal(session.action_finished, timeout=10_000):
        dialog.start.click()
    qtbot.waitUntil(lambda: session.status.bolus is not None, timeout=10_000)
    assert "Clinician bolus running" in dialog.running.text()
    with qtbot.waitSignal(session.action_finished, timeout=10_000):
        dialog.cancel_bolus.click()
    qtbot.waitUntil(lambda: session.status.bolus is None, timeout=10_000)
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
    assert "Beyond this pump's limits" in dialog.computed.text()
    dialog.minutes.setValue(0)
    assert "duration: 0 min" in dialog.computed.text() and dialog.request is None
