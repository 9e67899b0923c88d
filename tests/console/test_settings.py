"""Remembered devices and soft limits survive a restart and resist bad stored values."""

import pytest
from PySide6.QtCore import QSettings

from console.review import SoftLimits
from console.settings import (
    DAILY_CHANGE_KEY,
    RECENT_KEY,
    recent_devices,
    save_soft_limits,
    soft_limits,
)


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
