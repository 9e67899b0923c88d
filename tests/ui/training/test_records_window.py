"""Training > Trainee records: search, a trainee's history and plot, a cohort, CSV and PDF,
and a damaged database told in words."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from itb_console.console.training.records_queries import insert_run
from itb_console.console.training.records_service import RecordsService
from itb_console.ui.reports.cohort_pdf import cohort_html
from itb_console.ui.style import TRAINING_MARK
from itb_console.ui.training.records_window import RecordsWindow
from PySide6.QtWidgets import QWidget

from tests.console.training.test_records import NOW, opened, run_of
from tests.text import spaced

UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def filled_records(path: Path) -> Path:
    connection = opened(path)
    insert_run(connection, run_of("TR-01", "Ann Bell", passed=False, day=0))
    insert_run(connection, run_of("TR-01", "Ann Bell", day=7))
    insert_run(connection, run_of("TR-02", "Carl Diaz", day=1, station="Station 2"))
    insert_run(connection, run_of("TR-02", "Carl Diaz", scenario="spinal-titration", day=3))
    connection.close()
    return path


@pytest.fixture
def records(tmp_path: Path, qtbot):
    service = RecordsService(filled_records(tmp_path / "records.sqlite3"))
    yield service
    assert service.close()


@pytest.fixture
def window(records: RecordsService, qtbot) -> RecordsWindow:
    shown = RecordsWindow(records)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: len(shown.history) == 2 and len(shown.cohort_runs) == 3, timeout=5000)
    return shown


def test_search_lists_trainees_and_the_first_ones_history(window: RecordsWindow) -> None:
    table = window.trainee_table
    assert [[spaced(table.item(r, c).text()) for c in range(5)]
            for r in range(table.rowCount())] == [
        ["TR-01", "Ann Bell", "2", "2026-12-02", "70 %"],
        ["TR-02", "Carl Diaz", "2", "2026-11-28", "100 %"]]
    assert [r.percent for r in window.history] == [40.0, 100.0]
    [(title, curve)] = window.curves.items()
    x, y = curve.getData()
    assert title == "Routine refill" and list(y) == [40.0, 100.0]
    assert list(x) == [NOW.timestamp(), NOW.timestamp() + 7 * 86400]
    assert window.history_table.item(0, 4).text() == "Refill 20 mL"
    assert window.history_table.item(1, 4).text() == "none"


def axis_labels(window: RecordsWindow) -> list[str]:
    """The score plot's time axis as drawn: its ticks for the range in view."""
    axis = window.plot.getAxis("bottom")
    low, high = window.plot.viewRange()[0]
    [(_step, values)] = axis.tickValues(low, high, axis.width())
    return axis.tickStrings(values, 1.0, 0.0)


def test_the_score_plot_reads_dates_in_the_one_style(window: RecordsWindow, qtbot) -> None:
    """Runs on 2026-11-25 and 2026-12-02 (UTC, as the table): the axis spans those days
    and reads dates, not pyqtgraph's "18.750 19.000"."""
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.plot.getAxis("bottom").width() > 300, timeout=5000)
    low, high = window.plot.viewRange()[0]
    assert low <= (NOW.replace(hour=0) - UNIX_EPOCH).total_seconds()
    assert high >= (NOW.replace(day=3, month=12, hour=0) - UNIX_EPOCH).total_seconds()
    labels = axis_labels(window)
    assert len(labels) >= 3 and labels[0] <= "2026-11-25" and labels[-1] >= "2026-12-01"
    assert all(re.fullmatch(r"2026-1[12]-\d\d", label) for label in labels), labels
    assert window.plot.getAxis("bottom").labelText == "Date (UTC)"
    assert window.history_table.horizontalHeaderItem(0).text() == "Date (UTC)"


def test_one_run_is_shown_on_a_week_of_dates(window: RecordsWindow, qtbot) -> None:
    window.resize(1366, 768)
    window.show()
    window._show_history(window.history[:1])
    qtbot.waitUntil(lambda: window.plot.getAxis("bottom").width() > 300, timeout=5000)
    low, high = window.plot.viewRange()[0]
    assert 7 * 86_400 <= high - low < 8 * 86_400
    assert all(re.fullmatch(r"2026-1[12]-\d\d", label) for label in axis_labels(window))


