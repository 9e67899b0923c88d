"""Builds the session report from what the session read and what the trainee did."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from itb_console.console.actions import ActionKind, ActionLog
from itb_console.console.clinical.forecast import forecast
from itb_console.console.clinical.planning import battery_dates
from itb_console.console.clinical.report import BolusRecord, RefillRecord, SessionReport
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
    cancelled = len(actions.of_kind(ActionKind.BOLUS_CANCELLED))
    started = actions.of_kind(ActionKind.BOLUS_STARTED)
    boluses = tuple(
        BolusRecord(BolusKind(str(a.detail.get("kind", "clinician"))),
                    int(a.detail.get("volume_nl", 0)), int(a.detail.get("duration_s", 0)),
                    completed=index < len(started) - cancelled)
        for index, a in enumerate(started))
    return SessionReport(
        created_at=created_at, clinician=clinician, identity=status.identity,
        pump_clock=status.pump_clock, program_before=program_at_start,
        program_after=status.program, reservoir_nl=status.reservoir_nl,
        low_reservoir_alarm_nl=status.low_reservoir_alarm_nl,
        alarm_date=outlook.alarm_at.date() if outlook.alarm_at else None,
        empty_date=outlook.empty_at.date() if outlook.empty_at else None,
        replace_by_date=battery_dates(
            status, load_profile(status.identity.profile_id).battery).replace_by_date,
        refill=refill, boluses=boluses, alarms_active=status.alarms,
        alarms_cleared=tuple(str(a.detail.get("code", "")) for a in
                             actions.of_kind(ActionKind.ALARM_CLEARED)),
        notes=notes, implant=record,
        values_read_at=None if view is None else view.read_at,
        values_age_s=0 if view is None else round(view.age_s()),
        values_link="connected" if view is None else view.link.value)
