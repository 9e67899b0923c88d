"""Delivery history window on a simulated pump that has lived 200 days.

The default pump: 15 mL at 2000 mcg/mL, 350/450/400/350 mcg/day from 00:00/07:00/12:00/
22:00, i.e. 391.67 mcg/day = 0.195833 mL/day. After 60 whole days 11.75 mL is used, so the
refill finds 3.25 mL; 20 mL then lasts about 102 days, so by day 200 the pump is empty.
"""

from datetime import datetime, timedelta
from itertools import pairwise

import pytest
from itb_console.device.pump_api import BolusKind, BolusRequest, RefillRequest
from itb_console.device.pump_delivery import clock_seconds
from itb_console.device.therapy import Concentration
from itb_console.ui.history.history_window import HistoryWindow, plot_seconds

from tests.text import spaced

START = datetime(2026, 11, 25, 9, 0)
REFILL_AT = START + timedelta(days=60)


def _lived(days_after_refill: int):
    def setup(pump):
        pump.control.advance(60 * 86_400)
        pump.open_session()
        pump.refill(RefillRequest(3_250_000, 20_000_000, Concentration(2000), 2_000_000))
        pump.start_bolus(BolusRequest(BolusKind.CLINICIAN, 25_000, 3600))
        pump.close_session()
        pump.control.advance(days_after_refill * 86_400)
    return setup


def _opened(qtbot, session) -> HistoryWindow:
    window = HistoryWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.history is not None, timeout=10_000)
    return window


def test_two_hundred_days_with_a_refill_and_an_empty_reservoir(qtbot, connect_sim):
    session, _ = connect_sim(_lived(140))
    window = _opened(qtbot, session)
    history = window.history
    assert "training mock" in window.windowTitle()
    # the pump's clock also runs in real time (x1) while the test sets it up: to 1 s
    assert abs(history.start - START) < timedelta(seconds=1)
    refill = history.refills[0]
    assert abs(refill.at - REFILL_AT) < timedelta(seconds=1)
    assert refill.expected_residual_nl == pytest.approx(3_250_000, abs=5)
    assert history.reservoir_at(history.start) == pytest.approx(15_000_000, abs=5)
    assert (clock_seconds(refill.at), refill.expected_residual_nl) in history.reservoir
    assert history.reservoir_at(refill.at) == 20_000_000
    assert history.boluses[0].dose_ng == 50_000  # 0.025 mL at 2000 mcg/mL = 50 mcg
    assert history.dose_at(history.start) == pytest.approx(391_666.67, abs=0.01)
    assert history.dose_at(history.now) == 0 and history.reservoir_at(history.now) == 0
    assert "not delivering (Reservoir empty): no projection" in window.outlook.text()
    assert len(window.plot._markers) == 2 + 1 + 2  # refill on both plots, alarm, now
    assert history.projection == () and window.plot._labels == []  # no dates to label


def test_projection_labels_and_ranges(qtbot, connect_sim):
    session, _ = connect_sim(_lived(10))
    window = _opened(qtbot, session)
    history = window.history
    assert abs(history.now - (REFILL_AT + timedelta(days=10))) < timedelta(seconds=1)
    outlook = history.outlook
    assert outlook.alarm_at < outlook.empty_at
    _, levels = window.plot.forecast_curve.getData()
    assert levels[-1] == 0 and levels[0] == pytest.approx(history.reservoir_now_nl / 1e6)
    assert [line.label.format for line in window.plot._labels] == [
        f"low-reservoir alarm\n{outlook.alarm_at:%Y-%m-%d}", f"empty\n{outlook.empty_at:%Y-%m-%d}"]
    assert window.plot.date_points.data["y"].tolist() == [2.0, 0.0]  # mL
    view = window.plot.dose_plot.getViewBox()
    window.range.setCurrentText("Last 30 days")
    low, high = view.viewRange()[0]
    first, last = plot_seconds(history.now - timedelta(days=30)), plot_seconds(outlook.empty_at)
    margin = 0.02 * (last - first)  # the plot's padding
    assert (low, high) == (pytest.approx(first - margin, abs=3600),
                           pytest.approx(last + margin, abs=3600))
    window.range.setCurrentText("All")
    assert view.viewRange()[0][0] < plot_seconds(START)
    assert "alarm on" in window.outlook.text() and "mcg/day" in spaced(window.outlook.text())


def test_refresh_reads_again_and_a_failure_is_said(qtbot, connect_sim):
    session, pump = connect_sim(_lived(10))
    window = _opened(qtbot, session)
    first = window.history
    pump.control.advance(86_400)
    window.refresh_button.click()
    qtbot.waitUntil(lambda: window.history is not first, timeout=10_000)
    assert window.history.now - first.now >= timedelta(days=1)
    session.action_failed.emit("read history", "the link was lost")
    assert "Could not show the history: the link was lost" in window.outlook.text()
    assert window.refresh_button.isEnabled()


