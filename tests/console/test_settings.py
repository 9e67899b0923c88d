"""Remembered devices, soft limits and preferences survive a restart and resist bad values."""

import pytest
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.display_units import DisplayUnit
from itb_console.console.settings import (
    DAILY_CHANGE_KEY,
    LOW_ALARM_KEY,
    RECENT_KEY,
    SNAP_KEY,
    SOUND_ON_KEY,
    SOUND_VOLUME_KEY,
    Preferences,
    SoundSettings,
    preferences,
    recent_devices,
    save_preferences,
    save_soft_limits,
    soft_limits,
)
from itb_console.device.pump_profiles import load_profile
from PySide6.QtCore import QSettings

from tests.text import spaced


@pytest.fixture
def path(tmp_path):
    return str(tmp_path / "settings.ini")


def reopened(path):
    return QSettings(path, QSettings.Format.IniFormat)


def test_soft_limits_default_then_round_trip(path):
    assert soft_limits(reopened(path)) == SoftLimits(20.0, 1000.0)
    settings = reopened(path)
    save_soft_limits(settings, SoftLimits(30.0, 800.0))
    settings.sync()
    assert soft_limits(reopened(path)) == SoftLimits(30.0, 800.0)


@pytest.mark.parametrize("stored", ["abc", "-5", "0", "nan", "inf"])
def test_a_bad_stored_limit_falls_back_to_the_default(path, stored):
    settings = reopened(path)
    settings.setValue(DAILY_CHANGE_KEY, stored)
    assert soft_limits(settings).max_daily_change_percent == 20.0


def test_saving_a_bad_limit_names_it_and_saves_nothing(path):
    settings = reopened(path)
    with pytest.raises(ValueError, match="max_step_mcg_per_day must be a positive number"):
        save_soft_limits(settings, SoftLimits(25.0, -1.0))
    assert soft_limits(settings) == SoftLimits()


def test_a_single_stored_device_string_is_read_as_a_list(path):
    settings = reopened(path)
    settings.setValue(RECENT_KEY, "sim://")
    assert recent_devices(settings) == ["sim://"]


ITB_20 = load_profile("itb-20")


def test_preferences_default_to_the_profile_and_the_house_choices(path):
    chosen = preferences(reopened(path), ITB_20)
    assert (chosen.snap_minutes, chosen.low_alarm_nl) == (15, 2_000_000)
    assert chosen.sound == SoundSettings(enabled=True, volume_percent=100)
    assert chosen.unit is DisplayUnit.MCG_PER_DAY


def test_preferences_round_trip(path):
    settings = reopened(path)
    save_preferences(settings, Preferences(SoftLimits(25.0, 900.0), DisplayUnit.ML_PER_DAY, 5,
                                           4_000_000, SoundSettings(False, 35)), ITB_20)
    settings.sync()
    again = preferences(reopened(path), ITB_20)
    assert again == Preferences(SoftLimits(25.0, 900.0), DisplayUnit.ML_PER_DAY, 5, 4_000_000,
                                SoundSettings(False, 35))


@pytest.mark.parametrize(("key", "stored", "read"), [
    (SNAP_KEY, "7", 15), (SNAP_KEY, "abc", 15), (SNAP_KEY, "60", 60),
    (LOW_ALARM_KEY, "7000000", 2_000_000), (LOW_ALARM_KEY, "500000", 2_000_000),
    (LOW_ALARM_KEY, "4000000", 4_000_000),
    (SOUND_VOLUME_KEY, "150", 100), (SOUND_VOLUME_KEY, "-1", 100), (SOUND_VOLUME_KEY, "35", 35),
    (SOUND_ON_KEY, "false", False), (SOUND_ON_KEY, "0", False), (SOUND_ON_KEY, "true", True),
])
def test_a_bad_stored_preference_falls_back(path, key, stored, read):
    settings = reopened(path)
    settings.setValue(key, stored)
    chosen = preferences(settings, ITB_20)
    value = {SNAP_KEY: chosen.snap_minutes, LOW_ALARM_KEY: chosen.low_alarm_nl,
             SOUND_VOLUME_KEY: chosen.sound.volume_percent,
             SOUND_ON_KEY: chosen.sound.enabled}[key]
    assert value == read


def test_bad_preferences_name_each_problem_and_save_nothing(path):
    settings = reopened(path)
    bad = Preferences(SoftLimits(30.0, 800.0), DisplayUnit.MCG_PER_HOUR, 7, 7_000_000,
                      SoundSettings(True, 101))
    with pytest.raises(ValueError) as refused:
        save_preferences(settings, bad, ITB_20)
    message = str(refused.value)
    assert "Editor snap: 7 min is not one of 1, 5, 15, 30, 60 min" in message
    assert "Low-reservoir alarm: 7.00 mL is outside this pump's 1.00 to 6.00 mL" in spaced(
        message)
    assert "Alarm volume: 101 % is outside 0 to 100 %" in message
    assert preferences(settings, ITB_20) == preferences(reopened(path + ".fresh"), ITB_20)
