"""A minimal protocol client written from docs/protocol.md alone (stdlib and pyserial).

It shares no code with ``device/``, so a round-trip figure measured with it checks that
the console's client is not the only thing fast (or slow) on the link: frames as in
section 2 (CRC-16/CCITT-FALSE is ``binascii.crc_hqx`` from 0xFFFF), answers matched by
sequence number as in section 3, whole available chunks read from the port.
"""

from __future__ import annotations

import binascii
import time

import serial


class MinimalClient:
    """Ask a pump one question at a time; no retries, no session, no key."""

    def __init__(self, url: str, timeout_s: float = 1.0) -> None:
        self.port = serial.serial_for_url(url, baudrate=115_200, timeout=timeout_s)
        self.timeout_s = timeout_s
        self.seq = 0
        self.pending = bytearray()

    def ask(self, text: str) -> str:
        """Send ``text`` (verb and arguments) and return the answer after the sequence number."""
        self.seq = (self.seq + 1) % 10_000
        body = f"{self.seq} {text}".encode("ascii")
        self.port.write(b"@%s*%04X\r\n" % (body, binascii.crc_hqx(body, 0xFFFF)))
        prefix = b"@%d " % self.seq
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            end = self.pending.find(b"\r\n")
            if end < 0:
                self.pending += self.port.read(max(1, self.port.in_waiting))
                continue
            line = bytes(self.pending[:end])
            del self.pending[:end + 2]
            answer = self._checked(line)
            if answer is not None and line.startswith(prefix):
                return answer[len(prefix):]
        raise TimeoutError(f"no answer to {text!r} within {self.timeout_s:g} s")

    @staticmethod
    def _checked(line: bytes) -> str | None:
        """The frame's text between ``@`` and ``*`` if its CRC is right, else None."""
        start, star = line.rfind(b"@"), line.rfind(b"*")
        if start < 0 or star < start or len(line) - star != 5:
            return None
        body = line[start + 1:star]
        if line[star + 1:] != b"%04X" % binascii.crc_hqx(body, 0xFFFF):
            return None
        return "@" + body.decode("ascii")

    def close(self) -> None:
        self.port.close()
