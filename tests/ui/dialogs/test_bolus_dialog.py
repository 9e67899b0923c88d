"""Bolus dialog against the simulated pump: computed volumes, start, progress, cancel."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.device.pump_api import BolusKind
from itb_console.ui.dialogs.bolus_dialog import BolusDialog

from tests.text import spaced


@pytest.fixture
def connected(connect_sim):
    return connect_sim()


def test_clinician_bolus_50_mcg_over_1_h_at_2000(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    assert dialog.request.volume_nl == 25_000  # 50 mcg at 2000 mcg/mL
    assert "0.025 mL (50.0 mcg) over 1:00 h" in spaced(dialog.computed.text())
    assert "0.600 mL/day" in spaced(dialog.computed.text())
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


def test_priming_takes_the_catheter_from_the_pumps_record(qtbot, connected):
    session, pump = connected
    qtbot.waitUntil(lambda: session.record is not None, timeout=10_000)
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    # the default record: 45 cm x 0.0022 mL/cm = 0.099 mL
    assert (dialog.request.kind, dialog.request.volume_nl) == (BolusKind.PRIMING, 99_000)
    assert "Catheter from the pump's implant record" in dialog.record_note.text()
    assert not dialog.reason.isEnabled()
    dialog.pump_replaced.setChecked(True)
    assert dialog.request.volume_nl == 349_000  # plus the new pump's 0.25 mL path


def test_an_edited_catheter_needs_a_reason_and_is_written_back_before_the_bolus(
        qtbot, connected):
    session, pump = connected
    qtbot.waitUntil(lambda: session.record is not None, timeout=10_000)
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    dialog.catheter.setValue(50.0)
    assert dialog.record_changes() == {"cath_mm": "500"}
    assert dialog.request is None and "Give the reason" in dialog.computed.text()
    dialog.reason.setText("catheter revised")
    assert dialog.request.volume_nl == 110_000  # 50 cm x 0.0022 mL/cm
    dialog.start.click()
    qtbot.waitUntil(lambda: session.actions.of_kind(ActionKind.BOLUS_STARTED) != [],
                    timeout=10_000)
    kinds = [a.kind for a in session.actions.actions]
    assert kinds.index(ActionKind.RECORD_CHANGED) < kinds.index(ActionKind.BOLUS_STARTED)
    assert pump.read_record().catheter_length_mm == 500
    [event] = [e for e in pump.read_log() if e.kind == "record"]
    assert event.detail == {"reason": "catheter revised", "cath_mm": 500}


def test_minutes_for_hours_slip_shows_a_rate_beyond_the_pump(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.dose.setValue(1000)
    dialog.hours.setValue(0)
    dialog.minutes.setValue(1)
    assert not dialog.start.isEnabled()
    assert spaced(dialog.refusal.text()) == ("The pump refuses rates outside 0.048 to 24.000 "
                                             "mL/day: change the duration.")
    dialog.minutes.setValue(0)
    assert "duration: 0 min" in dialog.computed.text() and dialog.request is None


def test_a_bolus_the_pump_refuses_says_why_in_the_dialog(qtbot, connected):
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    pump.control.set_battery_days_left(0)  # end of service since the last read
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        dialog.start.click()
    assert dialog.awaited.last.text() == (
        "Bolus: refused by the pump. The pump said: The pump has reached end of service and "
        "cannot be programmed; it must be replaced. The pump can no longer be programmed: "
        "plan its replacement now.")
    assert pump.interrogate().bolus is None
    assert session.actions.actions[-1].detail["outcome"] == "refused by the pump"
