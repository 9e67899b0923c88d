"""Therapy values: concentration, dose and volume rates, steps, daily schedules, programs.

All values are immutable and validated on construction; every rejection names the
field, the value and what is allowed. Doses are integers in nanograms, volumes in
nanolitres, times in whole minutes of the day, so that arithmetic on the pump, on the
wire and in the console agrees to the last unit.
"""

from __future__ import annotations

import enum
import itertools
import zlib
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

from itb_console.device.units import (
    MINUTES_PER_DAY,
    NG_PER_MCG,
    NL_PER_ML,
    format_minute_of_day,
    mcg,
    mcg_text,
    ml,
    ml_text,
    round_half_up,
    scaled,
)


class TherapyError(ValueError):
    """A therapy value or schedule edit that the pump would not accept, with why."""


MAX_CONCENTRATION_MCG_PER_ML = 10_000
MAX_DOSE_NG_PER_DAY = 100_000_000  # 100 mg/day: far beyond any profile; guards overflow


@dataclass(frozen=True, order=True)
class Concentration:
    """Drug concentration in whole micrograms per millilitre (50, 500, 1000, 2000)."""

    mcg_per_ml: int

    def __post_init__(self) -> None:
        if isinstance(self.mcg_per_ml, bool) or not isinstance(self.mcg_per_ml, int):
            raise TherapyError(
                f"concentration: {self.mcg_per_ml!r} is not a whole number of mcg/mL"
            )
        if not 1 <= self.mcg_per_ml <= MAX_CONCENTRATION_MCG_PER_ML:
            raise TherapyError(
                f"concentration: {self.mcg_per_ml} mcg/mL is outside 1 to "
                f"{MAX_CONCENTRATION_MCG_PER_ML} mcg/mL"
            )

    def __str__(self) -> str:
        return f"{self.mcg_per_ml} mcg/mL"


@dataclass(frozen=True, order=True)
class DoseRate:
    """A dose rate in nanograms per day (display: mcg/day or mcg/h)."""

    ng_per_day: int

    def __post_init__(self) -> None:
        if isinstance(self.ng_per_day, bool) or not isinstance(self.ng_per_day, int):
            raise TherapyError(f"dose rate: {self.ng_per_day!r} is not a whole number of ng/day")
        if not 0 <= self.ng_per_day <= MAX_DOSE_NG_PER_DAY:
            raise TherapyError(
                f"dose rate: {mcg_text(self.ng_per_day)} mcg/day is outside 0 to "
                f"{mcg_text(MAX_DOSE_NG_PER_DAY)} mcg/day"
            )

    @classmethod
    def from_mcg_per_day(cls, value: object) -> DoseRate:
        """Parse a typed or stored mcg/day value (up to 3 decimals)."""
        return cls(scaled(value, NG_PER_MCG, "dose rate (mcg/day)"))

    @classmethod
    def from_mcg_per_hour(cls, value: object) -> DoseRate:
        """Parse a per-hour value; it is stored per day so the total is never in doubt."""
        return cls(scaled(value, NG_PER_MCG * 24, "dose rate (mcg/h)"))

    @property
    def mcg_per_day(self) -> float:
        return mcg(self.ng_per_day)

    @property
    def mcg_per_hour(self) -> float:
        return mcg(Fraction(self.ng_per_day, 24))

    def to_volume(self, concentration: Concentration) -> VolumeRate:
        """The volume rate that delivers this dose at a concentration, to the nanolitre."""
        return VolumeRate(
            round_half_up(Fraction(self.ng_per_day * NL_PER_ML, concentration.mcg_per_ml)
                          / NG_PER_MCG)
        )

    def __str__(self) -> str:
        """Exact, never rounded: a limit and a value just past it never read the same."""
        return f"{mcg_text(self.ng_per_day)} mcg/day"


@dataclass(frozen=True, order=True)
class VolumeRate:
    """A volume rate in nanolitres per day (display: mL/day)."""

    nl_per_day: int

    def __post_init__(self) -> None:
        if isinstance(self.nl_per_day, bool) or not isinstance(self.nl_per_day, int):
            raise TherapyError(f"volume rate: {self.nl_per_day!r} is not a whole number of nL/day")
        if self.nl_per_day < 0:
            raise TherapyError(f"volume rate: {ml(self.nl_per_day):g} mL/day is negative")

    @classmethod
    def from_ml_per_day(cls, value: object) -> VolumeRate:
        return cls(scaled(value, NL_PER_ML, "volume rate (mL/day)"))

    @property
    def ml_per_day(self) -> float:
        return ml(self.nl_per_day)

    def to_dose(self, concentration: Concentration) -> DoseRate:
        """The dose rate this volume rate delivers at a concentration, to the nanogram."""
        return DoseRate(
            round_half_up(Fraction(self.nl_per_day * concentration.mcg_per_ml * NG_PER_MCG,
                                   NL_PER_ML))
        )

    def __str__(self) -> str:
        """Exact, never rounded, as a dose rate."""
        return f"{ml_text(self.nl_per_day)} mL/day"


