"""The console speaks the chosen language: --lang, the catalogues it loads (ours and
Qt's own for standard buttons), and the preference that chooses it."""

import pytest
from itb_console.console.language import Language, choose, current
from itb_console.console.settings import language_preference
from itb_console.console.translation import catalogue_path, install_translators, tr
from itb_console.ui.app import parse_args
from itb_console.ui.dialogs.preferences import PreferencesDialog
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox


@pytest.mark.parametrize("code", ["de", "fr", "es", "en", "DE"])
def test_lang_takes_each_language_of_the_console(code):
    assert parse_args(["--lang", code]).lang == code.lower()
    assert parse_args([]).lang is None  # then the preference, then the system


@pytest.mark.parametrize(("language", "cancel", "typed"), [
    (Language.DE, "Abbrechen", "Geben Sie eine Zahl ein."),
    (Language.FR, "Annuler", "Saisissez un nombre."),
    (Language.ES, "Cancelar", "Escriba un número."),
])
def test_a_language_loads_our_catalogue_and_qts_for_standard_buttons(qtbot, speak, language,
                                                                      cancel, typed):
    speak(language)
    assert current() is language
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert tr("Type a number.") == typed


def test_english_needs_only_its_counts_and_each_other_language_ships_a_catalogue(qtbot):
    # English's own catalogue holds only the singular of counted nouns ("1 event").
    assert [t.filePath() for t in install_translators(Language.EN)] == [
        str(catalogue_path(Language.EN))]
    for language in (Language.DE, Language.FR, Language.ES):
        assert catalogue_path(language).is_file(), language


def test_the_preference_chooses_the_language_of_the_next_start(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Deutsch", "Français", "Español"]
    assert names[0].startswith("As the computer (")
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.save() is True
    assert language_preference(settings) == "de"
    assert choose(None, language_preference(settings)) is Language.DE
    settings.setValue("display/language", "tlh")  # a hand-edited file
    assert language_preference(settings) == "system"
