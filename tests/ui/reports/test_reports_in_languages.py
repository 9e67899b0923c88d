"""The session report and the debrief PDF in German, French and Spanish: their headings,
labels and the training mark in the language of the run, no English heading left, and
numbers and dates written the language's way."""

import csv
from pathlib import Path

import pytest
from itb_console.console.language import Language
from itb_console.console.training.debrief_example import example_debrief
from itb_console.ui.reports.debrief_pdf import write_debrief_pdf
from itb_console.ui.reports.report_pdf import write_report_pdf

from tests.ui.reports.test_debrief_pdf import pdf_pages
from tests.ui.reports.test_report_pdf import sample_report

ROOT = Path(__file__).resolve().parents[3]
REPORT_WORDS = ("Training mock, not for clinical use", "Pump and patient", "Patient ID",
                "Pump serial", "Implant record", "not read", "Program before the session",
                "Expected residual", "Concentration", "Next steps", "Clinician bolus")
DEBRIEF_WORDS = ("Training mock, not for clinical use", "Objectives", "What the trainee did",
                 "Patient and implant record (at the end of the run)", "Patient ID",
                 "Implanted", "Catheter tip", "Passed", "Failed", "Session closed")


def table(language: Language) -> dict[str, str]:
    path = ROOT / "resources" / "i18n" / f"{language.value}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["source"]: row["translation"] for row in csv.DictReader(handle)}


def text_of(path: Path) -> str:
    return " ".join(pdf_pages(path)).replace("\u2060", "").replace("\u00a0", " ")


def assert_speaks(text: str, words: tuple[str, ...], language: Language) -> None:
    translated = table(language)
    for english in words:
        assert translated[english].replace("\u00a0", " ") in text, english
        if translated[english] != english:
            assert english not in text, english


@pytest.mark.parametrize("language", [Language.DE, Language.FR, Language.ES])
def test_the_session_report_pdf_is_in_the_language_of_the_run(tmp_path, qapp, speak,
                                                               language):
    speak(language)
    path = tmp_path / "report.pdf"
    write_report_pdf(sample_report(), path)
    text = text_of(path)
    assert_speaks(text, REPORT_WORDS, language)
    assert "20,00 mL" in text  # the reservoir, with the language's decimal comma


@pytest.mark.parametrize("language", [Language.DE, Language.FR, Language.ES])
def test_the_debrief_pdf_is_in_the_language_of_the_run(tmp_path, qapp, speak, language):
    speak(language)
    path = tmp_path / "debrief.pdf"
    write_debrief_pdf(example_debrief(), path)
    text = text_of(path)
    assert_speaks(text, DEBRIEF_WORDS, language)
    # The example's catheter and implant date, written the language's way.
    assert "45,0 cm x 0,0022 mL/cm = 0,099 mL" in text
    assert ("14.10.2026" if language is Language.DE else "14/10/2026") in text
