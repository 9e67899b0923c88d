"""What the trainee did during a session, in order: the record assessment and debrief use.

The session appends an :class:`Action` for every step a clinician takes (interrogate,
send a program, refill, bolus, clear an alarm, acknowledge a discrepancy, print the
report...). Scenario objectives check this record as well as the pump's final state,
because a good outcome reached the wrong way (programming before interrogating, say) is
still a training point.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class ActionKind(enum.Enum):
    CONNECT = "connect"
    INTERROGATE = "interrogate"
    PROGRAM_SENT = "program-sent"  # detail: canonical program, verified yes/no
    PROGRAM_FAILED = "program-failed"  # detail: program_in_force old/new/unknown
    REFILL = "refill"  # detail: withdrawn_nl, filled_nl, concentration, discrepancy_nl
    DISCREPANCY_ACKNOWLEDGED = "discrepancy-acknowledged"
    BOLUS_STARTED = "bolus-started"  # detail: kind, volume_nl, duration_s
    BOLUS_CANCELLED = "bolus-cancelled"
    ALARM_CLEARED = "alarm-cleared"  # detail: code
    CLOCK_SET = "clock-set"  # detail: pump_clock
    SOFT_LIMIT_OVERRIDDEN = "soft-limit-overridden"  # detail: warning (reason if typed)
    SCREENING_RECORDED = "screening-recorded"  # detail: boluses, candidate, start_ng_per_day
    REPORT_PRINTED = "report-printed"
    COMMAND_NOT_VERIFIED = "command-not-verified"  # detail: command, outcome, message
    RECORD_CHANGED = "record-changed"  # detail: reason and the fields changed (text form)
    MRI_CHECKED = "mri-checked"  # detail: outcome (resumed, delayed, no-stall), interrogations
    PUMP_SAVED = "pump-saved"  # detail: serial, file (the old pump kept for its replacement)
    DISCONNECT = "disconnect"


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    at: datetime  # world time (aware UTC)
    detail: dict[str, str | int] = field(default_factory=dict)


@dataclass
class ActionLog:
    """Append-only list of the trainee's actions."""

    actions: list[Action] = field(default_factory=list)

    def record(self, action_kind: ActionKind, at: datetime, /,
               **detail: str | int) -> Action:
        action = Action(action_kind, at, dict(detail))
        self.actions.append(action)
        return action

    def of_kind(self, kind: ActionKind) -> list[Action]:
        return [a for a in self.actions if a.kind is kind]

    def first_index(self, kind: ActionKind) -> int | None:
        for index, action in enumerate(self.actions):
            if action.kind is kind:
                return index
        return None
