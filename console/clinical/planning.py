"""Calendar dates a clinician books: the next refill and the pump replacement.

Whole days only, by ``timedelta`` on ``date``, so leap years and month ends are exact;
the 2012 recall (a replace-by date more than 90 days after ERI) is why the replace-by
date is computed here from the profile and never taken from a display string.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import CalculatorError
from itb_console.console.clinical.forecast import ReservoirForecast
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import BatteryProfile

DEFAULT_REFILL_MARGIN_DAYS = 7
MAX_REFILL_MARGIN_DAYS = 60


def _as_date(value: object, field: str) -> date:
    """Accept a date or a pump-clock datetime (its calendar day); refuse anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise CalculatorError(tr("{field}: {value} is not a date").format(field=tr(field),
                                                                      value=repr(value)))


@dataclass(frozen=True)
class ReplacementDates:
    eri_date: date
    replace_by_date: date  # ERI + the profile's days, or the pump's earlier end of service
    plan_from_date: date
    days_to_replace_by: int  # from today; negative once past
    sentence: str
    pump_eos_first: bool = False  # replace-by is the pump's end of service, before ERI + days


def replacement_dates(eri: date | datetime, today: date | datetime,
                      battery: BatteryProfile,
                      eos: date | datetime | None = None) -> ReplacementDates:
    """ERI (reached or predicted) -> replace-by and plan-from dates, with what to do today.

    Replace-by is ERI plus the profile's ERI-to-EOS days, or the pump's own end-of-service
    date ``eos`` when that is earlier: never later than either, so it cannot drift.
    """
    eri_date = _as_date(eri, QT_TR_NOOP("ERI date"))
    today_date = _as_date(today, QT_TR_NOOP("today"))
    replace_by = eri_date + timedelta(days=battery.eri_to_eos_days)
    if eos is not None:
        replace_by = min(replace_by, _as_date(eos, QT_TR_NOOP("end-of-service date")))
    plan_from = eri_date - timedelta(days=battery.replacement_planning_days)
    days_left = (replace_by - today_date).days
    if days_left < 0:
        sentence = tr("Past the replace-by date {day}: the pump may have reached end of "
                      "service. Replace now; watch for withdrawal.").format(
            day=style.day(replace_by))
    elif today_date >= eri_date:
        sentence = tr("ERI reached on {eri}: replace by {replace_by} ({left}).").format(
            eri=style.day(eri_date), replace_by=style.day(replace_by),
            left=tr("%n days left", "", days_left))
    elif today_date >= plan_from:
        sentence = tr("ERI expected {eri}: plan the replacement now (replace by {replace_by} "
                      "at the latest).").format(eri=style.day(eri_date),
                                                replace_by=style.day(replace_by))
    else:
        sentence = tr("ERI expected {eri}: plan the replacement from {plan_from}.").format(
            eri=style.day(eri_date), plan_from=style.day(plan_from))
    pump_eos_first = replace_by < eri_date + timedelta(days=battery.eri_to_eos_days)
    if pump_eos_first:
        sentence += " " + tr("The pump predicts end of service on {day}, sooner than ERI + "
                             "{days} days at this rate.").format(
            day=style.day(replace_by), days=battery.eri_to_eos_days)
    return ReplacementDates(eri_date, replace_by, plan_from, days_left, sentence,
                            pump_eos_first)


def battery_dates(status: PumpStatus, battery: BatteryProfile) -> ReplacementDates:
    """The one replace-by rule for every screen and report: the pump's ERI and EOS dates."""
    return replacement_dates(status.battery.eri_at, status.pump_clock, battery,
                             eos=status.battery.eos_at)


@dataclass(frozen=True)
class RefillPlan:
    refill_by_date: date | None  # the low-reservoir alarm day; None: no forecast
    book_on_date: date | None
    sentence: str


def next_refill(forecast: ReservoirForecast, today: date | datetime,
                margin_days: int = DEFAULT_REFILL_MARGIN_DAYS) -> RefillPlan:
    """Book the refill ``margin_days`` before the alarm day, never in the past.

    The alarm is calculated from the programmed rate, not measured: a pump that
    over-infuses empties before it sounds, so the booking keeps a margin before it.
    """
    if isinstance(margin_days, bool) or not isinstance(margin_days, int) or not (
            0 <= margin_days <= MAX_REFILL_MARGIN_DAYS):
        raise CalculatorError(tr("refill margin: {days} days is outside 0 to {most} whole "
                                 "days").format(days=repr(margin_days),
                                                most=MAX_REFILL_MARGIN_DAYS))
    today_date = _as_date(today, QT_TR_NOOP("today"))
    if forecast.alarm_at is None:
        if forecast.empty_at is None:
            return RefillPlan(None, None,
                              tr("No refill forecast: the pump is not delivering."))
        return RefillPlan(today_date, today_date,
                          tr("The reservoir is already below its alarm volume: refill now."))
    alarm_date = forecast.alarm_at.date()
    book_on = max(today_date, alarm_date - timedelta(days=margin_days))
    if alarm_date <= today_date:
        return RefillPlan(alarm_date, book_on,
                          tr("The low-reservoir alarm day {day} has come: refill now.").format(
                              day=style.day(alarm_date)))
    return RefillPlan(alarm_date, book_on,
                      tr("Book the refill for {book_on}; the low-reservoir alarm is due "
                         "{alarm}.").format(book_on=style.day(book_on),
                                            alarm=style.day(alarm_date)))
