"""Number fields typed in German, French, Spanish and English: in the timeline table, the
refill wizard, the bolus dialog and the preferences. A decimal comma is taken where the
language writes one; "1.000" is refused with its reading, stays in the field, and is
never sent as the field's old value."""

from decimal import Decimal

import pytest
from itb_console.console.language import Language
from itb_console.console.number_input import NumberRule
from itb_console.console.program_draft import ProgramDraft
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.pump_profiles import load_profile
from itb_console.ui.dialogs.bolus_dialog import BolusDialog
from itb_console.ui.dialogs.preferences import PreferencesDialog
from itb_console.ui.dialogs.refill_wizard import RefillWizard
from itb_console.ui.number_field import NumberEdit, NumberSpinBox, WholeSpinBox, first_refusal
from itb_console.ui.timeline.schedule_table import ScheduleTable
from itb_console.ui.timeline.timeline_editor import TimelineEditor
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFormLayout, QPushButton

from tests.ui.keys import retype

THOUSAND = {
    Language.EN: "1.000 would be read as 1000; type 1 or 1000 without separators.",
    Language.DE: "1.000 würde als 1000 gelesen; geben Sie 1 oder 1000 ohne Trennzeichen ein.",
    Language.FR: "1.000 serait lu comme 1000\u00a0; saisissez 1 ou 1000 sans séparateur.",
    Language.ES: "1.000 se leería como 1000; escriba 1 o 1000 sin separadores.",
}


@pytest.fixture
def form(qtbot):
    """``form()``: a dialog with a volume, a dose and a button (where focus goes when a
    field is left), made in the language of the test."""
    return lambda: make_form(qtbot)


def make_form(qtbot):
    dialog = QDialog()
    layout = QFormLayout(dialog)
    volume = NumberSpinBox()
    volume.setDecimals(2)
    volume.setRange(0, 20)
    volume.setSuffix(" mL")
    volume.setValue(2)
    dose = WholeSpinBox()
    dose.setRange(1, 2000)
    dose.setSuffix(" mcg")
    dose.setValue(50)
    button = QPushButton("Next")
    layout.addRow("Volume:", volume)
    layout.addRow("Dose:", dose)
    layout.addRow(button)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus moves, and fields see themselves left
    return dialog, volume, dose, button


@pytest.mark.parametrize(("language", "typed", "value", "shown"), [
    (Language.DE, "0,5", 0.5, "0,50 mL"), (Language.FR, "12,25", 12.25, "12,25 mL"),
    (Language.ES, "3,2", 3.2, "3,20 mL"), (Language.EN, "0.5", 0.5, "0.50 mL"),
])
def test_a_spin_box_takes_the_languages_decimals(qtbot, form, speak, language, typed, value,
                                                 shown):
    speak(language)
    _dialog, volume, _dose, button = form()
    volume.setValue(2)
    assert volume.text() == ("2.00 mL" if language is Language.EN else "2,00 mL")
    retype(qtbot, volume, typed)
    button.setFocus()
    assert (volume.value(), volume.text(), volume.reason()) == (value, shown, "")


@pytest.mark.parametrize("language", [Language.DE, Language.ES])
def test_a_thousands_separator_is_refused_kept_and_not_taken_as_the_old_value(
        qtbot, form, speak, language):
    speak(language)
    dialog, _volume, dose, button = form()
    retype(qtbot, dose, "1.000")
    assert dose.note.isVisible()
    assert dose.note.text() == THOUSAND[language]
    assert dose.property("refused") is True
    button.setFocus()  # leaving the field keeps what was typed, with its reason
    assert dose.text() == "1.000 mcg"
    assert dose.note.isVisible()
    assert first_refusal(dialog) == THOUSAND[language]  # what a dialog asks before it acts
    QTest.keyClick(dose.lineEdit(), Qt.Key.Key_Return)  # Enter does not reach the dialog
    assert dialog.isVisible()
    retype(qtbot, dose, "1000")
    assert (dose.value(), dose.note.isVisible(), first_refusal(dialog)) == (1000, False, "")


def test_in_english_a_comma_between_thousands_is_refused_too(qtbot, form, speak):
    speak(Language.EN)
    _dialog, _volume, dose, _button = form()
    retype(qtbot, dose, "1,000")
    assert dose.reason() == "1,000 would be read as 1000; type 1 or 1000 without separators."
    assert dose.value() != 1000


def test_an_emptied_field_says_so_when_left_rather_than_taking_its_old_value(qtbot, form):
    dialog, volume, _dose, button = form()
    retype(qtbot, volume, "")
    assert not volume.note.isVisible()  # still typing
    button.setFocus()
    assert (volume.text().strip(), volume.note.text()) == ("mL", "Type a number.")
    assert first_refusal(dialog) == "Type a number."


def test_letters_are_not_typed_into_a_number_field(qtbot, form):
    _dialog, volume, _dose, _button = form()
    retype(qtbot, volume, "a1b")
    assert volume.text() == "1 mL"  # "a" and "b" were not taken


def test_a_measured_volume_has_no_value_until_typed():
    field = NumberEdit(NumberRule(2))
    assert (field.number(), field.reason()) == (None, "Type a number.")
    field.setText("0.5")
    assert field.number() == Decimal("0.5")


