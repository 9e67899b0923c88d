"""History plot: data, forecast and markers reach the plot; large data is downsampled."""

import numpy as np
from itb_console.ui.history.history_plot import HistoryPlot


def test_history_plot_shows_series_forecast_and_markers(qtbot, tmp_path):
    plot = HistoryPlot()
    qtbot.addWidget(plot)
    plot.resize(900, 500)
    times = 1_767_225_600.0 + np.arange(200_000) * 60.0
    plot.set_history(times, np.full(times.size, 400.0), np.linspace(20, 2, times.size))
    plot.set_forecast([times[-1], times[-1] + 10 * 86_400], [2.0, 0.0])
    plot.set_markers([times[0], times[100_000]], alarm_ml=2.0)
    plot.show()
    qtbot.waitExposed(plot)
    assert plot.dose_curve.opts["autoDownsample"] and plot.dose_curve.opts["clipToView"]
    shown_x, _ = plot.reservoir_curve.getData()
    assert 0 < shown_x.size < times.size  # only what fits the screen is drawn
    assert len(plot._markers) == 5  # two refills on both plots, plus the alarm line
    plot.set_markers([], alarm_ml=None)
    assert plot._markers == []
    image = plot.grab().toImage()
    assert image.width() == 900