def test_searching_narrows_and_choosing_shows_that_history(window: RecordsWindow,
                                                           qtbot) -> None:
    window.search.setText("diaz")
    qtbot.waitUntil(lambda: window.trainee_table.rowCount() == 1
                    and len(window.history) > 0 and window.history[0].trainee.pseudonym == "TR-02",
                    timeout=5000)
    assert [r.scenario_id for r in window.history] == ["routine-refill", "spinal-titration"]
    assert [len(c.getData()[0]) for c in window.curves.values()] == [1, 1]  # one per scenario
    window.search.setText("nobody")
    qtbot.waitUntil(lambda: window.trainee_table.rowCount() == 0, timeout=5000)
    assert window.history == [] and "No trainee matches" in window.message.text()


def test_cohort_per_scenario_with_objective_columns(window: RecordsWindow, qtbot) -> None:
    assert [window.scenario.itemData(i) for i in range(window.scenario.count())] == [
        "routine-refill", "spinal-titration"]
    table = window.cohort_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Trainee id", "Name", "Date (UTC)", "Score", "interrogate-first", "refilled"]
    assert table.horizontalHeaderItem(5).toolTip() == "Refill 20 mL"
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "TR-01", "TR-02", "TR-01"]
    assert (table.item(0, 5).text(), table.item(0, 4).text()) == ("\u2717 0 / 30",
                                                                  "\u2713 20 / 20")
    assert spaced(window.cohort_summary.text()) == (
        "3 runs by 2 trainees; mean 80 %, median 100 %, lowest 40 %, best 100 %")
    window.scenario.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(window.cohort_runs) == 1, timeout=5000)
    assert window.cohort_runs[0].scenario_id == "spinal-titration"


def test_csv_export_is_written_off_the_gui_thread_and_reads_back(window: RecordsWindow,
                                                                 tmp_path: Path,
                                                                 qtbot) -> None:
    target = tmp_path / "cohort.csv"
    with qtbot.waitSignal(window.files.finished, timeout=5000) as written:
        window.export_csv(window.cohort_runs, "cohort", target)
    assert written.args == [str(target), None]
    mark, *rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert mark == [f"# {TRAINING_MARK}"]
    assert rows[0][-2:] == ["Interrogate first (interrogate-first)", "Refill 20 mL (refilled)"]
    assert [r[0] for r in rows[1:]] == ["TR-01", "TR-02", "TR-01"]
    assert rows[1][6:9] == ["20", "50", "40"]
    assert f"Saved {target}" in window.message.text()


def test_cohort_pdf_has_the_mark_and_every_run(window: RecordsWindow, tmp_path: Path,
                                               qtbot) -> None:
    html = cohort_html("Routine refill", "routine-refill", window.cohort_runs, NOW)
    assert html.count(TRAINING_MARK) == 2
    assert html.count("<td class='small passed'>") == 5
    assert html.count("<td class='small failed'>") == 1
    target = tmp_path / "cohort.pdf"
    with qtbot.waitSignal(window.files.finished, timeout=15000) as written:
        window.export_pdf(target)
    assert written.args == [str(target), None]
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        import subprocess
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert text.count(TRAINING_MARK) >= 2 and "Ann Bell" in text


def test_a_failed_export_is_said_in_words(window: RecordsWindow, tmp_path: Path,
                                          qtbot) -> None:
    target = tmp_path / "missing-folder" / "x.csv"
    with qtbot.waitSignal(window.files.finished, timeout=5000) as written:
        window.export_csv(window.history, "history", target)
    assert written.args[0] == str(target) and "No such file" in written.args[1]
    assert "Could not save" in window.message.text()


def test_a_damaged_database_is_told_in_words_and_kept(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"not a database" * 500)
    service = RecordsService(path)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        window = RecordsWindow(service, holder)
        qtbot.waitUntil(lambda: "could not be used" in window.notice.text(), timeout=5000)
        assert "kept aside" in window.notice.text() and window.notice.isVisibleTo(window)
        assert len(list(tmp_path.glob("records.sqlite3.damaged-*"))) == 1
    finally:
        assert service.close()
