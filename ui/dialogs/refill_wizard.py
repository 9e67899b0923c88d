"""The refill wizard: withdraw and compare, fill by double entry, review, send and verify.

Nothing reaches the pump before *Send to pump* on the review page: cancelling before it
leaves the pump exactly as it was. That page is the wizard's commit page: the result page
after it has no Back, so the values sent cannot be edited afterwards and shown beside the
pump's verdict. The wizard stays open until the pump has answered and been read back, and
says what was sent, what happened (refilled and verified, refused with the pump's reason,
or unknown with what to check) and what the pump holds as read back. While a bolus runs
the pump refuses a refill, so the wizard says so from its first page and *Send to pump*
waits until the bolus has ended or been cancelled.
"""

from __future__ import annotations

import contextlib
from html import escape

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.calculators import (
    BridgeBolus,
    CalculatorError,
    refill_discrepancy,
)
from itb_console.console.clinical.refill import (
    RefillPlan,
    RefillPlanError,
    bridge_refusal,
    bridge_shown,
    plan_refill,
    read_back_words,
    refill_shown,
    refill_with_bridge,
    without_bridge,
)
from itb_console.console.event_words import bolus_kind_words
from itb_console.console.number_input import NumberRule
from itb_console.console.outcome import AwaitedOutcome, Command, FollowUp, Outcome
from itb_console.console.session import Session
from itb_console.console.translation import tr
from itb_console.device.drugs import load_drugs
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Concentration
from itb_console.device.units import NL_PER_ML, UnitError, ml, scaled
from itb_console.ui.banner import training_banner
from itb_console.ui.bolus_strip import bolus_line, hours_minutes
from itb_console.ui.dialogs.wizard_page import WizardPage
from itb_console.ui.number_field import NumberEdit, NumberSpinBox, first_refusal
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured, set_ink
from itb_console.ui.view_note import ViewNote
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)


def _millilitres(maximum_nl: int, value_nl: int, name: str) -> NumberSpinBox:
    box = NumberSpinBox()
    box.setDecimals(2)
    box.setSuffix(" mL")
    box.setRange(0.0, maximum_nl / NL_PER_ML)
    box.setSingleStep(0.1)
    box.setValue(value_nl / NL_PER_ML)
    box.setAccessibleName(name)
    return box


def _nl(box: NumberSpinBox) -> int:
    return round(box.value() * 100) * 10_000  # the 0.01 mL the field shows, exactly


def _add_words(page: WizardPage, session: Session, count: int) -> list[QLabel]:
    """The page's mark and link note, then ``count`` labels for its words, scrolling
    rather than cut off in large type (a refill, then its bridge bolus, the read-back)."""
    layout = QVBoxLayout(page)
    layout.addWidget(training_banner())
    layout.addWidget(ViewNote(session.view))
    words = QWidget()
    words_layout = QVBoxLayout(words)
    words_layout.setContentsMargins(0, 0, 0, 0)
    labels = [QLabel("") for _ in range(count)]
    for label in labels:
        label.setWordWrap(True)
        words_layout.addWidget(label)
    words_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(words)
    layout.addWidget(scroll, 1)
    return labels


class _WrappedLabel(QLabel):
    """A wrapped label at least as tall as its text at its width: a wizard page's form
    gave the discrepancy two lines, and a French or German verdict takes three."""

    def __init__(self) -> None:
        super().__init__("")
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:
            needed = self.heightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)


