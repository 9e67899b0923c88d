"""Boluses: a clinician single bolus or a priming bolus; progress and cancel while it runs.

The dose is entered in mcg with its duration in hours *and* minutes, each labelled, so a
minutes-for-hours slip (the 2004 recall) shows up as a visibly different rate before
anything is sent. After the bolus the pump returns to its previous mode by itself.
Start and cancel wait for the pump's answer here: verified, refused with its reason, or
unknown; a bolus the pump would refuse cannot be started, and the reason stands beside
the button.
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.clinical.calculators import (
    CalculatorError,
    bolus_rate_nl_per_day,
    clinician_bolus,
    priming_bolus,
)
from itb_console.console.commands import (
    cancel_bolus,
    change_record,
    record_change_refusal,
    start_bolus,
)
from itb_console.console.outcome import AwaitedOutcome, Command, Outcome
from itb_console.console.session import Session
from itb_console.console.translation import tr
from itb_console.device.implant_record import (
    MAX_TEXT_CHARS,
    ImplantRecord,
    to_text,
)
from itb_console.device.pump_api import AlarmCode, BolusKind, BolusRequest, PumpStatus
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.units import ml
from itb_console.ui.banner import training_banner
from itb_console.ui.bolus_strip import bolus_line
from itb_console.ui.catheter_fields import (
    catheter_length_box,
    catheter_volume_box,
    typed_catheter,
)
from itb_console.ui.number_field import WholeSpinBox, first_refusal
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.style import CRITICAL, WARN_INK, coloured
from itb_console.ui.view_note import ViewNote
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BolusDialog(QDialog):
    def __init__(self, session: Session, profile: PumpProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.profile = session, profile
        self.setWindowTitle(tr("Bolus - training mock"))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        self.view_note = ViewNote(session.view)
        layout.addWidget(self.view_note)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(tr("Clinician single bolus"), BolusKind.CLINICIAN)
        self.kind.addItem(tr("Priming bolus (new catheter or pump)"), BolusKind.PRIMING)
        self.kind.setAccessibleName(tr("Bolus kind"))
        form.addRow(tr("Kind:"), self.kind)
        self.dose = WholeSpinBox()
        self.dose.setRange(1, 2000)
        self.dose.setValue(50)
        self.dose.setSuffix(" mcg")
        self.dose.setAccessibleName(tr("Bolus dose in micrograms"))
        form.addRow(tr("Dose:"), self.dose)
        duration = QHBoxLayout()
        self.hours = WholeSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setValue(1)
        self.hours.setSuffix(" h")
        self.hours.setAccessibleName(tr("Duration, hours"))
        self.minutes = WholeSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName(tr("Duration, minutes"))
        duration.addWidget(self.hours)
        duration.addWidget(self.minutes)
        form.addRow(tr("Duration:"), duration)
        self.catheter = catheter_length_box(tr("Catheter length in centimetres, from the "
                                               "pump's record"))
        form.addRow(tr("Catheter length:"), self.catheter)
        self.catheter_volume = catheter_volume_box()
        form.addRow(tr("Internal volume:"), self.catheter_volume)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_TEXT_CHARS)
        self.reason.setPlaceholderText(tr("e.g. catheter revised, measured in theatre"))
        self.reason.setAccessibleName(tr("Reason for changing the implant record"))
        form.addRow(tr("Reason for the change:"), self.reason)
        self.pump_replaced = QCheckBox(tr("The pump was replaced too (fill its internal path)"))
        form.addRow(self.pump_replaced)
        layout.addLayout(form)
        self.record_note = QLabel("")
        self.record_note.setWordWrap(True)
        layout.addWidget(self.record_note)
        self.computed = QLabel("")
        self.computed.setWordWrap(True)
        self.computed.setAccessibleName(tr("Computed bolus volume and rate"))
        layout.addWidget(self.computed)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Bolus progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.running = QLabel("")
        self.running.setWordWrap(True)  # one sentence: kind, given, time left
        layout.addWidget(self.running)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(tr("What the pump answered"))
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.start = QPushButton(tr("Start bolus"))
        self.start.setObjectName("primary")
        self.refusal = QLabel("")
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(tr("Why Start bolus is not available"))
        self.cancel_bolus = QPushButton(tr("Cancel running bolus"))
        close = QPushButton(tr("Close"))
        buttons.addWidget(self.start)
        buttons.addWidget(self.refusal, 1)
        buttons.addWidget(self.cancel_bolus)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.start.clicked.connect(self.start_bolus)
        self.cancel_bolus.clicked.connect(self.cancel)
        close.clicked.connect(self.accept)
        self.kind.currentIndexChanged.connect(self._recompute)
        for spin in (self.dose, self.hours, self.minutes, self.catheter,
                     self.catheter_volume):
            spin.edited.connect(self._recompute)  # a value, or a refused text with none
        self.pump_replaced.toggled.connect(self._recompute)
        self.reason.textChanged.connect(self._recompute)
        session.record_changed.connect(self.show_record)
        session.status_changed.connect(self.show_status)
        session.view.changed.connect(self._update_buttons)
        session.outcome_ready.connect(self._outcome)
        self.request: BolusRequest | None = None
        self.awaited = AwaitedOutcome()
        self._shown: ImplantRecord | None = None  # the record the catheter fields came from
        self._bolus_after_record: BolusRequest | None = None
        self._record_wait = ""  # why the catheter from the record cannot be used yet
        if session.record is not None:
            self.show_record(session.record)
        self._recompute()
        if session.view.status is not None:
            self.show_status(session.view.status)
        hint = self.sizeHint()  # the fonts in use decide; never smaller than the design size
        self.resize(max(680, hint.width()), max(420, hint.height()))

    def show_record(self, record: ImplantRecord) -> None:
        """The catheter as the pump's record holds it: the trainee confirms or edits it.

        A record read again while the trainee has edits keeps the edits on screen.
        """
        edited = bool(self.record_changes())
        self._shown = record
        if not edited:
            self.catheter.setValue(record.catheter_length_mm / 10)
            self.catheter_volume.setValue(record.catheter_nl_per_cm / 1e6)
        self._recompute()

    def record_changes(self) -> dict[str, str]:
        """The catheter fields edited away from the pump's record (text form)."""
        record = self._shown
        if record is None:
            return {}
        length_mm, nl_per_cm = typed_catheter(self.catheter, self.catheter_volume)
        typed = {"cath_mm": str(length_mm), "cath_nl_per_cm": str(nl_per_cm)}
        held = to_text(record)
        return {key: value for key, value in typed.items() if held[key] != value}

    def _recompute(self) -> None:
        priming = self.kind.currentData() is BolusKind.PRIMING
        for widget in (self.dose, self.hours, self.minutes):
            widget.setEnabled(not priming)
        for priming_field in (self.catheter, self.catheter_volume, self.pump_replaced):
            priming_field.setEnabled(priming)
        edited = priming and bool(self.record_changes())
        self.reason.setEnabled(edited)
        self.record_note.setText(
            "" if not priming else
            coloured(tr("Edited: the pump's implant record will be changed to these values "
                        "before the bolus."), WARN_INK) if edited else
            tr("Catheter from the pump's implant record: confirm it is the one implanted."))
        self.request = None
        status = self.session.view.status
        if status is None:
            self.computed.setText(self.session.view.age_text())
            self._update_buttons()
            return
        self._record_wait = (
            tr("Reading the pump's implant record (the catheter)...") if priming
            and self._shown is None else
            tr("Give the reason for changing the implant record before the bolus.")
            if edited and not self.reason.text().strip() else "")
        waiting = self._record_wait or first_refusal(self, show=False)
        if waiting:
            self.computed.setText(coloured(waiting, CRITICAL))
            self._update_buttons()
            return
        try:
            if priming:
                plan = priming_bolus(self.profile,
                                     *typed_catheter(self.catheter, self.catheter_volume),
                                     self.pump_replaced.isChecked())
                request = BolusRequest(BolusKind.PRIMING, plan.volume_nl, plan.duration_s)
            else:
                request = clinician_bolus(self.dose.value(),
                                          self.hours.value() * 3600 + self.minutes.value() * 60,
                                          status.reservoir_concentration)
        except CalculatorError as error:
            self.computed.setText(coloured(str(error), CRITICAL))
            self._update_buttons()
            return
        rate_ml_per_day = ml(bolus_rate_nl_per_day(request))
        dose_mcg = ml(request.volume_nl) * status.reservoir_concentration.mcg_per_ml
        self.computed.setText(
            tr("{small_volume} ({micrograms}) over {duration} = "  # a sum, not a record
               "{ml_per_day} at {reservoir_concentration}").format(
                small_volume=style.small_volume(ml(request.volume_nl)),
                micrograms=style.micrograms(dose_mcg), duration=style.duration(request.duration_s),
                ml_per_day=style.ml_per_day(rate_ml_per_day),
                reservoir_concentration=status.reservoir_concentration))
        self.request = request
        self._update_buttons()

    def refusal_reason(self) -> str:
        """Why the pump would refuse Start bolus now ("" when it would accept it)."""
        view, request = self.session.view, self.request
        if not view.live or view.status is None:
            return tr("Not connected: see the line at the top.")
        if self.awaited.pending:
            return tr("Waiting for the pump's answer...")
        if view.status.bolus is not None:
            return tr("A bolus is running: the pump takes one at a time.")
        if AlarmCode.MOTOR_STALL in {alarm.code for alarm in view.status.alarms}:
            return tr("The motor is stalled: the pump refuses a bolus until that alarm is cleared.")
        if request is None:
            return (self._record_wait or first_refusal(self, show=False)
                    or tr("Enter a dose and a duration the pump can give."))
        rate_nl_per_day = request.volume_nl * 86_400 / request.duration_s
        if request.volume_nl > self.profile.max_bolus_nl:
            return tr("The pump refuses a bolus above {most} ({asked} asked): lower the "
                      "dose.").format(most=style.small_volume(ml(self.profile.max_bolus_nl)),
                                      asked=style.small_volume(ml(request.volume_nl)))
        if not (self.profile.min_rate_nl_per_day <= rate_nl_per_day
                <= self.profile.max_rate_nl_per_day):
            rates = style.span(ml(self.profile.min_rate_nl_per_day),
                               ml(self.profile.max_rate_nl_per_day), style.Quantity.ML_PER_DAY)
            return tr("The pump refuses rates outside {rates}: change the duration.").format(
                rates=rates)
        if request.volume_nl > view.status.reservoir_nl:
            return (tr("Only {millilitres} in the reservoir: "
                       "lower the dose or refill first.").format(
                millilitres=style.millilitres(ml(view.status.reservoir_nl))))
        return ""

    def _update_buttons(self) -> None:
        reason = self.refusal_reason()
        self.start.setEnabled(not reason)
        self.refusal.setText(reason)
        view = self.session.view
        self.cancel_bolus.setEnabled(view.live and view.status is not None
                                     and view.status.bolus is not None
                                     and not self.awaited.pending)

    def start_bolus(self) -> None:
        """An edited catheter goes to the pump's record first; the bolus follows once that
        is verified."""
        request = self.request
        if request is None or self.refusal_reason():
            return
        changes = self.record_changes() if request.kind is BolusKind.PRIMING else {}
        if not changes:
            self._send(lambda: start_bolus(self.session, request), tr("Starting the bolus"))
            return
        reason = self.reason.text().strip()
        refused = record_change_refusal(self.session, changes, reason)
        if refused:
            self.outcome.setText(coloured(refused, CRITICAL))
            return
        self._bolus_after_record = request
        self._send(lambda: change_record(self.session, changes, reason),
                   tr("Writing the catheter to the pump's implant record"))

    def cancel(self) -> None:
        self._send(lambda: cancel_bolus(self.session), tr("Cancelling the bolus"))

    def _send(self, command, doing: str) -> None:
        self.outcome.setText(tr("{doing}, then reading the pump back...").format(doing=doing))
        self.awaited.asking()  # no second click while the command is on its way
        self._update_buttons()
        ticket = command()
        self.awaited.asked(ticket)
        self._update_buttons()

    def _outcome(self, outcome: Outcome) -> None:
        if not self.awaited.take(outcome):
            return
        self.outcome.setText(outcome_html(outcome))
        self._update_buttons()
        after, self._bolus_after_record = self._bolus_after_record, None
        if after is not None and outcome.command is Command.RECORD and outcome.ok:
            self._send(lambda: start_bolus(self.session, after), tr("Starting the bolus"))

    def show_status(self, status: PumpStatus) -> None:
        bolus = status.bolus
        self.progress.setVisible(bolus is not None)
        self._update_buttons()
        if bolus is None:
            self.running.setText(tr("No bolus running."))
            return
        self.progress.setRange(0, bolus.volume_nl)
        self.progress.setValue(bolus.delivered_nl)
        self.running.setText(bolus_line(status))
