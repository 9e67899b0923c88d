"""Pump > Replace pump end to end on simulated pumps, and each step's failure in words."""

import json

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.session import Session
from itb_console.device.pump_api import AlarmCode
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, Mode, Program, Schedule
from itb_console.ui.dialogs.replace_wizard import ReplaceWizard
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QWizard

from tests.text import spaced
from tests.ui.keys import retype

OLD = ("sim://?start=2026-11-25T09:00&patient=TRAINING-17&catheter_length_cm=52"
       "&tip_level=T9&implant_date=2019-03-04&last_refill=2026-10-01")
NEW = ("sim://?start=2026-11-25T09:30&serial=SIM-000002&profile=itb-40&conc=500"
       "&mode=stopped&reservoir=40&patient=NEW-PUMP")
WAIT_MS = 10_000


def shown(label) -> str:
    """A rich-text label as a person reads it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return spaced(document.toPlainText())


class Bench:
    """A session whose pumps are kept by URL, and the wizard on it."""

    def __init__(self, qtbot, tmp_path, monkeypatch, new_url=NEW, old_url=OLD):
        self.qtbot, self.tmp_path = qtbot, tmp_path
        self.pumps: dict[str, SimulatedPump] = {}
        self.session = Session(opener=self._open)
        self.new_url: str | None = new_url
        self.save_to = tmp_path / "old.itbpump.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(self.save_to), ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (str(self.save_to), ""))
        with qtbot.waitSignal(self.session.status_changed, timeout=WAIT_MS):
            self.session.connect_to(old_url)
        qtbot.waitUntil(lambda: self.session.record is not None, timeout=WAIT_MS)
        self.wizard = ReplaceWizard(self.session, lambda: None if self.new_url is None
                                    else (self.new_url, None))
        self.wizard.confirm_leave = lambda _text: True
        qtbot.addWidget(self.wizard)
        self.wizard.show()

    def _open(self, url):
        self.pumps[url] = SimulatedPump.from_url(url)
        return self.pumps[url]

    def step(self, number, button) -> str:
        """Click the step's button, wait for its outcome, and return it in words."""
        wizard = self.wizard
        wizard.outcomes.pop(number, None)
        button.click()
        self.qtbot.waitUntil(lambda: number in wizard.outcomes, timeout=WAIT_MS)
        self.qtbot.waitUntil(lambda: not self.session.worker.pending, timeout=WAIT_MS)
        return spaced(wizard.outcomes[number].text())

    def save(self) -> str:
        return self.step(1, self.wizard.save_button)

    def connect_new(self) -> str:
        self.wizard.next()
        return self.step(2, self.wizard.connect_button)

    def prime(self) -> str:
        self.wizard.next()
        return self.step(3, self.wizard.prime_button)

    def write_record(self) -> str:
        self.wizard.next()
        return self.step(4, self.wizard.record_button)

    def send_program(self) -> str:
        self.wizard.next()
        wizard = self.wizard
        wizard.outcomes.pop(5, None)
        wizard.program_button.click()
        assert wizard.review is not None
        wizard.review.send_button.click()
        self.qtbot.waitUntil(lambda: 5 in wizard.outcomes, timeout=WAIT_MS)
        self.qtbot.waitUntil(lambda: not self.session.worker.pending, timeout=WAIT_MS)
        return spaced(wizard.outcomes[5].text())

    def finish(self):
        self.wizard.close()
        self.session.shutdown()


@pytest.fixture
def bench(qtbot, tmp_path, monkeypatch):
    made = []

    def make(**options):
        made.append(Bench(qtbot, tmp_path, monkeypatch, **options))
        return made[-1]

    yield make
    for each in made:
        each.finish()


