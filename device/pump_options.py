"""A new pump built from text options: what ``sim://?...`` and ``itb-emulator --pump`` take.

One set of options and one set of checks for both, so a trainer who can describe a pump
in a ``sim://`` URL can serve the same pump from an emulator. Every refusal names the
option, the value and what is allowed, after the prefix of where it came from
(``sim://`` or ``--pump``).

=============  ===============================================================
profile        itb-20 or itb-40
reservoir      calculated reservoir in mL (also the true volume)
conc           drug concentration in the reservoir, mcg/mL (one of the drug table's);
               the program keeps its daily doses at that concentration
mode           stopped, or the default pump's mode (a pump not yet programmed is
               stopped: it carries the default schedule and delivers nothing)
drift_ppm      pump clock drift in parts per million
serial         pump serial number
patient        patient ID
implant_date   the record's implant date (ISO date; default: the start)
catheter_...   the record's catheter_model, catheter_length_cm, catheter_ml_per_cm,
tip_level,     tip_level (C1-C7, T1-T12, L1-L5), last_refill and next_refill
...refill      (ISO dates); each checked as the pump checks SETRECORD
=============  ===============================================================
"""

from __future__ import annotations

from collections.abc import Mapping

from itb_console.device.clock import Clock
from itb_console.device.default_pump import InitialPump, load_initial_pump
from itb_console.device.drugs import load_drugs
from itb_console.device.implant_record import HUMAN_KEYS, RecordError, human_changes, with_changes
from itb_console.device.pump_api import PumpRefused
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.resource_toml import ProfileError
from itb_console.device.state_checks import StateCheckError, check_identity_text
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError
from itb_console.device.units import NL_PER_ML, UnitError, scaled

PUMP_OPTIONS = ("profile", "reservoir", "conc", "mode", "drift_ppm", "serial", "patient",
                *HUMAN_KEYS)


class PumpOptionError(ValueError):
    """A pump option that cannot be used: which option, its value and what is allowed."""


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def number_option(options: Mapping[str, str], key: str, low: float, high: float,
                  where: str) -> float | None:
    """A numeric option within ``low``..``high``; None when it is not given."""
    if key not in options:
        return None
    try:
        value = float(options[key])
    except ValueError:
        raise PumpOptionError(f"{where} {key}={options[key]!r} is not a number") from None
    if not low <= value <= high:
        raise PumpOptionError(f"{where} {key}={options[key]} is outside {_plain(low)} to "
                              f"{_plain(high)}")
    return value


def _program(options: Mapping[str, str], initial: InitialPump, where: str) -> Program:
    """The default pump's program, at the ``conc`` and in the ``mode`` asked for."""
    program = initial.program
    concentration = program.concentration
    if "conc" in options:
        allowed = load_drugs()[program.drug].concentrations
        text = options["conc"]
        listed = ", ".join(str(c.mcg_per_ml) for c in allowed)
        if not text.isdigit() or int(text) not in {c.mcg_per_ml for c in allowed}:
            raise PumpOptionError(f"{where} conc={text!r} must be one of {listed} (mcg/mL of "
                                  f"{program.drug})")
        concentration = Concentration(int(text))
    mode = program.mode
    if "mode" in options:
        modes = (Mode.STOPPED.value, program.mode.value)
        if options["mode"] not in modes:
            raise PumpOptionError(f"{where} mode={options['mode']!r} must be "
                                  f"{' or '.join(modes)} (the default pump's schedule)")
        mode = Mode(options["mode"])
    return Program(mode, program.schedule, concentration, program.drug)


def build_pump(options: Mapping[str, str], clock: Clock, *, timezone: str = "Europe/London",
               where: str = "sim://") -> PumpModel:
    """The default pump (``resources/default_pump.toml``) changed by ``options``."""
    unknown = [key for key in options if key not in PUMP_OPTIONS]
    if unknown:
        raise PumpOptionError(f"{where} option {unknown[0]!r} is not known; allowed: "
                              f"{', '.join(PUMP_OPTIONS)}")
    initial = load_initial_pump()
    try:
        profile = load_profile(options.get("profile", initial.profile_id))
    except ProfileError as error:
        raise PumpOptionError(f"{where} {error}") from None
    reservoir = initial.reservoir_nl
    if "reservoir" in options:
        try:
            reservoir = scaled(options["reservoir"], NL_PER_ML, "reservoir")
        except UnitError as error:
            raise PumpOptionError(f"{where} {error}") from None
        if not 0 <= reservoir <= profile.reservoir_nl:
            raise PumpOptionError(f"{where} reservoir={options['reservoir']} mL is outside 0 "
                                  f"to {profile.reservoir_nl / NL_PER_ML:g} mL for {profile.id}")
    drift = number_option(options, "drift_ppm", -100_000, 100_000, where)
    for key in ("serial", "patient"):
        if key in options:
            try:
                check_identity_text(key, options[key])
            except StateCheckError as error:
                raise PumpOptionError(f"{where} {error}") from None
    program = _program(options, initial, where)
    try:
        model = PumpModel.new(
            profile, program, min(reservoir, profile.reservoir_nl), clock,
            low_reservoir_alarm_nl=initial.low_reservoir_alarm_nl,
            serial_number=options.get("serial", initial.serial_number),
            patient_id=options.get("patient", initial.patient_id),
            timezone=timezone, drift_ppm=int(drift or 0))
    except (TherapyError, PumpRefused) as error:
        raise PumpOptionError(f"{where} {error}") from None
    record_options = {key: value for key, value in options.items() if key in HUMAN_KEYS}
    try:
        model.implant_record = with_changes(model.implant_record,
                                            human_changes(record_options),
                                            model.pump_today())
    except RecordError as error:
        raise PumpOptionError(f"{where} {error}") from None
    return model
