"""The instructor's panel: stations open in their own processes, clicks reach them, scores show."""

import os
import signal
from pathlib import Path

import pytest
from itb_console.console.session import Session, SessionState
from itb_console.console.training.assessment import NOT_ATTEMPTED
from itb_console.console.training.debrief import load_debrief
from itb_console.console.training.records import Trainee
from itb_console.console.training.records_queries import run_count, trainee_history
from itb_console.console.training.records_service import RecordsService
from itb_console.console.training.scenario_runner import StationState
from itb_console.console.training.scenarios import parse_scenario
from itb_console.device.mri_fault import MriResume
from itb_console.device.pump_api import AlarmCode
from itb_console.ui.main_window import MainWindow
from itb_console.ui.style import CRITICAL, OK, coloured
from itb_console.ui.training.instructor_panel import (
    COLUMNS,
    InstructorPanel,
    position_for,
    speed_for,
)
from itb_console.ui.training.trainee_dialog import TraineeDialog
from PySide6.QtCore import QSettings, QThread, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QPushButton,
)

from tests.classroom import serves
from tests.console.training.test_records import opened
from tests.text import spaced

WAIT_MS = 30_000
SHIPPED_FOLDER = Path(__file__).parents[3] / "resources" / "scenarios"


@pytest.fixture
def panel(qtbot):
    made = InstructorPanel()
    qtbot.addWidget(made)
    made.timer.stop()  # the tests read by hand
    yield made
    made.close()


def choose(panel, scenario_id):
    panel.scenario.setCurrentIndex(next(
        i for i in range(panel.scenario.count())
        if panel.scenario.itemData(i).id == scenario_id))


def cell(panel, row, column):
    return panel.table.item(row, COLUMNS.index(column)).text()


def do(qtbot, action, panel):
    """Click (call ``action``) and wait for the classroom's answer to reach the panel."""
    with qtbot.waitSignal(panel.link.answered, timeout=WAIT_MS) as got:
        action()
    return got.args[0]


def refresh(qtbot, panel):
    with qtbot.waitSignal(panel.link.rows_ready, timeout=WAIT_MS):
        panel.refresh_soon()


def open_stations(qtbot, panel, scenario_id, count):
    choose(panel, scenario_id)
    panel.count.setValue(count)
    answer = do(qtbot, panel.open_stations, panel)
    assert answer.error is None and len(answer.rows) == count
    return list(answer.rows)


def test_speed_slider_is_logarithmic_from_x1_to_x1_000_000():
    assert speed_for(0) == 1 and speed_for(position_for(1_000_000)) == 1_000_000
    assert speed_for(20) == 10 and speed_for(60) == 1000 and speed_for(30) == 32
    assert all(speed_for(p) < speed_for(p + 1) for p in range(position_for(1_000_000)))


def test_opens_stations_each_in_its_own_process_a_trainee_can_connect_to(qtbot, panel):
    rows = open_stations(qtbot, panel, "routine-refill", 3)
    assert [cell(panel, r, "Station") for r in range(3)] == ["Station 1", "Station 2",
                                                             "Station 3"]
    assert cell(panel, 0, "Reservoir (mL)") == "3.20"
    assert cell(panel, 0, "Dose (mcg/day)") == "400.0 (continuous)"
    assert len({r.url for r in rows}) == 3 and all(
        r.url.startswith("socket://127.0.0.1:") for r in rows)
    # what a trainee types into File > Connect, as it is
    assert [cell(panel, r, "Connect to") for r in range(3)] == [r.url for r in rows]
    classroom_pid = panel.link.client.process.pid
    assert len({r.pid for r in rows} - {classroom_pid, os.getpid()}) == 3
    assert serves(rows[1].url) == "TRAINING-01"
    refresh(qtbot, panel)
    assert cell(panel, 1, "Last action") == "Pump interrogated"
    assert cell(panel, 0, "Last action") == "not connected yet"


