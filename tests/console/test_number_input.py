"""Typed text -> value or refusal, by value, in German, French, Spanish and English.

The fields: a volume in mL (2 decimals, 0 to 20 mL: the refill wizard), a bolus dose in
mcg (whole, 1 to 2000: the bolus dialog), a daily dose in mcg/day (1 decimal: the
timeline table), a concentration in mcg/mL (whole: the scenario editor) and a duration
in hours (1 decimal: the trial dialog).
"""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.console.language import Language
from itb_console.console.number_input import NumberRule, Verdict, read_number, typed

VOLUME = NumberRule.between(0, 20, 2, "mL")
BOLUS_MCG = NumberRule.between(1, 2000, 0, "mcg")
DOSE = NumberRule(1)
CONCENTRATION = NumberRule(0)
HOURS = NumberRule.between(0, 24, 1, "h")
DE, FR, ES, EN = Language.DE, Language.FR, Language.ES, Language.EN


@pytest.mark.parametrize(("language", "text", "rule", "value"), [
    # a decimal comma where the language writes one: "0,5" is half a millilitre
    (DE, "0,5", VOLUME, "0.5"), (FR, "0,5", VOLUME, "0.5"), (ES, "0,5", VOLUME, "0.5"),
    (EN, "0.5", VOLUME, "0.5"),
    (DE, "3,20", VOLUME, "3.2"), (DE, ",5", VOLUME, "0.5"), (DE, " 12,75 ", VOLUME, "12.75"),
    # a comma with three decimals is a decimal in German: 1,000 is one
    (DE, "1,000", VOLUME, "1"), (FR, "1,000", HOURS, "1"), (EN, "1.000", VOLUME, "1"),
    (DE, "1000", BOLUS_MCG, "1000"), (EN, "1000", BOLUS_MCG, "1000"),
    (DE, "432,5", DOSE, "432.5"), (ES, "2000", CONCENTRATION, "2000"),
    (FR, "4,5", HOURS, "4.5"), (EN, "-3", DOSE, "-3"), (DE, "\u22122,5", DOSE, "-2.5"),
])
def test_a_number_in_the_languages_own_writing_is_taken(language, text, rule, value):
    reading = read_number(text, rule, language)
    assert (reading.verdict, reading.value) == (Verdict.NUMBER, Decimal(value))


@pytest.mark.parametrize(("language", "text", "rule", "reason"), [
    # a separator between thousands is never taken: the reading is spelled out
    (DE, "1.000", BOLUS_MCG, "1.000 would be read as 1000; type 1 or 1000 without separators."),
    (ES, "1.000", BOLUS_MCG, "1.000 would be read as 1000; type 1 or 1000 without separators."),
    (FR, "1.000", CONCENTRATION,
     "1.000 would be read as 1000; type 1 or 1000 without separators."),
    (EN, "1,000", BOLUS_MCG, "1,000 would be read as 1000; type 1 or 1000 without separators."),
    (DE, "2.500", DOSE, "2.500 would be read as 2500; type 2,5 or 2500 without separators."),
    (EN, "2,500", DOSE, "2,500 would be read as 2500; type 2.5 or 2500 without separators."),
    (FR, "1 000", BOLUS_MCG, "1 000 would be read as 1000; type 1000 without separators."),
    (FR, "1\u202f000", BOLUS_MCG,
     "1\u202f000 would be read as 1000; type 1000 without separators."),
    (EN, "1 000", CONCENTRATION, "1 000 would be read as 1000; type 1000 without separators."),
    (DE, "1.000,5", DOSE, "1.000,5 would be read as 1000,5; type 1000,5 without separators."),
    (EN, "1,000,000", DOSE,
     "1,000,000 would be read as 1000000; type 1000000 without separators."),
    (DE, "1'000", DOSE, "1'000 would be read as 1000; type 1000 without separators."),
    # the other language's decimal separator: refused with the right spelling
    (DE, "0.5", VOLUME, "0.5: the decimal separator here is “,”; type 0,5."),
    (ES, "12.75", VOLUME, "12.75: the decimal separator here is “,”; type 12,75."),
    (EN, "0,5", VOLUME, "0,5: the decimal separator here is “.”; type 0.5."),
    (DE, "1.", DOSE, "1.: the decimal separator here is “,”."),
    (DE, "1,2,3", DOSE, "1,2,3 is not a number."),
    # decimals and ranges, in the language's numbers
    (DE, "0,505", VOLUME, "0,505 has more decimals than this field takes (steps of 0,01)."),
    (EN, "3.205", VOLUME, "3.205 has more decimals than this field takes (steps of 0.01)."),
    (DE, "12,5", BOLUS_MCG, "12,5 has decimals; this field takes whole numbers."),
    (DE, "25", VOLUME, "25\u00a0mL is outside 0,00 to 20,00\u00a0mL."),
    (EN, "2001", BOLUS_MCG, "2001\u00a0mcg is outside 1 to 2000\u00a0mcg."),
    (FR, "-1", VOLUME, "-1\u00a0mL is outside 0,00 to 20,00\u00a0mL."),
])
def test_a_number_that_could_be_misread_is_refused_with_its_reading(language, text, rule,
                                                                   reason):
    reading = read_number(text, rule, language)
    assert (reading.verdict, reading.value, reading.reason) == (Verdict.REFUSED, None, reason)


