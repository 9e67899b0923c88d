"""The itb-emulator program as the tests start it: its command line, and one on a pty."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator

EMULATOR = [sys.executable, "-m", "itb_console.device.emulator_cli"]


@contextlib.contextmanager
def emulator_on_a_pty(*options: str) -> Iterator[str]:
    """An emulator process serving a pseudo-terminal: the port it printed first; ended after."""
    emulator = subprocess.Popen([*EMULATOR, "--pty", *options], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
    try:
        assert emulator.stdout is not None
        yield emulator.stdout.readline().strip()
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)
        if emulator.stdout is not None:
            emulator.stdout.close()
