"""The scenario editor's fields: one row per field of a scenario file, in a trainer's words.

The editor builds its form from this table, so a field added to the scenario schema
(the loader in :mod:`scenarios`) becomes one more row here, not more window code. The
values stay the plain data of the TOML file: whole numbers where the file has them,
volumes as decimal text ("3.2", whatever the language they were typed in), and a value
that is not yet right is kept as typed, so the loader names the mistake in its own words.
"""

from __future__ import annotations

import copy
import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from itb_console.console.clinical.calculators import Origin
from itb_console.console.event_words import alarm_title
from itb_console.console.language import current
from itb_console.console.number_input import NumberRule, canonical, read_number, typed
from itb_console.console.training.scenarios import (
    CHECK_FIELDS,
    EVENT_COMMON,
    EVENT_FIELDS,
    MRI_CONCLUSIONS,
    OBJECTIVE_COMMON,
    CheckKind,
    EventKind,
)
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import TIP_LEVELS
from itb_console.device.mri_fault import DELAY_HOURS, MAX_SCAN_MINUTES, MriResume
from itb_console.device.pump_api import AlarmCode, BolusKind
from itb_console.device.pump_profiles import profile_ids
from itb_console.device.therapy import Mode


class Kind(enum.Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long text"  # a paragraph (written as a multi-line string)
    CHOICE = "choice"  # one of ``options``
    WHOLE = "whole number"
    VOLUME = "volume"  # mL as typed ("3.2"), exact in the file
    DECIMAL = "decimal"  # another quantity as typed ("45", "0.0022"), exact in the file
    DATE = "date"  # a day as typed, "2026-11-25"
    DATE_TIME = "date-time"  # local, "2026-11-25T09:00:00"
    ALARMS = "alarms"  # a list of alarm codes
    STEPS = "steps"  # [["HH:MM", "mcg/day"], ...]


@dataclass(frozen=True)
class FieldSpec:
    """One field of the scenario file as the form shows it."""

    table: str  # "scenario", "patient", "order", "pump", "pump.record", "events", "objectives"
    key: str
    label: str  # marked for translation (QT_TR_NOOP), shown through tr()
    kind: Kind
    options: tuple[str, ...] = ()
    hint: str = ""  # units, range or an example; shown greyed in an empty field
    # What a new scenario or row starts with, and an event's or objective's field when a
    # choice brings it into the row (None: empty).
    default: Any = None
    labels: dict[str, str] | None = None  # an option's words, where its code would puzzle

    def option_label(self, value: str) -> str:
        """What the trainer reads for an option: its words, else the code spaced out."""
        words = (self.labels or {}).get(value)
        return tr(words) if words else value.replace("_", " ")

    def shown_hint(self) -> str:
        """The hint in the language of the run, with the limits it names."""
        return tr(self.hint).format(**HINT_NUMBERS) if self.hint else ""


def _values(enum_type: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum_type)


ALARMS = _values(AlarmCode)
ALARM_WORDS = {code: alarm_title(code) for code in ALARMS}
EVENT_WORDS = {EventKind.ALARM.value: QT_TR_NOOP("alarm"),
               EventKind.MOTOR_STALL.value: QT_TR_NOOP("motor stall"),
               EventKind.OVER_INFUSION.value: QT_TR_NOOP("over-infusion"),
               EventKind.LINK_DROP.value: QT_TR_NOOP("link drop at the next send"),
               EventKind.ADVANCE.value: QT_TR_NOOP("time jumps ahead"),
               EventKind.MRI.value: QT_TR_NOOP("MRI scan")}
CHECK_WORDS = {CheckKind.MRI_CHECKED.value: QT_TR_NOOP("post-MRI check recorded"),
               CheckKind.CLOCK_WITHIN.value: QT_TR_NOOP("pump clock within"),
               CheckKind.LOW_RESERVOIR_ALARM.value: QT_TR_NOOP("low-reservoir alarm set at"),
               CheckKind.NO_SOFT_LIMIT_OVERRIDE.value: QT_TR_NOOP("no soft limit overridden"),
               CheckKind.REFILL.value: QT_TR_NOOP("refill done")}
CONCLUSION_WORDS = {"resumed": QT_TR_NOOP("delivery resumed"),
                    "delayed": QT_TR_NOOP("delivery has not resumed"),
                    "no-stall": QT_TR_NOOP("no motor stall logged")}
RESUME_WORDS = {MriResume.NORMAL.value: QT_TR_NOOP("restarts when the scan ends"),
                MriResume.DELAYED.value: QT_TR_NOOP("restarts late"),
                MriResume.STUCK.value: QT_TR_NOOP("stuck until interrogated")}
# The limits a hint names, filled in after translation (one text per hint in every language).
HINT_NUMBERS = {"max_scan_minutes": MAX_SCAN_MINUTES, "fewest_delay_hours": DELAY_HOURS[0],
                "most_delay_hours": DELAY_HOURS[1]}

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("scenario", "title", QT_TR_NOOP("Title"), Kind.TEXT,
              hint=QT_TR_NOOP("e.g. Delayed restart after an MRI")),
    FieldSpec("scenario", "id", QT_TR_NOOP("Short name"), Kind.TEXT,
              hint=QT_TR_NOOP("unique, no spaces, e.g. mri-delayed-restart")),
    FieldSpec("scenario", "difficulty", QT_TR_NOOP("Difficulty"), Kind.CHOICE,
              ("basic", "intermediate", "advanced"), default="basic"),
    FieldSpec("scenario", "summary", QT_TR_NOOP("Summary (one line)"), Kind.TEXT,
              hint=QT_TR_NOOP("what the trainee must notice and do")),
    FieldSpec("patient", "origin", QT_TR_NOOP("Spasticity origin"), Kind.CHOICE, _values(Origin),
              default="spinal"),
    FieldSpec("patient", "story", QT_TR_NOOP("Patient story"), Kind.LONG_TEXT,
              hint=QT_TR_NOOP("who the patient is and what brings them in today")),
    FieldSpec("order", "text", QT_TR_NOOP("Clinician's order"), Kind.LONG_TEXT,
              hint=QT_TR_NOOP("what the trainee is asked to do")),
    FieldSpec("pump", "profile", QT_TR_NOOP("Pump model"), Kind.CHOICE, tuple(profile_ids()),
              default=profile_ids()[0]),
    FieldSpec("pump", "patient_id", QT_TR_NOOP("Patient id on the pump"), Kind.TEXT,
              hint=QT_TR_NOOP("pseudonymous; empty: TRAINING-01")),
    FieldSpec("pump", "start", QT_TR_NOOP("Found on (local date and time)"), Kind.DATE_TIME),
    FieldSpec("pump", "timezone", QT_TR_NOOP("Time zone"), Kind.TEXT,
              hint=QT_TR_NOOP("empty: Europe/London")),
    FieldSpec("pump", "drug", QT_TR_NOOP("Drug"), Kind.CHOICE, tuple(load_drugs()),
              default="baclofen"),
    FieldSpec("pump", "concentration_mcg_per_ml", QT_TR_NOOP("Concentration (mcg/mL)"), Kind.WHOLE,
              hint=QT_TR_NOOP("e.g. 2000")),
    FieldSpec("pump", "mode", QT_TR_NOOP("Mode"), Kind.CHOICE, _values(Mode), default="continuous"),
    FieldSpec("pump", "steps", QT_TR_NOOP("Program (from, mcg/day)"), Kind.STEPS,
              default=[["00:00", ""]]),
    FieldSpec("pump", "reservoir_ml", QT_TR_NOOP("Reservoir, pump's figure (mL)"), Kind.VOLUME,
              hint=QT_TR_NOOP("what the pump calculates, e.g. 3.2")),
    FieldSpec("pump", "true_reservoir_ml", QT_TR_NOOP("Reservoir, truly left (mL)"), Kind.VOLUME,
              hint=QT_TR_NOOP("empty: as the pump calculates")),
    FieldSpec("pump", "low_reservoir_alarm_ml", QT_TR_NOOP("Low-reservoir alarm at (mL)"),
              Kind.VOLUME, hint=QT_TR_NOOP("empty: the pump model's default")),
    FieldSpec("pump", "alarms", QT_TR_NOOP("Alarms sounding when found"), Kind.ALARMS, ALARMS),
    FieldSpec("pump", "battery_days_left", QT_TR_NOOP("Battery days left"), Kind.WHOLE,
              hint=QT_TR_NOOP("empty: a new battery")),
    FieldSpec("pump", "clock_offset_minutes", QT_TR_NOOP("Pump clock ahead by (min)"), Kind.WHOLE,
              hint=QT_TR_NOOP("negative: behind; empty: right")),
    FieldSpec("pump", "drift_ppm", QT_TR_NOOP("Pump clock drift (ppm)"), Kind.WHOLE,
              hint=QT_TR_NOOP("empty: none")),
    FieldSpec("pump", "over_infusion_percent", QT_TR_NOOP("Over-infusion (%)"), Kind.WHOLE,
              hint=QT_TR_NOOP("empty: delivers as programmed")),
    FieldSpec("pump.record", "implant_date", QT_TR_NOOP("Implanted on"), Kind.DATE,
              hint=QT_TR_NOOP("e.g. 2023-05-09; empty: start day")),
    FieldSpec("pump.record", "catheter_model", QT_TR_NOOP("Catheter model"), Kind.TEXT,
              hint=QT_TR_NOOP("empty: SIM-CATH-1")),
    FieldSpec("pump.record", "catheter_length_cm", QT_TR_NOOP("Catheter length (cm)"), Kind.DECIMAL,
              hint=QT_TR_NOOP("empty: 45")),
    FieldSpec("pump.record", "catheter_ml_per_cm", QT_TR_NOOP("Catheter volume (mL per cm)"),
              Kind.DECIMAL, hint=QT_TR_NOOP("empty: 0.0022")),
    FieldSpec("pump.record", "tip_level", QT_TR_NOOP("Catheter tip level"), Kind.CHOICE, TIP_LEVELS,
              default="T10"),
    FieldSpec("pump.record", "last_refill", QT_TR_NOOP("Last refill"), Kind.DATE,
              hint=QT_TR_NOOP("e.g. 2026-09-30; empty: none")),
    FieldSpec("pump.record", "next_refill", QT_TR_NOOP("Next refill booked for"), Kind.DATE,
              hint=QT_TR_NOOP("e.g. 2026-12-23; empty: none")),
    FieldSpec("events", "after_minutes", QT_TR_NOOP("After (minutes)"), Kind.WHOLE, default=0,
              hint=QT_TR_NOOP("scenario time from Start")),
    FieldSpec("events", "kind", QT_TR_NOOP("What happens"), Kind.CHOICE, _values(EventKind),
              default=EventKind.ALARM.value, labels=EVENT_WORDS),
    FieldSpec("events", "alarm", QT_TR_NOOP("Alarm"), Kind.CHOICE, ALARMS, labels=ALARM_WORDS),
    FieldSpec("events", "percent", QT_TR_NOOP("Over-infusion (%)"), Kind.WHOLE,
              hint=QT_TR_NOOP("1 to 200"), default=20),
    FieldSpec("events", "hours", QT_TR_NOOP("Time jumps by (hours)"), Kind.WHOLE,
              hint=QT_TR_NOOP("e.g. 24"), default=24),
    FieldSpec("events", "minutes", QT_TR_NOOP("Scan lasts (minutes)"), Kind.WHOLE,
              hint=QT_TR_NOOP("1 to {max_scan_minutes}"), default=45),
    FieldSpec("events", "resume", QT_TR_NOOP("Pump afterwards"), Kind.CHOICE, _values(MriResume),
              labels=RESUME_WORDS),
    FieldSpec("events", "delay_hours", QT_TR_NOOP("Restart delayed by (hours)"), Kind.WHOLE,
              hint=QT_TR_NOOP("{fewest_delay_hours} to {most_delay_hours}"), default=6),
    FieldSpec("objectives", "id", QT_TR_NOOP("Short name"), Kind.TEXT,
              hint=QT_TR_NOOP("unique, e.g. interrogate-first")),
    FieldSpec("objectives", "text", QT_TR_NOOP("Objective"), Kind.TEXT,
              hint=QT_TR_NOOP("as the trainee reads it in the debrief")),
    FieldSpec("objectives", "check", QT_TR_NOOP("Checked by"), Kind.CHOICE, _values(CheckKind),
              default=CheckKind.INTERROGATED_FIRST.value, labels=CHECK_WORDS),
    FieldSpec("objectives", "points", QT_TR_NOOP("Points (weight)"), Kind.WHOLE,
              hint=QT_TR_NOOP("1 to 100"), default=10),
    FieldSpec("objectives", "min_mcg_per_day", QT_TR_NOOP("Lowest dose (mcg/day)"), Kind.WHOLE),
    FieldSpec("objectives", "max_mcg_per_day", QT_TR_NOOP("Highest dose (mcg/day)"), Kind.WHOLE),
    FieldSpec("objectives", "filled_ml", QT_TR_NOOP("Filled (mL)"), Kind.VOLUME),
    FieldSpec("objectives", "concentration_mcg_per_ml", QT_TR_NOOP("New concentration (mcg/mL)"),
              Kind.WHOLE, hint=QT_TR_NOOP("empty: any")),
    FieldSpec("objectives", "bolus", QT_TR_NOOP("Bolus kind"), Kind.CHOICE, _values(BolusKind)),
    FieldSpec("objectives", "min_ml", QT_TR_NOOP("Smallest bolus (mL)"), Kind.VOLUME),
    FieldSpec("objectives", "max_ml", QT_TR_NOOP("Largest bolus (mL)"), Kind.VOLUME),
    FieldSpec("objectives", "alarm", QT_TR_NOOP("Alarm"), Kind.CHOICE, ALARMS, labels=ALARM_WORDS),
    FieldSpec("objectives", "minutes", QT_TR_NOOP("Within (minutes)"), Kind.WHOLE),
    FieldSpec("objectives", "alarm_ml", QT_TR_NOOP("Alarm at (mL)"), Kind.VOLUME),
    FieldSpec("objectives", "outcome", QT_TR_NOOP("Check recorded as"), Kind.CHOICE,
              MRI_CONCLUSIONS, labels=CONCLUSION_WORDS),
    FieldSpec("objectives", "pass", QT_TR_NOOP("Feedback when done"), Kind.LONG_TEXT),
    FieldSpec("objectives", "fail", QT_TR_NOOP("Feedback when missed"), Kind.LONG_TEXT),
)


