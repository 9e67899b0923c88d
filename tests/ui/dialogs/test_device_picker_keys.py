"""A keyed pump from the device picker: a real `itb-emulator --key-file` over TCP.

The key file is chosen in the picker, read on the pump worker, and only its path is
remembered; no key, another key and a bad key file each end in words the user can act on.
"""

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from itb_console.console.connect_failure import KEY_FILE_STEP
from itb_console.console.session import Session, SessionState
from itb_console.console.settings import key_file_for, remember_device, remember_key_file
from itb_console.ui.dialogs.device_picker import DevicePicker
from itb_console.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

KEY = "classroom-7-station-key"


@pytest.fixture(scope="module")
def key_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    (folder / "station.key").write_text(KEY + "\n")
    (folder / "other.key").write_text("another-classroom-key\n")
    (folder / "short.key").write_text("short")
    return folder


@pytest.fixture(scope="module")
def keyed_emulator(key_dir):
    """`itb-emulator --tcp 0 --key-file station.key`, as a trainer starts it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "itb_console.device.emulator_cli", "--tcp", "0",
         "--key-file", str(key_dir / "station.key")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("socket://127.0.0.1:"), process.stderr.read()
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


@pytest.fixture
def shown(monkeypatch):
    """What the main window's warning box would have said, instead of a modal box."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: said.append(text))
    return said


@pytest.fixture
def window(qtbot, tmp_path, shown):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session()
    made = MainWindow(session, settings)
    qtbot.addWidget(made)
    yield made
    if session.state is SessionState.READY:
        with qtbot.waitSignal(session.state_changed, timeout=15_000):
            session.close_session()
    session.shutdown()


def pick(qtbot, window, url, key_file):
    """Fill the real picker as a user would and press Connect."""
    picker = DevicePicker(window.settings, window)
    qtbot.addWidget(picker)
    picker.url.lineEdit().textEdited.emit(url)
    picker.url.setEditText(url)
    picker.key_file.setText(str(key_file) if key_file else "")
    picker._accept()
    assert picker.result() == QDialog.DialogCode.Accepted
    window.connect_to(picker.chosen_url(), picker.chosen_key_file())
    return picker


def connect_fails(qtbot, window, url, key_file) -> str:
    """The message the user sees (the warning box and the status bar say the same)."""
    with qtbot.waitSignal(window.session.error, timeout=20_000) as said:
        pick(qtbot, window, url, key_file)
    assert window.session.state is SessionState.DISCONNECTED
    assert window.statusBar().currentMessage() == said.args[0]
    return said.args[0]


def test_a_keyed_pump_connects_with_its_key_file_and_only_the_path_is_stored(
        qtbot, window, key_dir, keyed_emulator):
    with qtbot.waitSignal(window.session.status_changed, timeout=20_000):
        pick(qtbot, window, keyed_emulator, key_dir / "station.key")
    assert window.session.state is SessionState.READY
    assert window.status_panel.fields["Serial"].text() == "SIM-000001"
    window.settings.sync()
    stored = Path(window.settings.fileName()).read_text()
    assert str(key_dir / "station.key") in stored
    assert KEY not in stored
    assert key_file_for(window.settings, keyed_emulator) == key_dir / "station.key"


def test_no_key_and_another_key_are_refused_in_words_that_say_what_to_do(
        qtbot, window, key_dir, keyed_emulator):
    said = connect_fails(qtbot, window, keyed_emulator, None)
    assert said == (f"Could not connect to {keyed_emulator}: This pump accepts only "
                    f"authenticated frames: choose its key file to connect. {KEY_FILE_STEP}.")
    said = connect_fails(qtbot, window, keyed_emulator, key_dir / "other.key")
    assert said == (f"Could not connect to {keyed_emulator}: The pump answered HELLO, but "
                    "signed with another key: check that the key file is this pump's. "
                    f"{KEY_FILE_STEP}.")
    with qtbot.waitSignal(window.session.status_changed, timeout=20_000):
        pick(qtbot, window, keyed_emulator, key_dir / "station.key")  # nothing was left open


@pytest.mark.parametrize(("name", "what"), [
    ("short.key", "holds 5 bytes; a key is 8 to 256 bytes"),
    ("absent.key", "cannot be read (No such file or directory)"),
])
def test_a_bad_key_file_says_what_is_wrong_and_what_a_key_file_holds(
        qtbot, window, key_dir, keyed_emulator, name, what):
    said = connect_fails(qtbot, window, keyed_emulator, key_dir / name)
    assert said == (f"Could not connect to {keyed_emulator}: key file {key_dir / name}: "
                    f"{what}; a key file holds the shared key alone, 8 to 256 bytes (spaces "
                    "and line breaks around it are ignored), and is the same file the pump "
                    f"was started with (itb-emulator --key-file). {KEY_FILE_STEP}.")
    with qtbot.waitSignal(window.session.status_changed, timeout=20_000):
        pick(qtbot, window, keyed_emulator, key_dir / "station.key")  # no link left open


def test_the_key_row_is_off_for_the_simulated_pump_and_a_recent_device_recalls_its_file(
        qtbot, tmp_path, key_dir):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    remember_device(settings, "socket://127.0.0.1:7001")
    remember_key_file(settings, "socket://127.0.0.1:7001", key_dir / "station.key")
    remember_device(settings, "socket://127.0.0.1:7002")
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    picker.key_file.setText(str(key_dir / "station.key"))
    assert not picker.key_file.isEnabledTo(picker)
    assert picker.chosen_key_file() is None  # sim:// takes no key
    picker.by_url.setChecked(True)
    assert picker.key_file.isEnabledTo(picker)
    picker.url.setCurrentIndex(1)
    picker.url.activated.emit(1)
    assert picker.chosen_url() == "socket://127.0.0.1:7001"
    assert picker.chosen_key_file() == key_dir / "station.key"
    picker.url.setCurrentIndex(0)
    picker.url.activated.emit(0)
    assert picker.key_file.text() == ""
    assert picker.chosen_key_file() is None
    remember_key_file(settings, "socket://127.0.0.1:7001", None)
    assert key_file_for(settings, "socket://127.0.0.1:7001") is None


def test_itb_console_takes_a_key_file_for_a_keyed_device_only(tmp_path, capsys):
    from itb_console.ui.app import parse_args

    args = parse_args(["--device", "socket://127.0.0.1:7001", "--key-file", "st.key"])
    assert (args.device, str(args.key_file)) == ("socket://127.0.0.1:7001", "st.key")
    with pytest.raises(SystemExit):
        parse_args(["--key-file", "st.key"])
    assert "--key-file applies to a keyed pump reached by --device" in capsys.readouterr().err
