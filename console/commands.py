"""The clinician's pump commands, each with what its read-back must show to count as done.

Dialogs, the main window's bolus strip and the scripted trainees all start commands from
here, so a bolus is verified the same way wherever it was asked for. Each returns the
ticket its :class:`~itb_console.console.outcome.Outcome` will carry.
"""

from __future__ import annotations

from collections.abc import Callable

from itb_console.console.actions import ActionKind
from itb_console.console.outcome import Command
from itb_console.console.refusal_words import plain_words
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.implant_record import (
    ImplantRecord,
    RecordError,
    check_text,
    to_text,
    with_changes,
)
from itb_console.device.pump_api import AlarmCode, BolusRequest, BolusStatus, PumpStatus
from itb_console.device.therapy import Mode


def start_bolus(session: Session, request: BolusRequest) -> int:
    def shown(_result: object, status: PumpStatus) -> bool:
        bolus = status.bolus
        return bolus is not None and (bolus.kind, bolus.volume_nl) == (request.kind,
                                                                       request.volume_nl)

    return session.perform(Command.BOLUS, lambda pump: pump.start_bolus(request),
                           ActionKind.BOLUS_STARTED, verify=shown, kind=request.kind.value,
                           volume_nl=request.volume_nl, duration_s=request.duration_s)


def cancel_bolus(session: Session) -> int:
    """Recorded with what the pump answered it had given (the report states it)."""
    def given(answer: object) -> dict[str, str | int]:
        if not isinstance(answer, BolusStatus):
            return {}  # the link failed: the read-back shows it stopped, not how much went
        return {"kind": answer.kind.value, "delivered_nl": answer.delivered_nl}

    return session.perform(Command.CANCEL_BOLUS, lambda pump: pump.cancel_bolus(),
                           ActionKind.BOLUS_CANCELLED, answer_detail=given,
                           verify=lambda _result, status: status.bolus is None)


def clear_alarm(session: Session, code: AlarmCode) -> int:
    return session.perform(Command.CLEAR_ALARM, lambda pump: pump.clear_alarm(code),
                           ActionKind.ALARM_CLEARED, code=code.value,
                           verify=lambda _result, status: code not in {
                               alarm.code for alarm in status.alarms})


def record_change_refusal(session: Session, changes: dict[str, str], reason: str) -> str:
    """Why the pump would refuse this record change ("" when it would accept it): the
    field and what is allowed, before anything is sent."""
    if session.record is None or session.status is None:
        return tr("Interrogate the pump first: its implant record has not been read.")
    fields = {key: value for key, value in changes.items() if key != "patient"}
    try:
        check_text("reason", reason)
        check_text("patient", changes.get("patient", session.status.identity.patient_id))
        with_changes(session.record, fields, session.status.pump_clock.date())
    except RecordError as error:
        return plain_words(str(error))
    return ""


def change_record(session: Session, changes: dict[str, str], reason: str) -> int:
    """Write record fields (text form) with the reason; verified when the pump's answer
    holds them, and then the session shows the record written."""
    def shown(result: object, status: PumpStatus) -> bool:
        if not isinstance(result, ImplantRecord):
            return False
        session.show_record(result)
        fields = {key: value for key, value in changes.items() if key != "patient"}
        return (to_text(result) | fields == to_text(result)
                and changes.get("patient", status.identity.patient_id)
                == status.identity.patient_id)

    # The detail keys are the record's field names; ``perform`` takes them as keywords.
    perform: Callable[..., int] = session.perform
    return perform(Command.RECORD, lambda pump: pump.write_record(changes, reason),
                   ActionKind.RECORD_CHANGED, verify=shown, reason=reason, **changes)


NOT_DELIVERING = {AlarmCode.MOTOR_STALL: QT_TR_NOOP("motor stalled"),
                  AlarmCode.RESERVOIR_EMPTY: QT_TR_NOOP("reservoir empty"),
                  AlarmCode.END_OF_SERVICE: QT_TR_NOOP("end of service")}


def not_delivering_reason(status: PumpStatus) -> str | None:
    """Why the pump delivers no baclofen now (stopped, stalled, empty...), or None."""
    active = {alarm.code for alarm in status.alarms}
    for code, words in NOT_DELIVERING.items():
        if code in active:
            return tr(words)
    if status.program.mode is Mode.STOPPED and status.bolus is None:
        return tr("stopped")
    return None