def test_start_jump_inject_and_end_reach_the_selected_station_only(qtbot, panel):
    open_stations(qtbot, panel, "catheter-priming", 2)
    do(qtbot, panel.start, panel)
    assert [r.state for r in panel.rows] == [StationState.RUNNING] * 2
    panel.table.selectRow(0)
    do(qtbot, lambda: panel.jump(86_400), panel)
    first, second = panel.rows
    assert (first.world_time - first.started_at).total_seconds() >= 86_400
    assert (second.world_time - second.started_at).total_seconds() < 86_400
    panel.alarm.setCurrentIndex(panel.alarm.findData(AlarmCode.MOTOR_STALL))
    raise_button = next(b for b in panel.findChildren(QPushButton)
                        if b.text() == "Raise alarm")
    do(qtbot, raise_button.click, panel)
    assert cell(panel, 0, "Alarms") == "Motor stall" and cell(panel, 1, "Alarms") == "none"
    do(qtbot, panel.end, panel)
    assert [r.state for r in panel.rows] == [StationState.ENDED, StationState.RUNNING]
    # nobody connected: the pump left alone kept its dose and ran, yet scores nothing
    assert spaced(cell(panel, 0, "Score")) == "0 / 100 (0 %)"  # as in the records
    assert NOT_ATTEMPTED in panel.result.text()


def test_an_mri_scan_is_injected_live_and_its_outcome_said(qtbot, panel):
    open_stations(qtbot, panel, "routine-refill", 2)
    do(qtbot, panel.start, panel)
    panel.show()
    assert panel.mri_delay.isVisible() is False  # a normal resume takes no delay
    panel.mri_resume.setCurrentIndex(panel.mri_resume.findData(MriResume.DELAYED))
    assert panel.mri_delay.isVisible() is True
    panel.mri_minutes.setValue(30)
    panel.mri_delay.setValue(8)
    panel.table.selectRow(0)
    scan = next(b for b in panel.findChildren(QPushButton) if b.text() == "MRI scan")
    answer = do(qtbot, scan.click, panel)
    assert answer.problems == ()
    assert cell(panel, 0, "Alarms") == "Motor stall" and cell(panel, 1, "Alarms") == "none"
    assert panel.message.text() == coloured(
        "MRI scan started at Station 1: the rotor has stopped and the motor-stall alarm "
        "sounds; a 30 min scan; delivery restarts 8 h after the scan.", OK)
    panel.mri_resume.setCurrentIndex(panel.mri_resume.findData(MriResume.STUCK))
    assert panel.mri_delay.isVisible() is False
    answer = do(qtbot, scan.click, panel)
    assert answer.problems == ("Station 1: An MRI exposure is still in progress: a new scan "
                               "can start once its stall recovery is logged (at the second "
                               "OPEN after the rotor turned again).",)
    assert panel.message.text() == coloured(answer.problems[0], CRITICAL)


def test_the_command_box_says_which_stations_its_commands_reach(qtbot, panel):
    """The title follows the selection: all when none is selected, else the selected."""
    open_stations(qtbot, panel, "routine-refill", 5)
    box = panel.commands_box
    assert box.title() == "Stations: all (none selected)"
    panel.table.selectRow(1)
    assert box.title() == "Stations: Station 2"
    assert [r.name for r in panel.selected()] == ["Station 2"]
    panel.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    panel.table.selectRow(3)
    assert box.title() == "Stations: Station 2, Station 4"
    panel.table.selectRow(0)
    assert box.title() == "Stations: the 3 selected"  # a longer title would widen the box
    assert [r.name for r in panel.selected()] == ["Station 1", "Station 2", "Station 4"]
    panel.table.clearSelection()
    assert box.title() == "Stations: all (none selected)"
    assert len(panel.selected()) == 5


