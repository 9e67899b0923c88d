"""The MRI fault: what a scanner's magnet does to a motor-driven pump (shared/domain.md, MRI).

The magnet stops the rotor for the whole scan, so infusion is suspended; the pump
detects the motor stall and sounds the two-tone critical alarm. Afterwards the rotor
turns again: at once (``normal``), after the gears free themselves some hours later
(``delayed``, 2 to 24 h in the field), or, when the pump went into telemetry mode while
sounding the alarm, only once it is interrogated after the scan (``stuck``). Because of
interference the log registers the stall recovery only at the second interrogation (a
programming session opened) after the rotor restarted.

This module keeps one exposure's bookkeeping; the pump model owns the rotor and the log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

MAX_SCAN_MINUTES = 240
DELAY_HOURS = (2, 24)
SESSIONS_TO_LOG_RECOVERY = 2


class MriResume(enum.Enum):
    """How the rotor restarts after the scan."""

    NORMAL = "normal"
    DELAYED = "delayed"
    STUCK = "stuck"


@dataclass
class MriExposure:
    """One scan's effect on the pump until its stall recovery is in the log."""

    resume: MriResume
    scan_end_tick: int  # world tick the scan ends at
    resume_tick: int | None  # world tick the rotor turns again; None: until interrogated
    resumed_at: datetime | None = None  # pump clock when the rotor turned again
    stalled_at: datetime | None = None  # pump clock when the rotor stopped
    sessions_since_resume: int = 0

    def rotor_free_on_session(self, tick: int) -> bool:
        """A stuck pump restarts when interrogated after the scan (not during it)."""
        return (self.resume is MriResume.STUCK and self.resumed_at is None
                and tick >= self.scan_end_tick)

    def recovery_due(self) -> bool:
        """Whether this session is the one at which the recovery reaches the log."""
        return (self.resumed_at is not None
                and self.sessions_since_resume >= SESSIONS_TO_LOG_RECOVERY)


def check_mri(minutes: int, resume: MriResume, delay_hours: int) -> str | None:
    """What is wrong with a requested exposure, in words, or None."""
    if not 1 <= minutes <= MAX_SCAN_MINUTES:
        return f"MRI scan: {minutes} min is outside 1 to {MAX_SCAN_MINUTES} min"
    low, high = DELAY_HOURS
    if resume is MriResume.DELAYED and not low <= delay_hours <= high:
        return f"MRI delay: {delay_hours} h is outside {low} to {high} h"
    if resume is not MriResume.DELAYED and delay_hours:
        return f"MRI delay: only a delayed resume takes hours (got {delay_hours} h)"
    return None
