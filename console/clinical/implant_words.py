"""The implant record in words: one wording for the session report, the debrief and its replay.

Lengths and volumes in the one number style (cm, mL/cm with four decimals, a catheter's
fill as a small volume), dates as days, and a missing refill date said in words ("not
booked") rather than left blank.
"""

from __future__ import annotations

from datetime import date

from itb_console.console import number_style as style
from itb_console.console.translation import tr
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.units import ml


def day_or(value: date | None, missing: str) -> str:
    return missing if value is None else style.day(value)


def catheter_words(record: ImplantRecord) -> str:
    """``"SIM-CATH-1, 45.0 cm x 0.0022 mL/cm = 0.099 mL"``: what fills the catheter."""
    return tr("{model}, {length} x {per_cm} = "  # a product, not a record
              "{volume}").format(
        model=record.catheter_model, length=style.Quantity.CM(record.catheter_length_mm / 10),
        per_cm=style.Quantity.ML_PER_CM(record.catheter_nl_per_cm / 1e6),
        volume=style.small_volume(ml(record.catheter_volume_nl)))


def implant_words(record: ImplantRecord) -> dict[str, str]:
    """Each field of the record by its label, in the order a clinician reads them, in the
    language of the run."""
    return {tr("Implanted"): style.day(record.implanted_on),
            tr("Catheter"): catheter_words(record),
            tr("Catheter tip"): record.tip_level,
            tr("Last refill"): day_or(record.last_refill_on, tr("not recorded")),
            tr("Next refill (booked)"): day_or(record.next_refill_on, tr("not booked"))}
