"""The units a dose can be shown and typed in, and exact conversion both ways.

Per-hour and per-day entries are the programmer's best-known hazard (60 mcg every hour
instead of 60 mcg a day), so every value on screen carries its unit and every entry is
converted through one place.
"""

from __future__ import annotations

import enum

from itb_console.console.number_style import Quantity, rounded
from itb_console.device.therapy import Concentration, DoseRate, VolumeRate


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

    def format(self, dose: DoseRate, concentration: Concentration) -> str:
        return self.quantity(self.show(dose, concentration))

    def number(self, dose: DoseRate, concentration: Concentration) -> str:
        """The value alone, for a column or axis that names the unit."""
        return self.quantity.number(self.show(dose, concentration))
