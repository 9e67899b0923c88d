"""The session report: what was found, what was changed, and what comes next.

One model feeds both outputs: the PDF a clinician signs (``ui/reports/report_pdf.py``) and the
JSON kept for records, so the two can never disagree. Every report carries the
training-mock mark.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from itb_console.console import number_style as style
from itb_console.console.clinical.review import daily_change_percent
from itb_console.console.outcome import Command, Outcome, OutcomeKind
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import Alarm, BolusKind, PumpIdentity
from itb_console.device.therapy import Program
from itb_console.device.units import format_minute_of_day, mcg, ml
from itb_console.device.version import Build, current_build

TRAINING_MARK = "Training mock, not for clinical use"
REPORT_FORMAT_VERSION = 2  # 2: a bolus's state and volume given, not 'completed'


@dataclass(frozen=True)
class RefillRecord:
    expected_residual_nl: int
    withdrawn_nl: int
    discrepancy_flagged: bool
    filled_nl: int
    concentration_mcg_per_ml: int
    low_reservoir_alarm_nl: int

    @property
    def discrepancy_nl(self) -> int:
        return self.expected_residual_nl - self.withdrawn_nl


class BolusEnd(enum.Enum):
    """What became of a bolus, as the pump told the console: it answered the cancel, its
    last read shows the bolus running, or it no longer runs it (the pump ended it: the
    whole volume given, or stopped by a stall or an empty reservoir)."""

    RUNNING = "running"
    CANCELLED = "cancelled"
    ENDED = "ended by the pump"


@dataclass(frozen=True)
class BolusRecord:
    kind: BolusKind
    volume_nl: int
    duration_s: int
    end: BolusEnd
    # What the pump said was given: at the cancel (its answer) or so far (its last read);
    # None when the pump did not say (a bolus it ended, a cancel recorded without it).
    delivered_nl: int | None = None

    def result_words(self) -> str:
        """"cancelled: 0.000054 mL given", "running: 0.012 of 0.100 mL given so far", in the
        language of the run."""
        if self.delivered_nl is None:
            return {BolusEnd.RUNNING: tr("running: volume given not recorded"),
                    BolusEnd.CANCELLED: tr("cancelled: volume given not recorded"),
                    BolusEnd.ENDED: tr("ended by the pump")}[self.end]
        if self.end is BolusEnd.RUNNING:
            return tr("running: {given} of {volume} given so far").format(
                given=style.small_volume_number(ml(self.delivered_nl)),
                volume=style.small_volume(ml(self.volume_nl)))
        return (tr("cancelled: {given} given") if self.end is BolusEnd.CANCELLED
                else tr("ended by the pump: {given} given")).format(
            given=style.small_volume(ml(self.delivered_nl)))


@dataclass(frozen=True)
class SessionReport:
    """Everything the report states, in exact units; formatting happens on output."""

    created_at: datetime
    clinician: str
    identity: PumpIdentity
    pump_clock: datetime
    program_before: Program
    program_after: Program
    reservoir_nl: int
    low_reservoir_alarm_nl: int
    alarm_date: date | None
    empty_date: date | None
    replace_by_date: date | None
    refill: RefillRecord | None = None
    boluses: tuple[BolusRecord, ...] = ()
    alarms_active: tuple[Alarm, ...] = ()
    alarms_cleared: tuple[str, ...] = ()
    notes: str = ""
    implant: ImplantRecord | None = None  # the pump's patient and implant record, if read
    # How current the pump's values are: when the console read them (its own clock), how
    # long before the report was made, and the link then ("connected", "link lost",
    # "session closed"). A report made after a lost link states its values as that old.
    values_read_at: datetime | None = None
    values_age_s: int = 0
    values_link: str = "connected"
    training_mark: str = field(default=TRAINING_MARK, init=False)
    # Which build wrote the report, so a fault found in one can be traced to its source.
    software: Build = field(default_factory=current_build)

    @property
    def values_current(self) -> bool:
        """The values were read over a link still up when the report was made."""
        return self.values_link == "connected"

    @property
    def program_changed(self) -> bool:
        return self.program_before != self.program_after

    @property
    def daily_dose_change_percent(self) -> float | None:
        return daily_change_percent(self.program_before, self.program_after)

    def to_json_dict(self) -> dict[str, Any]:
        """A stable, versioned record: exact integers for every quantity."""
        return {
            "format_version": REPORT_FORMAT_VERSION,
            "training_mark": self.training_mark,
            "software": self.software.to_json_dict(),
            "created_at": self.created_at.isoformat(),
            "clinician": self.clinician,
            "values_read_at": (None if self.values_read_at is None
                               else self.values_read_at.isoformat(timespec="seconds")),
            "values_age_s": self.values_age_s,
            "values_link": self.values_link,
            "values_current": self.values_current,
            "pump": {
                "serial_number": self.identity.serial_number,
                "model_code": self.identity.model_code,
                "profile_id": self.identity.profile_id,
                "firmware": self.identity.firmware,
                "patient_id": self.identity.patient_id,
                "pump_clock": self.pump_clock.isoformat(),
            },
            "program_before": self.program_before.canonical_text(),
            "program_after": self.program_after.canonical_text(),
            "program_changed": self.program_changed,
            "reservoir_nl": self.reservoir_nl,
            "low_reservoir_alarm_nl": self.low_reservoir_alarm_nl,
            "alarm_date": _iso(self.alarm_date),
            "empty_date": _iso(self.empty_date),
            "replace_by_date": _iso(self.replace_by_date),
            "refill": None if self.refill is None else {
                "expected_residual_nl": self.refill.expected_residual_nl,
                "withdrawn_nl": self.refill.withdrawn_nl,
                "discrepancy_nl": self.refill.discrepancy_nl,
                "discrepancy_flagged": self.refill.discrepancy_flagged,
                "filled_nl": self.refill.filled_nl,
                "concentration_mcg_per_ml": self.refill.concentration_mcg_per_ml,
                "low_reservoir_alarm_nl": self.refill.low_reservoir_alarm_nl,
            },
            "boluses": [
                {"kind": b.kind.value, "volume_nl": b.volume_nl, "duration_s": b.duration_s,
                 "state": b.end.name.lower(), "delivered_nl": b.delivered_nl}
                for b in self.boluses
            ],
            "alarms_active": [
                {"code": a.code.value, "raised_at": a.raised_at.isoformat(),
                 "critical": a.critical} for a in self.alarms_active
            ],
            "alarms_cleared": list(self.alarms_cleared),
            "notes": self.notes,
            "implant": None if self.implant is None else implant_json(self.implant),
        }

    def save_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json_dict(), indent=2) + "\n", encoding="utf-8")


# What became of the link after the values were read (the pump view's link states).
SINCE_READ = {"link lost": QT_TR_NOOP("the link was lost"),
              "session closed": QT_TR_NOOP("the session was closed")}


def _since(report: SessionReport) -> str:
    since = SINCE_READ.get(report.values_link)
    return tr(since) if since else report.values_link


def values_words(report: SessionReport) -> str:
    """How current the report's pump values are, in one sentence."""
    if report.values_read_at is None:
        return ""
    when = style.time_of_day(report.values_read_at)
    if report.values_current:
        return tr("Pump values read at {time}, connected.").format(time=when)
    return tr("Pump values as last read at {time}, {age} before this report was made; then "
              "{since}: they were not read again, so nothing here was verified when the "
              "report was made.").format(time=when, age=style.duration(report.values_age_s),
                                         since=_since(report))


