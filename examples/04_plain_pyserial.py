"""A client from docs/protocol.md alone: plain pyserial, no project code.

Start an emulator first:  itb-emulator --pty     (prints e.g. /dev/pts/5)
Then:                     python examples/04_plain_pyserial.py /dev/pts/5
Training mock, not for clinical use.
"""

import binascii
import sys
import time

import serial

TIMEOUT_S, TRIES = 1.0, 4  # as the reference client: 1 s per try, 4 tries in all


def crc16(data: bytes) -> int:
    return binascii.crc_hqx(data, 0xFFFF)  # CRC-16/CCITT-FALSE


def valid_answer(line: bytes, seq: int) -> str | None:
    """The frame in ``line`` if it ends in CR LF, its CRC is right and it carries ``seq``."""
    if not line.endswith(b"\r\n") or b"@" not in line:
        return None
    text = line[line.rindex(b"@"):-2]  # bytes before the last @ are noise
    body, _, crc = text[1:].rpartition(b"*")
    if len(crc) != 4 or crc.upper() != crc or int(crc, 16) != crc16(body):
        return None
    return text.decode("ascii") if body.split(b" ", 1)[0] == str(seq).encode() else None


def ask(port: serial.Serial, seq: int, request: str) -> str:
    """Send; on silence or damage resend the same bytes; give up after TRIES tries."""
    body = f"{seq} {request}".encode("ascii")
    frame = b"@" + body + b"*" + b"%04X" % crc16(body) + b"\r\n"
    for _ in range(TRIES):
        port.write(frame)
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            answer = valid_answer(port.readline(), seq)  # readline waits at most 0.1 s
            if answer is not None:
                return answer
    raise SystemExit(f"no valid answer to {request!r} after {TRIES} tries")


PORT = sys.argv[1] if len(sys.argv) > 1 else "/dev/pts/5"  # what itb-emulator --pty printed
port = serial.serial_for_url(PORT, baudrate=115200, timeout=0.1)
for seq, request in enumerate(["HELLO version=1", "LIMITS", "PROGRAM", "ALARMS"], start=1):
    print(ask(port, seq, request))
