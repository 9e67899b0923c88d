"""Checks a pump state read from a file against its profile and the drug table.

A state file is written by the emulator but can be edited by hand or come from another
version: a pump must never start from a state its own firmware would have refused (a
25 mL/day step, 11 steps, a 14-minute step, 3000 mcg/mL). Each check names the field,
the value and what is allowed, so the tester can fix the file.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itb_console.device.pump_api import PumpRefused
from itb_console.device.pump_model import PumpModel
from itb_console.device.units import ml

MAX_DRIFT_PPM = 100_000
MAX_OVER_INFUSION_PERCENT = 200
MAX_IDENTITY_CHARS = 32
MAX_EVENTS = 5_000
YEAR_2000_S = 946_684_800  # world time (Unix seconds) of 2000-01-01 00:00 UTC
YEAR_2100_S = 4_102_444_800


class StateCheckError(ValueError):
    """A loaded state that breaks a rule, with the field, its value and what is allowed."""


def _within(field: str, value: Fraction | int, low: Fraction | int, high: Fraction | int,
            unit: str = "", *, as_ml: bool = False) -> None:
    if low <= value <= high:
        return
    if as_ml:
        raise StateCheckError(f"{field}: {ml(value):g} mL is outside {ml(low):g} to "
                              f"{ml(high):g} mL")
    raise StateCheckError(f"{field}: {value} is outside {low} to {high}{unit}")


def check_identity_text(field: str, value: str) -> None:
    """Serial numbers and patient IDs: short printable text, so every answer fits a frame."""
    if not (0 < len(value) <= MAX_IDENTITY_CHARS and value.isascii() and value.isprintable()
            and "@" not in value):
        raise StateCheckError(f"{field}: {value[:40]!r} must be 1 to {MAX_IDENTITY_CHARS} "
                              "printable ASCII characters other than @")


def check_model(model: PumpModel) -> None:
    """Raise :class:`StateCheckError` for the first field the profile or drug table refuses."""
    profile = model.profile
    check_identity_text("identity.serial_number", model.identity.serial_number)
    check_identity_text("identity.patient_id", model.identity.patient_id)
    try:
        model.check_program(model.program)
    except PumpRefused as refused:
        raise StateCheckError(f"program: {model.program.canonical_text()[:80]!r}: "
                              f"{refused}") from None
    for field, volume in (("reservoir_nl", model.reservoir_nl),
                          ("true_reservoir_nl", model.true_reservoir_nl)):
        _within(field, volume, 0, profile.reservoir_nl, as_ml=True)
    _within("low_reservoir_alarm_nl", model.low_reservoir_alarm_nl,
            profile.low_reservoir_alarm_min_nl, profile.low_reservoir_alarm_max_nl, as_ml=True)
    if model.delivered_nl < 0:
        raise StateCheckError(f"delivered_nl: {model.delivered_nl} must be 0 or more")
    _within("battery_used_days", model.battery_used_days, 0, profile.battery.life_days,
            " days")
    _within("clock.drift_ppm", model.drift_ppm, -MAX_DRIFT_PPM, MAX_DRIFT_PPM, " ppm")
    try:
        ZoneInfo(model.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise StateCheckError(f"clock.timezone: {model.timezone[:40]!r} is not a known time "
                              "zone (e.g. Europe/London)") from None
    _within("faults.over_infusion_percent", model.over_infusion_percent, 0,
            MAX_OVER_INFUSION_PERCENT, " %")
    _within("world_time", model.world_time, YEAR_2000_S, YEAR_2100_S,
            " s (2000-01-01 to 2100-01-01 UTC)")
    _within("implanted_at", model.implanted_at, 0, model.world_time, " (world time)")
    _check_battery_moments(model)
    _check_pump_clock(model)
    _check_bolus(model)
    _check_events(model)


def _check_pump_clock(model: PumpModel) -> None:
    """The pump clock the saved base gives must be a date the pump can show (2000-2099)."""
    try:
        year = model._pump_clock_at(model.world_time).year
    except (OverflowError, ValueError):
        year = None
    if year is None or not 2000 <= year <= 2099:
        raise StateCheckError(f"clock.base_s: gives a pump clock in the year {year or '?'}; "
                              "the pump clock runs from 2000 to 2099")


def _check_bolus(model: PumpModel) -> None:
    bolus, profile = model.bolus, model.profile
    if bolus is None:
        return
    _within("bolus.volume_nl", bolus.volume_nl, 1, profile.max_bolus_nl, as_ml=True)
    _within("bolus.rate_nl_per_day", bolus.rate_nl_per_day, profile.min_rate_nl_per_day,
            profile.max_rate_nl_per_day, " nL/day")
    _within("bolus.delivered_nl", bolus.delivered_nl, 0, bolus.volume_nl, " nL")


def _check_events(model: PumpModel) -> None:
    events = model.events
    if len(events) > MAX_EVENTS:
        raise StateCheckError(f"events: {len(events)} events; a pump keeps at most "
                              f"{MAX_EVENTS}")
    for before, after in pairwise(events):
        if after.seq <= before.seq:
            raise StateCheckError(f"events: seq {after.seq} follows {before.seq}; event "
                                  "numbers must rise")


def _check_battery_moments(model: PumpModel) -> None:
    """A milestone's moment is kept exactly when the battery is past it, within the pump's life."""
    battery = model.profile.battery
    left = battery.life_days - model.battery_used_days
    reached_at = model.implanted_at
    for field, moment, past, limit in (
            ("eri_reached_at", model.eri_reached_at, left <= battery.eri_to_eos_days,
             f"{battery.eri_to_eos_days} days"),
            ("eos_reached_at", model.eos_reached_at, left <= 0, "0 days")):
        if moment is None:
            if past:
                raise StateCheckError(
                    f"{field}: missing, but battery_used_days leaves {float(left):g} days "
                    f"(at most {limit}): give the world time the pump reached it")
            continue
        if not past:
            raise StateCheckError(
                f"{field}: {moment} is given, but battery_used_days leaves {float(left):g} "
                f"days (more than {limit}): remove it or use up the battery")
        _within(field, moment, reached_at, model.world_time,
                " (world time, from implant or the earlier milestone to now)")
        reached_at = moment
