"""Pump > Replace pump: save the old pump, connect the new one, prime, record, program.

Five steps, in the order of a pump exchange in theatre; each ends in a visible outcome
(done and verified, refused with the pump's reason, not done, or unknown with what to
check) and Next waits for it. Every pump step is one command of the session, verified
by reading the pump back, so nothing is half-applied: a step that fails leaves the pump
as it was and can be tried again, and leaving the wizard early says what was done and
what was not. The file is written and read off the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html import escape
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.replacement import (
    Conversion,
    ReplacementError,
    catheter_edited,
    convert_program,
    new_pump_problem,
    record_changes,
    record_reason,
    replacement_priming,
)
from itb_console.console.clinical.review import SoftLimits
from itb_console.console.clinical.saved_pump import SUFFIX, SavedPump, load, save
from itb_console.console.commands import change_record, record_change_refusal, start_bolus
from itb_console.console.event_words import mode_words
from itb_console.console.file_jobs import FileJobs
from itb_console.console.outcome import AwaitedOutcome, Command, Outcome, OutcomeKind
from itb_console.console.session import SendResult, Session, SessionState
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.implant_record import (
    MAX_TEXT_CHARS,
    ImplantRecord,
)
from itb_console.device.pump_api import BolusKind, BolusRequest, PumpStatus
from itb_console.device.pump_profiles import load_profile
from itb_console.device.therapy import Mode
from itb_console.device.units import mcg, ml
from itb_console.ui.bolus_strip import bolus_line
from itb_console.ui.catheter_fields import (
    catheter_length_box,
    catheter_volume_box,
    typed_catheter,
)
from itb_console.ui.dialogs.replace_steps import (
    ConversionTable,
    StepPage,
    summary_of,
    who_and_what,
)
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.number_field import first_refusal
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.screen_fit import fit_to
from itb_console.ui.style import WARN_INK, coloured
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
)

Picked = tuple[str, Path | None]  # a device URL and its key file


def _saved_pumps() -> str:
    """The file dialogs' filter for saved pumps, in the language of the run."""
    return tr("Saved pumps ({pattern})").format(pattern="*" + SUFFIX)