def test_a_trainee_whose_station_is_ended_is_told_so_and_what_next(qtbot, panel):
    """End and score closes the station's link: the trainee's console says the instructor
    ended the station, not a socket error, and what to do next."""
    (row,) = open_stations(qtbot, panel, "routine-refill", 1)
    session = Session()
    try:
        with qtbot.waitSignal(session.status_changed, timeout=WAIT_MS):
            session.connect_to(row.url)
        with qtbot.waitSignal(session.error, timeout=WAIT_MS) as told:
            do(qtbot, panel.end, panel)
        assert told.args[0] == (
            f"The pump at {row.url} closed the link: the instructor has ended or closed "
            "this training station (or another console connected to it). The values shown "
            "are the last ones read. If your station was ended, your run is over: wait for "
            "the instructor's debrief. Otherwise connect again (Ctrl+K) and interrogate.")
        assert session.state is SessionState.DISCONNECTED
    finally:
        session.shutdown()


def test_closing_ended_stations_frees_their_seats(qtbot, panel):
    open_stations(qtbot, panel, "routine-refill", 3)
    panel.close_ended()
    assert panel.message.text().endswith("No ended or crashed station to close; end and "
                                         "score it first.</span>")
    panel.table.selectRow(0)
    do(qtbot, panel.end, panel)
    panel.table.clearSelection()  # none selected: every ended station closes
    do(qtbot, panel.close_ended, panel)
    assert [r.name for r in panel.rows] == ["Station 2", "Station 3"]
    panel.count.setValue(1)
    (again,) = do(qtbot, panel.open_stations, panel).rows
    assert again.name == "Station 1"  # the seat freed is used again
    assert [r.name for r in panel.rows] == ["Station 2", "Station 3", "Station 1"]


def test_a_refused_command_says_which_station_and_why(qtbot, panel):
    open_stations(qtbot, panel, "routine-refill", 2)
    panel.table.selectRow(1)
    do(qtbot, panel.end, panel)
    answer = do(qtbot, lambda: panel.jump(3600), panel)
    assert answer.problems == ("Station 2: Station 2 is ended; this needs it ready or "
                               "running or paused",)
    assert "Station 2 is ended" in panel.message.text()


def test_debrief_is_saved_as_json_and_pdf_off_the_gui_thread(qtbot, panel, tmp_path,
                                                            monkeypatch):
    open_stations(qtbot, panel, "clock-dst", 1)
    do(qtbot, panel.start, panel)
    do(qtbot, panel.end, panel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "d"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("A. Trainee", True))
    panel.table.selectRow(0)
    answer = do(qtbot, panel.save_debrief, panel)
    path = answer.value
    assert path == tmp_path / "d.json" and path.with_suffix(".pdf").stat().st_size > 1000
    assert panel.message.text().count("Saved") == 1
    debrief = load_debrief(path)
    assert (debrief.trainee, debrief.station, debrief.scenario_id) == (
        "A. Trainee", "Station 1", "clock-dst")
    # nobody connected: the program kept by nobody earns nothing
    assert (debrief.score, debrief.max_score) == (0, panel.rows[0].score[1])
    assert {o.feedback for o in debrief.objectives} == {NOT_ATTEMPTED}


def test_a_bad_scenario_folder_is_listed_not_loaded(qtbot, panel, tmp_path):
    (tmp_path / "bad.toml").write_text("[scenario]\nid = 3\n")
    shipped = SHIPPED_FOLDER / "01-routine-refill.toml"
    (tmp_path / "copy.toml").write_text(shipped.read_text())  # a copy keeps a shipped id
    before = panel.scenario.count()
    with qtbot.waitSignal(panel.folder_read, timeout=WAIT_MS) as read:
        panel.add_scenario_folder(Path(tmp_path))
    bad, copied = read.args[0]
    assert bad.startswith(f"{tmp_path / 'bad.toml'}:")
    line = shipped.read_text().splitlines().index('id = "routine-refill"') + 1
    assert copied == (f"{tmp_path / 'copy.toml'}:{line}: scenario.id: 'routine-refill' is "
                      "the short name of the shipped scenario 'Routine refill'; give this "
                      "scenario a short name of its own")  # the loader's words, and the editor's
    assert panel.scenario.count() == before and "Not loaded" in panel.message.text()


