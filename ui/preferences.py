"""Preferences: soft limits for the review and the unit doses are shown in."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.display_units import DisplayUnit
from console.review import SoftLimits
from console.settings import display_unit, save_display_unit, save_soft_limits, soft_limits
from ui.style import TRAINING_MARK


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Preferences - training mock")
        layout = QVBoxLayout(self)
        banner = QLabel(TRAINING_MARK)
        banner.setObjectName("banner")
        layout.addWidget(banner)
        form = QFormLayout()
        limits = soft_limits(settings)
        self.daily_change = QDoubleSpinBox()
        self.daily_change.setRange(1.0, 100.0)
        self.daily_change.setDecimals(1)
        self.daily_change.setSuffix(" %")
        self.daily_change.setValue(limits.max_daily_change_percent)
        self.daily_change.setAccessibleName("Soft limit: daily dose change in percent")
        form.addRow("Warn when the daily dose changes by more than:", self.daily_change)
        self.step_ceiling = QDoubleSpinBox()
        self.step_ceiling.setRange(10.0, 50_000.0)
        self.step_ceiling.setDecimals(0)
        self.step_ceiling.setSuffix(" mcg/day")
        self.step_ceiling.setValue(limits.max_step_mcg_per_day)
        self.step_ceiling.setAccessibleName("Soft limit: step dose ceiling in mcg per day")
        form.addRow("Warn when a step runs above:", self.step_ceiling)
        self.unit = QComboBox()
        for unit in DisplayUnit:
            self.unit.addItem(unit.value, unit)
        self.unit.setCurrentIndex(list(DisplayUnit).index(display_unit(settings)))
        self.unit.setAccessibleName("Unit doses are shown in")
        form.addRow("Show doses in:", self.unit)
        layout.addLayout(form)
        note = QLabel("Hard limits come from the pump profile and cannot be changed here.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        save_soft_limits(self.settings, SoftLimits(self.daily_change.value(),
                                                   self.step_ceiling.value()))
        save_display_unit(self.settings, self.unit.currentData())
        self.accept()