def test_a_log_that_makes_no_history_is_said_plainly(qtbot, connect_sim):
    def garbled(pump):
        pump.model.record("refill", expected_residual_nl="lots", filled_nl=20_000_000)

    session, _ = connect_sim(garbled)
    window = HistoryWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "Could not" in window.outlook.text(), timeout=10_000)
    assert ("Could not show the history: the pump's event log does not make a history "
            "(log entry 2 (refill): expected_residual_nl='lots' is not a whole number)"
            ) in window.outlook.text()
    assert window.history is None and window.refresh_button.isEnabled()


def _axis_labels(window: HistoryWindow) -> list[str]:
    """The bottom axis's labels as it would draw them now, left to right."""
    axis = window.plot.reservoir_plot.getAxis("bottom")
    low, high = window.plot.reservoir_plot.getViewBox().viewRange()[0]
    ((_spacing, values),) = axis.tickValues(low, high, axis.width())
    return axis.tickStrings(values, 1.0, _spacing)


def test_a_new_pump_shows_its_last_30_days_in_dates_and_the_program_ahead(qtbot, connect_sim):
    session, _ = connect_sim()
    window = _opened(qtbot, session)
    window.show()
    qtbot.waitExposed(window)
    history = window.history
    assert history.now - history.start < timedelta(minutes=1)  # implanted just now
    low, high = window.plot.dose_plot.getViewBox().viewRange()[0]
    first = plot_seconds(history.now - timedelta(days=30))
    last = plot_seconds(history.outlook.empty_at)
    margin = 0.02 * (last - first)
    assert (low, high) == (pytest.approx(first - margin, abs=60),
                           pytest.approx(last + margin, abs=60))
    labels = _axis_labels(window)
    assert len(labels) >= 3
    assert all(len(text) == len("2026-11-30") and text.startswith("20") for text in labels)
    assert window.plot.reservoir_plot.getAxis("bottom").labelText == "Pump clock"
    xs, doses = window.plot.dose_ahead.getData()  # the program goes on until empty
    assert xs.tolist() == [plot_seconds(history.now), last]
    assert doses.tolist() == pytest.approx([391.6667] * 2, abs=1e-3)


def test_zoomed_to_minutes_the_axis_reads_whole_minutes_and_names_the_day(qtbot, connect_sim):
    session, _ = connect_sim()
    window = _opened(qtbot, session)
    window.show()
    qtbot.waitExposed(window)
    at = plot_seconds(datetime(2026, 11, 25, 9, 7, 30))
    window.plot.dose_plot.setXRange(at, at + 20 * 60, padding=0)
    labels = _axis_labels(window)
    assert labels[0] in {"09:08", "09:10", "09:09"}
    assert all(text[-1] in "0123456789" and len(text) == 5 for text in labels)
    minutes = [int(text[3:]) for text in labels]
    assert len({b - a for a, b in pairwise(minutes)}) == 1
    assert window.plot.reservoir_plot.getAxis("bottom").labelText == "Pump clock, 2026-11-25"


def test_the_plot_titles_stand_apart_at_one_and_a_half_times_the_type(qtbot, connect_sim,
                                                                     qapp):
    from itb_console.ui.style import apply_style

    apply_style(qapp, 1.5)
    try:
        session, _ = connect_sim()
        window = _opened(qtbot, session)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        dose, reservoir = window.plot.dose_plot, window.plot.reservoir_plot
        titles = [plot.titleLabel.sceneBoundingRect() for plot in (dose, reservoir)]
        assert not titles[0].intersects(titles[1])
        assert all(title.width() > title.height() for title in titles)  # across, not up
        assert not dose.getAxis("left").label.isVisible()
        assert not reservoir.getAxis("left").label.isVisible()
        assert titles[1].top() >= dose.sceneBoundingRect().bottom() - 1
    finally:
        apply_style(qapp, 1.0)


def test_a_bolus_given_while_it_is_open_is_read_again_into_the_history(qtbot, connect_sim):
    from itb_console.console.commands import start_bolus

    session, _pump = connect_sim(_lived(10))
    window = _opened(qtbot, session)
    first = window.history
    assert len(first.boluses) == 1 and window.read_stamp.text().startswith("History read ")
    with qtbot.waitSignal(session.outcome_ready, timeout=10_000):
        start_bolus(session, BolusRequest(BolusKind.CLINICIAN, 50_000, 3600))
    qtbot.waitUntil(lambda: window.history is not first, timeout=10_000)
    assert [bolus.volume_nl for bolus in window.history.boluses] == [25_000, 50_000]
