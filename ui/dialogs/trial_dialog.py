"""Screening trial: the test boluses given, whether the patient is a candidate, the start dose.

The label sequence (50, 75, 100 mcg, 24 h apart) and the starting-dose rule are in
:func:`itb_console.console.clinical.calculators.screening_outcome`; this dialog only
collects the boluses and shows its answer. "Use as starting program" hands the dose to the
main window's draft: nothing reaches the pump until the normal review and send.
"""

from __future__ import annotations

from collections.abc import Callable

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import (
    SCREENING_DOSES_MCG,
    CalculatorError,
    screening_outcome,
)
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.therapy import Concentration, DoseRate, TherapyError
from itb_console.ui.banner import training_banner
from itb_console.ui.number_field import NumberSpinBox, WholeSpinBox, first_refusal
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.view_note import ViewNote
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HEADERS = [QT_TR_NOOP("Bolus"), QT_TR_NOOP("Dose (mcg)"), QT_TR_NOOP("Response"),
           QT_TR_NOOP("Effect")]
MAX_EFFECT_HOURS = 48


def allowed() -> str:
    """The screening sequence in a sentence (what the message shows until a refusal)."""
    return tr("Allowed: {doses} mcg, one bolus per 24 h; effect 0 to {hours} h.").format(
        doses=tr(", then ").join(map(str, SCREENING_DOSES_MCG)), hours=MAX_EFFECT_HOURS)
Bolus = tuple[int, bool, float]


def _describe(dose: DoseRate, concentration: Concentration | None) -> str:
    """The starting dose per day, per hour and (when a pump is read) in mL/day."""
    text = f"{style.mcg_per_day(dose.mcg_per_day)} ({style.mcg_per_hour(dose.mcg_per_hour)}"
    if concentration is not None:
        text += "; " + tr("{volume} at {concentration}").format(
            volume=style.ml_per_day(dose.to_volume(concentration).ml_per_day),
            concentration=concentration)
    return text + ")"


def _bolus_text(dose: int, responded: bool, hours: float) -> str:
    effect = (tr("yes {duration}").format(duration=style.duration(hours * 3600)) if responded
              else tr("no"))
    return f"{dose} mcg {effect}"


