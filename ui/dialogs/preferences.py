"""Preferences: soft limits, display unit, language, editor snap, refill alarm default,
alarm sound.

Every field is checked before anything is saved, so a refused value leaves all the
preferences as they were; the main window applies the saved ones at once.
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.display_units import DisplayUnit
from itb_console.console.language import SYSTEM, Language, system_language
from itb_console.console.settings import (
    SNAP_CHOICES,
    Preferences,
    SoundSettings,
    preference_problems,
    preferences,
    save_preferences,
)
from itb_console.console.translation import tr
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.pump_profiles import PumpProfile, load_profile
from itb_console.device.units import NL_PER_ML, ml
from itb_console.ui.banner import training_banner
from itb_console.ui.number_field import NumberSpinBox, WholeSpinBox, first_refusal
from itb_console.ui.style import CRITICAL, coloured
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _number(low: float, high: float, decimals: int, suffix: str, value: float,
            name: str) -> NumberSpinBox:
    """A number field that holds only what may be saved, its unit after the value."""
    box = NumberSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


def _group(title: str, layout: QVBoxLayout) -> QFormLayout:
    box = QGroupBox(title)
    form = QFormLayout(box)
    layout.addWidget(box)
    return form


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None,
                 profile: PumpProfile | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profile = profile or load_profile(load_initial_pump().profile_id)
        saved = preferences(settings, self.profile)
        self.setWindowTitle(tr("Preferences - training mock"))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())

        form = _group(tr("Review (soft limits)"), layout)
        self.daily_change = _number(1.0, 100.0, 1, " %", saved.limits.max_daily_change_percent,
                                    tr("Soft limit: daily dose change in percent"))
        form.addRow(tr("Warn when the daily dose changes by more than:"), self.daily_change)
        self.step_ceiling = _number(10.0, 50_000.0, 0, " " + style.unit_words("mcg/day"),
                                    saved.limits.max_step_mcg_per_day,
                                    tr("Soft limit: step dose ceiling in mcg per day"))
        form.addRow(tr("Warn when a step runs above:"), self.step_ceiling)

        form = _group(tr("Display and editing"), layout)
        self.unit = QComboBox()
        for unit in DisplayUnit:
            self.unit.addItem(style.unit_words(unit.value), unit)
        self.unit.setCurrentIndex(list(DisplayUnit).index(saved.unit))
        self.unit.setAccessibleName(tr("Unit doses are shown in"))
        form.addRow(tr("Show doses in:"), self.unit)
        self.language = QComboBox()
        self.language.addItem(tr("As the computer ({native_name})").format(
            native_name=system_language().native_name), SYSTEM)
        for language in Language:
            self.language.addItem(language.native_name, language.value)
        self.language.setCurrentIndex(max(0, self.language.findData(saved.language)))
        self.language.setAccessibleName(tr("Language of the console"))
        self.language.setToolTip(tr("Takes effect the next time the console starts; "
                                    "itb-console --lang overrides it"))
        form.addRow(tr("Language (at next start):"), self.language)
        self.snap = QComboBox()
        for minutes in SNAP_CHOICES:
            self.snap.addItem(tr("{minutes} min").format(minutes=minutes), minutes)
        self.snap.setCurrentIndex(SNAP_CHOICES.index(saved.snap_minutes))
        self.snap.setAccessibleName(tr("Timeline editor snap in minutes"))
        self.snap.setToolTip(tr("Where a dragged step start lands; Shift always gives 1 min"))
        form.addRow(tr("Step starts snap to:"), self.snap)

        form = _group(tr("Refill"), layout)
        low, high = (self.profile.low_reservoir_alarm_min_nl,
                     self.profile.low_reservoir_alarm_max_nl)
        self.low_alarm = _number(ml(low), ml(high), 2, " mL", ml(saved.low_alarm_nl),
                                 tr("Default low-reservoir alarm volume in mL"))
        self.low_alarm.setSingleStep(0.5)
        form.addRow(tr("Default low-reservoir alarm:"), self.low_alarm)
        form.addRow("", self._muted(
            tr("{low} to {high} on this pump ({name}); the manufacturer's default is "
               "{default}").format(
                low=style.Quantity.ML.number(ml(low)), high=style.millilitres(ml(high)),
                name=self.profile.name,
                default=style.millilitres(ml(self.profile.low_reservoir_alarm_default_nl)))))

        form = _group(tr("Alarm sound"), layout)
        self.sound_on = QCheckBox(tr("Play the pump's alarm tones"))
        self.sound_on.setChecked(saved.sound.enabled)
        form.addRow(self.sound_on)
        self.volume = WholeSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setSuffix(" %")
        self.volume.setValue(saved.sound.volume_percent)
        self.volume.setAccessibleName(tr("Alarm volume in percent"))
        self.volume.setEnabled(saved.sound.enabled)
        self.sound_on.toggled.connect(self.volume.setEnabled)
        form.addRow(tr("Alarm volume:"), self.volume)

        layout.addWidget(self._muted(tr("Hard limits come from the pump profile and cannot be "
                                        "changed here. Alarms are always shown on screen.")))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Why the preferences were not saved"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _muted(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        return label

    def chosen(self) -> Preferences:
        """The values as entered (the alarm to the 0.01 mL the field shows, exactly)."""
        return Preferences(
            SoftLimits(self.daily_change.value(), self.step_ceiling.value()),
            self.unit.currentData(), self.snap.currentData(),
            round(self.low_alarm.value() * 100) * (NL_PER_ML // 100),
            SoundSettings(self.sound_on.isChecked(), self.volume.value()),
            self.language.currentData())

    def save(self) -> bool:
        """Save and close; or say what is wrong, save nothing and stay open."""
        refused = first_refusal(self)
        chosen = self.chosen()
        problems = [refused] if refused else preference_problems(chosen, self.profile)
        if problems:
            self.message.setText(coloured(tr("Not saved: {problems}").format(
                problems="<br>".join(problems)), CRITICAL))
            return False
        save_preferences(self.settings, chosen, self.profile)
        self.accept()
        return True
