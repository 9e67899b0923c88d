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

from itb_console.device.implant_record import SHORT_TEXT_RULE, is_short_text
from itb_console.device.pump_api import PumpRefused
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_server import LOG_PAGE_BYTES
from itb_console.device.units import SECONDS_PER_DAY, ml_text
from itb_console.device.wire_codec import encode_event

MAX_DRIFT_PPM = 100_000
MAX_OVER_INFUSION_PERCENT = 200
MAX_EVENTS = 5_000
YEAR_2000_S = 946_684_800  # world time (Unix seconds) of 2000-01-01 00:00 UTC
YEAR_2100_S = 4_102_444_800


class StateCheckError(ValueError):
    """A loaded state that breaks a rule, with the field, its value and what is allowed."""


def range_text(low: Fraction | int, high: Fraction | int, unit: str = "", *,
               as_ml: bool = False) -> str:
    """What a field allows, in the words of :func:`within`."""
    if as_ml:
        return f"from {ml_text(low)} to {ml_text(high)} mL ({low} to {high} nL)"
    return f"from {low} to {high}{unit}"


def within(field: str, value: Fraction | int, low: Fraction | int, high: Fraction | int,
           unit: str = "", *, as_ml: bool = False) -> None:
    """Refuse ``value`` outside ``[low, high]``, naming the field, the value and the range.

    Volumes (``as_ml``) are written in nL in the file and shown in mL as well, exactly:
    a value off by a few nL reads as such, never as a rounded mL that looks allowed.
    """
    if low <= value <= high:
        return
    if as_ml:
        raise StateCheckError(f"{field}: {value} nL ({ml_text(value)} mL) is outside "
                              f"{ml_text(low)} to {ml_text(high)} mL")
    raise StateCheckError(f"{field}: {value} is outside {low} to {high}{unit}")


def check_identity_text(field: str, value: str) -> None:
    """Serial numbers and patient IDs: short printable text, so every answer fits a frame."""
    if not is_short_text(value):
        raise StateCheckError(f"{field}: {value[:40]!r} must be {SHORT_TEXT_RULE}")


def check_model(model: PumpModel) -> None:
    """Raise :class:`StateCheckError` for the first rule that ties fields together.

    Each field's own type and range is checked as it is read
    (:mod:`itb_console.device.state_reader`); what is left is what needs more than one:
    the program against the profile and the drug table, the battery's milestones, the
    pump clock, a running bolus and the event log.
    """
    check_identity_text("identity.serial_number", model.identity.serial_number)
    check_identity_text("identity.patient_id", model.identity.patient_id)
    try:
        model.check_program(model.program)
    except PumpRefused as refused:
        raise StateCheckError(f"program: {model.program.canonical_text()[:80]!r}: "
                              f"{refused}") from None
    try:
        ZoneInfo(model.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise StateCheckError(f"clock.timezone: {model.timezone[:40]!r} is not a known time "
                              "zone (e.g. Europe/London)") from None
    _check_battery_moments(model)
    _check_pump_clock(model)
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


def _check_events(model: PumpModel) -> None:
    """Event numbers rise, and each event fits one LOG page, so the pump can page them."""
    for before, after in pairwise(model.events):
        if after.seq <= before.seq:
            raise StateCheckError(f"events: seq {after.seq} follows {before.seq}; event "
                                  "numbers must rise")
    for index, event in enumerate(model.events):
        size = len(encode_event(event))
        if size > LOG_PAGE_BYTES:
            raise StateCheckError(f"events[{index}]: is {size} bytes on the wire; an event "
                                  f"must fit one LOG page ({LOG_PAGE_BYTES} bytes)")


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
        within(field, moment, reached_at, model.world_time,
               " (world time, from implant or the earlier milestone to now)")
        reached_at = moment
    if model.eos_forecast_at is not None and model.eri_reached_at is not None:
        within("eos_forecast_at", model.eos_forecast_at, model.eri_reached_at,
               model.eri_reached_at + battery.eri_to_eos_days * SECONDS_PER_DAY,
               f" (world time, from eri_reached_at to {battery.eri_to_eos_days} days after)")
