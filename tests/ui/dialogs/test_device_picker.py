"""The device picker: simulated pump, live serial ports, URLs, recent devices."""

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


def test_serial_ports_are_listed_and_refreshed(qtbot, settings, ports):
    picker = DevicePicker(settings)
    qtbot.addWidget(picker)
    assert picker.ports.itemText(0) == "No serial ports found"
    picker.serial.setChecked(True)
    picker._accept()
    assert "Choose a serial port" in picker.error.text() and picker.result() == 0
    ports.extend([port("/dev/ttyUSB1", "FTDI"), port("/dev/ttyUSB0", "Telemetry head")])
    picker.refresh_ports()
    assert [picker.ports.itemText(i) for i in range(picker.ports.count())] == [
        "/dev/ttyUSB0 - Telemetry head", "/dev/ttyUSB1 - FTDI"]
    assert picker.chosen_url() == "/dev/ttyUSB0"
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
