"""What the console remembers between runs: devices, soft limits and the preferences.

QSettings stores strings on some platforms and numbers on others, so every read is
checked and converted here; a corrupt or hand-edited value falls back to the default
rather than reaching the review step as a wrong limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.display_units import DisplayUnit
from itb_console.console.language import CODES, SYSTEM
from itb_console.console.translation import tr
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.units import ml
from PySide6.QtCore import QSettings

RECENT_KEY = "devices/recent"
RECENT_LIMIT = 8
DAILY_CHANGE_KEY = "limits/max_daily_change_percent"
STEP_CEILING_KEY = "limits/max_step_mcg_per_day"
SCENARIO_FOLDER_KEY = "training/scenario_folder"


def recent_devices(settings: QSettings) -> list[str]:
    """Most recent first; a single stored string (INI files) reads as a one-item list."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v]


def remember_device(settings: QSettings, url: str) -> None:
    items = [url] + [v for v in recent_devices(settings) if v != url]
    settings.setValue(RECENT_KEY, items[:RECENT_LIMIT])


KEY_FILES_KEY = "devices/key_files"  # "URL<tab>path" per keyed device: the path, never the key


def scenario_folder(settings: QSettings) -> Path | None:
    """Where the trainer last saved a scenario: the editor starts there, and the instructor
    panel lists the scenarios in it."""
    value = settings.value(SCENARIO_FOLDER_KEY, "")
    return Path(value) if isinstance(value, str) and value else None


def remember_scenario_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(SCENARIO_FOLDER_KEY, str(folder))