class ReplaceWizard(QWizard):
    """``connect(url, key_file)`` connects the session (the main window remembers the
    device too); ``pick_device()`` asks which pump (the usual device picker)."""

    def __init__(self, session: Session, pick_device: Callable[[], Picked | None],
                 connect: Callable[[str, Path | None], None] | None = None,
                 limits: SoftLimits | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pick_device = pick_device
        self._connect = connect or session.connect_to
        self.limits = limits or SoftLimits()
        self._priming: BolusRequest | None = None
        self._saving_to = Path()
        self._awaited_step = 0
        self._awaiting_send = False  # the review closed while its send was on its way
        # Asked of the person; a script or a test puts its own answers here.
        self.choose_save_path: Callable[[Path], Path | None] = self._ask_save_path
        self.choose_open_path: Callable[[], Path | None] = self._ask_open_path
        self.confirm_leave: Callable[[str], bool] = self._ask_before_leaving
        self.saved: SavedPump | None = None
        self.conversion: Conversion | None = None
        self.outcomes: dict[int, Outcome] = {}  # step -> its last outcome
        self.awaited = AwaitedOutcome()
        self.files = FileJobs(self)
        self.review: ReviewDialog | None = None
        self._chosen: Picked | None = None  # the new pump, while the old session closes
        self._connecting = False
        self.setWindowTitle(tr("Replace pump - training mock"))
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])  # no Back: steps act
        self.save_page = self._save_page()
        self.connect_page = self._connect_page()
        self.prime_page = self._prime_page()
        self.record_page = self._record_page()
        self.program_page = self._program_page()
        for page in (self.save_page, self.connect_page, self.prime_page, self.record_page,
                     self.program_page):
            self.addPage(page)
        self.files.answered.connect(self._file_answered)
        session.outcome_ready.connect(self._outcome)
        session.status_changed.connect(self._status_changed)
        session.record_changed.connect(self._record_changed)
        session.state_changed.connect(self._state_changed)
        session.error.connect(self._session_error)
        session.action_failed.connect(self._read_failed)
        self.currentIdChanged.connect(self._fit_to_screen)
        self._refresh()
        hint = self.sizeHint()  # wider with larger type, so that lines do not wrap thrice
        self.resize(max(760, 84 * self.fontMetrics().averageCharWidth(), hint.width()),
                    max(560, hint.height()))

    # ------------------------------------------------------------------ pages
    def _save_page(self) -> StepPage:
        page = StepPage(1, tr("Save the old pump"), tr(
            "Read the old pump and keep its program, drug and implant record in a file: the "
            "new pump is programmed from it. A file saved earlier can be opened instead."),
                        lambda: self.saved is not None)
        self.save_button = page.action(tr("Interrogate and save..."), self.interrogate_and_save)
        self.open_button = page.action(tr("Open a saved file..."), self.open_saved,
                                       primary=False)
        return page

    def _connect_page(self) -> StepPage:
        page = StepPage(2, tr("Connect the new pump"), tr(
            "Close the session with the old pump (it runs its program until it is explanted), "
            "then connect the new pump from the device picker: sim://, an emulator or a "
            "station."), self._new_pump_ready)
        self.connect_button = page.action(tr("Connect the new pump..."), self.connect_new_pump)
        return page

    def _prime_page(self) -> StepPage:
        page = StepPage(3, tr("Prime the new pump"), tr(
            "Fill the new pump's internal path and the catheter before therapy starts: a "
            "priming bolus at the pump's maximum rate. The catheter comes from the saved "
            "record; confirm it is the one implanted, or correct it and say why."),
                        lambda: self._done(3), enter=self._refresh)
        self.catheter = catheter_length_box(tr("Catheter length in centimetres"))
        self.catheter_volume = catheter_volume_box()
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_TEXT_CHARS)
        self.reason.setPlaceholderText(tr("e.g. catheter shortened in theatre"))
        self.reason.setAccessibleName(tr("Reason for a catheter other than the saved one"))
        form = QFormLayout()
        form.addRow(tr("Catheter length:"), self.catheter)
        form.addRow(tr("Internal volume:"), self.catheter_volume)
        form.addRow(tr("Reason for a change:"), self.reason)
        page.add_layout(form)
        self.priming_text = page.text("", tr("Priming volume, worked"))
        for spin in (self.catheter, self.catheter_volume):
            spin.edited.connect(self._refresh)  # a value, or a refused text with none
        self.reason.textChanged.connect(self._refresh)
        self.prime_button = page.action(tr("Start the priming bolus"), self.prime)
        return page

    def _record_page(self) -> StepPage:
        page = StepPage(4, tr("Write the implant record"), tr(
            "The record follows the patient: the same patient ID and catheter on the new pump, "
            "implanted today."), lambda: self._done(4), enter=self._refresh)
        self.record_text = page.text("", tr("The record to write"))
        self.record_button = page.action(tr("Write the record"), self.write_record)
        return page

    def _program_page(self) -> StepPage:
        page = StepPage(5, tr("Program the new pump"), tr(
            "The daily doses in mcg stay; the volumes follow the drug in the new pump. Review "
            "the program side by side and send it; the pump is read back to verify."),
                        lambda: self._done(5), enter=self._refresh)
        page.setFinalPage(True)
        self.program_text = page.text("", tr("The saved program"))
        self.conversion_table = ConversionTable()
        page.add_widget(self.conversion_table)
        self.program_total = page.text("", tr("Daily total on the old and the new pump"))
        self.program_button = page.action(tr("Review and send..."), self.review_and_send)
        return page

    def _fit_to_screen(self, _page_id: int) -> None:
        """A later page holds more (the doses table): the window grows to show it, within
        the screen."""
        screen = self.screen()
        if self.isVisible() and screen is not None:
            fit_to(self, screen.availableGeometry())

    # ------------------------------------------------------------------ state
    def _done(self, step: int) -> bool:
        outcome = self.outcomes.get(step)
        return outcome is not None and outcome.ok

    def _new_pump(self) -> PumpStatus | None:
        """The status of the connected pump if it can be the replacement."""
        status = self.session.status
        if (self.saved is None or status is None or not self.session.interrogated
                or self.session.record is None or new_pump_problem(self.saved, status)):
            return None
        return status

    def _new_pump_ready(self) -> bool:
        return self._new_pump() is not None

    def _catheter(self) -> tuple[int, int]:
        return typed_catheter(self.catheter, self.catheter_volume)

    def _edited(self) -> bool:
        return self.saved is not None and catheter_edited(self.saved, *self._catheter())

    def _refresh(self) -> None:
        """Every page's words and buttons, from the saved pump and the session now."""
        saved, status = self.saved, self.session.status
        busy = self.awaited.pending or self._connecting or self.session.state in (
            SessionState.BUSY, SessionState.SENDING, SessionState.CONNECTING,
            SessionState.CLOSING)
        live = self.session.interrogated and self.session.record is not None
        self.save_page.show_state(
            (summary_of(saved) if saved is not None else tr("<b>Connected now:</b> {pump}").format(
                pump=who_and_what(status, self.session.record, self.session.view.age_text()))),
            "" if live else tr("Interrogate and save needs the old pump connected (Ctrl+K); or "
                               "open a file saved earlier."))
        self.save_button.setEnabled(live and not busy)
        self.open_button.setEnabled(not busy)
        self._refresh_connect(busy)
        self._refresh_prime(busy)
        self._refresh_record(busy)
        self._refresh_program(busy)
        for page in (self.save_page, self.connect_page, self.prime_page, self.record_page,
                     self.program_page):
            page.completeChanged.emit()

    def _refresh_connect(self, busy: bool) -> None:
        saved, status = self.saved, self.session.status
        now = who_and_what(status if self.session.interrogated else None, self.session.record,
                           self.session.view.age_text())
        problem = ("" if saved is None or status is None or not self.session.interrogated
                   else new_pump_problem(saved, status))
        ready = self._new_pump_ready()
        self.connect_page.show_state(
            tr("<b>Connected now:</b> {pump}").format(pump=now)
            + (" " + tr("This is the new pump.") if ready else ""), problem)
        self.connect_button.setText(tr("Close this session and connect the new pump...")
                                    if self.session.pump is not None
                                    else tr("Connect the new pump..."))
        self.connect_button.setEnabled(saved is not None and not busy and not ready)

    def _refresh_prime(self, busy: bool) -> None:
        status, why = self._new_pump(), ""
        self.reason.setEnabled(self._edited())
        request = None
        # A refused text in a catheter field is no catheter: nothing is worked out from the
        # value the field held before (a priming volume for 40 cm while it reads "405 cm").
        refused = first_refusal(self.prime_page, show=False)
        if status is None or refused:
            why = refused or tr("Connect the new pump first (step 2).")
            self.priming_text.setText("")
        else:
            try:
                plan = replacement_priming(load_profile(status.identity.profile_id),
                                           *self._catheter())
                request = BolusRequest(BolusKind.PRIMING, plan.bolus.volume_nl,
                                       plan.bolus.duration_s)
                self.priming_text.setText(tr("<b>Priming volume:</b> {plan}").format(
                    plan=escape(plan.text())))
                self._reason()  # an edited catheter waits for its reason
            except ReplacementError as error:
                why = str(error)
            why = why or self._bolus_refusal(status, request)
        if status is not None and status.bolus is not None:
            self.prime_page.show_state(bolus_line(status), why if not self._done(3) else "")
        else:
            self.prime_page.show_state("", why if not self._done(3) else "")
        self._priming = request
        self.prime_button.setEnabled(not why and not busy and not self._done(3))
        for field in (self.catheter, self.catheter_volume):
            field.setEnabled(not self._done(3))

    def _bolus_refusal(self, status: PumpStatus, request: BolusRequest | None) -> str:
        if request is None:
            return tr("The priming volume cannot be worked out.")
        if status.bolus is not None and not self._done(3):
            return tr("A bolus is running: the pump takes one at a time.")
        if request.volume_nl > status.reservoir_nl:
            return tr("Only {volume} in the new pump's reservoir: fill it first.").format(
                volume=style.millilitres(ml(status.reservoir_nl)))
        return ""

    def _refresh_record(self, busy: bool) -> None:
        status, saved = self._new_pump(), self.saved
        if status is None or saved is None:
            self.record_text.setText("")
            self.record_page.show_state("", tr("Connect the new pump first (step 2)."))
            self.record_button.setEnabled(False)
            return
        changes = self._record_changes(status)
        held = ("" if status.identity.patient_id == saved.patient_id else
                " " + tr("(this pump holds {patient})").format(
                    patient=escape(status.identity.patient_id)))
        length_mm, per_cm = self._catheter()
        edited = self._edited()
        today = style.day(status.pump_clock)
        catheter = tr("{model}, {length} x {per_cm}").format(
            model=escape(saved.record.catheter_model),
            length=style.Quantity.CM(length_mm / 10), per_cm=style.Quantity.ML_PER_CM(ml(per_cm)))
        rows = [
            (tr("Patient"), f"{escape(saved.patient_id)}{held}"),
            (tr("Pump"), tr("{model} {serial}, new; replaces {old_model} {old_serial}").format(
                model=escape(status.identity.model_code),
                serial=escape(status.identity.serial_number),
                old_model=escape(saved.model_code), old_serial=escape(saved.serial_number))),
            (tr("Implanted"), tr("{day} (today)").format(day=today)),
            (tr("Catheter"), catheter + " " + (
                tr("(changed: {reason})").format(reason=escape(self.reason.text().strip()))
                if edited else tr("(as saved)"))),
            (tr("Catheter tip"), escape(saved.record.tip_level)),
            (tr("Last refill"), tr("{day} (filled in theatre)").format(day=today)),
            (tr("Next refill"), tr("not booked: plan it from the new reservoir")),
        ]
        self.record_text.setText("<br>".join(f"<b>{name}:</b> {value}" for name, value in rows))
        refused = "" if self._done(4) else self._record_refusal(changes)
        self.record_page.show_state("", refused)
        self.record_button.setEnabled(not refused and not busy and not self._done(4))

    def _reason(self) -> str:
        """The reason logged with the record; ReplacementError while an edited catheter
        has none."""
        assert self.saved is not None
        return record_reason(self.saved, self._edited(), self.reason.text())

    def _record_changes(self, status: PumpStatus) -> dict[str, str]:
        assert self.saved is not None
        return record_changes(self.saved, status.pump_clock.date(), *self._catheter())

    def _record_refusal(self, changes: dict[str, str]) -> str:
        try:
            reason = self._reason()
        except ReplacementError as error:
            return tr("{problem} (on the priming page).").format(problem=error)
        return record_change_refusal(self.session, changes, reason)

    def _refresh_program(self, busy: bool) -> None:
        status, saved = self._new_pump(), self.saved
        self.conversion = None
        self.conversion_table.setVisible(False)
        self.program_total.setText("")
        if status is None or saved is None:
            self.program_text.setText("")
            self.program_page.show_state("", tr("Connect the new pump first (step 2)."))
            self.program_button.setEnabled(False)
            return
        try:
            self.conversion = conversion = convert_program(
                saved.program, status.reservoir_concentration, status.program.drug,
                load_profile(status.identity.profile_id))
        except ReplacementError as error:
            self.program_text.setText("")
            self.program_page.show_state("", str(error))
            self.program_button.setEnabled(False)
            return
        old, new = conversion.old, conversion.new
        self.program_text.setText(
            tr("<b>Saved program:</b> {mode}, {drug}; {change}").format(
                mode=mode_words(new.mode.value), drug=escape(new.drug),
                change=tr("the concentration changes, so every volume changes.")
                if conversion.concentration_changed else tr("the same concentration.")))
        self.conversion_table.show_conversion(conversion)
        self.conversion_table.setVisible(True)
        self.program_total.setText(tr(
            "<b>Daily total:</b> {dose}, the same on the new pump; {old_volume} at "
            "{old_concentration} &rarr; <b>{new_volume}</b> at {new_concentration}").format(
                dose=style.mcg_per_day(mcg(old.daily_dose_ng)),
                old_volume=style.ml_per_day(ml(old.daily_volume_nl)),
                old_concentration=old.concentration,
                new_volume=style.ml_per_day(ml(new.daily_volume_nl)),
                new_concentration=new.concentration))
        stopped = status.program.mode is Mode.STOPPED and not self._done(5)
        finished = tr("Replacement done: {serial} runs the saved doses. Print the session "
                      "report (Ctrl+P) and plan the next refill from the new reservoir.").format(
            serial=escape(status.identity.serial_number))
        self.program_page.show_state(
            coloured(tr("The new pump is stopped: it gives no baclofen until this program is "
                        "sent."), WARN_INK) if stopped else finished if self._done(5) else "",
            "")
        self.program_button.setEnabled(not busy and not self._done(5) and self.review is None)

    # ------------------------------------------------------------------ step 1
    def interrogate_and_save(self) -> None:
        status = self.session.status
        if status is None or not self.session.interrogated:
            return
        default = Path.home() / (f"{status.identity.serial_number}-"
                                 f"{style.file_stamp(status.pump_clock)}{SUFFIX}")
        chosen = self.choose_save_path(default)
        if chosen is None:
            self._show(1, Outcome(Command.SAVE_PUMP, OutcomeKind.NOT_DONE,
                                  tr("Nothing was saved: no file was chosen."),
                                  tr("Choose a file to keep the old pump in.")))
            return
        path = chosen
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
        self._saving_to = path
        self._busy(1, tr("Reading the pump (status and implant record)..."))
        self.session.fetch("replacement read",
                           lambda pump: (pump.interrogate(), pump.read_record()),
                           self._read_for_saving)

    def _read_for_saving(self, reading: tuple[PumpStatus, ImplantRecord]) -> None:
        saved = SavedPump.read_from(*reading)
        path = self._saving_to
        self._busy(1, tr("Saving to {path}, then reading it back...").format(path=path))
        self.files.ask("save", lambda: save(path, saved))

    def _read_failed(self, name: str, message: str) -> None:
        if name == "replacement read":
            self._show(1, Outcome(Command.SAVE_PUMP, OutcomeKind.NOT_DONE,
                                  tr("The pump could not be read: {problem}. Nothing was "
                                     "saved.").format(problem=message),
                                  tr("Reconnect to the old pump and try again.")))

    def open_saved(self) -> None:
        path = self.choose_open_path()
        if path is not None:
            self._busy(1, tr("Reading {path}...").format(path=path))
            self.files.ask("open", lambda: load(path))

    def _ask_save_path(self, default: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the old pump"), str(default),
                                                _saved_pumps())
        return Path(chosen) if chosen else None

    def _ask_open_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Open a saved pump"), str(Path.home()),
                                                _saved_pumps() + ";;" + tr("All files (*)"))
        return Path(chosen) if chosen else None

    def _file_answered(self, tag: str, value: object, failure: object) -> None:
        if failure is not None or not isinstance(value, SavedPump):
            self._show(1, Outcome(Command.SAVE_PUMP, OutcomeKind.NOT_DONE,
                                  (tr("Not saved: {problem}.") if tag == "save"
                                   else tr("Not opened: {problem}.")).format(problem=failure),
                                  tr("Choose another folder and save again.") if tag == "save"
                                  else tr("Open a file saved by Pump > Replace pump.")))
            return
        self.saved = value
        ml_cm = ml(value.record.catheter_nl_per_cm)
        self.catheter.setValue(value.record.catheter_length_mm / 10)
        self.catheter_volume.setValue(ml_cm)
        if tag == "save":
            self.session.note(ActionKind.PUMP_SAVED, serial=value.serial_number,
                              file=self._saving_to.name)
            message = tr("Saved to {path} and read back: the file holds exactly what the pump "
                         "reported.").format(path=self._saving_to)
        else:
            message = tr("Opened the pump saved on {moment}. Check it is this patient's before "
                         "going on.").format(moment=style.moment(value.pump_clock))
        self._show(1, Outcome(Command.SAVE_PUMP, OutcomeKind.VERIFIED, message))

    # ------------------------------------------------------------------ step 2
    def connect_new_pump(self) -> None:
        picked = self.pick_device()
        if picked is None:
            self._show(2, Outcome(Command.CONNECT_NEW_PUMP, OutcomeKind.NOT_DONE,
                                  tr("No pump was chosen: nothing changed."),
                                  tr("Choose the new pump in the device picker.")))
            return
        self._chosen = picked
        self._connecting = True
        if self.session.pump is not None:
            self._busy(2, tr("Closing the session with the old pump..."))
            self.session.close_session()
        else:
            self._state_changed(self.session.state)

    def _state_changed(self, state: SessionState) -> None:
        if self._chosen is not None and state is SessionState.DISCONNECTED:
            url, key_file = self._chosen
            self._chosen = None
            self._busy(2, tr("Connecting to {device}...").format(device=url))
            self._connect(url, key_file)
            if self.session.state is SessionState.DISCONNECTED:  # refused before it began
                self._connecting = False
        self._refresh()

    def _session_error(self, message: str) -> None:
        if self._connecting:
            self._connecting = False
            self._show(2, Outcome(Command.CONNECT_NEW_PUMP, OutcomeKind.NOT_DONE,
                                  tr("Not connected: {problem}").format(problem=message),
                                  tr("Check the device and try again.")))

    def _status_changed(self, _status: PumpStatus) -> None:
        self._check_connected()
        self._refresh()

    def _record_changed(self, _record: ImplantRecord) -> None:
        self._check_connected()
        self._refresh()

    def _check_connected(self) -> None:
        status = self.session.status
        # Not before the new link is up: a late answer of the old pump's may still arrive.
        if (not self._connecting or status is None or not self.session.interrogated
                or self.session.record is None):
            return
        self._connecting = False
        assert self.saved is not None
        problem = new_pump_problem(self.saved, status)
        ident = status.identity
        if problem:
            self._show(2, Outcome(Command.CONNECT_NEW_PUMP, OutcomeKind.NOT_DONE,
                                  tr("Connected to {model} {serial}, which cannot be the new "
                                     "pump.").format(model=ident.model_code,
                                                     serial=ident.serial_number), problem))
        else:
            self._show(2, Outcome(Command.CONNECT_NEW_PUMP, OutcomeKind.VERIFIED,
                                  tr("Connected to the new pump {model} {serial} and read "
                                     "it: {drug} {concentration}, {volume} in the reservoir, "
                                     "{mode}.").format(
                                      model=ident.model_code, serial=ident.serial_number,
                                      drug=status.program.drug,
                                      concentration=status.reservoir_concentration,
                                      volume=style.millilitres(ml(status.reservoir_nl)),
                                      mode=mode_words(status.program.mode.value))))

    # ------------------------------------------------------------------ steps 3 and 4
    def prime(self) -> None:
        request = self._priming
        if request is None or not self.prime_button.isEnabled():
            return
        self._send(3, tr("Starting the priming bolus, then reading the pump back..."),
                   lambda: start_bolus(self.session, request))

    def write_record(self) -> None:
        status = self._new_pump()
        if status is None or not self.record_button.isEnabled():
            return
        changes = self._record_changes(status)
        reason = self._reason()
        self._send(4, tr("Writing the record, then reading it back..."),
                   lambda: change_record(self.session, changes, reason))

    def _send(self, step: int, doing: str, command: Callable[[], int]) -> None:
        self._busy(step, doing)
        self.awaited.asking()  # no second click while the command is on its way
        self._awaited_step = step
        self.awaited.asked(command())
        self._refresh()

    def _outcome(self, outcome: Outcome) -> None:
        if isinstance(outcome.result, SendResult) and (self.review is not None
                                                       or self._awaiting_send):
            self._awaiting_send = False
            self._show(5, outcome)
            return
        if self.awaited.take(outcome):
            self._show(self._awaited_step, outcome)

    # ------------------------------------------------------------------ step 5
    def review_and_send(self) -> None:
        status, conversion, saved = self._new_pump(), self.conversion, self.saved
        if status is None or conversion is None or saved is None:
            return
        caption = tr("Old: the program saved from {model} {serial} ({drug} {concentration}). "
                     "New: the same doses for this pump's {new_drug} {new_concentration}.").format(
            model=saved.model_code, serial=saved.serial_number, drug=saved.program.drug,
            concentration=saved.program.concentration, new_drug=status.program.drug,
            new_concentration=status.reservoir_concentration)
        dialog = ReviewDialog(self.session, saved.program, conversion.new, self.limits, self,
                              caption=caption)
        dialog.finished.connect(self._review_closed)
        self.review = dialog
        self._busy(5, tr("Review the program, then Send to pump."))
        dialog.open()

    def _review_closed(self, _code: int) -> None:
        review, self.review = self.review, None
        if review is not None:
            review.deleteLater()
            if review.sending:  # closed mid-send: the answer still comes here
                self._awaiting_send = True
                self._busy(5, tr("Sent; waiting for the pump's answer and the read-back..."))
                return
        if 5 not in self.outcomes:
            self._show(5, Outcome(Command.SEND_PROGRAM, OutcomeKind.NOT_DONE,
                                  tr("The review was closed without sending: the new pump "
                                     "runs what it ran before."),
                                  tr("Review and send again.")))
        self._refresh()

    # ------------------------------------------------------------------ outcomes
    def _busy(self, step: int, doing: str) -> None:
        self.outcomes.pop(step, None)
        self._page(step).show_outcome(doing)
        self._refresh()

    def _show(self, step: int, outcome: Outcome) -> None:
        if outcome.command in (Command.SAVE_PUMP, Command.CONNECT_NEW_PUMP):
            outcome = self.session.local_outcome(outcome)  # logged like every command
        self.outcomes[step] = outcome
        self._page(step).show_outcome(outcome_html(outcome))
        self._refresh()

    def _page(self, step: int) -> StepPage:
        return (self.save_page, self.connect_page, self.prime_page, self.record_page,
                self.program_page)[step - 1]

    def unfinished(self) -> str:
        """What leaving now leaves undone on the new pump ("" when nothing was begun on it
        or everything is done)."""
        done = [tr(name) for step, name in ((3, QT_TR_NOOP("primed")),
                                            (4, QT_TR_NOOP("record written")),
                                            (5, QT_TR_NOOP("programmed"))) if self._done(step)]
        if not self._done(2) and not done:
            return ""
        if self._done(5):
            return ""
        missing = [tr(name) for step, name in ((3, QT_TR_NOOP("priming")),
                                               (4, QT_TR_NOOP("the implant record")),
                                               (5, QT_TR_NOOP("the program")))
                   if not self._done(step)]
        status = self.session.status
        stopped = status is not None and status.program.mode is Mode.STOPPED
        return (tr("Done on the new pump: {done}. Not done: {missing}.").format(
            done=", ".join(done) or tr("nothing yet"), missing=", ".join(missing))
                + (" " + tr("The new pump is stopped: it gives no baclofen.") if stopped
                   else ""))

    def _ask_before_leaving(self, unfinished: str) -> bool:
        answer = QMessageBox.question(
            self, tr("Leave the replacement?"),
            unfinished + " " + tr("Leave the wizard anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        unfinished = self.unfinished()
        if unfinished and not self.confirm_leave(unfinished):
            return
        super().reject()

    def done(self, code: int) -> None:
        for signal, slot in ((self.session.outcome_ready, self._outcome),
                             (self.session.status_changed, self._status_changed),
                             (self.session.record_changed, self._record_changed),
                             (self.session.state_changed, self._state_changed),
                             (self.session.error, self._session_error),
                             (self.session.action_failed, self._read_failed)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().done(code)

