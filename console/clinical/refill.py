"""A refill as the programmer performs it: plan it, send it atomically, verify it.

The plan is pure (what the wizard shows); ``refill_and_verify`` runs on the worker and
reads the pump back, so "refilled" is only reported when the pump says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from itb_console.console.clinical.calculators import (
    BridgeBolus,
    RefillDiscrepancy,
    bridge_bolus,
    refill_discrepancy,
)
from itb_console.console.clinical.forecast import ReservoirForecast, forecast
from itb_console.device.pump_api import (
    BolusKind,
    BolusRequest,
    Pump,
    PumpError,
    PumpStatus,
    RefillRequest,
    RefillResult,
)
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, Mode, Program, TherapyError


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
        raise RefillPlanError(f"concentration: entered {concentration}, then "
                              f"{confirm_concentration}; the two entries must match")
    if filled_nl <= 0:
        raise RefillPlanError("fill volume: 0 mL; enter the volume injected into the "
                              f"reservoir, more than 0 and at most "
                              f"{profile.reservoir_nl / 1e6:g} mL")
    if filled_nl > profile.reservoir_nl:
        raise RefillPlanError(f"fill volume: {filled_nl / 1e6:g} mL is more than this "
                              f"pump's {profile.reservoir_nl / 1e6:g} mL reservoir holds")
    if not (profile.low_reservoir_alarm_min_nl <= low_alarm_nl
            <= profile.low_reservoir_alarm_max_nl):
        raise RefillPlanError(f"low-reservoir alarm: {low_alarm_nl / 1e6:g} mL is outside "
                              f"{profile.low_reservoir_alarm_min_nl / 1e6:g} to "
                              f"{profile.low_reservoir_alarm_max_nl / 1e6:g} mL")
    if filled_nl <= low_alarm_nl:
        raise RefillPlanError(f"fill volume: {filled_nl / 1e6:g} mL is not above the "
                              f"low-reservoir alarm volume ({low_alarm_nl / 1e6:g} mL): the "
                              "alarm would sound at once; fill more, or lower the alarm "
                              "volume")
    discrepancy = refill_discrepancy(status.reservoir_nl, withdrawn_nl, profile)
    old = status.program
    changed = concentration != old.concentration
    program = Program(old.mode, old.schedule, concentration, old.drug) if changed else old
    if changed:
        try:
            program.schedule.check(profile.schedule_rules(concentration))
        except TherapyError as error:
            raise RefillPlanError(f"At {concentration} the current doses are not possible: "
                                  f"{error}") from None
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


def refill_and_verify(pump: Pump, plan: RefillPlan, give_bridge: bool) -> RefillResult:
    """Worker side: refill (with the program, atomically), bridge, then read back."""
    result = pump.refill(plan.request)
    if give_bridge and plan.bridge is not None:
        pump.start_bolus(BolusRequest(BolusKind.BRIDGE, plan.bridge.volume_nl,
                                      plan.bridge.duration_s))
    if not refill_shown(plan, pump.interrogate()):
        raise PumpError("The pump read back after the refill does not match what was sent: "
                        "interrogate and check the reservoir, concentration and program.")
    return result
