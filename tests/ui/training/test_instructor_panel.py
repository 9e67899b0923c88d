"""The instructor's panel: stations open, time and faults reach the pumps, scores show."""

from pathlib import Path

import pytest
from itb_console.console.training.debrief import load_debrief
from itb_console.console.training.scenario_runner import StationState
from itb_console.device.pump_api import AlarmCode
from itb_console.device.serial_pump import SerialPump
from itb_console.ui.training.instructor_panel import (
    COLUMNS,
    InstructorPanel,
    position_for,
    speed_for,
)
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton


@pytest.fixture
def panel(qtbot):
    made = InstructorPanel()
    qtbot.addWidget(made)
    made.timer.stop()  # the tests refresh by hand
    yield made
    made.close()


def choose(panel, scenario_id):
    panel.scenario.setCurrentIndex(next(
        i for i in range(panel.scenario.count())
        if panel.scenario.itemData(i).id == scenario_id))


def cell(panel, row, column):
    return panel.table.item(row, COLUMNS.index(column)).text()


def test_speed_slider_is_logarithmic_from_x1_to_x1_000_000():
    assert speed_for(0) == 1 and speed_for(position_for(1_000_000)) == 1_000_000
    assert speed_for(20) == 10 and speed_for(60) == 1000 and speed_for(30) == 32
    assert all(speed_for(p) < speed_for(p + 1) for p in range(position_for(1_000_000)))


def test_opens_stations_a_trainee_can_connect_to(panel):
    choose(panel, "routine-refill")
    panel.count.setValue(3)
    stations = panel.open_stations()
    panel.refresh()
    assert [cell(panel, r, "Station") for r in range(3)] == ["Station 1", "Station 2",
                                                             "Station 3"]
    assert cell(panel, 0, "Reservoir (mL)") == "3.20"
    assert cell(panel, 0, "Dose (mcg/day)") == "400.0 (continuous)"
    assert len({s.url for s in stations}) == 3 and all(
        s.url.startswith("socket://127.0.0.1:") for s in stations)
    pump = SerialPump(stations[1].url, timeout_s=0.5)
    pump.open_session()
    assert pump.interrogate().identity.patient_id == "TRAINING-01"
    pump.close()
    panel.refresh()
    assert cell(panel, 1, "Last action") == "Pump interrogated"
    assert cell(panel, 0, "Last action") == "not connected yet"


def test_start_jump_inject_and_end_reach_the_selected_station_only(qtbot, panel):
    choose(panel, "catheter-priming")
    panel.count.setValue(2)
    first, second = panel.open_stations()
    panel.start()
    assert first.state is second.state is StationState.RUNNING
    panel.refresh()  # the rows, before choosing one
    panel.table.selectRow(0)
    panel.jump(86_400)
    assert first.elapsed_s >= 86_400 > second.elapsed_s
    panel.alarm.setCurrentIndex(panel.alarm.findData(AlarmCode.MOTOR_STALL))
    raise_button = next(b for b in panel.findChildren(QPushButton)
                        if b.text() == "Raise alarm")
    raise_button.click()
    panel.refresh()
    assert cell(panel, 0, "Alarms") == "motor stall" and cell(panel, 1, "Alarms") == "none"
    panel.end()
    panel.refresh()
    assert first.state is StationState.ENDED and second.state is StationState.RUNNING
    # nobody connected: only "dose kept" (15) and "not stopped" (20) pass
    assert cell(panel, 0, "Score") == "35/100"
    assert "Interrogate the pump before changing anything" in panel.result.text()


def test_debrief_is_saved_as_json_and_pdf(panel, tmp_path, monkeypatch):
    choose(panel, "clock-dst")
    (station,) = panel.open_stations()
    panel.start()
    panel.end()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "d"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("A. Trainee", True))
    panel.refresh()
    panel.table.selectRow(0)
    path = panel.save_debrief()
    assert path == tmp_path / "d.json" and path.with_suffix(".pdf").stat().st_size > 1000
    debrief = load_debrief(path)
    assert (debrief.trainee, debrief.station, debrief.scenario_id) == (
        "A. Trainee", "Station 1", "clock-dst")
    # nobody connected: only "program kept" (30) passes
    assert (debrief.score, debrief.max_score) == (30, station.scenario.max_score)


def test_a_bad_scenario_folder_is_listed_not_loaded(panel, tmp_path):
    (tmp_path / "bad.toml").write_text("[scenario]\nid = 3\n")
    before = panel.scenario.count()
    errors = panel.add_scenario_folder(Path(tmp_path))
    assert errors and "bad.toml" in errors[0]
    assert panel.scenario.count() == before and "Not loaded" in panel.message.text()


def test_regular_reads_run_off_the_gui_thread_one_at_a_time(qtbot, panel):
    from PySide6.QtCore import QThread

    choose(panel, "routine-refill")
    panel.count.setValue(2)
    panel.open_stations()
    threads = []
    original = panel.classroom.stations[0].view

    def spy():
        threads.append(QThread.currentThread())
        return original()

    panel.classroom.stations[0].view = spy
    qtbot.waitUntil(lambda: not panel.watcher.reading, timeout=5_000)  # the read after Open
    with qtbot.waitSignal(panel.watcher.views_ready, timeout=5_000) as arrived:
        assert panel.watcher.request(panel.classroom.stations)
        assert not panel.watcher.request(panel.classroom.stations)  # skipped, not queued
    assert [v.name for v in arrived.args[0]] == ["Station 1", "Station 2"]
    assert threads and threads[0] is not QThread.currentThread()
    qtbot.waitUntil(lambda: not panel.watcher.reading, timeout=5_000)
    assert cell(panel, 1, "Station") == "Station 2"


def test_a_read_started_before_a_change_is_dropped_and_read_again(qtbot, panel):
    choose(panel, "routine-refill")
    (station,) = panel.open_stations()
    qtbot.waitUntil(lambda: not panel.watcher.reading, timeout=5_000)
    shown = []
    panel.watcher.views_ready.connect(lambda views: shown.append(views[0].state))
    assert panel.watcher.request(panel.classroom.stations)  # under way, state "ready"
    station.start()
    assert not panel.watcher.request(panel.classroom.stations, fresh=True)
    qtbot.waitUntil(lambda: bool(shown) and not panel.watcher.reading, timeout=5_000)
    assert shown == [StationState.RUNNING]
