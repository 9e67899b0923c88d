"""Builds the session report from what the session read and what the trainee did."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.clinical.forecast import forecast
from itb_console.console.clinical.planning import battery_dates
from itb_console.console.clinical.report import (
    BolusEnd,
    BolusRecord,
    RefillRecord,
    SessionReport,
)
from itb_console.console.commands import not_delivering_reason
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import BolusKind, PumpStatus
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Program

if TYPE_CHECKING:  # the report model stays free of Qt: the view is only read
    from itb_console.console.pump_view import PumpView


def build_report(status: PumpStatus, program_at_start: Program, actions: ActionLog,
                 clinician: str, created_at: datetime, notes: str = "",
                 record: ImplantRecord | None = None,
                 view: PumpView | None = None) -> SessionReport:
    """The report as of ``status`` (the last interrogation), for ``created_at`` (UTC).

    ``view`` (the session's pump view) says how current ``status`` is: when it was read,
    how long ago, and whether the link is still up.
    """
    outlook = forecast(status.program, status.reservoir_nl, status.low_reservoir_alarm_nl,
                       status.pump_clock)
    # A pump that delivers nothing (stalled, empty, at end of service) does not run down:
    # no refill-by or empty date would be true.
    delivering = not_delivering_reason(status) is None
    refills = actions.of_kind(ActionKind.REFILL)
    refill = None
    if refills:
        detail = refills[-1].detail
        refill = RefillRecord(
            expected_residual_nl=int(detail.get("expected_residual_nl", 0)),
            withdrawn_nl=int(detail.get("withdrawn_nl", 0)),
            discrepancy_flagged=bool(int(detail.get("flagged", 0))),
            filled_nl=int(detail.get("filled_nl", 0)),
            concentration_mcg_per_ml=int(detail.get("concentration", 0)),
            low_reservoir_alarm_nl=int(detail.get("low_alarm_nl", 0)))
    return SessionReport(
        created_at=created_at, clinician=clinician, identity=status.identity,
        pump_clock=status.pump_clock, program_before=program_at_start,
        program_after=status.program, reservoir_nl=status.reservoir_nl,
        low_reservoir_alarm_nl=status.low_reservoir_alarm_nl,
        alarm_date=outlook.alarm_at.date() if outlook.alarm_at and delivering else None,
        empty_date=outlook.empty_at.date() if outlook.empty_at and delivering else None,
        replace_by_date=battery_dates(
            status, load_profile(status.identity.profile_id).battery).replace_by_date,
        refill=refill, boluses=bolus_records(actions, status), alarms_active=status.alarms,
        alarms_cleared=tuple(str(a.detail.get("code", "")) for a in
                             actions.of_kind(ActionKind.ALARM_CLEARED)),
        notes=notes, implant=record,
        values_read_at=None if view is None else view.read_at,
        values_age_s=0 if view is None else round(view.age_s()),
        values_link="connected" if view is None else view.link.value)


def bolus_records(actions: ActionLog, status: PumpStatus) -> tuple[BolusRecord, ...]:
    """Each bolus started in the session and what the pump said became of it.

    The pump runs one bolus at a time, so a cancel ends the latest one started; a bolus
    neither cancelled nor running at the last read was ended by the pump. The volume given
    is the pump's: its answer to the cancel, or the running bolus it last reported.
    """
    records: list[BolusRecord] = []
    open_bolus: BolusRecord | None = None  # started, its end not yet told
    for action in actions.actions:
        if action.kind is ActionKind.BOLUS_STARTED:
            if open_bolus is not None:
                records.append(open_bolus)
            detail = action.detail
            open_bolus = BolusRecord(BolusKind(str(detail.get("kind", "clinician"))),
                                     int(detail.get("volume_nl", 0)),
                                     int(detail.get("duration_s", 0)), BolusEnd.ENDED)
        elif action.kind is ActionKind.BOLUS_CANCELLED and open_bolus is not None:
            given = action.detail.get("delivered_nl")
            records.append(replace(open_bolus, end=BolusEnd.CANCELLED,
                                   delivered_nl=None if given is None else int(given)))
            open_bolus = None
    running = status.bolus
    if open_bolus is not None:
        if running is not None and (running.kind, running.volume_nl) == (
                open_bolus.kind, open_bolus.volume_nl):
            open_bolus = replace(open_bolus, end=BolusEnd.RUNNING,
                                 delivered_nl=running.delivered_nl)
        records.append(open_bolus)
    return tuple(records)
