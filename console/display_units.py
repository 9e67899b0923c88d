"""The units a dose can be shown and typed in, and exact conversion both ways.

Per-hour and per-day entries are the programmer's best-known hazard (60 mcg every hour
instead of 60 mcg a day), so every value on screen carries its unit and every entry is
converted through one place.
"""

from __future__ import annotations

import enum
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from itb_console.console.number_style import Quantity, rounded, span
from itb_console.device.therapy import Concentration, DoseRate, ScheduleRules, VolumeRate

CONVERSION_NOISE_DECIMALS = 9  # a float's last digits, dropped before rounding inwards


class DisplayUnit(enum.Enum):
    MCG_PER_DAY = "mcg/day"
    MCG_PER_HOUR = "mcg/h"
    ML_PER_DAY = "mL/day"

    @property
    def quantity(self) -> Quantity:
        """How this unit is written (its decimals come from the one number style)."""
        return {DisplayUnit.MCG_PER_DAY: Quantity.MCG_PER_DAY,
                DisplayUnit.MCG_PER_HOUR: Quantity.MCG_PER_HOUR,
                DisplayUnit.ML_PER_DAY: Quantity.ML_PER_DAY}[self]

    @property
    def decimals(self) -> int:
        return self.quantity.decimals

    @property
    def snap(self) -> float:
        """Default drag/keyboard step in this unit (a finer one with Shift)."""
        return {DisplayUnit.MCG_PER_DAY: 1.0, DisplayUnit.MCG_PER_HOUR: 0.05,
                DisplayUnit.ML_PER_DAY: 0.001}[self]

    def show(self, dose: DoseRate, concentration: Concentration) -> float:
        if self is DisplayUnit.MCG_PER_DAY:
            return dose.mcg_per_day
        if self is DisplayUnit.MCG_PER_HOUR:
            return dose.mcg_per_hour
        return dose.to_volume(concentration).ml_per_day

    def parse(self, value: object, concentration: Concentration) -> DoseRate:
        """A typed or dragged value in this unit as an exact dose rate."""
        text = str(rounded(value, self.decimals)) if isinstance(value, float) else value
        if self is DisplayUnit.MCG_PER_DAY:
            return DoseRate.from_mcg_per_day(text)
        if self is DisplayUnit.MCG_PER_HOUR:
            return DoseRate.from_mcg_per_hour(text)
        return VolumeRate.from_ml_per_day(text).to_dose(concentration)

    def typeable_range(self, rules: ScheduleRules,
                       concentration: Concentration) -> tuple[Decimal, Decimal]:
        """The pump's dose range in this unit at the unit's decimals, rounded inwards (the
        lowest up, the highest down): a value typed in this unit within it is one the pump
        takes, and the bounds are numbers a person can type (4.00 to 2000.00 mcg/h)."""
        step = Decimal(1).scaleb(-self.decimals)

        def bound(dose: DoseRate, rounding: str) -> Decimal:
            exact = rounded(self.show(dose, concentration), CONVERSION_NOISE_DECIMALS)
            return exact.quantize(step, rounding=rounding)

        return bound(rules.min_dose, ROUND_CEILING), bound(rules.max_dose, ROUND_FLOOR)

    def range_text(self, rules: ScheduleRules, concentration: Concentration) -> str:
        """The pump's range in the number style: "96.0 to 48000.0 mcg/day"."""
        return span(*self.typeable_range(rules, concentration), self.quantity)

    def format(self, dose: DoseRate, concentration: Concentration) -> str:
        return self.quantity(self.show(dose, concentration))

    def number(self, dose: DoseRate, concentration: Concentration) -> str:
        """The value alone, for a column or axis that names the unit."""
        return self.quantity.number(self.show(dose, concentration))
