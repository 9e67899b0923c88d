"""Memory soak: the emulator stays flat under a console's polling and under line noise.

100,000 STATUS round trips over a pty (a console polling once a second for 28 hours),
with a transcript being written, then 50 MB of random printable bytes (no frame ends).
RSS growth after warm-up is printed as a ratio to RSS after the first 1,000 round trips
(target: under 2 MB growth). Linux: RSS is read from /proc/self/statm.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from itb_console.device.emulator import Emulator
from itb_console.device.serial_pump import SerialPump

from bench import Figure

ROUND_TRIPS = 100_000
WARM_UP = 1_000
NOISE_BYTES = 50 * 1024 * 1024
CHUNK = 1024 * 1024
MB = 1024 * 1024
START = 1_767_225_600.0
# Every byte value onto printable ASCII (32-126) in one C call, so noise costs no Python loop.
PRINTABLE = bytes(32 + value % 95 for value in range(256))


def rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _soak(transcript: Path) -> tuple[float, float, float, float]:
    with Emulator.start(speed=None, start=START, transcript=transcript) as emulator:
        pump = SerialPump(emulator.port)
        for done in range(1, ROUND_TRIPS + 1):
            pump.request("STATUS")
            if done == WARM_UP:
                warm = rss_bytes()
        polled = rss_bytes()
        with open(emulator.port, "wb", buffering=0) as port:
            for _ in range(NOISE_BYTES // CHUNK):
                port.write(os.urandom(CHUNK).translate(PRINTABLE))
        pump.request("STATUS")  # still answering after the noise
        noisy = rss_bytes()
        pump.close()
    return warm, polled, noisy, float(transcript.stat().st_size)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        warm, polled, noisy, written = _soak(Path(folder, "transcript.jsonl"))
    return [
        Figure(f"RSS growth over {ROUND_TRIPS - WARM_UP:,} STATUS round trips after warm-up",
               (polled - warm) / MB, "MB", f"RSS after the first {WARM_UP:,}", warm / MB,
               "< 2 MB growth"),
        Figure(f"RSS growth over {NOISE_BYTES // MB} MB of random printable input",
               (noisy - polled) / MB, "MB", f"RSS after the first {WARM_UP:,}", warm / MB,
               "< 2 MB growth"),
        Figure("  ... transcript written to its file meanwhile", written / MB, "MB"),
    ]
