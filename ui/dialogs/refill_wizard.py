"""The refill wizard: withdraw and compare, fill by double entry, review, send and verify.

Nothing reaches the pump before the last page: cancelling at any point leaves the pump
exactly as it was. After *Send to pump* the wizard stays open until the pump has answered
and been read back, and says what happened: refilled and verified, refused with the pump's
reason, or unknown with what to check.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import CalculatorError, refill_discrepancy
from itb_console.console.clinical.refill import (
    RefillPlan,
    RefillPlanError,
    plan_refill,
    refill_and_verify,
    refill_shown,
)
from itb_console.console.outcome import AwaitedOutcome, Command, Outcome
from itb_console.console.session import Session
from itb_console.device.drugs import load_drugs
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration
from itb_console.device.units import NL_PER_ML, ml
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.style import CRITICAL, OK, TRAINING_MARK, WARN_INK, coloured
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


def _millilitres(maximum_nl: int, value_nl: int, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setSuffix(" mL")
    box.setRange(0.0, maximum_nl / NL_PER_ML)
    box.setSingleStep(0.1)
    box.setValue(value_nl / NL_PER_ML)
    box.setAccessibleName(name)
    return box


def _nl(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100) * 10_000  # the 0.01 mL the field shows, exactly


class _Page(QWizardPage):
    """A page whose completeness and set-up come from the wizard that holds its fields."""

    def __init__(self, complete: Callable[[], bool] | None = None,
                 enter: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._complete, self._enter = complete, enter

    def isComplete(self) -> bool:
        return super().isComplete() if self._complete is None else self._complete()

    def initializePage(self) -> None:
        if self._enter is not None:
            self._enter()


class RefillWizard(QWizard):
    def __init__(self, session: Session, status: PumpStatus, profile: PumpProfile,
                 parent: QWidget | None = None, low_alarm_nl: int | None = None) -> None:
        """``low_alarm_nl``: the alarm volume offered (the preference; else the profile's)."""
        super().__init__(parent)
        self.session, self.status, self.profile = session, status, profile
        self.plan: RefillPlan | None = None
        self._discrepancy_flagged = False
        self.setWindowTitle("Refill - training mock")
        self.resize(640, 480)
        concentrations = load_drugs()[status.program.drug].concentrations

        withdraw = _Page(complete=self._withdraw_complete)
        withdraw.setTitle("1. Withdraw the residual")
        withdraw.setSubTitle(TRAINING_MARK)
        form = QFormLayout(withdraw)
        form.addRow("Expected residual (pump):", QLabel(f"<b>{ml(status.reservoir_nl):.2f} mL"
                                                         "</b>"))
        self.withdrawn = _millilitres(profile.reservoir_nl, status.reservoir_nl,
                                      "Volume withdrawn")
        form.addRow("Volume withdrawn:", self.withdrawn)
        self.discrepancy = QLabel("")
        self.discrepancy.setWordWrap(True)
        form.addRow(self.discrepancy)
        self.acknowledge = QCheckBox("I have noted the discrepancy and will act on it")
        self.acknowledge.setAccessibleName("Acknowledge the refill discrepancy")
        form.addRow(self.acknowledge)
        self.withdrawn.valueChanged.connect(self._update_discrepancy)
        self.acknowledge.toggled.connect(withdraw.completeChanged)
        self.withdrawn.valueChanged.connect(withdraw.completeChanged)
        self.addPage(withdraw)

        fill = _Page(complete=lambda: self._replan() is not None)
        fill.setTitle("2. Fill")
        fill.setSubTitle("Enter the concentration twice, from the vial each time. "
                         f"{TRAINING_MARK}.")
        form = QFormLayout(fill)
        self.concentration = QComboBox()
        self.confirm = QComboBox()
        for box, name in ((self.concentration, "Concentration"),
                          (self.confirm, "Concentration again")):
            box.addItem("choose...", None)
            for concentration in concentrations:
                box.addItem(str(concentration), concentration)
            box.setAccessibleName(name)
        form.addRow("Concentration:", self.concentration)
        form.addRow("Concentration again:", self.confirm)
        self.filled = _millilitres(profile.reservoir_nl, profile.reservoir_nl, "Fill volume")
        form.addRow("Fill volume:", self.filled)
        self.alarm = _millilitres(profile.low_reservoir_alarm_max_nl,
                                  profile.low_reservoir_alarm_default_nl
                                  if low_alarm_nl is None else low_alarm_nl,
                                  "Low-reservoir alarm volume")
        form.addRow("Low-reservoir alarm:", self.alarm)
        self.fill_message = QLabel("")
        self.fill_message.setWordWrap(True)
        form.addRow(self.fill_message)
        self.give_bridge = QCheckBox("Give the bridge bolus after the refill")
        self.give_bridge.setChecked(True)
        self.give_bridge.setVisible(False)
        form.addRow(self.give_bridge)
        for box in (self.concentration, self.confirm):
            box.currentIndexChanged.connect(fill.completeChanged)
        for spin in (self.filled, self.alarm):
            spin.valueChanged.connect(fill.completeChanged)
        self.addPage(fill)

        review = _Page(enter=self._show_summary)
        review.setTitle("3. Review and send")
        review.setSubTitle(f"Nothing has been sent yet. {TRAINING_MARK}.")
        review.setFinalPage(True)
        layout = QVBoxLayout(review)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName("What the pump answered")
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.addPage(review)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Send to pump")
        self.awaited = AwaitedOutcome()
        session.outcome_ready.connect(self._outcome)
        self._update_discrepancy()

    # ------------------------------------------------------------------ page 1
    def _update_discrepancy(self) -> None:
        try:
            result = refill_discrepancy(self.status.reservoir_nl, _nl(self.withdrawn),
                                        self.profile)
        except CalculatorError as error:
            self.discrepancy.setText(coloured(str(error), CRITICAL))
            self._discrepancy_flagged = True
            return
        self._discrepancy_flagged = result.flagged
        colour = CRITICAL if result.flagged else OK
        self.discrepancy.setText(coloured(f"Discrepancy {ml(result.discrepancy_nl):+.2f} mL",
                                          colour, bold=True) + " (threshold "
                                 f"{ml(result.threshold_nl):g} mL). {result.interpretation}")
        self.acknowledge.setVisible(result.flagged)

    def _withdraw_complete(self) -> bool:
        return not self._discrepancy_flagged or self.acknowledge.isChecked()

    # ------------------------------------------------------------------ page 2
    def _replan(self) -> RefillPlan | None:
        first, second = self.concentration.currentData(), self.confirm.currentData()
        if not isinstance(first, Concentration) or not isinstance(second, Concentration):
            self.fill_message.setText("Choose the concentration in both fields.")
            return None
        try:
            self.plan = plan_refill(self.status, self.profile, _nl(self.withdrawn),
                                    _nl(self.filled), first, second, _nl(self.alarm))
        except (RefillPlanError, CalculatorError) as error:
            self.plan = None
            self.fill_message.setText(coloured(str(error), CRITICAL))
            return None
        bridge = self.plan.bridge
        self.give_bridge.setVisible(bridge is not None)
        self.fill_message.setText(
            "" if bridge is None else coloured(
                "Concentration change: the pump path still holds "
                f"{self.status.program.concentration}. Bridge bolus: {ml(bridge.volume_nl):.3f} "
                f"mL at {ml(bridge.bridge_rate_nl_per_day):.3f} mL/day for "
                f"{bridge.duration_s / 3600:.1f} h, then {ml(bridge.new_rate_nl_per_day):.3f} "
                "mL/day.", WARN_INK))
        return self.plan

    # ------------------------------------------------------------------ page 3
    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        request, outlook = plan.request, plan.outlook
        lines = [
            f"Withdrawn {ml(request.withdrawn_nl):.2f} mL; expected "
            f"{ml(plan.discrepancy.expected_residual_nl):.2f} mL "
            f"({ml(plan.discrepancy.discrepancy_nl):+.2f} mL"
            f"{', FLAGGED' if plan.discrepancy.flagged else ''}).",
            f"Fill {ml(request.filled_nl):.2f} mL of {request.drug} {request.concentration}; "
            f"low-reservoir alarm at {ml(request.low_reservoir_alarm_nl):.2f} mL.",
            "Program unchanged in dose" + (", rewritten for the new concentration"
                                           if request.program else "") + ".",
            f"Next low-reservoir alarm: {outlook.alarm_at:%d %b %Y}" if outlook.alarm_at
            else "The pump is not delivering: no alarm date.",
            f"Reservoir empty: {outlook.empty_at:%d %b %Y}" if outlook.empty_at else "",
        ]
        if plan.bridge is not None and self.give_bridge.isChecked():
            lines.append(f"Then a bridge bolus of {ml(plan.bridge.volume_nl):.3f} mL over "
                         f"{plan.bridge.duration_s / 3600:.1f} h.")
        self.summary.setText("<br>".join(line for line in lines if line))

    def accept(self) -> None:
        """First Finish sends; the wizard closes only once the answer is shown."""
        if self.awaited.last is not None:
            super().accept()
            return
        plan = self.plan
        if plan is None or self.awaited.pending:
            return
        if plan.discrepancy.flagged:
            self.session.note(ActionKind.DISCREPANCY_ACKNOWLEDGED,
                              discrepancy_nl=plan.discrepancy.discrepancy_nl)
        give_bridge = self.give_bridge.isChecked() and plan.bridge is not None
        request = plan.request
        bridge_detail: dict[str, str | int] = {}
        if give_bridge and plan.bridge is not None:
            bridge_detail = {"kind": "bridge", "volume_nl": plan.bridge.volume_nl,
                             "duration_s": plan.bridge.duration_s}
        bridge = ((ActionKind.BOLUS_STARTED, bridge_detail),) if bridge_detail else ()
        self.awaited.asking()
        self.outcome.setText("Sending the refill, then reading the pump back...")
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(False)
        ticket = self.session.perform(
            Command.REFILL, lambda pump: refill_and_verify(pump, plan, give_bridge),
            ActionKind.REFILL, follow_ups=bridge,
            verify=lambda _result, status: refill_shown(plan, status),
            expected_residual_nl=plan.discrepancy.expected_residual_nl,
            withdrawn_nl=request.withdrawn_nl, filled_nl=request.filled_nl,
            concentration=request.concentration.mcg_per_ml,
            low_alarm_nl=request.low_reservoir_alarm_nl,
            flagged=int(plan.discrepancy.flagged))
        self.awaited.asked(ticket)

    def _outcome(self, outcome: Outcome) -> None:
        if not self.awaited.take(outcome):
            return
        self.outcome.setText(outcome_html(outcome))
        self.setButtonText(QWizard.WizardButton.FinishButton, "Close")
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def done(self, code: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.outcome_ready.disconnect(self._outcome)
        super().done(code)
