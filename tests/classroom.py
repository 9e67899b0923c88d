"""Shared by the classroom tests: a bare itb-classroom, and a check that a station serves.

The ``classroom`` fixture (one classroom per test module) is in tests/conftest.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
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


CRASHING_CONSOLE = """
import json, sys
from pathlib import Path
from itb_console.console.training.classroom_client import ClassroomClient
client = ClassroomClient(linger_minutes=1, announce_folder=Path(sys.argv[1]))
client.start()
rows = client.call("open", scenario="routine-refill", count=int(sys.argv[2]), speed=1000.0)
print(json.dumps({"pid": client.process.pid, "rows": rows["rows"]}), flush=True)
sys.stdin.read()  # until the test kills this console
"""


@contextlib.contextmanager
def left_running(folder: Path, count: int) -> Iterator[dict[str, Any]]:
    """A classroom whose console was killed (SIGKILL) with ``count`` stations open.

    The classroom lingers one minute; it is killed at the end unless the test ended it.
    """
    console = subprocess.Popen([sys.executable, "-c", CRASHING_CONSOLE, str(folder),
                                str(count)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert console.stdout is not None and console.stdin is not None
    left = json.loads(console.stdout.readline())
    console.kill()
    console.wait()
    console.stdout.close()
    console.stdin.close()
    try:
        yield left
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(left["pid"], signal.SIGKILL)
