"""Time axes in the one style: dates and clock times, or h:mm since a start."""

import re

import pytest
from itb_console.ui.plot_axes import TimeAxis, elapsed_label
from itb_console.ui.training.scenario_editor import ScenarioEditor


def labels(axis: TimeAxis, low_s: float, high_s: float, width_px: float) -> list[str]:
    [(_step, values)] = axis.tickValues(low_s, high_s, width_px)
    return axis.tickStrings(values, 1.0, 0.0)


def test_time_since_a_start_reads_h_mm_at_whole_minutes(qapp):
    shown = labels(TimeAxis(elapsed_label), 0, 75 * 60, 700)
    assert shown[0] == "0:00" and "1:00" in shown
    assert all(re.fullmatch(r"\d:[0-5][05]", text) for text in shown), shown
    assert labels(TimeAxis(elapsed_label), 0, 30 * 3600, 700)[:3] == ["0:00", "3:00", "6:00"]


def test_a_clock_axis_reads_dates_across_weeks(qapp):
    # 2026-11-01 to 2026-12-01 in seconds since 1970 on the plot's clock
    shown = labels(TimeAxis(), 1_793_491_200, 1_796_083_200, 700)
    assert all(re.fullmatch(r"2026-1[12]-\d\d", text) for text in shown), shown


@pytest.mark.usefixtures("qapp")
def test_the_scenario_editors_events_strip_counts_h_mm_after_start(qtbot):
    editor = ScenarioEditor()
    qtbot.addWidget(editor)
    axis = editor.timeline.getAxis("bottom")
    assert isinstance(axis, TimeAxis) and axis.labelText == "h:mm after Start"
    editor.dirty = False
