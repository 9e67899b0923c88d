"""Through ser2net (docs/ser2net.md's recipe) in front of an emulator's pty, as a classroom
would share a pump: rfc2217:// as typed, socket:// on the plain port, and the wrong one
explained. Skipped where Debian's ser2net package is not installed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from itb_console.device.emulator import Emulator
from itb_console.device.pump_api import LinkError
from itb_console.device.serial_pump import SerialPump

from tests.device.ser2net_support import MISSING, Ser2net

pytestmark = pytest.mark.skipif(not Ser2net.available(), reason=MISSING)


@pytest.fixture
def shared(tmp_path):
    emulator = Emulator.start(speed=None)
    server = Ser2net(emulator.port, tmp_path)
    yield emulator, server
    server.stop()
    emulator.stop()


def _serial_number(url: str) -> str:
    pump = SerialPump(url)
    try:
        return pump.interrogate().identity.serial_number
    finally:
        pump.close()


def test_rfc2217_as_typed_opens_and_reads_the_pump(shared):
    emulator, server = shared
    assert _serial_number(server.rfc2217_url) == emulator.model.identity.serial_number


def test_the_plain_tcp_port_reads_the_pump(shared):
    emulator, server = shared
    assert _serial_number(server.raw_url) == emulator.model.identity.serial_number


def test_rfc2217_on_the_plain_port_says_to_use_socket(shared):
    _, server = shared
    with pytest.raises(LinkError, match=f"connect with socket://127.0.0.1:{server.raw_port} "
                                        "instead"):
        SerialPump(f"rfc2217://127.0.0.1:{server.raw_port}?timeout=1")


def test_the_console_screenshot_through_rfc2217_ends(shared, tmp_path):
    """It used to hang when the port could not open; now it opens and the window is saved."""
    _, server = shared
    target = tmp_path / "window.png"
    done = subprocess.run([sys.executable, "-m", "itb_console.ui.app", "--device",
                           server.rfc2217_url, "--screenshot", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:4] == b"\x89PNG"


def test_without_the_added_option_pyserial_alone_cannot_open_it(shared):
    """Why the console adds ign_set_control: ser2net never acknowledges DTR/RTS changes."""
    import serial

    _, server = shared
    with pytest.raises(serial.SerialException, match="timeout while waiting for option "
                                                     "'control'"):
        serial.serial_for_url(f"{server.rfc2217_url}?timeout=1", baudrate=115_200)
