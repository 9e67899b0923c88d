"""A catheter's length and internal volume per cm as a clinician types them, in the units
and ranges of the implant record (cm to the millimetre, mL/cm to four decimals), in the
language of the run."""

from __future__ import annotations

from itb_console.console.translation import tr
from itb_console.device.implant_record import CATHETER_LENGTH_MM, CATHETER_NL_PER_CM
from itb_console.ui.number_field import NumberSpinBox


def catheter_length_box(name: str) -> NumberSpinBox:
    low, high = CATHETER_LENGTH_MM
    box = NumberSpinBox()
    box.setDecimals(1)
    box.setRange(low / 10, high / 10)
    box.setSuffix(" cm")
    box.setAccessibleName(name)
    return box


def catheter_volume_box() -> NumberSpinBox:
    low, high = CATHETER_NL_PER_CM
    box = NumberSpinBox()
    box.setDecimals(4)
    box.setSingleStep(0.0001)
    box.setRange(low / 1e6, high / 1e6)
    box.setSuffix(" mL/cm")
    box.setAccessibleName(tr("Catheter internal volume per centimetre"))
    return box


def typed_catheter(length: NumberSpinBox, volume: NumberSpinBox) -> tuple[int, int]:
    """The record's units: whole millimetres and whole nL per cm."""
    return round(length.value() * 10), round(volume.value() * 1e6)
