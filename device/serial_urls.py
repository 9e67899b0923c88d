"""pyserial URLs as people type them: RFC 2217 set up for the servers in use, failures in words.

``rfc2217://`` reaches a serial port shared by a terminal server such as ser2net. pyserial
waits for the server to acknowledge each change of the DTR and RTS lines, which ser2net
4 (and other servers) never does, so the port failed to open with "timeout while waiting
for option 'control'". The pump protocol uses no control lines, so the acknowledgement
does not matter: ``ign_set_control`` is added unless the user wrote it. A server that
does not speak RFC 2217 at all, or refuses a setting, is explained in words with what to
try instead (usually ``socket://`` for a plain TCP port).
"""

from __future__ import annotations

import errno
from urllib.parse import urlsplit

RFC2217 = "rfc2217://"
IGNORE_CONTROL_ANSWER = "ign_set_control"


def with_rfc2217_defaults(url: str) -> str:
    """``url`` with ``ign_set_control`` added for ``rfc2217://`` when it is not there."""
    if not url.startswith(RFC2217):
        return url
    query = urlsplit(url).query
    options = [option.split("=", 1)[0] for option in query.split("&") if option]
    if IGNORE_CONTROL_ANSWER in options:
        return url
    return f"{url}{'&' if query else '?'}{IGNORE_CONTROL_ANSWER}"


def explain_open_failure(url: str, error: BaseException) -> str:
    """Why ``url`` did not open, in words, with what to do about it."""
    said = str(error)
    where = urlsplit(url).netloc or url
    if not url.startswith(RFC2217):
        return _port_failure(url, error)
    if "Connection refused" in said:
        return (f"Cannot open {url}: nothing accepts connections at {where}. Check that the "
                "RFC 2217 server (ser2net) runs there and the port number is right.")
    if isinstance(error, ConnectionError) or "Broken pipe" in said:
        return (f"Cannot open {url}: the server at {where} closed the connection while it "
                "was being set up. ser2net does this while it is still releasing the port "
                "from the previous connection: try again in a moment.")
    if "does not seem to support RFC2217" in said:
        return (f"Cannot open {url}: the server at {where} answered but did not negotiate "
                "RFC 2217 (serial port control over telnet). If it is a plain TCP port "
                "(a ser2net 'tcp' accepter, or itb-emulator --tcp), connect with "
                f"socket://{where} instead; for ser2net RFC 2217, its accepter must read "
                "'telnet(rfc2217),tcp,...'.")
    if "timeout while waiting for option" in said:
        option = said.rsplit(" ", 1)[-1].strip("'\"")
        return (f"Cannot open {url}: the RFC 2217 server at {where} did not acknowledge the "
                f"'{option}' setting in time. The server may be overloaded or not fully "
                f"RFC 2217; socket://{where} works if its port is plain TCP.")
    if "remote rejected value for option" in said:
        option = said.rsplit(" ", 1)[-1].strip("'\"")
        return (f"Cannot open {url}: the RFC 2217 server at {where} refused the serial "
                f"'{option}' setting (115200 baud, 8 data bits, no parity, 1 stop bit). "
                "Check the port settings in the server's configuration.")
    return f"Cannot open {url}: {said}"


_LIST_PORTS = "python -m serial.tools.list_ports lists this computer's serial ports"


def _port_failure(url: str, error: BaseException) -> str:
    """A serial port or non-RFC 2217 URL that did not open, in words."""
    said = str(error)
    code = getattr(error, "errno", None)
    if isinstance(error, ValueError) and "protocol" in said:
        scheme = url.split("://", 1)[0]
        return (f"Cannot open {url}: {scheme}:// is not a pyserial URL; use a port name "
                "such as /dev/ttyUSB0 or COM3, or socket://HOST:PORT, rfc2217://HOST:PORT "
                "or loop://.")
    if code == errno.ENOENT:
        return f"Cannot open {url}: there is no such device; check the name ({_LIST_PORTS})."
    if code in (errno.EACCES, errno.EPERM):
        return (f"Cannot open {url}: permission denied; on Linux add yourself to the "
                "dialout group (sudo usermod -aG dialout $USER) and log in again.")
    if code == errno.EBUSY:
        return f"Cannot open {url}: another program is using it; close that program first."
    if "Inappropriate ioctl" in said:
        return f"Cannot open {url}: it is not a serial port ({_LIST_PORTS})."
    return f"Cannot open {url}: {said}"
