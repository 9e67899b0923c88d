"""The language of a run: chosen from --lang, the preference and the system; numbers and
dates written its way, the 24-hour clock in all of them."""

from datetime import date, datetime

import pytest
from itb_console.console import number_style as style
from itb_console.console.language import (
    Language,
    choose,
    current,
    from_locale_names,
    parse_language,
)
from PySide6.QtCore import QLocale


def test_a_flag_beats_the_preference_which_beats_the_system(monkeypatch):
    monkeypatch.setattr("itb_console.console.language.system_language", lambda: Language.FR)
    assert choose("de", "es") is Language.DE
    assert choose(None, "es") is Language.ES
    assert choose(None, "system") is Language.FR
    assert choose(None, None) is Language.FR
    assert choose(None, "klingon") is Language.FR  # a hand-edited settings file


def test_a_bad_language_names_the_ones_allowed():
    with pytest.raises(ValueError) as refused:
        parse_language("xx")
    assert str(refused.value) == ("'xx' is not a language of this console; use one of "
                                  "en, de, fr, es")
    assert parse_language(" DE ") is Language.DE


@pytest.mark.parametrize(("names", "language"), [
    (["de-AT", "de"], Language.DE), (["fr_CA"], Language.FR), (["es-419"], Language.ES),
    (["it-IT", "es-ES"], Language.ES), (["C"], Language.EN), (["nl-NL"], Language.EN),
    ([], Language.EN),
])
def test_the_system_language_is_the_first_one_the_console_speaks(names, language):
    assert from_locale_names(names) is language


def test_each_language_has_its_own_decimal_separator_and_day_order():
    assert [(lang.decimal_point, lang.group_separator) for lang in Language] == [
        (".", ","), (",", "."), (",", "\u202f"), (",", ".")]
    # the locale's short date, with four digits for the year (two would misread a
    # replace-by date); English keeps ISO 8601
    assert [lang.date_pattern for lang in Language] == [
        "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d/%m/%Y"]
    for language in (Language.DE, Language.FR):
        short = language.locale.dateFormat(QLocale.FormatType.ShortFormat)
        assert short.replace("yyyy", "yy").replace("yy", "yyyy") == language.qt_date_format


def test_numbers_follow_the_language_with_the_number_styles_decimals(speak):
    speak(Language.DE)
    assert current() is Language.DE
    assert QLocale().decimalPoint() == ","  # Qt's own widgets follow too
    assert style.millilitres(0.5) == "0,50\u00a0mL"
    assert style.Quantity.MCG_PER_HOUR.number(14.583333) == "14,58"
    assert style.ml_per_day(0.2) == "0,200\u00a0mL/\u2060Tag"  # the unit's word too
    assert style.plain(2.5) == "2,5"
    assert style.speed(1_000_000) == "x1.000.000"
    assert style.fixed(-0.004, 2) == "0,00"
    speak(Language.FR)
    assert style.speed(86_400) == "x86\u202f400"
    assert style.percent(12.25) == "12,3\u00a0%"


def test_dates_and_times_in_the_languages_order_on_a_24_hour_clock(speak):
    moment = datetime(2026, 11, 25, 21, 5, 9)
    expected = {
        Language.EN: ("2026-11-25", "2026-11-25 21:05", "Wed 2026-11-25",
                      "2026-11-25 21:05:09"),
        Language.DE: ("25.11.2026", "25.11.2026 21:05", "Mi. 25.11.2026",
                      "25.11.2026 21:05:09"),
        Language.FR: ("25/11/2026", "25/11/2026 21:05", "mer. 25/11/2026",
                      "25/11/2026 21:05:09"),
        Language.ES: ("25/11/2026", "25/11/2026 21:05", "mié 25/11/2026",
                      "25/11/2026 21:05:09"),
    }
    for language, (day, minute, weekday, second) in expected.items():
        speak(language)
        assert (style.day(date(2026, 11, 25)), style.moment(moment), style.weekday_date(moment),
                style.clock_seconds(moment)) == (day, minute, weekday, second)
        assert style.time_of_day(moment) == "21:05"
        assert style.file_stamp(moment) == "20261125-2105"  # a file name sorts the same
