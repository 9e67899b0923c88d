"""Open any pump back-end from a URL: ``sim://...`` in process, anything else serial."""

from __future__ import annotations

from pathlib import Path

from itb_console.device.key_file import KeyFileError, read_key_file
from itb_console.device.pump_api import Pump

SERIAL_SCHEMES = ("socket", "rfc2217", "loop", "spy")


class DeviceUrlError(ValueError):
    """A device URL no back-end accepts."""


def open_pump(url: str, key_file: Path | None = None) -> Pump:
    """``sim://?...`` gives a :class:`SimulatedPump`; a port name or pyserial URL a serial one.

    ``key_file`` holds the shared key of a keyed pump (docs/protocol.md section 9). It is
    read here, on the caller's thread (the console's pump worker), and before the link
    opens, so a bad key file opens nothing.
    """
    text = url.strip()
    if not text:
        raise DeviceUrlError("device: empty; use sim://, a serial port such as /dev/ttyUSB0 "
                             "or COM3, or socket://127.0.0.1:PORT")
    if text.startswith("sim:"):
        if key_file is not None:
            raise KeyFileError(f"key file {key_file}: the simulated pump (sim://) takes no "
                               "key; choose no key file, or connect to an emulator "
                               "started with --key-file")
        from itb_console.device.simulated import SimulatedPump

        return SimulatedPump.from_url(text)
    scheme = text.split("://", 1)[0] if "://" in text else ""
    if scheme and scheme not in SERIAL_SCHEMES:
        raise DeviceUrlError(f"device: {scheme}:// is not supported; use sim://, a serial "
                             f"port, or {', '.join(s + '://' for s in SERIAL_SCHEMES)}")
    from itb_console.device.serial_pump import SerialPump

    key = None if key_file is None else read_key_file(key_file)
    return SerialPump(text, key=key)