@pytest.mark.parametrize(("language", "text", "rule", "reason"), [
    (DE, "", VOLUME, "Type a number."), (EN, "  ", VOLUME, "Type a number."),
    (DE, "-", DOSE, "Type a number."),
    (DE, "0,", VOLUME, "Type the decimals after “,”, or remove it."),
    # below the minimum may still become a number ("1" on the way to "15")
    (EN, "0", BOLUS_MCG, "0\u00a0mcg is outside 1 to 2000\u00a0mcg."),
])
def test_an_unfinished_number_waits_and_says_what_is_missing(language, text, rule, reason):
    reading = read_number(text, rule, language)
    assert (reading.verdict, reading.value, reading.reason) == (Verdict.PARTIAL, None, reason)


@pytest.mark.parametrize(("language", "text", "rule", "reason"), [
    # an exponent is never taken: "1,5e3" slipped into a volume must not become 1500 mL
    (DE, "1,5e3", VOLUME, "1,5e3 would be read as 1500; type 1500: a number here is digits "
                          "and “,” only, without an exponent (e)."),
    (FR, "1,5e3", VOLUME, "1,5e3 would be read as 1500; type 1500: a number here is digits "
                          "and “,” only, without an exponent (e)."),
    (ES, "1,5e3", VOLUME, "1,5e3 would be read as 1500; type 1500: a number here is digits "
                          "and “,” only, without an exponent (e)."),
    (EN, "1.5e3", VOLUME, "1.5e3 would be read as 1500; type 1500: a number here is digits "
                          "and “.” only, without an exponent (e)."),
    (DE, "1e1", VOLUME, "1e1 would be read as 10; type 10: a number here is digits and “,” "
                        "only, without an exponent (e)."),
    (FR, "2E2", BOLUS_MCG, "2E2 would be read as 200; type 200: a number here is digits and "
                           "“,” only, without an exponent (e)."),
    (ES, "1e1", HOURS, "1e1 would be read as 10; type 10: a number here is digits and “,” "
                       "only, without an exponent (e)."),
    (EN, "2E2", DOSE, "2E2 would be read as 200; type 200: a number here is digits and “.” "
                      "only, without an exponent (e)."),
    (DE, "1e-3", DOSE, "1e-3 would be read as 0,001; type 0,001: a number here is digits and "
                       "“,” only, without an exponent (e)."),
    (EN, "-2e2", DOSE, "-2e2 would be read as -200; type -200: a number here is digits and "
                       "“.” only, without an exponent (e)."),
    # no reading to offer: the other language's separator, an exponent still to come
    (DE, "1.5e3", VOLUME, "1.5e3: a number here is digits and “,” only, without an exponent "
                          "(e)."),
    (EN, "1e", CONCENTRATION, "1e: a number here is digits and “.” only, without an "
                              "exponent (e)."),
])
def test_a_number_with_an_exponent_is_refused_with_its_reading(language, text, rule, reason):
    reading = read_number(text, rule, language)
    assert (reading.verdict, reading.value, reading.reason) == (Verdict.REFUSED, None, reason)


@pytest.mark.parametrize("text", ["lots", "e3", "1e3e", "0x10", "½", "五"])
def test_a_letter_is_no_number_in_any_language(text):
    for language in Language:
        reading = read_number(text, DOSE, language)
        assert (reading.verdict, reading.reason) == (Verdict.INVALID, f"{text} is not a number.")


def test_a_value_is_offered_back_as_a_person_types_it():
    assert [typed(Decimal("2.50"), language) for language in Language] == [
        "2.5", "2,5", "2,5", "2,5"]
    assert typed(Decimal("1000"), Language.DE) == "1000"  # never with a separator


@given(st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
       st.sampled_from(list(Language)))
def test_what_the_console_offers_reads_back_as_the_same_value(value, language):
    reading = read_number(typed(value, language), NumberRule(2), language)
    assert (reading.verdict, reading.value) == (Verdict.NUMBER, value)
