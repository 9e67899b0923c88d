"""Preferences are saved, read back, and used by the review and the editor."""

from itb_console.console.display_units import DisplayUnit
from itb_console.console.settings import display_unit, preferences, soft_limits
from itb_console.device.pump_profiles import load_profile
from itb_console.ui.dialogs.preferences import PreferencesDialog
from PySide6.QtCore import QSettings


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


def test_snap_alarm_default_and_sound_are_saved(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, profile=load_profile("itb-40"))
    qtbot.addWidget(dialog)
    assert dialog.snap.currentData() == 15 and dialog.low_alarm.value() == 2.0
    assert (dialog.low_alarm.minimum(), dialog.low_alarm.maximum()) == (1.0, 6.0)
    dialog.snap.setCurrentIndex(dialog.snap.findData(30))
    dialog.low_alarm.setValue(4.0)
    dialog.sound_on.setChecked(False)
    assert not dialog.volume.isEnabled()
    dialog.volume.setValue(35)
    assert dialog.save()
    chosen = preferences(settings, load_profile("itb-40"))
    assert (chosen.snap_minutes, chosen.low_alarm_nl) == (30, 4_000_000)
    assert (chosen.sound.enabled, chosen.sound.volume_percent) == (False, 35)


def test_a_refused_choice_is_explained_and_nothing_is_saved(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.daily_change.setValue(35.0)
    dialog.snap.addItem("7 min", 7)  # e.g. a hand-edited choice list
    dialog.snap.setCurrentIndex(dialog.snap.count() - 1)
    assert not dialog.save()
    assert "Not saved: Editor snap: 7 min is not one of 1, 5, 15, 30, 60 min" in (
        dialog.message.text())
    assert soft_limits(settings).max_daily_change_percent == 20.0  # not half-applied
