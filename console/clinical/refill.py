"""A refill as the programmer performs it: plan it, send it atomically, verify it.

The plan is pure (what the wizard shows); ``refill_with_bridge`` runs on the worker, and
the session reads the pump back (``refill_shown``, ``bridge_shown``), so "refilled" is only
reported when the pump says so, and a bridge bolus the pump refused is said apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import (
    BridgeBolus,
    RefillDiscrepancy,
    bridge_bolus,
    refill_discrepancy,
)
from itb_console.console.clinical.forecast import ReservoirForecast, forecast
from itb_console.console.event_words import mode_words
from itb_console.console.translation import tr
from itb_console.device.pump_api import (
    BolusKind,
    BolusRequest,
    Pump,
    PumpRefused,
    PumpStatus,
    RefillRequest,
    RefillResult,
)
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError
from itb_console.device.units import SECONDS_PER_DAY, mcg, ml


class RefillPlanError(ValueError):
    """A refill that must not be sent, with the reason."""


@dataclass(frozen=True)
class RefillPlan:
    request: RefillRequest
    discrepancy: RefillDiscrepancy
    bridge: BridgeBolus | None
    outlook: ReservoirForecast
    program_after: Program


def plan_refill(status: PumpStatus, profile: PumpProfile, withdrawn_nl: int, filled_nl: int,
                concentration: Concentration, confirm_concentration: Concentration,
                low_alarm_nl: int) -> RefillPlan:
    """Check every entry and work out what the pump will do after the refill."""
    if concentration != confirm_concentration:
        raise RefillPlanError(tr("concentration: entered {first}, then {second}; the two "
                                 "entries must match").format(first=concentration,
                                                              second=confirm_concentration))
    if filled_nl <= 0:
        raise RefillPlanError(tr("fill volume: 0 mL; enter the volume injected into the "
                                 "reservoir, more than 0 and at most {most} mL").format(
            most=style.plain(ml(profile.reservoir_nl))))
    if filled_nl > profile.reservoir_nl:
        raise RefillPlanError(tr("fill volume: {volume} mL is more than this pump's "
                                 "{reservoir} mL reservoir holds").format(
            volume=style.plain(ml(filled_nl)), reservoir=style.plain(ml(profile.reservoir_nl))))
    if not (profile.low_reservoir_alarm_min_nl <= low_alarm_nl
            <= profile.low_reservoir_alarm_max_nl):
        raise RefillPlanError(tr("low-reservoir alarm: {volume} mL is outside {low} to "
                                 "{high} mL").format(
            volume=style.plain(ml(low_alarm_nl)),
            low=style.plain(ml(profile.low_reservoir_alarm_min_nl)),
            high=style.plain(ml(profile.low_reservoir_alarm_max_nl))))
    if filled_nl <= low_alarm_nl:
        raise RefillPlanError(tr("fill volume: {volume} mL is not above the low-reservoir "
                                 "alarm volume ({alarm} mL): the alarm would sound at once; "
                                 "fill more, or lower the alarm volume").format(
            volume=style.plain(ml(filled_nl)), alarm=style.plain(ml(low_alarm_nl))))
    discrepancy = refill_discrepancy(status.reservoir_nl, withdrawn_nl, profile)
    old = status.program
    changed = concentration != old.concentration
    program = Program(old.mode, old.schedule, concentration, old.drug) if changed else old
    if changed:
        try:
            program.schedule.check(profile.schedule_rules(concentration))
        except TherapyError as error:
            raise RefillPlanError(tr("At {concentration} the current doses are not possible: "
                                     "{reason}").format(concentration=concentration,
                                                        reason=error)) from None
    bridge = None
    if changed and old.mode is not Mode.STOPPED:
        daily = old.schedule.dose_at(status.pump_clock.hour * 60 + status.pump_clock.minute)
        bridge = bridge_bolus(daily, old.concentration, concentration,
                              profile.internal_dead_volume_nl)
    request = RefillRequest(withdrawn_nl, filled_nl, concentration, low_alarm_nl,
                            old.drug, program if changed else None)
    return RefillPlan(request, discrepancy, bridge,
                      forecast(program, filled_nl, low_alarm_nl, status.pump_clock), program)


def refill_shown(plan: RefillPlan, status: PumpStatus) -> bool:
    """The read-back shows the refill done: drug, program, alarm volume and reservoir.

    Also what a refill whose answer was lost is judged by: the pump may have acted.
    """
    return (status.reservoir_concentration == plan.request.concentration
            and status.program == plan.program_after
            and status.low_reservoir_alarm_nl == plan.request.low_reservoir_alarm_nl
            # delivery goes on between the refill and the read-back (fast at x1,000,000)
            and plan.request.filled_nl - 100_000 <= status.reservoir_nl
            <= plan.request.filled_nl)


@dataclass(frozen=True)
class RefillDone:
    """The pump's answer to the refill, and its refusal of the bridge bolus that followed."""

    result: RefillResult
    bridge_refused: PumpRefused | None = None