class RefillWizard(QWizard):
    def __init__(self, session: Session, profile: PumpProfile,
                 parent: QWidget | None = None, low_alarm_nl: int | None = None) -> None:
        """Plans against the pump as the session's pump view last read it (the main window
        opens the wizard only once a pump has been read). ``low_alarm_nl``: the alarm
        volume offered (the preference; else the profile's)."""
        super().__init__(parent)
        status = session.view.status
        if status is None:
            raise ValueError("The refill wizard plans from a pump read: connect first.")
        self.session, self.status, self.profile = session, status, profile
        self.plan: RefillPlan | None = None
        self._discrepancy_flagged = False
        self.setWindowTitle(tr("Refill - training mock"))
        # 640 x 480 in normal type; larger type, a larger wizard (the screen fit caps it)
        em = self.fontMetrics().averageCharWidth()
        self.resize(max(640, 72 * em), max(480, 30 * self.fontMetrics().lineSpacing()))
        concentrations = load_drugs()[status.program.drug].concentrations

        withdraw = WizardPage(complete=self._withdraw_complete)
        withdraw.setTitle(tr("1. Withdraw the residual"))
        withdraw.setSubTitle(tr("Withdraw the reservoir completely, read the syringe, and type "
                                "what you measured."))
        # The notes above the form take their whole wrapped height (a form's own spanning
        # rows cut a third line in large type).
        page_layout = QVBoxLayout(withdraw)
        page_layout.addWidget(training_banner())
        page_layout.addWidget(ViewNote(session.view))
        self._bolus_notes: list[QLabel] = []
        page_layout.addWidget(self._bolus_note())
        form = QFormLayout()
        page_layout.addLayout(form)
        page_layout.addStretch(1)
        form.addRow(tr("Expected residual (pump):"), QLabel(
            tr("<b>{millilitres}</b> (calculated by the pump)").format(
                millilitres=style.millilitres(ml(status.reservoir_nl)))))
        # Empty, to be typed: a pre-filled expected value let a trainee click through
        # without measuring, skipping the one check that finds an over-infusing pump.
        self.withdrawn = NumberEdit(NumberRule(style.Quantity.ML.decimals))
        self.withdrawn.setPlaceholderText(
            tr("measure, then type, e.g. {number}").format(number=style.Quantity.ML.number(3.2)))
        self.withdrawn.setAccessibleName(tr("Volume withdrawn in mL, as measured"))
        withdrawn_row = QHBoxLayout()
        withdrawn_row.addWidget(self.withdrawn, 1)
        withdrawn_row.addWidget(QLabel(tr("mL")))
        form.addRow(tr("Volume withdrawn (measured):"), withdrawn_row)
        self.withdrawn_nl: int | None = None
        self.discrepancy = _WrappedLabel()
        form.addRow(self.discrepancy)
        self.acknowledge = QCheckBox(tr("I have noted the discrepancy and will act on it"))
        self.acknowledge.setAccessibleName(tr("Acknowledge the refill discrepancy"))
        form.addRow(self.acknowledge)
        self.withdrawn.textChanged.connect(self._update_discrepancy)
        self.acknowledge.toggled.connect(withdraw.completeChanged)
        self.withdrawn.textChanged.connect(withdraw.completeChanged)
        self.addPage(withdraw)

        fill = self.fill_page = WizardPage(complete=lambda: self._replan() is not None)
        fill.setTitle(tr("2. Fill"))
        fill.setSubTitle(tr("Enter the concentration twice, from the vial each time."))
        fill_column = QVBoxLayout(fill)
        form = QFormLayout()
        fill_column.addLayout(form)
        form.addRow(training_banner())
        form.addRow(ViewNote(session.view))
        self.concentration = QComboBox()
        self.confirm = QComboBox()
        for box, name in ((self.concentration, tr("Concentration")),
                          (self.confirm, tr("Concentration again"))):
            box.addItem(tr("choose..."), None)
            for concentration in concentrations:
                box.addItem(str(concentration), concentration)
            box.setAccessibleName(name)
        form.addRow(tr("Concentration:"), self.concentration)
        form.addRow(tr("Concentration again:"), self.confirm)
        self.filled = _millilitres(profile.reservoir_nl, profile.reservoir_nl, tr("Fill volume"))
        form.addRow(tr("Fill volume:"), self.filled)
        self.alarm = _millilitres(profile.low_reservoir_alarm_max_nl,
                                  profile.low_reservoir_alarm_default_nl
                                  if low_alarm_nl is None else low_alarm_nl,
                                  tr("Low-reservoir alarm volume"))
        form.addRow(tr("Low-reservoir alarm:"), self.alarm)
        # Under the form, not in a row of it: a form row gave the bridge bolus's three
        # wrapped lines the height of two at a larger type (the last line cut off).
        self.fill_message = QLabel("")
        self.fill_message.setWordWrap(True)
        fill_column.addWidget(self.fill_message)
        self.give_bridge = QCheckBox(tr("Give the bridge bolus after the refill"))
        self.give_bridge.setChecked(True)
        self.give_bridge.setVisible(False)
        fill_column.addWidget(self.give_bridge)
        fill_column.addStretch(1)
        for box in (self.concentration, self.confirm):
            box.currentIndexChanged.connect(fill.completeChanged)
        for spin in (self.filled, self.alarm):
            spin.edited.connect(fill.completeChanged)
        self.addPage(fill)

        # Send waits for a live pump. It is the commit: the result page that follows has
        # no Back, so nothing shown beside the pump's answer can differ from what was sent.
        review = self.review_page = WizardPage(
            complete=lambda: (session.view.live and self.plan is not None
                              and not self.bolus_refusal()),
            enter=self._show_summary)
        review.setTitle(tr("3. Review and send"))
        review.setSubTitle(tr("Nothing has been sent yet: Send to pump refills it, reads it "
                              "back and shows the result."))
        review.setCommitPage(True)
        [self.summary] = _add_words(review, session, 1)
        review_layout = review.layout()
        assert isinstance(review_layout, QVBoxLayout)
        review_layout.insertWidget(2, self._bolus_note())  # under the link note
        self.addPage(review)

        result = self.result_page = WizardPage(complete=lambda: self.awaited.last is not None,
                                               enter=self._send)
        result.setTitle(tr("4. Result"))
        result.setSubTitle(tr("The refill goes to the pump; its answer and what is read back "
                              "appear below."))
        self.sent, self.outcome, self.read_back = _add_words(result, session, 3)
        self.sent.setAccessibleName(tr("What was sent"))
        self.outcome.setAccessibleName(tr("What the pump answered"))
        self.read_back.setAccessibleName(tr("What the pump holds, read back"))
        self.addPage(result)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Send to pump"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        self.awaited = AwaitedOutcome()
        session.outcome_ready.connect(self._outcome)
        session.view.changed.connect(review.completeChanged)
        session.view.changed.connect(self._show_bolus_refusal)
        self._show_bolus_refusal()
        self._update_discrepancy()

    @property
    def send_button(self) -> QAbstractButton:
        """The review page's commit button: it sends the refill and moves to the result."""
        return self.button(QWizard.WizardButton.CommitButton)

    # ------------------------------------------------------------------ a running bolus
    def bolus_refusal(self) -> str:
        """Why the pump would refuse the refill now: a bolus runs ("" when none does, and
        once the refill has been sent)."""
        status = self.session.view.status
        if self.awaited.last is not None or status is None or status.bolus is None:
            return ""
        left = hours_minutes((status.bolus.ends_at - status.pump_clock).total_seconds())
        return tr("A {bolus} is running ({left} left): the pump refuses a refill until it "
                  "has ended or been cancelled (Cancel bolus..., in the main "
                  "window).").format(bolus=bolus_kind_words(status.bolus.kind.value),
                                     left=left)

    def _bolus_note(self) -> QLabel:
        note = QLabel("")
        note.setWordWrap(True)
        set_ink(note, CRITICAL)
        note.setAccessibleName(tr("Why the pump would refuse the refill now"))
        self._bolus_notes.append(note)
        return note

    def _show_bolus_refusal(self) -> None:
        refusal = self.bolus_refusal()
        for note in self._bolus_notes:
            note.setText(refusal)
            note.setVisible(bool(refusal))

    # ------------------------------------------------------------------ page 1
    def _update_discrepancy(self) -> None:
        self.withdrawn_nl = None
        reading = self.withdrawn.reading()
        if not self.withdrawn.text().strip():
            self.discrepancy.setText(tr("Type the volume you withdrew, as read on the syringe."))
            self.acknowledge.setVisible(False)
            return
        try:
            if reading.value is None:
                raise UnitError(reading.reason)
            withdrawn_nl = scaled(reading.value, NL_PER_ML, "volume withdrawn")
            result = refill_discrepancy(self.status.reservoir_nl, withdrawn_nl, self.profile)
        except (UnitError, CalculatorError) as error:
            self.discrepancy.setText(coloured(str(error), CRITICAL))
            self.acknowledge.setVisible(False)
            return
        self.withdrawn_nl = withdrawn_nl
        self._discrepancy_flagged = result.flagged
        colour = CRITICAL if result.flagged else OK
        # The verdict in bold, then what it may mean, said once (the interpretation starts
        # with the same words) and with its units as written ("mL", not "ml").
        said = result.interpretation.removeprefix(result.in_words)
        self.discrepancy.setText(
            coloured(result.in_words[:1].upper() + result.in_words[1:], colour, bold=True)
            + (said if said != result.interpretation else f". {said}") + " "
            + tr("(The threshold on this pump is {threshold} mL.)").format(
                threshold=style.plain(ml(result.threshold_nl))))
        self.acknowledge.setVisible(result.flagged)

    def _withdraw_complete(self) -> bool:
        if self.withdrawn_nl is None:
            return False
        return not self._discrepancy_flagged or self.acknowledge.isChecked()

    # ------------------------------------------------------------------ page 2
    def _replan(self) -> RefillPlan | None:
        first, second = self.concentration.currentData(), self.confirm.currentData()
        if not isinstance(first, Concentration) or not isinstance(second, Concentration):
            self.fill_message.setText(tr("Choose the concentration in both fields."))
            return None
        refused = first_refusal(self.fill_page, show=False)
        if refused:
            self.plan = None
            self.fill_message.setText(coloured(refused, CRITICAL))
            return None
        try:
            if self.withdrawn_nl is None:
                raise RefillPlanError(tr("volume withdrawn: type it on the first page"))
            self.plan = plan_refill(self.status, self.profile, self.withdrawn_nl,
                                    _nl(self.filled), first, second, _nl(self.alarm))
        except (RefillPlanError, CalculatorError) as error:
            self.plan = None
            self.fill_message.setText(coloured(str(error), CRITICAL))
            return None
        bridge = self.plan.bridge
        self.give_bridge.setVisible(bridge is not None)
        self.fill_message.setText(
            "" if bridge is None else coloured(
                tr("Concentration change: the pump path still holds "
                   "{concentration}. {bridge_words}").format(
                    concentration=self.status.program.concentration,
                    bridge_words=self._bridge_words(bridge)), WARN_INK))
        return self.plan

    def _bridge_words(self, bridge: BridgeBolus) -> str:
        old = self.status.program.concentration
        return tr("Bridge bolus: {volume} ({dose} at {old}) at {rate} for {duration}, then "
                  "{new_rate}.").format(
            volume=style.small_volume(ml(bridge.volume_nl)),
            dose=style.micrograms(ml(bridge.volume_nl) * old.mcg_per_ml), old=old,
            rate=style.ml_per_day(ml(bridge.bridge_rate_nl_per_day)),
            duration=style.duration(bridge.duration_s),
            new_rate=style.ml_per_day(ml(bridge.new_rate_nl_per_day)))



    # ------------------------------------------------------------------ page 3
    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        request, outlook = plan.request, plan.outlook
        today = self.status.pump_clock
        withdrawn = dict(withdrawn=style.millilitres(ml(request.withdrawn_nl)),
                         expected=style.millilitres(ml(plan.discrepancy.expected_residual_nl)),
                         difference=plan.discrepancy.in_words)
        lines = [
            (tr("Withdrawn {withdrawn}; expected {expected}: {difference} (FLAGGED).")
             if plan.discrepancy.flagged else
             tr("Withdrawn {withdrawn}; expected {expected}: {difference}.")).format(**withdrawn),
            tr("Fill {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}.").format(
                volume=style.millilitres(ml(request.filled_nl)), drug=request.drug,
                concentration=request.concentration,
                alarm=style.millilitres(ml(request.low_reservoir_alarm_nl))),
            tr("Program unchanged in dose, rewritten for the new concentration.")
            if request.program else tr("Program unchanged in dose."),
            tr("Next low-reservoir alarm: {time} ({when})").format(
                time=style.moment(outlook.alarm_at),
                when=style.day_count(outlook.alarm_at.date(), today.date()))
            if outlook.alarm_at else tr("The pump is not delivering: no alarm date."),
            tr("Reservoir empty: {time} ({when})").format(
                time=style.moment(outlook.empty_at),
                when=style.day_count(outlook.empty_at.date(), today.date()))
            if outlook.empty_at else "",
        ]
        if plan.bridge is not None and self.give_bridge.isChecked():
            lines.append(tr("Then: {bridge}").format(bridge=self._bridge_words(plan.bridge)))
        self.summary.setText("<br>".join(line for line in lines if line))

    def _send(self) -> None:
        """The result page opens by sending: the review page, a commit page, cannot be
        returned to, so the plan sent is the one shown here until the wizard closes."""
        plan = self.plan
        assert plan is not None  # the review page is complete only with a plan
        if plan.discrepancy.flagged:
            self.session.note(ActionKind.DISCREPANCY_ACKNOWLEDGED,
                              discrepancy_nl=plan.discrepancy.discrepancy_nl)
        give_bridge = self.give_bridge.isChecked() and plan.bridge is not None
        request = plan.request
        bridge: tuple[FollowUp, ...] = ()
        if give_bridge and plan.bridge is not None:
            bridge = (FollowUp(Command.BRIDGE_BOLUS, ActionKind.BOLUS_STARTED,
                               {"kind": "bridge", "volume_nl": plan.bridge.volume_nl,
                                "duration_s": plan.bridge.duration_s},
                               bridge_refusal, bridge_shown,
                               without_bridge(plan.bridge, request.concentration)),)
        self.sent.setText(tr("<b>Sent:</b><br>{summary}").format(summary=self.summary.text()))
        self.outcome.setText(tr("Sending the refill, then reading the pump back..."))
        self.awaited.asking()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        ticket = self.session.perform(
            Command.REFILL, lambda pump: refill_with_bridge(pump, plan, give_bridge),
            ActionKind.REFILL, follow_ups=bridge,
            verify=lambda _result, status: refill_shown(plan, status),
            expected_residual_nl=plan.discrepancy.expected_residual_nl,
            withdrawn_nl=request.withdrawn_nl, filled_nl=request.filled_nl,
            concentration=request.concentration.mcg_per_ml,
            low_alarm_nl=request.low_reservoir_alarm_nl,
            flagged=int(plan.discrepancy.flagged))
        self.awaited.asked(ticket)

    def reject(self) -> None:
        """Cancel (or Esc) while the pump is answering would hide the answer: not then."""
        if not self.awaited.pending:
            super().reject()

    def _outcome(self, outcome: Outcome) -> None:
        if not self.awaited.take(outcome):
            return
        self.outcome.setText(outcome_html(outcome))
        status = outcome.read_back
        self.read_back.setText(
            tr("The pump could not be read back: what it holds now is not known.")
            if status is None else f"{escape(read_back_words(status))}<br>" + (
                bolus_line(status) if status.bolus is not None else tr("No bolus running.")))
        self.result_page.setSubTitle(tr("Sent to the pump: what it answered and what was "
                                        "read back is below."))
        self.result_page.completeChanged.emit()

    def done(self, code: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.outcome_ready.disconnect(self._outcome)
        super().done(code)
