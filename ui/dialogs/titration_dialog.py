"""Titration helper: the allowed next-day dose from the dose in force, and applying it.

The range and the once-per-24-h rule come from
:mod:`itb_console.console.clinical.titration`; the last dose change is read from the pump's
own event log (on the worker), so a change made by another programmer counts too, and read
again after each command (a program sent while the dialog is open counts at once). A dose
outside the rules is refused unless the override is ticked and a reason typed; the override
is recorded in the session's action log. "Apply to draft" scales the pending schedule with
:func:`itb_console.device.schedule_edits.scale_rates` (all steps or none) as one undoable
change: nothing reaches the pump before Review & send.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import (
    INCREASE_PERCENT,
    REDUCTION_PERCENT,
    CalculatorError,
    Origin,
)
from itb_console.console.clinical.titration import (
    MIN_HOURS_BETWEEN_CHANGES,
    USUAL_CHILD_UNDER_12_MCG_PER_DAY,
    USUAL_MCG_PER_DAY,
    TitrationCheck,
    check_titration,
    last_dose_change,
    percent_to,
    usual_range_note,
)
from itb_console.console.event_words import mode_words
from itb_console.console.program_draft import ProgramDraft
from itb_console.console.session import Session
from itb_console.console.translation import tr
from itb_console.device.pump_api import Event, PumpStatus
from itb_console.device.schedule_edits import scale_rates
from itb_console.device.therapy import MAX_DOSE_NG_PER_DAY, DoseRate, Mode, Program, TherapyError
from itb_console.device.units import mcg, round_half_up
from itb_console.ui.banner import training_banner
from itb_console.ui.number_field import NumberSpinBox, first_refusal
from itb_console.ui.pump_reading import ReadStamp
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.timeline.undo_commands import ProgramChange
from itb_console.ui.view_note import ViewNote
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

READ_LOG = "titration log"


def _per_day_and_hour(dose: DoseRate) -> str:
    return f"{style.mcg_per_day(dose.mcg_per_day)} ({style.mcg_per_hour(dose.mcg_per_hour)})"


class TitrationDialog(QDialog):
    def __init__(self, session: Session, draft: ProgramDraft, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.draft, self.undo_stack = session, draft, undo_stack
        self.last_change_at: datetime | None = None
        self.log_read = False
        self.check: TitrationCheck | None = None
        self.setWindowTitle(tr("Titration - training mock"))
        self.resize(680, 580)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        layout.addWidget(self._patient_box())
        layout.addWidget(self._rules_box())
        layout.addWidget(self._proposal_box())
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.read_again = buttons.addButton(tr("Read the event log again"),
                                            QDialogButtonBox.ButtonRole.ResetRole)
        self.read_again.setVisible(False)
        self.apply_button = buttons.addButton(tr("Apply to draft"),
                                              QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("primary")
        self.apply_button.setAccessibleName(tr("Scale the pending program to the proposed dose"))
        self.read_again.clicked.connect(self.read_log)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        for signal in (self.origin.currentIndexChanged, self.child.toggled,
                       self.proposed.edited,
                       self.override.toggled,
                       self.reason.textChanged):
            signal.connect(self._inputs_changed)
        session.status_changed.connect(self._status_changed)
        session.action_failed.connect(self._failed)
        self.proposed.setValue(self.current.mcg_per_day if self.current else 0)
        self.read_log()

    def _patient_box(self) -> QGroupBox:
        box = QGroupBox(tr("Patient and dose in force"))
        form = QFormLayout(box)
        self.in_force = QLabel("-")
        self.in_force.setProperty("role", "value")
        self.in_force.setAccessibleName(tr("Daily dose in force"))
        form.addRow(tr("Daily dose in force:"), self.in_force)
        self.origin = QComboBox()
        for origin, label in ((Origin.SPINAL, tr("Spinal cord origin")),
                              (Origin.CEREBRAL, tr("Cerebral origin"))):
            low, high = INCREASE_PERCENT[origin]
            self.origin.addItem(tr("{label} (increase {low} to {high} % a day)").format(
                label=label, low=low, high=high), origin)
        self.origin.setAccessibleName(tr("Origin of the spasticity"))
        form.addRow(tr("Spasticity:"), self.origin)
        low, high = USUAL_CHILD_UNDER_12_MCG_PER_DAY
        self.child = QCheckBox(tr("Child under 12 (usual {low} to {high} mcg/day)").format(
            low=low, high=high))
        form.addRow("", self.child)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(tr("Rules (label)"))
        form = QFormLayout(box)
        self.allowed = QLabel("-")
        self.rule = QLabel(tr("Reading the pump's event log for the last dose change..."))
        self.usual = QLabel("-")
        for label, title in ((self.allowed, tr("Allowed next day:")),
                             (self.rule, tr("Once per {hours} h:").format(
                                 hours=MIN_HOURS_BETWEEN_CHANGES)),
                             (self.usual, tr("Usual maintenance:"))):
            label.setWordWrap(True)
            label.setAccessibleName(title.rstrip(":"))
            form.addRow(title, label)
        # Read again after each command: a program sent while this dialog is open is the
        # last dose change the 24-hour rule counts from.
        self.read_stamp = ReadStamp(self.session, tr("Event log"))
        self.read_stamp.read_again.connect(self.read_log)
        form.addRow("", self.read_stamp)
        return box

    def _proposal_box(self) -> QGroupBox:
        box = QGroupBox(tr("Proposed next-day dose"))
        form = QFormLayout(box)
        self.proposed = NumberSpinBox()
        self.proposed.setDecimals(style.Quantity.MCG_PER_DAY.decimals)
        self.proposed.setRange(1.0, mcg(MAX_DOSE_NG_PER_DAY))
        self.proposed.setSingleStep(5.0)
        self.proposed.setSuffix(" " + style.unit_words("mcg/day"))
        self.proposed.setMinimumWidth(180)
        self.proposed.setAccessibleName(tr("Proposed daily dose in micrograms per day"))
        self.proposed_detail = QLabel("")
        self.proposed_detail.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.proposed)
        row.addWidget(self.proposed_detail, 1)
        form.addRow(tr("Daily dose:"), row)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Whether the proposed dose is within the rules"))
        form.addRow(self.verdict)
        self.override = QCheckBox(tr("Override: apply this dose outside the titration rules"))
        form.addRow(self.override)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Clinical reason for the override (required)"))
        self.reason.setAccessibleName(tr("Reason for the override"))
        self.reason.setEnabled(False)
        self.override.toggled.connect(self.reason.setEnabled)
        form.addRow(tr("Reason:"), self.reason)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(tr("Result of applying the dose to the draft"))
        form.addRow(self.outcome)
        return box

    # ------------------------------------------------------------------ reading
    @property
    def current(self) -> DoseRate | None:
        """The daily dose the pump delivers now (0 when stopped); None before a read."""
        status = self.session.view.status
        if status is None:
            return None
        return DoseRate(round_half_up(status.program.daily_dose_ng))

    def read_log(self) -> None:
        self.log_read = False  # nothing is applied on the log read before
        self._recompute()
        self.read_again.setVisible(False)
        self.rule.setText(tr("Reading the pump's event log for the last dose change..."))
        self.session.fetch(READ_LOG, lambda pump: pump.read_log(), self._log)

    def _log(self, events: tuple[Event, ...]) -> None:
        self.last_change_at, self.log_read = last_dose_change(events), True
        self.read_stamp.stamp()
        self._recompute()

    def _failed(self, name: str, message: str) -> None:
        if name == READ_LOG:
            self.rule.setText(coloured(tr("Could not read the event log: {message}. The "
                                           "{hours}-hour rule cannot be checked until it is "
                                           "read.").format(message=message,
                                                           hours=MIN_HOURS_BETWEEN_CHANGES),
                                       CRITICAL))
            self.read_again.setVisible(True)

    def _status_changed(self, _status: PumpStatus) -> None:
        self._recompute()

    def _inputs_changed(self) -> None:
        self.outcome.setText("")
        self._recompute()

    # ------------------------------------------------------------------ checking
    def _recompute(self) -> None:
        self.check = None
        status, current = self.session.view.status, self.current
        if status is None or current is None:
            self.allowed.setText(self.session.view.age_text())
            self.apply_button.setEnabled(False)
            return
        self.in_force.setText(tr("{dose}, {mode} mode").format(
            dose=_per_day_and_hour(current), mode=mode_words(status.program.mode.value)))
        origin: Origin = self.origin.currentData()
        refused = first_refusal(self, show=False)
        if refused:  # never checked or applied as the field's last value
            self.verdict.setText(coloured(refused, CRITICAL))
            self.apply_button.setEnabled(False)
            return
        proposed = self._proposed(current)
        self.proposed_detail.setText(
            tr("{per_hour}; {volume} at {concentration}").format(
                per_hour=style.mcg_per_hour(proposed.mcg_per_hour),
                volume=style.ml_per_day(
                    proposed.to_volume(status.program.concentration).ml_per_day),
                concentration=status.program.concentration))
        self._show_usual(proposed, origin)
        try:
            check = check_titration(current, proposed, origin, self.last_change_at,
                                    status.pump_clock, self._override_confirmed())
        except CalculatorError as error:
            self.allowed.setText(coloured(str(error), CRITICAL))
            self.verdict.setText("")
            self.apply_button.setEnabled(False)
            return
        self._show_range(check)
        self._show_rule(status)
        self.check = check
        if check.within_rules:
            self.verdict.setText(coloured(f"<b>{check.sentence}</b>", OK))
        else:
            missing = "" if check.override_confirmed or not self.override.isChecked() else (
                " " + tr("Type the reason for the override."))
            self.verdict.setText(coloured(f"<b>{check.sentence}{missing}</b>", CRITICAL))
        self.apply_button.setEnabled(self.log_read and check.may_apply)

    def _proposed(self, current: DoseRate) -> DoseRate:
        """The typed dose; the dose in force as shown (391.7 for 391.667) is the dose in
        force, so that opening the dialog proposes no change."""
        typed = style.rounded(self.proposed.value(), style.Quantity.MCG_PER_DAY.decimals)
        if typed == style.rounded(current.mcg_per_day, style.Quantity.MCG_PER_DAY.decimals):
            return current
        return DoseRate.from_mcg_per_day(str(typed))

    def _override_confirmed(self) -> bool:
        return self.override.isChecked() and bool(self.reason.text().strip())

    def _show_range(self, check: TitrationCheck) -> None:
        allowed = check.allowed_range
        low, high = INCREASE_PERCENT[self.origin.currentData()]
        per_day = style.Quantity.MCG_PER_DAY
        self.allowed.setText(
            tr("increase to <b>{lowest} to {highest}</b> (up {low} to {high} %); for side "
               "effects reduce to {reduced_low} to {reduced_high} (down {less} to {most} "
               "%)").format(
                lowest=per_day.number(allowed.lowest_increase.mcg_per_day),
                highest=style.mcg_per_day(allowed.highest_increase.mcg_per_day), low=low,
                high=high, reduced_low=per_day.number(allowed.lowest_reduction.mcg_per_day),
                reduced_high=style.mcg_per_day(allowed.highest_reduction.mcg_per_day),
                less=REDUCTION_PERCENT[0], most=REDUCTION_PERCENT[1]))

    def _show_rule(self, status: PumpStatus) -> None:
        if not self.log_read:
            return
        if self.last_change_at is None:
            self.rule.setText(tr("No dose change in the pump's event log."))
            return
        due = self.last_change_at + timedelta(hours=MIN_HOURS_BETWEEN_CHANGES)
        state = (coloured(tr("a new change is allowed"), OK) if status.pump_clock >= due else
                 coloured(tr("next change from {time}").format(time=style.moment(due)),
                          WARN_INK))
        self.rule.setText(tr("last dose change {time} (pump clock): {state}").format(
            time=style.moment(self.last_change_at), state=state))

    def _show_usual(self, proposed: DoseRate, origin: Origin) -> None:
        child = self.child.isChecked()
        note = usual_range_note(proposed, origin, child)
        low, high = USUAL_CHILD_UNDER_12_MCG_PER_DAY if child else USUAL_MCG_PER_DAY[origin]
        self.usual.setText(coloured(note, WARN_INK) if note else
                           tr("{low} to {high} mcg/day: the proposed dose is within it").format(
                               low=low, high=high))

    # ------------------------------------------------------------------ applying
    def apply(self) -> None:
        """Scale the pending schedule to the proposed daily dose, as one undoable change."""
        check = self.check
        if check is None or not check.may_apply or not self.log_read:
            return
        before = self.draft.pending
        if before.mode is Mode.STOPPED:
            self.outcome.setText(coloured(tr("Not applied: the pending program is stopped. Set "
                                              "the mode to Running first."), CRITICAL))
            return
        try:
            schedule = scale_rates(before.schedule,
                                   percent_to(before.schedule.daily_dose_ng, check.proposed),
                                   self.draft.rules)
        except TherapyError as error:
            self.outcome.setText(coloured(tr("Not applied: {error}.").format(error=error),
                                          CRITICAL))
            return
        after = Program(before.mode, schedule, before.concentration, before.drug)
        if not check.within_rules:
            self.session.note(ActionKind.SOFT_LIMIT_OVERRIDDEN, warning=check.sentence,
                              reason=self.reason.text().strip())
        self.undo_stack.push(ProgramChange(self.draft, before, after,
                                           tr("Titrate to {dose}").format(
                                               dose=check.proposed)))
        self.outcome.setText(
            coloured(tr("The draft now gives {mcg_per_day}.").format(
                mcg_per_day=style.mcg_per_day(mcg(after.daily_dose_ng))), OK)
            + " " + tr("Nothing is sent yet: Review &amp; send (Ctrl+Return) programs the "
                       "pump; Undo takes it back."))
