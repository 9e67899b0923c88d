"""Debrief PDF: the score, every objective, the timeline in words, the mark on every page."""

from dataclasses import replace
from datetime import timedelta

import pytest
from itb_console.console.actions import ActionKind
from itb_console.console.training.debrief_example import STARTED_AT, example_debrief
from itb_console.ui.reports.debrief_pdf import debrief_html, write_debrief_pdf
from PySide6.QtPdf import QPdfDocument


def pdf_pages(path) -> list[str]:
    """Each page's text with its line breaks and runs of spaces made single spaces."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [" ".join(document.getAllText(page).text().split())
            for page in range(document.pageCount())]


def squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_states_score_objectives_and_timeline(tmp_path, qapp):
    debrief = example_debrief()
    path = tmp_path / "debrief.pdf"
    write_debrief_pdf(debrief, path)
    assert path.read_bytes().startswith(b"%PDF")
    (text,) = pdf_pages(path)
    assert "Score 50 / 100 (50 %)" in text
    assert "Titration, spinal origin (spinal-titration)" in text
    assert "A. Trainee at Station 3" in text
    bare = squash(text)  # a table cell may wrap a line anywhere, even after a "/"
    for objective in debrief.objectives:
        assert squash(objective.text) in bare
        assert squash(objective.feedback) in bare
        assert f"{objective.points} / {objective.max_points}" in text
    assert text.count("Passed") == 3 and text.count("Failed") == 2
    assert ("+0:04:30 Program sent 350.0 mcg/day (0.175 mL/day at 2000 mcg/mL), "
            "continuous, 1 step, verified") in text
    assert "+0:12:00 Session closed" in text
    assert ("Patient and implant record (at the end of the run) Patient ID TRAINING-02 "
            "Pump GX-20 SIM-000002 Implanted 2026-10-14 Catheter tip T10 Catheter SIM-CATH-1, "
            "45.0 cm x 0.0022 mL/cm = 0.099 mL Last refill 2026-10-14 Next refill (booked) "
            "2027-01-13") in text.replace("\u2060", "")
    assert text.startswith("Training mock, not for clinical use Page 1 of 1")


def test_a_long_timeline_runs_onto_pages_that_all_carry_the_mark(tmp_path, qapp):
    debrief = example_debrief()
    for minute in range(60):
        debrief.actions.record(ActionKind.BOLUS_STARTED,
                               STARTED_AT + timedelta(minutes=13 + minute),
                               kind="clinician", volume_nl=25_000, duration_s=3600)
    path = tmp_path / "long.pdf"
    write_debrief_pdf(debrief, path)
    pages = pdf_pages(path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.startswith(f"Training mock, not for clinical use Page {number} of "
                               f"{len(pages)}")
    assert "+1:12:00 Bolus started clinician bolus, 0.025 mL over 1:00 h" in pages[-1]


def test_text_from_the_file_is_escaped_not_interpreted():
    html = debrief_html(replace(example_debrief(), trainee="<b>Zoë</b> & co", station=""))
    assert "&lt;b&gt;Zoë&lt;/b&gt; &amp; co</td>" in html
    assert "<b>Zoë</b>" not in html


def test_an_unwritable_file_is_an_os_error(tmp_path, qapp):
    with pytest.raises(OSError, match="cannot write"):
        write_debrief_pdf(example_debrief(), tmp_path / "no such folder" / "d.pdf")


def test_a_debrief_without_its_pump_record_says_so():
    html = debrief_html(replace(example_debrief(), pump=None))
    assert "<th>Patient and implant record</th><td>not recorded in this file</td>" in html


def test_an_empty_timeline_says_so():
    html = debrief_html(replace(example_debrief(), actions=type(example_debrief().actions)()))
    assert "No actions were recorded." in html
