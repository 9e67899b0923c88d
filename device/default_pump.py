"""How a new simulated pump or emulator starts (``resources/default_pump.toml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from itb_console.device.pump_profiles import load_profile
from itb_console.device.resource_toml import ProfileError, TomlFields, read_toml, resource_node
from itb_console.device.therapy import (
    Concentration,
    DoseRate,
    Mode,
    Program,
    Schedule,
    Step,
    TherapyError,
)
from itb_console.device.units import NL_PER_ML, UnitError, parse_minute_of_day


@dataclass(frozen=True)
class InitialPump:
    """How a new simulated pump or emulator starts (``resources/default_pump.toml``)."""

    profile_id: str
    serial_number: str
    patient_id: str
    program: Program
    reservoir_nl: int
    low_reservoir_alarm_nl: int


def schedule_from_pairs(raw_steps: object) -> Schedule:
    """A schedule written in a data file as ``[["HH:MM", "mcg/day"], ...]``.

    Raises :class:`TherapyError` or :class:`UnitError` naming the bad pair.
    """
    if not isinstance(raw_steps, list) or not raw_steps:
        raise TherapyError('steps: must be a list of ["HH:MM", "mcg/day"] pairs')
    steps = []
    for pair in raw_steps:
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise TherapyError(f'steps: {pair!r} must be a ["HH:MM", "mcg/day"] pair')
        steps.append(Step(parse_minute_of_day(pair[0], "steps"),
                          DoseRate.from_mcg_per_day(pair[1])))
    return Schedule(tuple(steps))


def parse_initial_pump(data: dict[str, Any], source: str) -> InitialPump:
    fields = TomlFields(data, source)
    profile = load_profile(fields.text("profile"))
    try:
        schedule = schedule_from_pairs(fields.raw("steps"))
        concentration = Concentration(fields.raw("concentration_mcg_per_ml"))
        program = Program(Mode(fields.text("mode")), schedule, concentration,
                          fields.text("drug"))
        program.schedule.check(profile.schedule_rules(concentration))
    except (TherapyError, UnitError, ValueError) as error:
        if isinstance(error, ProfileError):
            raise
        raise ProfileError(f"{source}: {error}") from None
    reservoir = fields.fixed("reservoir_ml", NL_PER_ML, 0, profile.reservoir_nl, "mL")
    return InitialPump(
        profile_id=profile.id,
        serial_number=fields.text("serial_number"),
        patient_id=fields.text("patient_id"),
        program=program,
        reservoir_nl=reservoir,
        low_reservoir_alarm_nl=fields.fixed(
            "low_reservoir_alarm_ml", NL_PER_ML, profile.low_reservoir_alarm_min_nl,
            profile.low_reservoir_alarm_max_nl, "mL"),
    )


def load_initial_pump() -> InitialPump:
    source = "resources/default_pump.toml"
    return parse_initial_pump(read_toml(resource_node("default_pump.toml"), source), source)

