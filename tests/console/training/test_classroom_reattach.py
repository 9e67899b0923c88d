"""A console restarted after a crash finds the classroom it left running and takes it over."""

import json
import socket
import stat

from itb_console.console.training.classroom_announce import (
    Announcement,
    read_announcements,
    write_announcement,
)
from itb_console.console.training.classroom_client import ClassroomClient
from itb_console.console.training.classroom_link import rows_of

from tests.classroom import left_running, serves

WAIT_MS = 30_000


def test_a_classroom_announces_itself_privately_while_it_runs(qtbot, tmp_path):
    folder = tmp_path / "announce"
    client = ClassroomClient(linger_minutes=0, announce_folder=folder)
    client.start()
    try:
        ((path, found),) = read_announcements(folder)
        assert client.process is not None
        assert (path.name, found.pid) == (f"classroom-{client.process.pid}.json",
                                          client.process.pid)
        assert found.console_pid > 0 and found.started_at.endswith("+00:00")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds the token
    finally:
        client.close()
    assert client.process.wait(timeout=30) == 0
    assert read_announcements(folder) == []  # removed as the classroom ended


def test_the_classroom_of_a_console_that_died_is_taken_over_stations_and_all(qtbot, tmp_path):
    with left_running(tmp_path, 2) as left:
        urls = [row["url"] for row in left["rows"]]
        assert [serves(url) for url in urls] == ["TRAINING-01"] * 2  # trainees still served
        client = ClassroomClient(announce_folder=tmp_path)
        found = client.reattach()
        assert found is not None and found.announcement.pid == left["pid"]
        assert client.started and client.process is None
        rows = rows_of(client.call("read"))[0]
        assert [(r.name, r.url) for r in rows] == [("Station 1", urls[0]),
                                                   ("Station 2", urls[1])]
        client.call("start", stations=["Station 1"])  # commands reach it as before
        client.close()  # and closing this console ends it, as for one it started
        qtbot.waitUntil(lambda: read_announcements(tmp_path) == [], timeout=WAIT_MS)


def test_announce_files_of_classrooms_gone_or_damaged_are_removed(tmp_path):
    with socket.socket() as closed_port:
        closed_port.bind(("127.0.0.1", 0))
        port = closed_port.getsockname()[1]  # nothing listens there once closed
    gone = write_announcement(tmp_path, Announcement(
        control=f"127.0.0.1:{port}", token="0" * 32, pid=999_999, console_pid=999_998,
        started_at="2026-11-25T09:00:00+00:00"))
    damaged = tmp_path / "classroom-7.json"
    damaged.write_text(json.dumps({"server": "itb-classroom", "version": 1}))
    assert ClassroomClient(announce_folder=tmp_path).reattach() is None
    assert not gone.exists() and not damaged.exists()


def test_a_classroom_in_use_by_another_console_is_left_alone(qtbot, tmp_path):
    with left_running(tmp_path, 1) as left:
        first = ClassroomClient(announce_folder=tmp_path)
        assert first.reattach() is not None
        second = ClassroomClient(announce_folder=tmp_path)
        assert second.reattach() is None  # it does not greet a second console in time
        assert not second.started
        ((_, found),) = read_announcements(tmp_path)
        assert found.pid == left["pid"]  # its file stays: it is not gone
        assert rows_of(first.call("read"))[0][0].name == "Station 1"
        first.close()
        qtbot.waitUntil(lambda: read_announcements(tmp_path) == [], timeout=WAIT_MS)
