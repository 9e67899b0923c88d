"""Shared by the classroom tests: a bare itb-classroom, and a check that a station serves.

The ``classroom`` fixture (one classroom per test module) is in tests/conftest.py.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from itb_console.device.serial_pump import SerialPump


@contextlib.contextmanager
def classroom_process(linger_minutes: int) -> Iterator[tuple[subprocess.Popen, dict[str, Any]]]:
    """A bare itb-classroom process and its first line (address and token)."""
    process = subprocess.Popen([sys.executable, "-m",
                                "itb_console.console.training.classroom_server",
                                "--linger-minutes", str(linger_minutes)], stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        yield process, json.loads(process.stdout.readline())
    finally:
        process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


def serves(url: str) -> str:
    """The patient id a trainee's console reads from the station at ``url``."""
    pump = SerialPump(url, timeout_s=2.0)
    try:
        pump.open_session()
        return pump.interrogate().identity.patient_id
    finally:
        pump.close()