def test_a_trainers_scenario_is_listed_with_its_file_and_a_new_version_replaces_it(
        qtbot, panel, tmp_path):
    text = (SHIPPED_FOLDER / "15-mri-delayed-resume.toml").read_text().replace(
        'id = "mri-delayed-resume"', 'id = "my-scan"')
    first = parse_scenario(str(tmp_path / "my-scan.toml"), text)
    panel.add_scenario(first)
    assert panel.scenario.currentText() == ("After an MRI: delayed restart (advanced) - "
                                            "my-scan.toml")
    assert panel.scenario.currentData() is first
    count = panel.scenario.count()
    second = parse_scenario(str(tmp_path / "my-scan.toml"), text.replace(
        "delayed restart", "late restart"))
    panel.add_scenario(second)
    assert panel.scenario.count() == count and panel.scenario.currentData() is second
    assert panel.message.text() == coloured(
        "'After an MRI: late restart' from my-scan.toml is listed and chosen: set the number "
        "of stations and press Open.", OK)


def test_reads_and_commands_run_off_the_gui_thread_one_read_at_a_time(qtbot, panel,
                                                                     monkeypatch):
    open_stations(qtbot, panel, "routine-refill", 2)
    threads = []
    original = panel.link.client.call

    def spy(op, *args, **kwargs):
        threads.append((op, QThread.currentThread()))
        return original(op, *args, **kwargs)

    monkeypatch.setattr(panel.link.client, "call", spy)
    qtbot.waitUntil(lambda: not panel.link.reading, timeout=WAIT_MS)  # the read after Open
    with qtbot.waitSignal(panel.link.rows_ready, timeout=WAIT_MS) as arrived:
        assert panel.link.request()
        assert not panel.link.request()  # skipped, not queued
    assert [r.name for r in arrived.args[0]] == ["Station 1", "Station 2"]
    do(qtbot, panel.start, panel)
    assert {"read", "start"} <= {op for op, _ in threads}
    assert all(thread is not QThread.currentThread() for _, thread in threads)


def test_a_read_started_before_a_change_is_dropped(qtbot, panel):
    open_stations(qtbot, panel, "routine-refill", 1)
    qtbot.waitUntil(lambda: not panel.link.reading, timeout=WAIT_MS)
    shown = []
    panel.link.rows_ready.connect(lambda rows: shown.append(rows[0].state))
    assert panel.link.request()  # under way, state "ready"
    do(qtbot, panel.start, panel)
    qtbot.waitUntil(lambda: bool(shown) and not panel.link.reading, timeout=WAIT_MS)
    assert set(shown) == {StationState.RUNNING}


def test_a_crashed_station_shows_on_its_row_and_restarts_alone(qtbot, panel):
    rows = open_stations(qtbot, panel, "routine-refill", 3)
    os.kill(rows[1].pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: (refresh(qtbot, panel), cell(panel, 1, "State"))[1].startswith(
        "crashed"), timeout=WAIT_MS)
    assert [cell(panel, r, "State") for r in range(3)] == ["ready", "crashed", "ready"]
    assert serves(rows[0].url) == serves(rows[2].url) == "TRAINING-01"
    panel.table.selectRow(1)
    assert panel.result.text() == (f"<span style='color:{CRITICAL}'>Station 2: its process "
                                   "ended (killed by signal 9); restart it to serve again."
                                   "</span>")
    answer = do(qtbot, panel.restart, panel)
    (restarted,) = answer.rows
    assert restarted.url == rows[1].url and restarted.pid != rows[1].pid
    assert cell(panel, 1, "State") == "ready" and serves(rows[1].url) == "TRAINING-01"


