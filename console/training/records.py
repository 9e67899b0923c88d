"""Trainee records: who ran which scenario when, and the score of every objective.

A record is what a trainer files for a trainee's competency: one scored station run,
under the trainee's pseudonymous id (no patient or trainee identity beyond what the
trainer chooses to type as a display name). The values here are checked when they are
made, so the database only ever receives runs that add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from itb_console.console.training.debrief import Debrief, ObjectiveRecord, ScoredRun

PSEUDONYM_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
MAX_NAME_CHARS = 80


class RecordError(ValueError):
    """A trainee or run that cannot be recorded, saying which field and what is allowed."""


@dataclass(frozen=True)
class Trainee:
    """A trainee as filed: a pseudonymous id (unique) and the name trainers see."""

    pseudonym: str
    display_name: str

    def __post_init__(self) -> None:
        if not PSEUDONYM_PATTERN.fullmatch(self.pseudonym):
            raise RecordError(
                f"trainee id: {self.pseudonym!r} must be 1 to 32 letters, digits, '.', '_' "
                "or '-', starting with a letter or digit (e.g. TR-2026-07); use a "
                "pseudonym, not the trainee's name")
        name = self.display_name.strip()
        if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
            raise RecordError(f"display name: {self.display_name!r} must be 1 to "
                              f"{MAX_NAME_CHARS} printable characters")
        object.__setattr__(self, "display_name", name)


@dataclass(frozen=True)
class RunRecord(ScoredRun):
    """One scored station run, as stored and as read back."""

    trainee: Trainee
    scenario_id: str
    scenario_title: str
    station: str
    started_at: datetime  # world time of the scenario, aware
    ended_at: datetime  # world time of the scenario, aware
    recorded_at: datetime  # real time the run was scored, aware
    objectives: tuple[ObjectiveRecord, ...]
    debrief_file: str = ""  # the debrief JSON written for this run, if any
    run_id: int | None = None  # set when read from the database

    def __post_init__(self) -> None:
        for name in ("started_at", "ended_at", "recorded_at"):
            value: datetime = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise RecordError(f"{name}: {value} has no time zone; times must be aware")
        if not self.objectives:
            raise RecordError("objectives: a run needs at least one scored objective")
        if not self.scenario_id.strip():
            raise RecordError("scenario: the run's scenario id is empty")

    @classmethod
    def from_debrief(cls, debrief: Debrief, trainee: Trainee, recorded_at: datetime,
                     debrief_file: str = "") -> RunRecord:
        """The record of a debriefed run (the scores are the debrief's, not recomputed)."""
        return cls(trainee=trainee, scenario_id=debrief.scenario_id,
                   scenario_title=debrief.scenario_title, station=debrief.station,
                   started_at=debrief.started_at, ended_at=debrief.ended_at,
                   recorded_at=recorded_at, objectives=debrief.objectives,
                   debrief_file=debrief_file)