def test_a_replacement_from_2000_to_500_mcg_per_ml_end_to_end(bench):
    b = bench()
    wizard = b.wizard
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert b.save().startswith(f"Save the old pump: done and verified. Saved to {b.save_to} "
                               "and read back")
    assert json.loads(b.save_to.read_text())["pump"]["patient"] == "TRAINING-17"
    summary = shown(wizard.save_page.state)
    assert "patient TRAINING-17" in summary and "52.0 cm x 0.0022 mL/cm" in summary
    assert [a.detail for a in b.session.actions.of_kind(ActionKind.PUMP_SAVED)] == [
        {"serial": "SIM-000001", "file": "old.itbpump.json"}]

    assert b.connect_new() == (
        "Connect the new pump: done and verified. Connected to the new pump GX-40 "
        "SIM-000002 and read it: baclofen 500 mcg/mL, 40.00 mL in the reservoir, stopped.")
    old_pump, new_pump = b.pumps[OLD], b.pumps[NEW]
    assert not old_pump.model.session_open  # the old session was closed first

    assert shown(wizard.priming_text) == (
        "Priming volume: 0.250 mL (pump path, itb-40) + 52.0 cm x 0.0022 mL/cm "
        "(catheter: 0.114 mL) = 0.364 mL at the pump's maximum 24.000 mL/day for 0:22 h")
    assert b.prime().startswith("Bolus: done and verified.")
    bolus = new_pump.interrogate().bolus
    assert (bolus.kind.value, bolus.volume_nl, bolus.resume_mode) == ("priming", 364_400,
                                                                      Mode.STOPPED)

    assert "Patient: TRAINING-17 (this pump holds NEW-PUMP)" in shown(wizard.record_text)
    assert b.write_record().startswith("Implant record change: done and verified.")
    record = new_pump.read_record()
    assert new_pump.interrogate().identity.patient_id == "TRAINING-17"
    assert (record.catheter_length_mm, record.tip_level, str(record.implanted_on),
            str(record.last_refill_on), record.next_refill_on) == (
        520, "T9", "2026-11-25", "2026-11-25", None)
    assert new_pump.model.events[-1].detail["reason"] == "replaces SIM-000001"

    table = wizard.conversion_table
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Time", "Dose\n(mcg/day)", "Old pump\n2000 mcg/mL\n(mL/day)",
        "New pump\n500 mcg/mL\n(mL/day)"]
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["00:00-07:00", "350.0", "0.175", "0.700"], ["07:00-12:00", "450.0", "0.225", "0.900"],
        ["12:00-22:00", "400.0", "0.200", "0.800"], ["22:00-24:00", "350.0", "0.175", "0.700"]]
    assert shown(wizard.program_total) == (
        "Daily total: 391.7 mcg/day, the same on the new pump; 0.196 mL/day at 2000 mcg/mL "
        "\u2192 0.783 mL/day at 500 mcg/mL")
    assert b.send_program().startswith("Mode change: sent and verified. The pump reads back "
                                       "exactly the new program.")
    assert new_pump.read_program().canonical_text() == (
        "flexible;baclofen;500;0:350000,420:450000,720:400000,1320:350000")
    assert new_pump.interrogate().bolus.resume_mode is Mode.FLEXIBLE  # after the priming
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.unfinished() == ""


def test_step_1_no_file_a_failed_write_and_a_foreign_file_are_each_said(bench):
    b = bench()
    b.save_to = b.tmp_path / "no-such-folder" / "old.itbpump.json"
    text = b.save()
    assert text == (f"Save the old pump: not done. Not saved: {b.save_to}: cannot be written "
                    "(No such file or directory). Choose another folder and save again.")
    b.save_to = b.tmp_path / "notes.itbpump.json"
    b.save_to.write_text('{"hello": 1}')
    assert b.step(1, b.wizard.open_button) == (
        f"Save the old pump: not done. Not opened: {b.save_to}: not a saved pump file: it "
        'has no "format": "itb-console saved pump" (save the old pump from Pump > Replace '
        "pump). Open a file saved by Pump > Replace pump.")
    assert b.wizard.saved is None
    assert not b.wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_step_1_a_file_saved_earlier_opens_instead_of_the_old_pump(bench):
    b = bench()
    b.save()
    b.wizard.saved = None
    assert b.step(1, b.wizard.open_button).startswith(
        "Save the old pump: done and verified. Opened the pump saved on 2026-11-25 09:00. "
        "Check it is this patient's before going on.")
    assert b.wizard.saved.patient_id == "TRAINING-17"


@pytest.mark.parametrize(("new_url", "said"), [
    (None, "Connect the new pump: not done. No pump was chosen: nothing changed. Choose the "
           "new pump in the device picker."),
    ("sim://?start=2026-11-25T09:30", "Connect the new pump: not done. Connected to GX-20 "
     "SIM-000001, which cannot be the new pump. This is the pump that was saved (serial "
     "SIM-000001), not a new one: close this session and connect the new pump."),
    ("sim://?profile=itb-99", "Connect the new pump: not done. Not connected: "),
])
def test_step_2_no_pump_the_old_pump_again_or_a_bad_device_is_refused(bench, new_url, said):
    b = bench(new_url=new_url)
    b.save()
    assert b.connect_new().startswith(said)
    assert not b.wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_step_3_a_stalled_new_pump_refuses_the_priming_in_its_own_words(bench):
    b = bench()
    b.save()
    b.connect_new()
    b.pumps[NEW].control.raise_alarm(AlarmCode.MOTOR_STALL)
    assert b.prime() == ("Bolus: refused by the pump. The pump said: The motor is stalled: "
                         "clear the motor stall alarm before a bolus. Find the cause of the "
                         "stall (Alarms, Ctrl+L, says what to do), clear the motor stall "
                         "alarm, then try again.")
    assert b.pumps[NEW].interrogate().bolus is None
    assert not b.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert b.wizard.unfinished() == (
        "Done on the new pump: nothing yet. Not done: priming, the implant record, the "
        "program. The new pump is stopped: it gives no baclofen.")


