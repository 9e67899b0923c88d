"""A bolus in progress, always in sight: kind, volume and dose given of total, time left.

Sits under the alarm bar in the main window (and so under the presenter header in
presentation mode), with Cancel one click away. Hidden while no bolus runs.
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.event_words import bolus_kind_words, mode_words
from itb_console.console.pump_view import PumpView
from itb_console.console.translation import tr
from itb_console.device.pump_api import BolusKind, PumpStatus
from itb_console.device.units import ml
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHEET = ("QFrame#bolusStrip { background: #e3f0ff; border-bottom: 1px solid #1f5fa8; } "
         "QFrame#bolusStrip QLabel { color: #0b2d5c; }")


def hours_minutes(seconds: float) -> str:
    """h:mm, rounded up to the next minute (a bolus with 20 s left shows 0:01)."""
    return style.duration(60 * max(0, -(-int(seconds) // 60)))


def bolus_line(status: PumpStatus) -> str:
    """One line: what runs, how much of it is given, how long is left."""
    bolus = status.bolus
    assert bolus is not None
    given = tr("{part} of {whole}").format(
        part=style.small_volume_number(ml(bolus.delivered_nl), ml(bolus.volume_nl)),
        whole=style.small_volume(ml(bolus.volume_nl)))
    if bolus.kind is BolusKind.BRIDGE:
        dose = tr("drug already in the catheter")
    else:
        mcg_per_ml = status.reservoir_concentration.mcg_per_ml
        dose = tr("{part} of {whole}").format(
            part=style.Quantity.MCG.number(ml(bolus.delivered_nl) * mcg_per_ml),
            whole=style.micrograms(ml(bolus.volume_nl) * mcg_per_ml))
    left = hours_minutes((bolus.ends_at - status.pump_clock).total_seconds())
    kind = bolus_kind_words(bolus.kind.value)
    return tr("<b>{bolus} running</b>: {given} ({dose}) given; <b>{left}</b> left, then back "
              "to {mode} mode").format(bolus=kind[:1].upper() + kind[1:], given=given, dose=dose,
                                       left=left, mode=mode_words(bolus.resume_mode.value))


class BolusStrip(QFrame):
    cancel_requested = Signal()

    def __init__(self, view: PumpView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("bolusStrip")
        self.setAccessibleName(tr("Bolus in progress"))
        self.setStyleSheet(SHEET)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(tr("Bolus progress"))
        self.cancel = QPushButton(tr("Cancel bolus..."))
        self.cancel.setAccessibleName(tr("Cancel the running bolus"))
        self.cancel.clicked.connect(self.cancel_requested)
        row.addWidget(self.text, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        view.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.view.status
        bolus = status.bolus if status is not None else None
        self.setVisible(bolus is not None)
        if status is None or bolus is None:
            return
        self.progress.setRange(0, bolus.volume_nl)
        self.progress.setValue(bolus.delivered_nl)
        line = bolus_line(status)
        if not self.view.live:
            line += f" ({self.view.age_text()})"
        self.text.setText(line)
        self.cancel.setEnabled(self.view.live)