def test_closing_the_panel_ends_the_classroom_and_its_stations(qtbot, panel):
    rows = open_stations(qtbot, panel, "routine-refill", 2)
    process = panel.link.client.process
    panel.close()
    assert process.wait(timeout=WAIT_MS / 1000) == 0
    for row in rows:
        qtbot.waitUntil(lambda pid=row.pid: not _alive(pid), timeout=WAIT_MS)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


@pytest.fixture
def recording_panel(qtbot, tmp_path):
    records = RecordsService(tmp_path / "records" / "trainee-records.sqlite3")
    made = InstructorPanel(records=records)
    qtbot.addWidget(made)
    made.timer.stop()
    yield made
    made.close()
    assert records.close()


def test_end_and_score_records_each_confirmed_trainees_run(qtbot, recording_panel,
                                                           monkeypatch, tmp_path):
    panel = recording_panel
    open_stations(qtbot, panel, "routine-refill", 3)
    asked = []

    def confirm(stations):
        asked.append(stations)
        return {"Station 1": Trainee("TR-01", "Ann Bell"), "Station 2": None,
                "Station 3": Trainee("TR-03", "Eve Fox")}

    monkeypatch.setattr(panel, "confirm_trainees", confirm)
    serves(panel.rows[0].url)  # Ann's station is interrogated
    recorded = []
    panel.records.answered.connect(lambda tag, result, error: recorded.append((tag, error)))
    # Not do(): the filing answers queue up right behind End's own, and one reaching a
    # freed signal blocker would call into whatever took its place.
    panel.end()
    qtbot.waitUntil(lambda: len(recorded) == 2, timeout=WAIT_MS)
    assert asked == [["Station 1", "Station 2", "Station 3"]]
    assert cell(panel, 0, "Trainee") == "Ann Bell (TR-01)" and cell(panel, 1, "Trainee") == ""
    assert sorted(recorded) == [("instructor:Station 1", None), ("instructor:Station 3", None)]
    assert panel.message.text() in (coloured(
        f"Recorded in the trainee records: {first} at Station {one}, {then} at Station "
        f"{other}.", OK) for first, one, then, other in (
            ("Ann Bell (TR-01)", 1, "Eve Fox (TR-03)", 3),
            ("Eve Fox (TR-03)", 3, "Ann Bell (TR-01)", 1)))
    connection = opened(panel.records.path)
    [ann] = trainee_history(connection, "TR-01")
    assert (ann.scenario_id, ann.station, ann.score, ann.max_score) == (
        "routine-refill", "Station 1", panel.rows[0].score[0], 100)
    debrief = load_debrief(Path(ann.debrief_file))
    assert Path(ann.debrief_file).parent == tmp_path / "records" / "debriefs"
    assert debrief.trainee == "Ann Bell (TR-01)"
    assert [a.kind.value for a in debrief.actions.actions][:2] == ["connect", "interrogate"]
    assert tuple(debrief.objectives) == ann.objectives
    assert run_count(connection) == 2  # Station 2 was scored, not recorded


def test_naming_trainees_keeps_the_names_and_says_so_without_scoring(qtbot, recording_panel):
    panel = recording_panel
    open_stations(qtbot, panel, "routine-refill", 2)
    seen = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TraineeDialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.text())
        first_id, first_name = dialog.fields[0]
        first_id.setText("TR-01")
        first_name.setText("Ann Bell")
        ok.click()

    QTimer.singleShot(0, fill)
    next(b for b in panel.findChildren(QPushButton) if b.text() == "Trainees...").click()
    assert seen == ["Keep these trainees"]  # not "Score and record": nothing is scored
    assert panel.message.text() == coloured(
        "Trainees noted for Station 1: their runs are recorded at End and score.", OK)
    assert cell(panel, 0, "Trainee") == "Ann Bell (TR-01)"
    refresh(qtbot, panel)
    assert [row.state for row in panel.rows] == [StationState.READY] * 2
    assert [row.score for row in panel.rows] == [None, None]


