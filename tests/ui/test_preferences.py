"""Preferences are saved, read back, and used by the review and the editor."""

from PySide6.QtCore import QSettings

from console.display_units import DisplayUnit
from console.settings import display_unit, soft_limits
from ui.preferences import PreferencesDialog


def test_saved_preferences_are_read_back(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.daily_change.value() == 20.0
    dialog.daily_change.setValue(30.0)
    dialog.step_ceiling.setValue(1500)
    dialog.unit.setCurrentIndex(1)
    dialog.save()
    limits = soft_limits(settings)
    assert (limits.max_daily_change_percent, limits.max_step_mcg_per_day) == (30.0, 1500.0)
    assert display_unit(settings) is DisplayUnit.MCG_PER_HOUR


def test_a_corrupt_unit_falls_back_to_mcg_per_day(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("display/unit", "grains per fortnight")
    assert display_unit(settings) is DisplayUnit.MCG_PER_DAY
