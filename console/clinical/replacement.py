"""A pump replacement worked out: what carries over from the old pump to the new one.

The patient's daily doses in mcg carry over unchanged; the volumes follow the drug in the
new pump's reservoir, so at a new concentration every step's mL/day changes (400 mcg/day
is 0.200 mL/day at 2000 mcg/mL and 0.800 mL/day at 500). The new pump's internal path
and the catheter are empty of drug until a priming bolus fills them at the pump's
maximum rate (docs/domain.md: pump path 0.25 mL, catheter 0.0022 mL per cm, both
**model** values). The record follows the patient: same patient ID, same catheter unless
it was changed in theatre (then with a reason), implanted today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import CalculatorError, PrimingBolus, priming_bolus
from itb_console.console.clinical.saved_pump import SavedPump
from itb_console.console.translation import tr
from itb_console.device.implant_record import (
    MAX_TEXT_CHARS,
    RecordError,
    catheter_volume_nl,
    check_text,
    human_changes,
    to_text,
)
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration, DoseRate, Program, TherapyError, VolumeRate
from itb_console.device.units import ml


class ReplacementError(ValueError):
    """A step of the replacement that cannot be done as asked, with why and what to do."""


# --------------------------------------------------------------------- the new pump
def new_pump_problem(saved: SavedPump, status: PumpStatus) -> str:
    """Why the connected pump cannot be the replacement ("" when it can)."""
    ident = status.identity
    if ident.serial_number == saved.serial_number:
        return tr("This is the pump that was saved (serial {serial}), not a new one: close "
                  "this session and connect the new pump.").format(serial=ident.serial_number)
    if status.program.drug != saved.program.drug:
        return tr("The new pump holds {drug}; the saved program is for {saved_drug}. Fill the "
                  "new pump with {saved_drug} first.").format(drug=status.program.drug,
                                                              saved_drug=saved.program.drug)
    return ""


# --------------------------------------------------------------------- doses
@dataclass(frozen=True)
class ConvertedStep:
    """One step: its dose stays, its volume rate follows the concentration."""

    start_minute: int
    end_minute: int
    dose: DoseRate
    old_rate: VolumeRate
    new_rate: VolumeRate


@dataclass(frozen=True)
class Conversion:
    old: Program
    new: Program
    steps: tuple[ConvertedStep, ...]

    @property
    def concentration_changed(self) -> bool:
        return self.old.concentration != self.new.concentration


def convert_program(saved: Program, concentration: Concentration, drug: str,
                    profile: PumpProfile) -> Conversion:
    """The saved program for the new pump's drug: same mode, same steps, same mcg/day.

    Refused when the new pump holds another drug, or when a step's dose needs a volume
    rate outside the new pump's range at the new concentration (the step and the range
    are named).
    """
    if drug != saved.drug:
        raise ReplacementError(tr("drug: the new pump holds {drug}; the saved program is for "
                                  "{saved_drug}").format(drug=drug, saved_drug=saved.drug))
    try:
        converted = Program(saved.mode, saved.schedule, concentration, saved.drug)
        converted.schedule.check(profile.schedule_rules(concentration))
    except TherapyError as error:
        raise ReplacementError(tr(
            "At {concentration} this pump cannot give the saved doses: {problem}. Fill the new "
            "pump with a concentration at which it can, or change the program with the "
            "prescriber.").format(concentration=concentration, problem=error)) from None
    schedule = saved.schedule
    steps = tuple(ConvertedStep(step.start_minute, schedule.end_minute(index), step.dose,
                                step.dose.to_volume(saved.concentration),
                                step.dose.to_volume(concentration))
                  for index, step in enumerate(schedule.steps))
    return Conversion(saved, converted, steps)


# --------------------------------------------------------------------- priming
@dataclass(frozen=True)
class ReplacementPriming:
    """The priming bolus of a new pump on a catheter, with its parts for the worked sum."""

    profile: PumpProfile
    catheter_length_mm: int
    catheter_nl_per_cm: int
    bolus: PrimingBolus

    @property
    def catheter_nl(self) -> int:
        return catheter_volume_nl(self.catheter_length_mm, self.catheter_nl_per_cm)

    def text(self) -> str:
        """``0.250 mL (pump path, itb-40) + 45.0 cm x 0.0022 mL/cm (catheter: 0.099 mL) =
        0.349 mL at the pump's maximum 24.000 mL/day for 0:21 h``: volumes given through
        the catheter in their small-volume style (two decimals would show 0.099 as 0.10)."""
        small = style.small_volume
        bolus = self.bolus
        return tr("{path} (pump path, {profile}) + {length} x {per_cm} (catheter: {catheter}) "
                  "= {volume} at the pump's maximum {rate} for {duration}").format(
            path=small(ml(self.profile.internal_dead_volume_nl)), profile=self.profile.id,
            length=style.Quantity.CM(self.catheter_length_mm / 10),
            per_cm=style.Quantity.ML_PER_CM(ml(self.catheter_nl_per_cm)),
            catheter=small(ml(self.catheter_nl)), volume=small(ml(bolus.volume_nl)),
            rate=style.ml_per_day(ml(bolus.rate_nl_per_day)),
            duration=style.duration(bolus.duration_s))


def replacement_priming(profile: PumpProfile, catheter_length_mm: int,
                        catheter_nl_per_cm: int) -> ReplacementPriming:
    """New pump path (its profile) plus the catheter (length x volume per cm)."""
    try:
        bolus = priming_bolus(profile, catheter_length_mm, catheter_nl_per_cm,
                              pump_replaced=True)
    except CalculatorError as error:
        raise ReplacementError(str(error)) from None
    return ReplacementPriming(profile, catheter_length_mm, catheter_nl_per_cm, bolus)


# --------------------------------------------------------------------- the record
def record_changes(saved: SavedPump, today: date, catheter_length_mm: int,
                   catheter_nl_per_cm: int) -> dict[str, str]:
    """The new pump's record (text form): the saved patient and catheter, implanted and
    filled today, no refill booked yet (the new reservoir plans the next one)."""
    held = to_text(saved.record)
    dates = human_changes({"implant_date": today, "last_refill": today})
    return {"patient": saved.patient_id, **dates, "cath_model": held["cath_model"],
            "cath_mm": str(catheter_length_mm), "cath_nl_per_cm": str(catheter_nl_per_cm),
            "tip": held["tip"], "next_refill": "none"}


def catheter_edited(saved: SavedPump, catheter_length_mm: int,
                    catheter_nl_per_cm: int) -> bool:
    record = saved.record
    return (catheter_length_mm, catheter_nl_per_cm) != (record.catheter_length_mm,
                                                        record.catheter_nl_per_cm)


def record_reason(saved: SavedPump, edited: bool, typed: str) -> str:
    """What the pump logs with the record: the clinician's reason for an edited catheter
    (required), else the pump this one replaces."""
    if edited:
        reason = typed.strip()
        if not reason:
            raise ReplacementError(tr("reason: the catheter differs from the saved record; say "
                                      "why (e.g. catheter shortened in theatre)"))
        try:
            check_text("reason", reason)
        except RecordError as error:
            raise ReplacementError(str(error)) from None
        return reason
    return f"replaces {saved.serial_number}"[:MAX_TEXT_CHARS]