def fields_of(*tables: str) -> list[FieldSpec]:
    return [spec for spec in FIELDS if spec.table in tables]


def shown_for(spec: FieldSpec, row: dict[str, Any]) -> bool:
    """Whether a field belongs in this row: an event's or a check's own fields only (an
    MRI scan's delay only for a late restart, as the loader takes it)."""
    if spec.table == "events":
        if spec.key == "delay_hours" and row.get("resume") != MriResume.DELAYED.value:
            return False
        kinds = {k.value: EVENT_FIELDS.get(k, set()) for k in EventKind}
        return spec.key in EVENT_COMMON | kinds.get(str(row.get("kind")), set())
    if spec.table == "objectives":
        checks = {c.value: CHECK_FIELDS.get(c, set()) for c in CheckKind}
        return spec.key in OBJECTIVE_COMMON | checks.get(str(row.get("check")), set())
    return True


def put(row: dict[str, Any], table: str, key: str, value: Any) -> None:
    """Set (or, for None, remove) a field, keeping the schema's order. A choice that
    changes which fields belong drops the ones that no longer do; of an event's or an
    objective's new ones, a choice starts at its first option and a field with a default
    at its default (shown, so the trainer sees what is set)."""
    specs = fields_of(table)
    shown_before = {spec.key for spec in specs if shown_for(spec, row)}
    if value is None:
        row.pop(key, None)
    elif isinstance(row.get(key), dict) and isinstance(value, str):
        row[key] = {**row[key], current().value: value}  # the other languages stay
    else:
        row[key] = value
    for spec in specs:
        if spec.key in row and not shown_for(spec, row):
            row.pop(spec.key)
        elif spec.key not in row and shown_for(spec, row) \
                and spec.table in ("events", "objectives"):
            if spec.kind is Kind.CHOICE:
                row[spec.key] = spec.options[0]
            elif spec.default is not None and spec.key not in shown_before:
                row[spec.key] = copy.deepcopy(spec.default)
    order = {spec.key: index for index, spec in enumerate(specs)}
    ordered = sorted(row.items(), key=lambda item: order.get(item[0], len(order)))
    row.clear()
    row.update(ordered)


