"""Open any pump back-end from a URL: ``sim://...`` in process, anything else serial."""

from __future__ import annotations

from itb_console.device.pump_api import Pump

SERIAL_SCHEMES = ("socket", "rfc2217", "loop", "spy")


class DeviceUrlError(ValueError):
    """A device URL no back-end accepts."""


def open_pump(url: str) -> Pump:
    """``sim://?...`` gives a :class:`SimulatedPump`; a port name or pyserial URL a serial one."""
    text = url.strip()
    if not text:
        raise DeviceUrlError("device: empty; use sim://, a serial port such as /dev/ttyUSB0 "
                             "or COM3, or socket://127.0.0.1:PORT")
    if text.startswith("sim:"):
        from itb_console.device.simulated import SimulatedPump

        return SimulatedPump.from_url(text)
    scheme = text.split("://", 1)[0] if "://" in text else ""
    if scheme and scheme not in SERIAL_SCHEMES:
        raise DeviceUrlError(f"device: {scheme}:// is not supported; use sim://, a serial "
                             f"port, or {', '.join(s + '://' for s in SERIAL_SCHEMES)}")
    from itb_console.device.serial_pump import SerialPump

    return SerialPump(text)