def test_step_3_an_edited_catheter_waits_for_its_reason_and_primes_its_own_volume(bench):
    b = bench()
    b.save()
    b.connect_new()
    b.wizard.next()
    b.wizard.catheter.setValue(48.0)
    assert not b.wizard.prime_button.isEnabled()
    assert "reason: the catheter differs from the saved record" in shown(
        b.wizard.prime_page.refusal)
    b.wizard.reason.setText("shortened in theatre")
    assert "(catheter: 0.106 mL) = 0.356 mL" in shown(b.wizard.priming_text)
    assert b.step(3, b.wizard.prime_button).startswith("Bolus: done and verified.")
    b.write_record()
    assert b.pumps[NEW].read_record().catheter_length_mm == 480
    assert b.pumps[NEW].model.events[-1].detail["reason"] == "shortened in theatre"


@pytest.mark.parametrize(("typed", "why"), [
    ("5,0", "5,0: the decimal separator here is “.”; type 5."),
    ("405", "405 cm is outside 10.0 to 150.0 cm."),
    ("5", "5 cm is outside 10.0 to 150.0 cm."),
])
def test_step_3_a_catheter_length_typed_wrong_stays_as_typed_and_says_why(bench, typed, why):
    """Each key press redraws the wizard's page: the field once showed "45.0 cm" in red
    while the line below refused "405.0 cm", and Start priming depended on a value the
    field did not show."""
    b = bench()
    b.save()
    b.connect_new()
    b.wizard.next()
    b.wizard.activateWindow()
    b.qtbot.waitUntil(b.wizard.isActiveWindow)  # focus moves, and the field sees itself left
    assert b.wizard.catheter.text() == "52.0 cm"
    assert b.wizard.prime_button.isEnabled()
    retype(b.qtbot, b.wizard.catheter, typed)
    b.wizard.catheter_volume.setFocus()  # the field is left with what was typed
    assert (b.wizard.catheter.text(), spaced(b.wizard.catheter.note.text())) == (
        f"{typed} cm", why)
    assert b.wizard.catheter.property("refused") is True
    assert shown(b.wizard.prime_page.refusal) == why
    assert not b.wizard.prime_button.isEnabled()
    retype(b.qtbot, b.wizard.catheter, "52")
    assert (b.wizard.catheter.text(), b.wizard.catheter.value()) == ("52 cm", 52.0)
    assert not b.wizard.catheter.note.isVisible()
    assert b.wizard.prime_button.isEnabled()


def test_step_4_a_pump_at_end_of_service_refuses_the_record_and_nothing_changes(bench):
    b = bench()
    b.save()
    b.connect_new()
    b.prime()
    b.pumps[NEW].control.raise_alarm(AlarmCode.END_OF_SERVICE)
    text = b.write_record()
    assert text.startswith("Implant record change: refused by the pump. The pump said: The "
                           "pump has reached end of service and cannot be programmed")
    assert b.pumps[NEW].interrogate().identity.patient_id == "NEW-PUMP"
    assert b.wizard.unfinished().startswith("Done on the new pump: primed. Not done: the "
                                            "implant record, the program.")


def test_step_5_doses_the_new_pump_cannot_give_are_refused_before_anything_is_sent(bench):
    # 30 mcg/day at 500 mcg/mL is 0.060 mL/day; at 2000 mcg/mL it would be 0.015 mL/day,
    # below the 0.048 mL/day the pump can give
    b = bench(old_url=OLD + "&conc=500", new_url=NEW.replace("conc=500", "conc=2000"))
    old = b.pumps[OLD + "&conc=500"]
    old.write_program(Program(Mode.CONTINUOUS, Schedule.from_pairs([(0, 30_000)]),
                              Concentration(500)))  # in the console's session
    b.save()
    b.connect_new()
    b.prime()
    b.write_record()
    b.wizard.next()
    assert not b.wizard.program_button.isEnabled()
    assert shown(b.wizard.program_page.refusal) == (
        "At 2000 mcg/mL this pump cannot give the saved doses: step 1 (00:00-24:00): 30 "
        "mcg/day is outside this pump's range 96 mcg/day to 48000 mcg/day at this "
        "concentration. Fill the new pump with a concentration at which it can, or change "
        "the program with the prescriber.")
    assert b.pumps[NEW.replace("conc=500", "conc=2000")].read_program().mode is Mode.STOPPED


def test_step_5_a_refused_send_says_the_pump_runs_what_it_ran(bench):
    b = bench()
    b.save()
    b.connect_new()
    b.prime()
    b.write_record()
    b.pumps[NEW].control.raise_alarm(AlarmCode.END_OF_SERVICE)
    text = b.send_program()
    assert text == ("Mode change: not sent, the pump runs the old program. The pump refused "
                    "it: The pump has reached end of service and cannot be programmed; it must "
                    "be replaced. The pump can no longer be programmed: plan its replacement "
                    "now.")
    assert b.pumps[NEW].read_program().mode is Mode.STOPPED
    assert not b.wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_leaving_early_says_what_is_done_and_asks_first(bench):
    b = bench()
    b.save()
    assert b.wizard.unfinished() == ""  # nothing begun on a new pump
    b.connect_new()
    asked = []
    b.wizard.confirm_leave = lambda text: asked.append(text) or False
    b.wizard.reject()
    assert b.wizard.isVisible() and asked == [
        "Done on the new pump: nothing yet. Not done: priming, the implant record, the "
        "program. The new pump is stopped: it gives no baclofen."]
