"""The device picker: simulated pump, live serial ports, URLs, recent devices."""

import signal
import subprocess
import sys
from types import SimpleNamespace

import pytest
from itb_console.console.settings import RECENT_LIMIT, recent_devices, remember_device
from itb_console.ui.dialogs import device_picker
from itb_console.ui.dialogs.device_picker import DevicePicker
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ports(monkeypatch):
    """The serial ports the operating system reports; a test changes the list."""
    found = []
    monkeypatch.setattr(device_picker.list_ports, "comports", lambda: list(found))
    return found


def port(device, description):
    return SimpleNamespace(device=device, description=description)


def texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_port_the_system_knows_nothing_about_is_its_path_alone(qtbot, settings, ports):
    ports.extend([port("/dev/ttyS0", "n/a"), port("/dev/ttyACM0", "/dev/ttyACM0")])
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: texts(picker.ports) == ["/dev/ttyACM0", "/dev/ttyS0"],
                    timeout=10_000)


def test_serial_ports_are_listed_and_refreshed(qtbot, settings, ports):
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: texts(picker.ports) == ["No serial ports found"], timeout=10_000)
    picker.serial.setChecked(True)
    picker._accept()
    assert "Choose a serial port" in picker.error.text() and picker.result() == 0
    ports.extend([port("/dev/ttyUSB1", "FTDI"), port("/dev/ttyUSB0", "Telemetry head")])
    picker.refresh_lists()
    qtbot.waitUntil(lambda: texts(picker.ports) == [
        "/dev/ttyUSB0 - Telemetry head", "/dev/ttyUSB1 - FTDI"], timeout=10_000)
    assert picker.chosen_url() == "/dev/ttyUSB0"
    picker.ports.setCurrentIndex(1)
    ports.remove(ports[0])  # the chosen adapter is unplugged: it stays, marked, unchoosable
    with qtbot.waitSignal(picker.listed, timeout=10_000):
        picker.refresh_lists()
    assert texts(picker.ports) == ["No longer there: /dev/ttyUSB1 - FTDI",
                                   "/dev/ttyUSB0 - Telemetry head"]
    assert picker.chosen_url() == ""  # never another port in its place, unseen
    with qtbot.waitSignal(picker.listed, timeout=10_000):
        picker.refresh_lists()
    assert texts(picker.ports)[0] == "No longer there: /dev/ttyUSB1 - FTDI"
    picker.ports.setCurrentIndex(1)
    picker._accept()
    assert recent_devices(settings) == ["/dev/ttyUSB0"]


def test_simulated_pump_is_the_default_choice(qtbot, settings, ports):
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    assert picker.profile.itemText(picker.profile.findData("itb-40")) == "40 mL (itb-40)"
    picker.profile.setCurrentIndex(picker.profile.findData("itb-40"))
    assert picker.chosen_url() == "sim://?profile=itb-40"


def test_recent_devices_are_offered_most_recent_first_and_capped(qtbot, settings, ports):
    for index in range(RECENT_LIMIT + 2):
        remember_device(settings, f"socket://127.0.0.1:{7000 + index}")
    remember_device(settings, "socket://127.0.0.1:7003")
    recent = recent_devices(settings)
    assert len(recent) == RECENT_LIMIT
    assert recent[:2] == ["socket://127.0.0.1:7003", "socket://127.0.0.1:7009"]
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    assert picker.url.itemText(0) == "socket://127.0.0.1:7003"
    picker.url.lineEdit().textEdited.emit("rfc2217://lab:4000")
    picker.url.setEditText("rfc2217://lab:4000")
    assert picker.by_url.isChecked()
    assert picker.chosen_url() == "rfc2217://lab:4000"


def start_emulator(*options: str) -> tuple[subprocess.Popen, str]:
    """``itb-emulator`` as a trainer starts it, in its own process; it announces itself in
    the suite's folder (tests/conftest.py)."""
    process = subprocess.Popen([sys.executable, "-m", "itb_console.device.emulator_cli",
                                *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    where = process.stdout.readline().strip()
    assert where, process.stderr.read()
    return process, where


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()


def test_running_emulators_are_listed_by_name_and_come_and_go(qtbot, settings, ports):
    first, pty = start_emulator("--pty")
    second = None
    try:
        picker = DevicePicker(settings)
        qtbot.addWidget(picker)
        picker.show()
        wanted = f"Emulator: itb-20, 20 mL, serial SIM-000001 on {pty}"
        qtbot.waitUntil(lambda: wanted in texts(picker.emulators), timeout=10_000)
        assert picker.listing_timer.isActive()  # listed again while open
        picker.emulators.setCurrentIndex(texts(picker.emulators).index(wanted))
        picker.emulators.activated.emit(picker.emulators.currentIndex())
        assert picker.emulator.isChecked() and picker.chosen_url() == pty
        second, url = start_emulator("--tcp", "0", "--profile", "itb-40")
        qtbot.waitUntil(lambda: f"Emulator: itb-40, 40 mL, serial SIM-000001 on {url}"
                        in texts(picker.emulators), timeout=10_000)  # by the timer alone
        assert picker.chosen_url() == pty  # the new one did not take the choice
        stop(first)
        qtbot.waitUntil(lambda: texts(picker.emulators)[0] == f"No longer there: {wanted}",
                        timeout=10_000)
        assert picker.chosen_url() == ""
        picker._accept()
        assert picker.error.text() == "Choose a running emulator (start one: itb-emulator --pty)."
        picker.hide()
        assert not picker.listing_timer.isActive()
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                stop(process)


def test_no_emulator_running_is_said_in_the_list(qtbot, settings, ports):
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: texts(picker.emulators) == [device_picker.NO_EMULATOR],
                    timeout=10_000)
    assert not picker.emulators.model().item(0).isEnabled()


def test_the_words_for_each_kind_of_emulator():
    from datetime import UTC, datetime

    from itb_console.device.running_emulators import Announcement

    def words(link, device, keyed=False):
        return device_picker.emulator_words(Announcement(
            link, device, "itb-40", 40_000_000, "SIM-000002", keyed, 1, datetime.now(UTC)))

    assert words("pty", "/dev/pts/5") == "Emulator: itb-40, 40 mL, serial SIM-000002 on /dev/pts/5"
    assert words("tcp", "socket://127.0.0.1:7001", keyed=True) == (
        "Emulator: itb-40, 40 mL, serial SIM-000002 on socket://127.0.0.1:7001 "
        "(keyed: choose its key file below)")
    assert words("serial", "/dev/ttyUSB0") == (
        "Emulator: itb-40, 40 mL, serial SIM-000002 serving the serial port /dev/ttyUSB0: "
        "connect to the port at the other end of its cable")