def refill_with_bridge(pump: Pump, plan: RefillPlan, give_bridge: bool) -> RefillDone:
    """Worker side: refill (with the program, atomically), then the bridge bolus at once.

    A bridge the pump refuses does not undo the refill: the refusal comes back with the
    refill's answer, to be said apart (the session reads the pump back and judges both).
    """
    result = pump.refill(plan.request)
    if give_bridge and plan.bridge is not None:
        try:
            pump.start_bolus(BolusRequest(BolusKind.BRIDGE, plan.bridge.volume_nl,
                                          plan.bridge.duration_s))
        except PumpRefused as refused:
            return RefillDone(result, refused)
    return RefillDone(result)


def bridge_refusal(done: object) -> PumpRefused | None:
    return done.bridge_refused if isinstance(done, RefillDone) else None


def bridge_shown(status: PumpStatus) -> bool:
    return status.bolus is not None and status.bolus.kind is BolusKind.BRIDGE


def read_back_words(status: PumpStatus) -> str:
    """What the pump holds after a refill, as read back: what "verified" was judged on,
    shown beside the verdict so a trainee sees the pump's values, not the ones typed."""
    program = status.program
    return tr("Read back from the pump (pump clock {moment}): reservoir {volume} of {drug} "
              "{concentration}; low-reservoir alarm at {alarm}; program {dose} ({rate}) at "
              "{program_concentration}, {mode}.").format(
        moment=style.moment(status.pump_clock), volume=style.millilitres(ml(status.reservoir_nl)),
        drug=program.drug, concentration=status.reservoir_concentration,
        alarm=style.millilitres(ml(status.low_reservoir_alarm_nl)),
        dose=style.mcg_per_day(mcg(program.daily_dose_ng)),
        rate=style.ml_per_day(ml(program.daily_volume_nl)),
        program_concentration=program.concentration, mode=mode_words(program.mode.value))


def without_bridge(bridge: BridgeBolus, new: Concentration) -> str:
    """What a bridge bolus not given means: the old drug in the pump path goes at the new
    rate. 300 mcg/day, 500 -> 2000 mcg/mL, 0.25 mL: 75.0 mcg/day instead of 300.0 for 40 h.
    """
    intended = ml(bridge.new_rate_nl_per_day) * new.mcg_per_ml
    given = intended * bridge.new_rate_nl_per_day / bridge.bridge_rate_nl_per_day
    seconds = bridge.volume_nl * SECONDS_PER_DAY / bridge.new_rate_nl_per_day
    return (tr("The refill stands without it: the {volume} of the old drug in the pump path "
               "now goes at the new rate, about {given} instead of {intended} for {duration}: "
               "watch the patient for signs of withdrawal.") if given < intended else
            tr("The refill stands without it: the {volume} of the old drug in the pump path "
               "now goes at the new rate, about {given} instead of {intended} for {duration}: "
               "watch the patient for signs of overdose.")).format(
        volume=style.millilitres(ml(bridge.volume_nl)), given=style.mcg_per_day(given),
        intended=style.mcg_per_day(intended), duration=style.duration(seconds))