def new_row(table: str) -> dict[str, Any]:
    """A new event or objective with its defaults (then its kind's own defaults)."""
    row: dict[str, Any] = {}
    for spec in fields_of(table):
        if spec.default is not None:
            put(row, table, spec.key, copy.deepcopy(spec.default))
    return row


def new_scenario(today: datetime) -> dict[str, Any]:
    """A scenario to start from: the defaults filled in, the rest for the trainer."""
    data: dict[str, Any] = {"scenario": {}, "patient": {}, "order": {}, "pump": {}}
    for spec in FIELDS:
        if spec.table in data and spec.default is not None:
            put(data[spec.table], spec.table, spec.key, copy.deepcopy(spec.default))
    tomorrow = (today + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    put(data["pump"], "pump", "start", tomorrow.isoformat(timespec="seconds"))
    data["events"] = []
    data["objectives"] = [new_row("objectives")]
    return data


NUMBER_RULES = {Kind.WHOLE: NumberRule(0), Kind.VOLUME: NumberRule(6),
                Kind.DECIMAL: NumberRule(6)}
DOSE_RULE = NumberRule(6)  # a step's dose: the loader checks it against the pump


def from_text(kind: Kind, text: str) -> Any:
    """A typed value as the file keeps it (text as typed: the loader trims it); None (the
    field left out) when empty. A number typed in the language of the run ("3,2" in
    German) is kept as the file writes it (3.2); one that is not a number, or that
    carries a separator between thousands, is kept as typed for the loader to refuse."""
    if not text.strip():
        return None
    rule = NUMBER_RULES.get(kind)
    if rule is None:
        return text
    value = read_number(text, rule).value
    if value is None:
        return text
    return int(value) if kind is Kind.WHOLE else canonical(value)


def dose_from_text(text: str) -> str:
    """A step's dose typed in the language of the run, as the file writes it."""
    value = read_number(text, DOSE_RULE).value
    return text.strip() if value is None else canonical(value)


def as_text(value: Any) -> str:
    """A value as a text field shows it; a text written in several languages, in the
    language of the run (else English, else the first)."""
    if isinstance(value, dict) and value:
        value = value.get(current().value) or value.get("en") or next(iter(value.values()))
    return "" if value is None else str(value)


def shown_text(kind: Kind | None, value: Any) -> str:
    """A value of the file as a field shows it: numbers in the language of the run."""
    if (kind is None or kind in NUMBER_RULES) and not isinstance(value, bool) \
            and isinstance(value, int | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return as_text(value)
        if number.is_finite():
            return typed(number)
    return as_text(value)


def event_words(event: dict[str, Any]) -> str:
    """An event in a trainer's words: "MRI scan, 45 min; restarts 6 h late"."""
    kind = str(event.get("kind", "?"))
    words = tr(EVENT_WORDS[kind]) if kind in EVENT_WORDS else kind.replace("_", " ")
    if "alarm" in event:
        alarm = str(event["alarm"])
        return tr("{event}: {alarm}").format(
            event=words, alarm=alarm_title(alarm) if alarm in ALARMS else alarm)
    if "percent" in event:
        return tr("{event}: {percent} %").format(event=words, percent=event["percent"])
    if "hours" in event:
        return tr("{event} {hours} h").format(event=words, hours=event["hours"])
    if kind != EventKind.MRI.value:
        return words
    resume = str(event.get("resume", ""))
    after = (tr("restarts {hours} h late").format(hours=event.get("delay_hours", "?"))
             if resume == MriResume.DELAYED.value
             else tr(RESUME_WORDS[resume]) if resume in RESUME_WORDS else resume)
    return tr("{event}, {minutes} min; {after}").format(
        event=words, minutes=event.get("minutes", "?"), after=after)


def event_sort_key(event: Any) -> tuple[int, int]:
    """Events in time order; one whose time is not yet a number goes last."""
    minutes = event.get("after_minutes") if isinstance(event, dict) else None
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        return (0, minutes)
    return (1, 0)
