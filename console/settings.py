"""What the console remembers between runs: recent devices and the soft limits.

QSettings stores strings on some platforms and numbers on others, so every read is
checked and converted here; a corrupt or hand-edited value falls back to the default
rather than reaching the review step as a wrong limit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings

from console.display_units import DisplayUnit
from console.review import SoftLimits

RECENT_KEY = "devices/recent"
RECENT_LIMIT = 8
DAILY_CHANGE_KEY = "limits/max_daily_change_percent"
STEP_CEILING_KEY = "limits/max_step_mcg_per_day"


def recent_devices(settings: QSettings) -> list[str]:
    """Most recent first; a single stored string (INI files) reads as a one-item list."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [v for v in value if isinstance(v, str) and v]


def remember_device(settings: QSettings, url: str) -> None:
    items = [url] + [v for v in recent_devices(settings) if v != url]
    settings.setValue(RECENT_KEY, items[:RECENT_LIMIT])


def _positive(settings: QSettings, key: str, default: float) -> float:
    try:
        value = float(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return value if math.isfinite(value) and value > 0 else default


def soft_limits(settings: QSettings) -> SoftLimits:
    defaults = SoftLimits()
    return SoftLimits(
        _positive(settings, DAILY_CHANGE_KEY, defaults.max_daily_change_percent),
        _positive(settings, STEP_CEILING_KEY, defaults.max_step_mcg_per_day))


def save_soft_limits(settings: QSettings, limits: SoftLimits) -> None:
    """Refuses a limit that is not a positive number, naming it; nothing is half-saved."""
    for name, value in (("max_daily_change_percent", limits.max_daily_change_percent),
                        ("max_step_mcg_per_day", limits.max_step_mcg_per_day)):
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be a positive number, not {value}")
    settings.setValue(DAILY_CHANGE_KEY, limits.max_daily_change_percent)
    settings.setValue(STEP_CEILING_KEY, limits.max_step_mcg_per_day)


UNIT_KEY = "display/unit"


def display_unit(settings: QSettings) -> DisplayUnit:
    """The unit doses are shown in at start-up (mcg/day unless chosen otherwise)."""
    value = settings.value(UNIT_KEY, DisplayUnit.MCG_PER_DAY.value)
    try:
        return DisplayUnit(value)
    except ValueError:
        return DisplayUnit.MCG_PER_DAY


def save_display_unit(settings: QSettings, unit: DisplayUnit) -> None:
    settings.setValue(UNIT_KEY, unit.value)