def test_cancelling_the_trainee_confirmation_ends_nothing(qtbot, recording_panel,
                                                          monkeypatch):
    panel = recording_panel
    open_stations(qtbot, panel, "routine-refill", 1)
    monkeypatch.setattr(panel, "confirm_trainees", lambda stations: None)
    panel.end()
    assert panel.message.text().endswith(
        "Nothing was ended: the trainees were not confirmed.</span>")
    refresh(qtbot, panel)
    assert panel.rows[0].state is StationState.READY


def test_the_trainee_dialog_refuses_a_bad_or_repeated_id_in_words(qtbot):
    dialog = TraineeDialog(["Station 1", "Station 2"], {"Station 1": Trainee("TR-01", "Ann")})
    qtbot.addWidget(dialog)
    (first_id, first_name), (second_id, second_name) = dialog.fields
    assert (first_id.text(), first_name.text()) == ("TR-01", "Ann")
    second_id.setText("Carl Diaz")
    second_name.setText("Carl")
    dialog.accept()
    assert dialog.problem.text().startswith("Station 2: trainee id: 'Carl Diaz' must be")
    second_id.setText("TR-01")
    dialog.accept()
    assert dialog.problem.text() == ("Trainee id TR-01 is given for two stations; each "
                                     "station is a different trainee")
    second_name.setText("")
    dialog.accept()
    assert dialog.problem.text() == ("Station 2: give the display name of trainee TR-01, "
                                     "or clear the id to score without recording")
    second_id.setText("")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == {"Station 1": Trainee("TR-01", "Ann"), "Station 2": None}


def test_a_keyed_station_opens_from_the_panel_and_connect_this_console_brings_its_key(
        qtbot, tmp_path):
    key_file = tmp_path / "classroom.key"
    key_file.write_text("classroom-7-station-key\n")
    session = Session()
    window = MainWindow(session, QSettings(str(tmp_path / "settings.ini"),
                                           QSettings.Format.IniFormat))
    window.records_path = tmp_path / "records.sqlite"
    qtbot.addWidget(window)
    panel = window.show_instructor()
    panel.timer.stop()
    try:
        assert panel.key_file.path() is None  # off until a file is chosen
        panel.key_file.edit.setText(str(tmp_path / "short.key"))
        (tmp_path / "short.key").write_text("short")
        answer = do(qtbot, panel.open_stations, panel)
        assert answer.error.startswith(f"open.key_file: key file {tmp_path / 'short.key'}: "
                                       "holds 5 bytes; a key is 8 to 256 bytes")
        assert panel.rows == [] and "a key file holds the shared key alone" in \
            panel.message.text()
        panel.key_file.edit.setText(str(key_file))
        (row,) = open_stations(qtbot, panel, "routine-refill", 1)
        assert row.key_file == str(key_file)
        assert cell(panel, 0, "Connect to") == f"{row.url} (keyed)"
        assert panel.table.item(0, COLUMNS.index("Connect to")).toolTip() == (
            f"{row.url} with the key file {key_file}")
        assert f"keyed with {key_file} (give trainees a copy)" in panel.message.text()
        panel.table.selectRow(0)
        with qtbot.waitSignal(session.status_changed, timeout=WAIT_MS):
            panel._connect_here()
        assert (session.state, session.url) == (SessionState.READY, row.url)
        assert session.status.identity.serial_number == "SIM-000001"
        session.close_session()
        qtbot.waitUntil(lambda: session.state is SessionState.DISCONNECTED, timeout=WAIT_MS)
        panel.key_file.edit.clear()  # No key: the next stations take none
        (plain,) = open_stations(qtbot, panel, "routine-refill", 1)
        assert plain.key_file == "" and cell(panel, 1, "Connect to") == plain.url
    finally:
        panel.close()
        session.shutdown()
