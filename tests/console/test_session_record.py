"""The implant record through the session: read with the interrogation, changed with a reason."""

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.commands import change_record, record_change_refusal
from itb_console.console.outcome import Command, OutcomeKind
from itb_console.console.session import Session


@pytest.fixture
def session(qtbot):
    made = Session()
    yield made
    made.shutdown()


def connected(qtbot, session):
    with qtbot.waitSignal(session.record_changed, timeout=10_000) as read:
        session.connect_to("sim://?start=2026-11-25T09:00&catheter_length_cm=45")
    return read.args[0]


def test_the_record_is_read_with_the_interrogation(qtbot, session):
    record = connected(qtbot, session)
    assert record.catheter_volume_nl == 99_000
    assert session.record == record


def test_a_change_is_written_with_its_reason_verified_and_logged(qtbot, session):
    connected(qtbot, session)
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as done:
        change_record(session, {"cath_mm": "500", "patient": "PT-7"}, "catheter revised")
    outcome = done.args[0]
    assert (outcome.command, outcome.kind) == (Command.RECORD, OutcomeKind.VERIFIED)
    assert session.record.catheter_volume_nl == 110_000
    assert session.status.identity.patient_id == "PT-7"
    [action] = session.actions.of_kind(ActionKind.RECORD_CHANGED)
    assert action.detail == {"reason": "catheter revised", "cath_mm": "500", "patient": "PT-7"}


def test_a_change_the_pump_refuses_is_an_outcome_with_its_reason(qtbot, session):
    connected(qtbot, session)
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000) as done:
        change_record(session, {"tip": "S1"}, "typo")
    outcome = done.args[0]
    assert outcome.kind is OutcomeKind.REFUSED
    assert outcome.message == ("The pump said: Catheter tip level: 'S1' must be a vertebral "
                               "level C1-C7, T1-T12 or L1-L5.")
    assert outcome.next_step == ("Change the value to within the pump's limits and try "
                                 "again.")
    assert session.actions.of_kind(ActionKind.RECORD_CHANGED) == []


@pytest.mark.parametrize(("changes", "reason", "message"), [
    ({"cath_mm": "2000"}, "measured", "Catheter length: 200 cm is outside 10 to 150 cm"),
    ({"cath_mm": "500"}, "", "Reason for the change: '' must be 1 to 32 printable ASCII "
     "characters"),
])
def test_a_bad_change_is_refused_before_anything_is_sent(qtbot, session, changes, reason,
                                                         message):
    connected(qtbot, session)
    assert record_change_refusal(session, changes, reason).startswith(message)