class TrialDialog(QDialog):
    """``use_dose(dose)`` puts the dose in the draft; it raises TherapyError to refuse."""

    def __init__(self, session: Session, use_dose: Callable[[DoseRate], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.use_dose = session, use_dose
        self.boluses: list[Bolus] = []
        self.screening = screening_outcome([])
        self.recorded: tuple[Bolus, ...] | None = None
        self.setWindowTitle(tr("Screening trial - training mock"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        given = QGroupBox(tr("Screening boluses given"))
        QVBoxLayout(given).addWidget(self._table())
        layout.addWidget(given)
        entry = QGroupBox(tr("Next bolus"))
        entry.setLayout(self._entry_form())
        layout.addWidget(entry)
        outcome = QGroupBox(tr("Outcome"))
        column = QVBoxLayout(outcome)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("totals")
        self.outcome.setAccessibleName(tr("Screening outcome"))
        self.applied = QLabel("")
        self.applied.setWordWrap(True)
        self.applied.setAccessibleName(tr("Starting program result"))
        column.addWidget(self.outcome)
        column.addWidget(self.applied)
        layout.addWidget(outcome)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = buttons.addButton(tr("Record result"),
                                               QDialogButtonBox.ButtonRole.ResetRole)
        self.record_button.setAccessibleName(tr("Record the screening result in the session log"))
        self.use_button = buttons.addButton(tr("Use as starting program"),
                                            QDialogButtonBox.ButtonRole.ApplyRole)
        self.use_button.setObjectName("primary")
        self.record_button.clicked.connect(self.record)
        self.use_button.clicked.connect(self.use_as_program)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self._refresh()

    def _table(self) -> QTableWidget:
        """Room for the whole sequence (three boluses), no more."""
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(tr("Screening boluses given"))
        self.table.setHorizontalHeaderLabels([tr(header) for header in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + len(SCREENING_DOSES_MCG)
                                  * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        return self.table

    def _entry_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.dose = WholeSpinBox()
        self.dose.setRange(1, 1000)
        self.dose.setSuffix(" mcg")
        self.dose.setAccessibleName(tr("Screening bolus dose in micrograms"))
        form.addRow(tr("Bolus dose:"), self.dose)
        self.response = QComboBox()
        self.response.addItem(tr("No adequate response"), False)
        self.response.addItem(tr("Adequate response (less spasticity)"), True)
        self.response.setAccessibleName(tr("Response to the bolus"))
        form.addRow(tr("Response:"), self.response)
        self.hours = NumberSpinBox()
        self.hours.setRange(0.0, MAX_EFFECT_HOURS)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(" h")
        self.hours.setAccessibleName(tr("How long the effect lasted, in hours"))
        form.addRow(tr("Effect lasted:"), self.hours)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add bolus"))
        self.remove_button = QPushButton(tr("Remove last bolus"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        form.addRow(row)
        self.message = QLabel(allowed())
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("What is allowed, or why the bolus was refused"))
        form.addRow(self.message)
        self.add_button.clicked.connect(self.add_bolus)
        self.remove_button.clicked.connect(self.remove_last)
        self.response.currentIndexChanged.connect(lambda _i: self._update_entry())
        return form

    def _update_entry(self) -> None:
        """Nothing to enter once the screening is over; a duration only for a response."""
        open_ = not self.screening_over
        for widget in (self.dose, self.response, self.add_button):
            widget.setEnabled(open_)
        self.hours.setEnabled(open_ and bool(self.response.currentData()))

    # ------------------------------------------------------------------ rows
    def add_bolus(self) -> None:
        """Append the entered bolus if the sequence allows it; otherwise say why, add nothing."""
        if self.screening_over:
            self._refuse(tr("Screening is finished: remove the last bolus to change it."))
            return
        refused = first_refusal(self)
        if refused:
            self._refuse(tr("Not added: {refused}").format(refused=refused))
            return
        responded = bool(self.response.currentData())
        bolus = (self.dose.value(), responded, self.hours.value() if responded else 0.0)
        try:
            result = screening_outcome([*self.boluses, bolus])
        except CalculatorError as error:
            self._refuse(tr("Not added: {error}. {allowed}").format(error=error,
                                                                   allowed=allowed()))
            return
        self.boluses.append(bolus)
        self.screening = result
        self.message.setText(allowed())
        self._refresh()

    def remove_last(self) -> None:
        if self.boluses:
            self.boluses.pop()
            self.screening = screening_outcome(self.boluses)
            self._refresh()

    def _refuse(self, text: str) -> None:
        self.message.setText(coloured(text, CRITICAL))

    @property
    def screening_over(self) -> bool:
        """A response, or no response to the last dose of the sequence."""
        return self.screening.candidate or len(self.boluses) == len(SCREENING_DOSES_MCG)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.boluses))
        for row, (dose, responded, hours) in enumerate(self.boluses):
            cells = [str(row + 1), str(dose), tr("yes") if responded else tr("no"),
                     style.duration(hours * 3600) if responded else "-"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        upcoming = len(self.boluses)
        if not self.screening_over:
            self.dose.setValue(SCREENING_DOSES_MCG[upcoming])
        result = self.screening
        colour = OK if result.candidate else CRITICAL if self.screening_over else WARN_INK
        text = coloured(result.next_step, colour, bold=True)
        if result.starting_dose is not None:
            status = self.session.view.status
            concentration = status.reservoir_concentration if status else None
            text += "<br>" + tr("Starting daily dose: <b>{dose}</b>").format(
                dose=_describe(result.starting_dose, concentration))
        self.outcome.setText(text)
        self._update_entry()
        self.remove_button.setEnabled(bool(self.boluses))
        self.record_button.setEnabled(self.screening_over and self.recorded != tuple(self.boluses))
        self.use_button.setEnabled(result.candidate)
        self.applied.setText("")

    # ------------------------------------------------------------------ result
    def record(self) -> None:
        """Note the finished screening in the session's action log (once per result)."""
        if not self.screening_over or self.recorded == tuple(self.boluses):
            return
        start = self.screening.starting_dose
        self.session.note(ActionKind.SCREENING_RECORDED,
                          boluses=", ".join(_bolus_text(*bolus) for bolus in self.boluses),
                          candidate=int(self.screening.candidate),
                          start_ng_per_day=start.ng_per_day if start else 0)
        self.recorded = tuple(self.boluses)
        self.record_button.setEnabled(False)

    def use_as_program(self) -> None:
        """Record the result, then put the starting dose in the draft as one rate all day."""
        dose = self.screening.starting_dose
        if dose is None:
            return
        self.record()
        try:
            self.use_dose(dose)
        except TherapyError as error:
            self.applied.setText(
                coloured(tr("Not put in the draft: {error}. Refill at a lower concentration "
                            "first (the refill wizard), then use it again.").format(error=error),
                         CRITICAL))
            return
        self.applied.setText(
            coloured(tr("The draft now runs {dose} all day.").format(dose=dose), OK) + " "
            + tr("Nothing is sent yet: Review &amp; send (Ctrl+Return) programs the pump."))