def report_saved(report: SessionReport, path: Path) -> Outcome:
    """The outcome of saving ``report`` to ``path``: verified only when its pump values were
    read over a link still up; older values make it unknown, with their age and what to do."""
    saved = tr("Saved {path} (and {json}).").format(path=path,
                                                    json=path.with_suffix(".json").name)
    if report.values_current:
        return Outcome(Command.REPORT, OutcomeKind.VERIFIED, saved)
    assert report.values_read_at is not None  # a link lost or closed after a read
    return Outcome(Command.REPORT, OutcomeKind.UNKNOWN,
                   tr("{saved} It states the pump as last read at {time}, {age} before it was "
                      "saved; then {since}, so none of it was read again.").format(
                       saved=saved, time=style.time_of_day(report.values_read_at),
                       age=style.duration(report.values_age_s), since=_since(report)),
                   tr("Reconnect (Ctrl+K), interrogate (F5) and save the report again before "
                      "relying on it."), state=tr("saved with values not verified now"))


def implant_json(record: ImplantRecord) -> dict[str, Any]:
    """The implant record for records and debriefs: exact integers and ISO dates."""
    return {"implant_date": record.implanted_on.isoformat(),
            "catheter_model": record.catheter_model,
            "catheter_length_mm": record.catheter_length_mm,
            "catheter_nl_per_cm": record.catheter_nl_per_cm,
            "catheter_volume_nl": record.catheter_volume_nl,
            "tip_level": record.tip_level,
            "last_refill": _iso(record.last_refill_on),
            "next_refill": _iso(record.next_refill_on)}


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True)
class StepRow:
    """One schedule step as the report and the review show it."""

    start: str
    end: str
    dose_mcg_per_day: float
    dose_mcg_per_hour: float
    volume_ml_per_day: float


def step_rows(program: Program) -> list[StepRow]:
    schedule = program.schedule
    return [
        StepRow(
            start=format_minute_of_day(step.start_minute),
            end=format_minute_of_day(schedule.end_minute(index)),
            dose_mcg_per_day=step.dose.mcg_per_day,
            dose_mcg_per_hour=step.dose.mcg_per_hour,
            volume_ml_per_day=step.dose.to_volume(program.concentration).ml_per_day,
        )
        for index, step in enumerate(schedule.steps)
    ]


def daily_totals(program: Program) -> tuple[float, float]:
    """(mcg/day, mL/day) the program delivers; zero when stopped."""
    return mcg(program.daily_dose_ng), ml(Fraction(program.daily_volume_nl))
