"""A client from the protocol document alone: plain pyserial, no project code.

Start an emulator first:  itb-emulator --pty     (prints e.g. /dev/pts/5)
Then:                     python examples/04_plain_pyserial.py /dev/pts/5
Training mock, not for clinical use.
"""

import binascii
import sys

import serial


def crc16(data: bytes) -> int:
    return binascii.crc_hqx(data, 0xFFFF)  # CRC-16/CCITT-FALSE


port = serial.serial_for_url(sys.argv[1], baudrate=115200, timeout=1)


def ask(seq: int, text: str) -> str:
    body = f"{seq} {text}"
    port.write(f"@{body}*{crc16(body.encode()):04X}\r\n".encode())
    for _ in range(50):
        line = port.readline().decode("ascii", "replace").strip()
        if line.startswith(f"@{seq} "):
            return line
    raise SystemExit(f"no answer to {text!r}")


print(ask(1, "HELLO version=1"))
print(ask(2, "PROGRAM"))
print(ask(3, "ALARMS"))
