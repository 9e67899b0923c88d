"""Connection failures in one line: the device once, the cause, the next step."""

import errno

import pytest
from itb_console.console.connect_failure import UnknownPump, connect_failure
from itb_console.device.pump_api import LinkError, PumpTimeout


def opened(number):
    try:
        raise OSError(number, "x")
    except OSError as cause:
        error = LinkError("Cannot open")
        error.__cause__ = cause
        return error


@pytest.mark.parametrize(("url", "error", "expected"), [
    ("/dev/pts/99", opened(errno.ENOENT),
     "Could not connect to /dev/pts/99: no such port. Start the emulator (itb-emulator --pty) "
     "and connect to the port it prints, or check the port name."),
    ("/dev/ttyS0", opened(errno.EACCES),
     "Could not connect to /dev/ttyS0: permission denied. Check that your account may use "
     "serial ports (the dialout group)."),
    ("socket://127.0.0.1:1", opened(errno.ECONNREFUSED),
     "Could not connect to socket://127.0.0.1:1: nothing is listening there. Start the "
     "emulator first (itb-emulator --tcp PORT) or check host and port."),
    ("/dev/pts/4", PumpTimeout("no answer"),
     "Could not connect to /dev/pts/4: the pump did not answer. Check that an emulator serves "
     "this port and nothing else uses it; start the emulator (itb-emulator --pty) and "
     "connect to the port it prints."),
    ("/dev/pts/4", UnknownPump("the pump X reports profile 'itb-99'"),
     "Could not connect to /dev/pts/4: the pump X reports profile 'itb-99'. Nothing was "
     "changed on it; connect to a pump with a supported profile, or update the console."),
])
def test_one_line_naming_the_device_once(url, error, expected):
    message = connect_failure(url, error)
    assert message == expected
    assert message.count(url) == 1
