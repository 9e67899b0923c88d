"""Running emulators announce themselves: a file per emulator while it serves, gone after."""

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from itb_console.device.running_emulators import (
    FOLDER_VARIABLE,
    Announcement,
    AnnouncementError,
    announce,
    running_emulators,
    runtime_folder,
    withdraw,
)

ROOT = Path(__file__).resolve().parents[2]
STARTED = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def sample(pid: int = os.getpid(), **changes) -> Announcement:
    fields = {"link": "pty", "device": "/dev/pts/5", "profile_id": "itb-20",
              "reservoir_nl": 20_000_000, "serial_number": "SIM-000001", "keyed": False,
              "pid": pid, "started": STARTED}
    return Announcement(**{**fields, **changes})


def test_the_folder_is_per_user_and_can_be_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv(FOLDER_VARIABLE, str(tmp_path / "here"))
    assert runtime_folder() == tmp_path / "here"
    monkeypatch.delenv(FOLDER_VARIABLE)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    if sys.platform != "win32":
        assert runtime_folder() == Path("/run/user/1000/itb-console/emulators")
        monkeypatch.delenv("XDG_RUNTIME_DIR")
        assert runtime_folder().parent.name == f"itb-console-{os.getuid()}"


def test_an_announcement_is_written_listed_and_withdrawn(tmp_path):
    folder = tmp_path / "run"
    path = announce(sample(), folder)
    assert path == folder / f"emulator-{os.getpid()}.json"
    record = json.loads(path.read_text())
    assert record == {"version": 1, "link": "pty", "device": "/dev/pts/5",
                      "profile_id": "itb-20", "reservoir_nl": 20_000_000,
                      "serial_number": "SIM-000001", "keyed": False, "pid": os.getpid(),
                      "started": "2026-11-25T09:00:00+00:00"}
    if sys.platform != "win32":
        assert folder.stat().st_mode & 0o777 == 0o700  # this user's only
    assert running_emulators(folder) == [sample()]
    withdraw(path)
    withdraw(path)  # gone already is fine
    assert running_emulators(folder) == []


def test_a_file_left_by_a_dead_emulator_is_skipped_and_removed(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(gone.stdout)
    stale = announce(sample(dead_pid, device="/dev/pts/9"), tmp_path)
    live = announce(sample(), tmp_path)
    assert running_emulators(tmp_path) == [sample()]
    assert not stale.exists() and live.exists()


def test_files_that_are_not_announcements_are_left_alone(tmp_path):
    for name, text in (("emulator-1.json", "not json"),
                       ("emulator-2.json", json.dumps({"version": 99})),
                       ("emulator-3.json", json.dumps({"version": 1, "link": "pty"})),
                       ("emulator-4.json", sample().to_json().replace('"pty"', '"radio"')),
                       ("notes.txt", "hello")):
        (tmp_path / name).write_text(text)
    assert running_emulators(tmp_path) == []
    assert len(list(tmp_path.iterdir())) == 5
    assert running_emulators(tmp_path / "missing") == []


def test_a_folder_that_cannot_be_made_is_said(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(AnnouncementError, match="file"):
        announce(sample(), blocker / "emulators")


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0,
                    reason="needs root to make a folder that another user owns")
def test_a_folder_another_user_owns_is_not_used(tmp_path):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chown(theirs, 12345, 12345)
    with pytest.raises(AnnouncementError, match="belongs to another user"):
        announce(sample(), theirs)


def start_emulator(folder: Path, *options: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "itb_console.device.emulator_cli", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, FOLDER_VARIABLE: str(folder)})
    where = process.stdout.readline().strip()
    assert where, process.stderr.read()
    return process, where


def stop(process: subprocess.Popen, how: int = signal.SIGTERM) -> None:
    process.send_signal(how)
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()


def test_a_real_emulator_on_a_pty_announces_itself_until_it_stops(tmp_path):
    process, pty = start_emulator(tmp_path, "--pty", "--profile", "itb-40")
    try:
        (listed,) = running_emulators(tmp_path)  # written before the path was printed
        assert (listed.link, listed.device, listed.profile_id, listed.reservoir_nl,
                listed.serial_number, listed.keyed, listed.pid) == (
            "pty", pty, "itb-40", 40_000_000, "SIM-000001", False, process.pid)
        assert abs((datetime.now(UTC) - listed.started).total_seconds()) < 120
    finally:
        stop(process)
    assert running_emulators(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_a_tcp_emulator_names_the_address_to_connect_to(tmp_path):
    key = tmp_path / "pump.key"
    key.write_text("a-shared-training-key")
    folder = tmp_path / "run"
    process, url = start_emulator(folder, "--tcp", "0", "--bind", "0.0.0.0",
                                  "--key-file", str(key))
    try:
        (listed,) = running_emulators(folder)
        port = url.rsplit(":", 1)[1]
        assert (listed.link, listed.device, listed.keyed) == (
            "tcp", f"socket://127.0.0.1:{port}", True)
    finally:
        stop(process, signal.SIGINT)
    assert running_emulators(folder) == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_emulator_is_cleaned_from_the_folder_by_the_next_listing(tmp_path):
    process, _ = start_emulator(tmp_path, "--pty")
    assert len(running_emulators(tmp_path)) == 1
    stop(process, signal.SIGKILL)
    assert len(list(tmp_path.glob("emulator-*.json"))) == 1  # it had no time to remove it
    assert running_emulators(tmp_path) == []
    assert list(tmp_path.glob("emulator-*.json")) == []
