"""The emulator's command line refuses what it cannot use in one line: what was wrong,
the cause in words and the next step; never a raw errno or a traceback."""

import errno
import socket
import subprocess

import pytest
import serial
from itb_console.device.emulator_cli import parser
from itb_console.device.pump_server import PumpServer
from itb_console.device.serial_urls import explain_open_failure

from tests.device.test_protocol import server
from tests.device.test_state_checks import EMULATOR

LOOKUP = ("is not an IP address or a host name this computer can look up; use 127.0.0.1 "
          "(this computer only) or 0.0.0.0 (every network this computer is on).")
KEY_RULE = "a shared key is 8 to 256 bytes, as in a key file (--key-file)"


def emulator(*argv: str) -> tuple[int, str]:
    done = subprocess.run([*EMULATOR, *argv], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr.splitlines()[-1]


@pytest.mark.parametrize(("argv", "said"), [
    (["--port", "/dev/ttyNOPE"],
     "Cannot open /dev/ttyNOPE: there is no such device; check the name (python -m "
     "serial.tools.list_ports lists this computer's serial ports)."),
    (["--port", "bogus://x"],
     "Cannot open bogus://x: bogus:// is not a pyserial URL; use a port name such as "
     "/dev/ttyUSB0 or COM3, or socket://HOST:PORT, rfc2217://HOST:PORT or loop://."),
    (["--tcp", "7001", "--bind", "999.1.1.1"],
     f"Cannot listen on 999.1.1.1 port 7001: '999.1.1.1' {LOOKUP}"),
])
def test_a_place_it_cannot_serve_is_named_with_the_cause_and_the_next_step(argv, said):
    assert emulator(*argv) == (1, f"itb-emulator: error: {said}")


def test_a_port_in_use_says_so_and_offers_a_free_one():
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert emulator("--tcp", str(port)) == (
            1, f"itb-emulator: error: Cannot listen on 127.0.0.1 port {port}: the port is in "
               "use (another emulator, or one that has just stopped); choose another port, "
               "or port 0 for a free one.")


def test_a_short_key_on_the_command_line_gets_the_key_files_rule():
    assert emulator("--pty", "--key", "short") == (
        2, f"itb-emulator: error: argument --key: 5 bytes; {KEY_RULE}")
    assert parser().parse_args(["--pty", "--key", "8 bytes!"]).key == b"8 bytes!"
    with pytest.raises(SystemExit):
        parser().parse_args(["--pty", "--key", "k" * 257])


def test_the_key_file_refuses_the_same_short_key(tmp_path):
    key = tmp_path / "short.key"
    key.write_text("short\n")
    code, said = emulator("--pty", "--key-file", str(key))
    assert (code, said.split(";")[:2]) == (
        1, [f"itb-emulator: error: key file {key}: holds 5 bytes", " a key is 8 to 256 bytes"])


def test_a_pump_server_in_python_takes_the_same_rule():
    with pytest.raises(ValueError) as refused:
        PumpServer(server().model, key=b"7 bytes")
    assert str(refused.value) == f"key: 7 bytes; {KEY_RULE}"


@pytest.mark.parametrize(("code", "said"), [
    (errno.EACCES, "permission denied; on Linux add yourself to the dialout group (sudo "
                   "usermod -aG dialout $USER) and log in again."),
    (errno.EBUSY, "another program is using it; close that program first."),
])
def test_serial_port_refusals_are_said_in_words(code, said):
    error = serial.SerialException(code, f"could not open port /dev/ttyUSB0: [Errno {code}]")
    assert explain_open_failure("/dev/ttyUSB0", error) == f"Cannot open /dev/ttyUSB0: {said}"