@pytest.fixture
def table(qtbot):
    initial = load_initial_pump()
    draft = ProgramDraft(initial.program, load_profile(initial.profile_id))
    stack = QUndoStack()
    editor = TimelineEditor(draft, stack)
    stack.setParent(editor)
    draft.setParent(editor)
    made = ScheduleTable(draft, editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def type_in_cell(qtbot, table, row, column, text):
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.focusWidget()
    assert isinstance(editor, NumberEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the table commits on its next turn


def test_the_timeline_table_takes_a_german_dose_and_shows_it_the_german_way(qtbot, table,
                                                                           speak):
    speak(Language.DE)
    table.refill()
    type_in_cell(qtbot, table, 1, 2, "432,5")
    qtbot.waitUntil(lambda: table.draft.pending.schedule.steps[1].dose.ng_per_day == 432_500)
    assert table.item(1, 2).text() == "432,5"
    assert table.item(1, 3).text() == "18,02"  # mcg/h, two decimals


def test_the_timeline_table_refuses_a_thousands_separator_and_keeps_the_step(qtbot, table,
                                                                             speak):
    speak(Language.FR)
    table.refill()
    before = table.draft.pending
    type_in_cell(qtbot, table, 1, 2, "1.000")
    editor = table.focusWidget()
    assert isinstance(editor, NumberEdit)  # Enter did not close a refused cell
    assert editor.note.text() == THOUSAND[Language.FR]
    table.closePersistentEditor(table.item(1, 2))
    table.itemDelegateForColumn(2).setModelData(editor, table.model(),
                                                table.model().index(1, 2))
    assert table.draft.pending == before  # leaving it: nothing applied, and the table says why
    assert table.editor.refusal.text() == f"Non appliqué\u00a0: {THOUSAND[Language.FR]}"


@pytest.fixture
def connected(connect_sim):
    return connect_sim(lambda pump: pump.control.set_reservoir(calculated_nl=3_200_000,
                                                               true_nl=3_200_000))


def test_a_german_trainee_types_half_a_millilitre_into_the_refill_wizard(qtbot, connected,
                                                                        speak):
    speak(Language.DE)
    session, pump = connected
    wizard = RefillWizard(session, pump.model.profile)
    qtbot.addWidget(wizard)
    wizard.show()
    retype(qtbot, wizard.withdrawn, "0,5")
    assert wizard.withdrawn_nl == 500_000
    retype(qtbot, wizard.withdrawn, "1.000")
    assert wizard.withdrawn_nl is None
    assert THOUSAND[Language.DE] in wizard.discrepancy.text()
    assert not wizard.currentPage().isComplete()


@pytest.mark.parametrize(("language", "typed", "reason"), [
    (Language.DE, "1,5e3", "1,5e3 würde als 1500 gelesen; geben Sie 1500 ein: Eine Zahl besteht "
                           "hier nur aus Ziffern und „,“, ohne Exponent (e)."),
    (Language.FR, "1e1", "1e1 serait lu comme 10\u00a0; saisissez 10\u00a0: un nombre ne "
                         "comporte ici que des chiffres et «\u00a0,\u00a0», sans exposant (e)."),
    (Language.ES, "2E2", "2E2 se leería como 200; escriba 200: aquí un número solo lleva cifras "
                         "y «,», sin exponente (e)."),
    (Language.EN, "1.5e3", "1.5e3 would be read as 1500; type 1500: a number here is digits "
                           "and “.” only, without an exponent (e)."),
])
def test_a_withdrawn_volume_with_an_exponent_is_refused_in_the_refill_wizard(
        qtbot, connected, speak, language, typed, reason):
    """Typed key by key: the "e" stays in the field (it is not dropped, which would make
    "1,5e3" into 1,53 mL) and the reading is spelled out."""
    speak(language)
    session, pump = connected
    wizard = RefillWizard(session, pump.model.profile)
    qtbot.addWidget(wizard)
    wizard.show()
    retype(qtbot, wizard.withdrawn, typed)
    assert (wizard.withdrawn.text(), wizard.withdrawn_nl) == (typed, None)
    assert reason in wizard.discrepancy.text()
    assert not wizard.currentPage().isComplete()


def test_the_bolus_dialog_will_not_start_on_a_refused_dose(qtbot, connected, speak):
    speak(Language.DE)
    session, pump = connected
    dialog = BolusDialog(session, pump.model.profile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.isEnabled()
    retype(qtbot, dialog.dose, "1.000")
    assert (dialog.request, dialog.start.isEnabled()) == (None, False)
    assert dialog.refusal.text() == THOUSAND[Language.DE]
    retype(qtbot, dialog.dose, "75")
    assert dialog.request is not None
    assert dialog.request.volume_nl == 37_500  # 75 mcg at 2000 mcg/mL


def test_preferences_refuse_a_thousands_separator_and_save_nothing(qtbot, tmp_path, speak):
    speak(Language.ES)
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.step_ceiling, "1.500")
    assert dialog.save() is False
    assert "1.500 se leería como 1500; escriba 1,5 o 1500 sin separadores." in \
        dialog.message.text()
    assert settings.allKeys() == []
    retype(qtbot, dialog.daily_change, "12,5")
    retype(qtbot, dialog.step_ceiling, "1500")
    assert dialog.save() is True
    assert (float(settings.value("limits/max_daily_change_percent")),
            float(settings.value("limits/max_step_mcg_per_day"))) == (12.5, 1500.0)