def _key_file_entries(settings: QSettings) -> list[tuple[str, str]]:
    value = settings.value(KEY_FILES_KEY, [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    pairs = (item.split("\t", 1) for item in items if isinstance(item, str) and "\t" in item)
    return [(url, path) for url, path in pairs if url and path]


def key_file_for(settings: QSettings, url: str) -> Path | None:
    """The key file last used with ``url`` (only its path is ever stored), or None."""
    return next((Path(path) for known, path in _key_file_entries(settings) if known == url),
                None)


def remember_key_file(settings: QSettings, url: str, key_file: Path | None) -> None:
    """Remember which key file ``url`` was opened with; None forgets it (a keyless device)."""
    entries = [(known, path) for known, path in _key_file_entries(settings) if known != url]
    if key_file is not None:
        entries.insert(0, (url, str(key_file)))
    settings.setValue(KEY_FILES_KEY, [f"{known}\t{path}" for known, path in entries][:RECENT_LIMIT])


def _positive(settings: QSettings, key: str, default: float) -> float:
    try:
        value = float(str(settings.value(key, default)))  # INI files give text, others numbers
    except ValueError:
        return default
    return value if math.isfinite(value) and value > 0 else default


def soft_limits(settings: QSettings) -> SoftLimits:
    defaults = SoftLimits()
    return SoftLimits(
        _positive(settings, DAILY_CHANGE_KEY, defaults.max_daily_change_percent),
        _positive(settings, STEP_CEILING_KEY, defaults.max_step_mcg_per_day))


def _limit_problems(limits: SoftLimits) -> list[str]:
    return [f"{name} must be a positive number, not {value}"
            for name, value in (("max_daily_change_percent", limits.max_daily_change_percent),
                                ("max_step_mcg_per_day", limits.max_step_mcg_per_day))
            if not (math.isfinite(value) and value > 0)]


def save_soft_limits(settings: QSettings, limits: SoftLimits) -> None:
    """Refuses a limit that is not a positive number, naming it; nothing is half-saved."""
    problems = _limit_problems(limits)
    if problems:
        raise ValueError("; ".join(problems))
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


SNAP_KEY = "editor/snap_minutes"
SNAP_CHOICES = (1, 5, 15, 30, 60)
DEFAULT_SNAP_MINUTES = 15
LOW_ALARM_KEY = "refill/default_low_reservoir_alarm_nl"
SOUND_ON_KEY = "sound/enabled"
SOUND_VOLUME_KEY = "sound/volume_percent"
LANGUAGE_KEY = "display/language"  # "system" or a language code; read at start-up


@dataclass(frozen=True)
class SoundSettings:
    """Alarm tones on or off, and how loud (0 to 100 % of the sound effect's full volume)."""

    enabled: bool = True
    volume_percent: int = 100


@dataclass(frozen=True)
class Preferences:
    """Everything the preferences dialog saves, validated together and saved together."""

    limits: SoftLimits
    unit: DisplayUnit
    snap_minutes: int
    low_alarm_nl: int
    sound: SoundSettings
    language: str = SYSTEM


def _whole(settings: QSettings, key: str) -> int | None:
    try:
        value = float(settings.value(key))
    except (TypeError, ValueError):
        return None
    return int(value) if math.isfinite(value) and value == int(value) else None


def editor_snap_minutes(settings: QSettings) -> int:
    """What a dragged boundary snaps to in the timeline editor (15 min unless chosen)."""
    value = _whole(settings, SNAP_KEY)
    return value if value in SNAP_CHOICES else DEFAULT_SNAP_MINUTES


def default_low_alarm_nl(settings: QSettings, profile: PumpProfile) -> int:
    """The refill wizard's starting alarm volume; the profile's own unless a saved choice
    lies within this pump's limits (a 40 mL pump's choice may not suit a 20 mL one)."""
    value = _whole(settings, LOW_ALARM_KEY)
    if value is None or not (profile.low_reservoir_alarm_min_nl <= value
                             <= profile.low_reservoir_alarm_max_nl):
        return profile.low_reservoir_alarm_default_nl
    return value


def sound_settings(settings: QSettings) -> SoundSettings:
    """INI files store booleans as text, so "false" and "0" both read as off."""
    enabled = str(settings.value(SOUND_ON_KEY, "true")).strip().lower() not in (
        "false", "0", "no", "off")
    volume = _whole(settings, SOUND_VOLUME_KEY)
    if volume is None or not 0 <= volume <= 100:
        volume = SoundSettings().volume_percent
    return SoundSettings(enabled, volume)


def language_preference(settings: QSettings) -> str:
    """The language chosen in the preferences: a code, or "system" (also for a value
    nobody could have chosen, which would otherwise stop the console starting)."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM)).strip().lower()
    return value if value in CODES else SYSTEM


def preferences(settings: QSettings, profile: PumpProfile) -> Preferences:
    return Preferences(soft_limits(settings), display_unit(settings),
                       editor_snap_minutes(settings), default_low_alarm_nl(settings, profile),
                       sound_settings(settings), language_preference(settings))


def preference_problems(chosen: Preferences, profile: PumpProfile) -> list[str]:
    """What is wrong with each field and what is allowed; empty when all can be saved."""
    problems = _limit_problems(chosen.limits)
    if chosen.snap_minutes not in SNAP_CHOICES:
        problems.append(tr("Editor snap: {minutes} min is not one of {choices} min").format(
            minutes=chosen.snap_minutes, choices=", ".join(map(str, SNAP_CHOICES))))
    low, high = profile.low_reservoir_alarm_min_nl, profile.low_reservoir_alarm_max_nl
    if not low <= chosen.low_alarm_nl <= high:
        problems.append(tr("Low-reservoir alarm: {volume} is outside this pump's {span}").format(
            volume=style.millilitres(ml(chosen.low_alarm_nl)),
            span=style.span(ml(low), ml(high), style.Quantity.ML)))
    if not 0 <= chosen.sound.volume_percent <= 100:
        problems.append(tr("Alarm volume: {percent} % is outside 0 to 100 %").format(
            percent=chosen.sound.volume_percent))
    if chosen.language != SYSTEM and chosen.language not in CODES:
        problems.append(tr("Language: {language} is not one of {choices}").format(
            language=repr(chosen.language), choices=", ".join((SYSTEM, *CODES))))
    return problems


def save_preferences(settings: QSettings, chosen: Preferences, profile: PumpProfile) -> None:
    """Save every preference, or (naming each problem) none of them."""
    problems = preference_problems(chosen, profile)
    if problems:
        raise ValueError("; ".join(problems))
    save_soft_limits(settings, chosen.limits)
    save_display_unit(settings, chosen.unit)
    settings.setValue(SNAP_KEY, chosen.snap_minutes)
    settings.setValue(LOW_ALARM_KEY, chosen.low_alarm_nl)
    settings.setValue(SOUND_ON_KEY, chosen.sound.enabled)
    settings.setValue(SOUND_VOLUME_KEY, chosen.sound.volume_percent)
    settings.setValue(LANGUAGE_KEY, chosen.language)