@dataclass(frozen=True)
class Step:
    """One step of a daily schedule: from ``start_minute`` until the next step starts."""

    start_minute: int
    dose: DoseRate

    def __post_init__(self) -> None:
        if isinstance(self.start_minute, bool) or not isinstance(self.start_minute, int):
            raise TherapyError(f"step start: {self.start_minute!r} is not a whole minute")
        if not 0 <= self.start_minute < MINUTES_PER_DAY:
            raise TherapyError(
                f"step start: minute {self.start_minute} is outside 00:00 to 23:59"
            )
        if not isinstance(self.dose, DoseRate):
            raise TherapyError(f"step dose: {self.dose!r} is not a dose rate")


@dataclass(frozen=True)
class ScheduleRules:
    """The limits a pump profile and a concentration put on a daily schedule."""

    max_steps: int
    min_step_minutes: int
    min_dose: DoseRate
    max_dose: DoseRate

    def __post_init__(self) -> None:
        if self.max_steps < 1:
            raise TherapyError(f"max steps: {self.max_steps} must be at least 1")
        if not 1 <= self.min_step_minutes <= MINUTES_PER_DAY:
            raise TherapyError(
                f"minimum step duration: {self.min_step_minutes} min is outside 1 to 1440 min"
            )
        if self.min_dose > self.max_dose:
            raise TherapyError(
                f"dose limits: minimum {self.min_dose} is above maximum {self.max_dose}"
            )


@dataclass(frozen=True)
class Schedule:
    """A daily schedule: steps in order, the first at 00:00, together covering 24 hours.

    Structure is checked here; the limits of a particular pump and concentration are
    checked by :meth:`check` against :class:`ScheduleRules`, so that an edit can be
    refused with the rule it breaks.
    """

    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        steps = tuple(self.steps)
        object.__setattr__(self, "steps", steps)
        if not steps:
            raise TherapyError("schedule: it has no steps; a schedule needs at least one")
        if any(not isinstance(step, Step) for step in steps):
            raise TherapyError("schedule: every entry must be a step")
        if steps[0].start_minute != 0:
            raise TherapyError(
                f"schedule: the first step starts at {format_minute_of_day(steps[0].start_minute)}"
                "; it must start at 00:00 so the day is covered"
            )
        for before, after in itertools.pairwise(steps):
            if after.start_minute <= before.start_minute:
                raise TherapyError(
                    f"schedule: step at {format_minute_of_day(after.start_minute)} does not "
                    f"come after the step at {format_minute_of_day(before.start_minute)}"
                )

    @classmethod
    def constant(cls, dose: DoseRate) -> Schedule:
        return cls((Step(0, dose),))

    @classmethod
    def from_pairs(cls, pairs: list[tuple[int, int]]) -> Schedule:
        """Build from ``(start_minute, ng_per_day)`` pairs (the wire and file form)."""
        return cls(tuple(Step(start, DoseRate(ng)) for start, ng in pairs))

    def as_pairs(self) -> list[tuple[int, int]]:
        return [(step.start_minute, step.dose.ng_per_day) for step in self.steps]

    def end_minute(self, index: int) -> int:
        """Where step ``index`` ends (1440 for the last step)."""
        if index + 1 < len(self.steps):
            return self.steps[index + 1].start_minute
        return MINUTES_PER_DAY

    def duration_minutes(self, index: int) -> int:
        return self.end_minute(index) - self.steps[index].start_minute

    def index_at(self, minute: int) -> int:
        """The index of the step running at a minute of the day."""
        if not 0 <= minute < MINUTES_PER_DAY:
            raise TherapyError(f"time: minute {minute} is outside 00:00 to 23:59")
        found = 0
        for index, step in enumerate(self.steps):
            if step.start_minute <= minute:
                found = index
        return found

    def dose_at(self, minute: int) -> DoseRate:
        return self.steps[self.index_at(minute)].dose

    @property
    def daily_dose_ng(self) -> Fraction:
        """Total dose over one day: the integral of the step rates, exact."""
        return sum(
            (Fraction(step.dose.ng_per_day * self.duration_minutes(i), MINUTES_PER_DAY)
             for i, step in enumerate(self.steps)),
            Fraction(0),
        )

    @property
    def daily_dose_mcg(self) -> float:
        return mcg(self.daily_dose_ng)

    def daily_volume_nl(self, concentration: Concentration) -> Fraction:
        """Total volume over one day at a concentration, from the per-step volume rates."""
        return sum(
            (Fraction(step.dose.to_volume(concentration).nl_per_day
                      * self.duration_minutes(i), MINUTES_PER_DAY)
             for i, step in enumerate(self.steps)),
            Fraction(0),
        )

    def check(self, rules: ScheduleRules) -> None:
        """Raise :class:`TherapyError` naming the first rule this schedule breaks."""
        if len(self.steps) > rules.max_steps:
            raise TherapyError(
                f"schedule: {len(self.steps)} steps; this pump allows at most {rules.max_steps}"
            )
        for index, step in enumerate(self.steps):
            label = (f"step {index + 1} ({format_minute_of_day(step.start_minute)}-"
                     f"{format_minute_of_day(self.end_minute(index))})")
            if self.duration_minutes(index) < rules.min_step_minutes:
                raise TherapyError(
                    f"{label}: lasts {self.duration_minutes(index)} min; each step must last "
                    f"at least {rules.min_step_minutes} min"
                )
            if not rules.min_dose <= step.dose <= rules.max_dose:
                raise TherapyError(
                    f"{label}: {step.dose} is outside this pump's range "
                    f"{rules.min_dose} to {rules.max_dose} at this concentration"
                )


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 12


