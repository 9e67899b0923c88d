"""Boluses: a clinician single bolus or a priming bolus; progress and cancel while it runs.

The dose is entered in mcg with its duration in hours *and* minutes, each labelled, so a
minutes-for-hours slip (the 2004 recall) shows up as a visibly different rate before
anything is sent. After the bolus the pump returns to its previous mode by itself.
"""

from __future__ import annotations

from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import (
    CalculatorError,
    beyond_pump_limits,
    bolus_rate_nl_per_day,
    clinician_bolus,
    priming_bolus,
)
from itb_console.console.session import Session
from itb_console.device.pump_api import BolusKind, BolusRequest, PumpStatus
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.units import ml
from itb_console.ui.banner import training_banner
from itb_console.ui.style import CRITICAL, coloured
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class BolusDialog(QDialog):
    def __init__(self, session: Session, profile: PumpProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.profile = session, profile
        self.setWindowTitle("Bolus - training mock")
        self.resize(520, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem("Clinician single bolus", BolusKind.CLINICIAN)
        self.kind.addItem("Priming bolus (new catheter or pump)", BolusKind.PRIMING)
        self.kind.setAccessibleName("Bolus kind")
        form.addRow("Kind:", self.kind)
        self.dose = QSpinBox()
        self.dose.setRange(1, 2000)
        self.dose.setValue(50)
        self.dose.setSuffix(" mcg")
        self.dose.setAccessibleName("Bolus dose in micrograms")
        form.addRow("Dose:", self.dose)
        duration = QHBoxLayout()
        self.hours = QSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setValue(1)
        self.hours.setSuffix(" h")
        self.hours.setAccessibleName("Duration, hours")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Duration, minutes")
        duration.addWidget(self.hours)
        duration.addWidget(self.minutes)
        form.addRow("Duration:", duration)
        self.catheter = QSpinBox()
        self.catheter.setRange(1, 200)
        self.catheter.setValue(50)
        self.catheter.setSuffix(" cm")
        self.catheter.setAccessibleName("New catheter length in centimetres")
        form.addRow("Catheter length:", self.catheter)
        self.pump_replaced = QCheckBox("The pump was replaced too (fill its internal path)")
        form.addRow(self.pump_replaced)
        layout.addLayout(form)
        self.computed = QLabel("")
        self.computed.setWordWrap(True)
        self.computed.setAccessibleName("Computed bolus volume and rate")
        layout.addWidget(self.computed)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Bolus progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.running = QLabel("")
        layout.addWidget(self.running)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.start = QPushButton("Start bolus")
        self.start.setObjectName("primary")
        self.cancel_bolus = QPushButton("Cancel running bolus")
        close = QPushButton("Close")
        for button in (self.start, self.cancel_bolus, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.start.clicked.connect(self.start_bolus)
        self.cancel_bolus.clicked.connect(self.cancel)
        close.clicked.connect(self.accept)
        self.kind.currentIndexChanged.connect(self._recompute)
        for spin in (self.dose, self.hours, self.minutes, self.catheter):
            spin.valueChanged.connect(self._recompute)
        self.pump_replaced.toggled.connect(self._recompute)
        session.status_changed.connect(self.show_status)
        self.request: BolusRequest | None = None
        self._recompute()
        if session.status is not None:
            self.show_status(session.status)

    def _recompute(self) -> None:
        priming = self.kind.currentData() is BolusKind.PRIMING
        for widget in (self.dose, self.hours, self.minutes):
            widget.setEnabled(not priming)
        for priming_field in (self.catheter, self.pump_replaced):
            priming_field.setEnabled(priming)
        self.request = None
        status = self.session.status
        if status is None:
            self.computed.setText("Connect to a pump first.")
            return
        try:
            if priming:
                plan = priming_bolus(self.profile, self.catheter.value(),
                                     self.pump_replaced.isChecked())
                request = BolusRequest(BolusKind.PRIMING, plan.volume_nl, plan.duration_s)
            else:
                request = clinician_bolus(self.dose.value(),
                                          self.hours.value() * 3600 + self.minutes.value() * 60,
                                          status.reservoir_concentration)
        except CalculatorError as error:
            self.computed.setText(coloured(str(error), CRITICAL))
            return
        rate_ml_per_day = ml(bolus_rate_nl_per_day(request))
        limit = ml(self.profile.max_rate_nl_per_day)
        over = beyond_pump_limits(request, self.profile)
        self.computed.setText(
            f"{ml(request.volume_nl):.4f} mL over {request.duration_s // 3600} h "
            f"{request.duration_s % 3600 // 60} min ({request.duration_s} s) = "
            f"{rate_ml_per_day:.3f} mL/day at {status.reservoir_concentration}"
            + ("<br>" + coloured(f"Beyond this pump's limits (rate at most {limit:g} mL/day, "
                                 f"bolus at most {ml(self.profile.max_bolus_nl):g} mL): the "
                                 "pump will refuse it.", CRITICAL) if over else ""))
        self.request = request

    def start_bolus(self) -> None:
        request = self.request
        if request is None:
            return
        self.session.perform("bolus", lambda pump: pump.start_bolus(request),
                             ActionKind.BOLUS_STARTED, kind=request.kind.value,
                             volume_nl=request.volume_nl, duration_s=request.duration_s)

    def cancel(self) -> None:
        self.session.perform("cancel bolus", lambda pump: pump.cancel_bolus(),
                             ActionKind.BOLUS_CANCELLED)

    def show_status(self, status: PumpStatus) -> None:
        bolus = status.bolus
        self.progress.setVisible(bolus is not None)
        self.cancel_bolus.setEnabled(bolus is not None)
        self.start.setEnabled(bolus is None)
        if bolus is None:
            self.running.setText("No bolus running.")
            return
        self.progress.setRange(0, bolus.volume_nl)
        self.progress.setValue(bolus.delivered_nl)
        left = bolus.ends_at - status.pump_clock
        self.running.setText(
            f"{bolus.kind.value.capitalize()} bolus running: "
            f"{ml(bolus.volume_nl - bolus.delivered_nl):.4f} mL and "
            f"{max(0, int(left.total_seconds())) // 60} min left; then back to "
            f"{bolus.resume_mode.value} mode.")
