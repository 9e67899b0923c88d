"""A scripted trainee: drives the real session and dialogs against a scenario station.

Everything goes the way a person at the console goes: the session connects over the
station's TCP link, programs are sent through the review dialog, refills through the
refill wizard, boluses through the bolus dialog, alarms cleared in the alarms panel, the
report saved from the main window. The station scores what reached its pump.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from itb_console.console.actions import ActionKind
from itb_console.console.clinical.review import CONFIRMATION_WORD, SoftLimits
from itb_console.console.outcome import Command
from itb_console.console.session import SendResult, Session, SessionState
from itb_console.console.training.classroom_client import ClassroomClient
from itb_console.console.training.classroom_link import rows_of
from itb_console.console.training.classroom_protocol import StationRow
from itb_console.device.pump_api import AlarmCode, BolusKind, PumpStatus
from itb_console.device.serial_pump import SerialPump
from itb_console.device.therapy import Concentration, Mode, Program, Schedule
from itb_console.device.units import NL_PER_ML
from itb_console.ui.dialogs.alarms_panel import AlarmsPanel
from itb_console.ui.dialogs.bolus_dialog import BolusDialog
from itb_console.ui.dialogs.mri_dialog import MriCheckDialog
from itb_console.ui.dialogs.refill_wizard import RefillWizard
from itb_console.ui.dialogs.replace_wizard import ReplaceWizard
from itb_console.ui.dialogs.review_dialog import ReviewDialog
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.text import spaced

WAIT_MS = 20_000


def _choose(box, value) -> None:
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == value))


class ClassroomStation:
    """One station of an itb-classroom, called as the instructor panel calls it."""

    def __init__(self, client: ClassroomClient, row: StationRow) -> None:
        self.client, self.name, self.url = client, row.name, row.url
        self.scenario_id = row.scenario_id

    @classmethod
    def open(cls, client: ClassroomClient, scenario_id: str) -> ClassroomStation:
        rows, _ = rows_of(client.call("open", scenario=scenario_id, count=1, speed=1.0))
        return cls(client, rows[0])

    def command(self, op: str) -> StationRow:
        rows, problems = rows_of(self.client.call(op, stations=[self.name]))
        assert problems == []
        return rows[0]

    def row(self) -> StationRow:
        rows, _ = rows_of(self.client.call("read"))
        return next(r for r in rows if r.name == self.name)


class Trainee:
    def __init__(self, qtbot, station: ClassroomStation, folder: Path, monkeypatch) -> None:
        self.qtbot, self.station, self.folder = qtbot, station, folder
        # Short link timeouts: a dropped link is noticed in about a second, not eight.
        self.session = Session(opener=lambda url: SerialPump(url, timeout_s=0.25, retries=2))
        settings = QSettings(str(folder / "console.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.session, settings)
        self.messages: list[str] = []  # what the console told the trainee in message boxes
        self.session.error.connect(self.messages.append)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(folder / "report.pdf"), "PDF (*.pdf)"))
        for name in ("warning", "information"):
            monkeypatch.setattr(QMessageBox, name, self._message)
        monkeypatch.setattr(QMessageBox, "question", self._answer_close)

    def _message(self, _parent, _title: str, text: str, *_args) -> QMessageBox.StandardButton:
        self.messages.append(text)
        return QMessageBox.StandardButton.Ok

    def _answer_close(self, _parent, _title: str, text: str, *_args) -> QMessageBox.StandardButton:
        self.messages.append(text)
        return QMessageBox.StandardButton.Close

    @property
    def status(self) -> PumpStatus:
        assert self.session.status is not None
        return self.session.status

    # ------------------------------------------------------------------ session
    def connect(self) -> None:
        with self.qtbot.waitSignal(self.session.status_changed, timeout=WAIT_MS):
            self.session.connect_to(self.station.url)
        self.qtbot.waitUntil(lambda: self.session.record is not None, timeout=WAIT_MS)

    def wait_disconnected(self) -> None:
        self.qtbot.waitUntil(lambda: self.session.state is SessionState.DISCONNECTED,
                             timeout=WAIT_MS)

    def finish(self) -> None:
        if self.session.pump is not None:
            with self.qtbot.waitSignal(self.session.state_changed, timeout=WAIT_MS,
                                       check_params_cb=lambda s: s is SessionState.DISCONNECTED):
                self.session.close_session()
        self.window.draft.reset(self.window.draft.in_force, self.window.draft.profile)
        self.window.close()
        self.session.shutdown()

    # ------------------------------------------------------------------ programming
    def program(self, pairs_mcg: list[tuple[int, float]], mode: Mode | None = None) -> Program:
        """A program like the one in force with new steps ``[(minute, mcg/day), ...]``."""
        old = self.status.program
        steps = [(minute, round(dose * 1000)) for minute, dose in pairs_mcg]
        chosen = mode or (Mode.CONTINUOUS if len(steps) == 1 else Mode.FLEXIBLE)
        return Program(chosen, Schedule.from_pairs(steps), old.concentration, old.drug)

    def send(self, program: Program, *, override: bool = False) -> SendResult:
        dialog = ReviewDialog(self.session, self.status.program, program, SoftLimits())
        self.qtbot.addWidget(dialog)
        if override:
            dialog.confirm.setText(CONFIRMATION_WORD)
        assert dialog.send_button.isEnabled(), "the review dialog refused to send"
        with self.qtbot.waitSignal(self.session.send_finished, timeout=WAIT_MS):
            dialog.send_button.click()
        assert dialog.send_result is not None
        result = dialog.send_result
        dialog.close()
        self.settle()
        return result

    def settle(self) -> None:
        """Let the re-read after an action come back (or the lost link be noticed)."""
        self.qtbot.waitUntil(lambda: not self.session.worker.pending, timeout=WAIT_MS)

    # ------------------------------------------------------------------ refill, bolus
    def refill(self, *, withdrawn_ml: float, filled_ml: float, mcg_per_ml: int,
               alarm_ml: float = 2.0, acknowledge: bool = False, bridge: bool = True) -> None:
        wizard = RefillWizard(self.session, self.window.draft.profile)
        self.qtbot.addWidget(wizard)
        wizard.show()
        wizard.withdrawn.setText(f"{withdrawn_ml:.2f}")  # as the syringe reads, to 0.01 mL
        wizard.acknowledge.setChecked(acknowledge)
        wizard.next()
        _choose(wizard.concentration, Concentration(mcg_per_ml))
        _choose(wizard.confirm, Concentration(mcg_per_ml))
        wizard.filled.setValue(filled_ml)
        wizard.alarm.setValue(alarm_ml)
        wizard.give_bridge.setChecked(bridge)
        wizard.next()
        with self.qtbot.waitSignal(self.session.outcome_ready, timeout=WAIT_MS):
            wizard.send_button.click()
        self.settle()

    def priming_bolus(self, catheter_cm: float, *, pump_replaced: bool = False,
                      reason: str = "catheter revised") -> None:
        """Prime for a ``catheter_cm`` catheter: an edit of the record goes with ``reason``."""
        self._bolus(BolusKind.PRIMING, catheter_cm=catheter_cm, pump_replaced=pump_replaced,
                    reason=reason)

    def clinician_bolus(self, dose_mcg: int, hours: int) -> None:
        self._bolus(BolusKind.CLINICIAN, dose_mcg=dose_mcg, hours=hours)

    def _bolus(self, kind: BolusKind, *, catheter_cm: float = 0, pump_replaced: bool = False,
               dose_mcg: int = 0, hours: int = 0, reason: str = "") -> None:
        dialog = BolusDialog(self.session, self.window.draft.profile)
        self.qtbot.addWidget(dialog)
        _choose(dialog.kind, kind)
        if kind is BolusKind.PRIMING:
            dialog.catheter.setValue(catheter_cm)
            dialog.pump_replaced.setChecked(pump_replaced)
            if dialog.record_changes():
                dialog.reason.setText(reason)
        else:
            dialog.dose.setValue(dose_mcg)
            dialog.hours.setValue(hours)
            dialog.minutes.setValue(0)
        started = len(self.session.actions.of_kind(ActionKind.BOLUS_STARTED))
        dialog.start.click()
        self.qtbot.waitUntil(lambda: len(self.session.actions.of_kind(
            ActionKind.BOLUS_STARTED)) > started, timeout=WAIT_MS)
        dialog.close()
        self.settle()

    def after_mri(self, interrogations: int, *, record: bool = True) -> str:
        """Pump > After an MRI: interrogate ``interrogations`` times, record the check if
        the dialog allows it; returns the verdict shown."""
        dialog = MriCheckDialog(self.session)
        self.qtbot.addWidget(dialog)
        for _ in range(interrogations):
            self._interrogate(dialog)
        if record and dialog.record_button.isEnabled():
            dialog.record_button.click()
        verdict = dialog.verdict.text()
        dialog.close()
        self.settle()
        return spaced(verdict)

    def replace_pump(self, steps: int = 5) -> ReplaceWizard:
        """Pump > Replace pump, its first ``steps`` steps, each waited for and verified;
        the new pump is the station's (the same address answers for it once the old
        pump's session is closed)."""
        wizard = ReplaceWizard(self.session, lambda: (self.station.url, None),
                               self.window.connect_to)
        wizard.choose_save_path = lambda _default: self.folder / "old.itbpump.json"
        wizard.confirm_leave = lambda _text: True
        self.qtbot.addWidget(wizard)
        wizard.show()
        buttons = (wizard.save_button, wizard.connect_button, wizard.prime_button,
                   wizard.record_button)
        for step, button in enumerate(buttons[:steps], start=1):
            if step > 1:
                wizard.next()
            button.click()
            self.qtbot.waitUntil(lambda s=step: s in wizard.outcomes, timeout=WAIT_MS)
            assert wizard.outcomes[step].ok, wizard.outcomes[step].text()
            self.settle()
        if steps == 5:
            wizard.next()
            wizard.program_button.click()
            assert wizard.review is not None
            wizard.review.send_button.click()
            self.qtbot.waitUntil(lambda: 5 in wizard.outcomes, timeout=WAIT_MS)
            assert wizard.outcomes[5].ok, wizard.outcomes[5].text()
            self.settle()
        return wizard

    def _interrogate(self, dialog: MriCheckDialog) -> None:
        before = dialog.check
        dialog.interrogate_button.click()
        self.qtbot.waitUntil(lambda: dialog.check is not before
                             and dialog.interrogate_button.isEnabled(), timeout=WAIT_MS)

    # ------------------------------------------------------------------ alarms, clock, report
    def clear_alarm(self, code: AlarmCode) -> None:
        panel = AlarmsPanel(self.session)
        panel.confirm_clear = lambda _title: True
        self.qtbot.addWidget(panel)
        with self.qtbot.waitSignal(self.session.outcome_ready, timeout=WAIT_MS):
            panel.clear(code)
        self.settle()

    def set_clock(self, local: datetime) -> None:
        with self.qtbot.waitSignal(self.session.outcome_ready, timeout=WAIT_MS):
            self.session.perform(Command.SET_CLOCK, lambda pump: pump.set_clock(local),
                                 ActionKind.CLOCK_SET, pump_clock=local.isoformat())
        self.settle()

    def print_report(self) -> Path:
        path = self.window.save_report()
        assert path is not None and path.exists()
        self.settle()
        return path

    def withdraws_ml(self) -> float:
        """What the syringe really brings back: the true residual, not the calculated one."""
        return self.station.row().true_residual_nl / NL_PER_ML
