"""Shared by the examples: use --port if given, else start an emulator in this process."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from itb_console.device.emulator import Emulator
from itb_console.device.serial_pump import SerialPump

START_2026 = 1_767_225_600.0  # 2026-01-01 00:00 UTC


@contextlib.contextmanager
def pump_from_args(description: str) -> Iterator[SerialPump]:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--port", help="an emulator already running with --test-control "
                                       "(e.g. the path itb-emulator --pty printed); "
                                       "default: start one in this process")
    args = parser.parse_args()
    if args.port:
        pump = SerialPump(args.port, timeout_s=2.0)
        try:
            yield pump
        finally:
            pump.close()
        return
    with Emulator.start(speed=None, start=START_2026, test_control=True) as emulator:
        print(f"started an emulator on {emulator.port}")
        pump = SerialPump(emulator.port, timeout_s=2.0)
        try:
            yield pump
        finally:
            pump.close()