class Mode(enum.Enum):
    """Pump operating modes a program can set (a bolus is an action, not a mode)."""

    STOPPED = "stopped"
    CONTINUOUS = "continuous"
    FLEXIBLE = "flexible"


@dataclass(frozen=True)
class Program:
    """What the pump runs: a mode, a daily schedule, and the drug it was written for."""

    mode: Mode
    schedule: Schedule
    concentration: Concentration
    drug: str = "baclofen"

    def __post_init__(self) -> None:
        if not isinstance(self.mode, Mode):
            raise TherapyError(f"mode: {self.mode!r} is not one of "
                               f"{', '.join(m.value for m in Mode)}")
        if self.mode is Mode.CONTINUOUS and len(self.schedule.steps) != 1:
            raise TherapyError(
                f"mode: continuous mode runs one rate all day; this schedule has "
                f"{len(self.schedule.steps)} steps (use flexible mode)"
            )
        if not self.drug or not self.drug.isascii() or not self.drug.replace("-", "").isalnum():
            raise TherapyError(f"drug: {self.drug!r} must be a plain name (letters, digits, -)")

    @property
    def daily_dose_ng(self) -> Fraction:
        """What the pump delivers per day: nothing when stopped."""
        if self.mode is Mode.STOPPED:
            return Fraction(0)
        return self.schedule.daily_dose_ng

    @cached_property
    def daily_volume_nl(self) -> Fraction:
        """Cached: the pump model asks for it at every step of its clock."""
        if self.mode is Mode.STOPPED:
            return Fraction(0)
        return self.schedule.daily_volume_nl(self.concentration)

    @cached_property
    def step_volume_rates_nl_per_day(self) -> tuple[int, ...]:
        """Each step's volume rate at this program's concentration (cached, as above)."""
        return tuple(step.dose.to_volume(self.concentration).nl_per_day
                     for step in self.schedule.steps)

    def volume_rate_at(self, minute: int) -> VolumeRate:
        if self.mode is Mode.STOPPED:
            return VolumeRate(0)
        index = self.schedule.index_at(minute)
        return VolumeRate(self.step_volume_rates_nl_per_day[index])

    def canonical_text(self) -> str:
        """The one text form of a program; its CRC-32 is the whole-program checksum.

        Example: ``flexible;baclofen;2000;0:400000,360:500000``.
        """
        steps = ",".join(f"{start}:{ng}" for start, ng in self.schedule.as_pairs())
        return f"{self.mode.value};{self.drug};{self.concentration.mcg_per_ml};{steps}"

    def checksum(self) -> int:
        """CRC-32 of :meth:`canonical_text`, checked by the pump before it commits."""
        return zlib.crc32(self.canonical_text().encode("ascii")) & 0xFFFFFFFF

    @classmethod
    def from_canonical_text(cls, text: str) -> Program:
        """Parse :meth:`canonical_text`; any malformation is a :class:`TherapyError`."""
        parts = text.split(";")
        if len(parts) != 4:
            raise TherapyError(f"program: {text!r} must have 4 fields: mode;drug;conc;steps")
        mode_text, drug, conc_text, steps_text = parts
        try:
            mode = Mode(mode_text)
        except ValueError:
            raise TherapyError(f"mode: {mode_text!r} is not one of "
                               f"{', '.join(m.value for m in Mode)}") from None
        if not _is_digits(conc_text):
            raise TherapyError(f"concentration: {conc_text!r} is not a whole number")
        pairs: list[tuple[int, int]] = []
        for item in steps_text.split(","):
            start, sep, ng = item.partition(":")
            if not sep or not _is_digits(start) or not _is_digits(ng):
                raise TherapyError(f"step: {item!r} must be START_MINUTE:NG_PER_DAY")
            pairs.append((int(start), int(ng)))
        return cls(mode, Schedule.from_pairs(pairs), Concentration(int(conc_text)), drug)
