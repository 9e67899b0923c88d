"""Why the emulator could not serve where it was asked: one line with the cause in words
and the next step, instead of ``[Errno -2] Name or service not known``."""

from __future__ import annotations

import errno
import socket


class ServeError(OSError):
    """The emulator could not listen or open its port; ``str()`` is the whole message."""


def explain_listen_failure(bind: str, port: int, error: OSError) -> str:
    """Why listening on ``bind``:``port`` failed, and what to do."""
    where = f"Cannot listen on {bind} port {port}"
    local = ("use 127.0.0.1 (this computer only) or 0.0.0.0 (every network this computer "
             "is on)")
    # create_server re-raises a failed address look-up as a plain OSError with the
    # look-up's (negative) error number.
    if isinstance(error, socket.gaierror) or (error.errno or 0) < 0:
        return (f"{where}: {bind!r} is not an IP address or a host name this computer can "
                f"look up; {local}.")
    if error.errno == errno.EADDRNOTAVAIL:
        return f"{where}: {bind} is not an address of this computer; {local}."
    if error.errno == errno.EADDRINUSE:
        return (f"{where}: the port is in use (another emulator, or one that has just "
                "stopped); choose another port, or port 0 for a free one.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return (f"{where}: ports below 1024 need administrator rights; choose a port from "
                "1024 to 65535, or port 0 for a free one.")
    return f"{where}: {error.strerror or error}."
