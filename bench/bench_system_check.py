"""What the system check before the first window costs the console's start-up.

``ldd`` on Qt's platform plugin is started before the console's imports and read after
them, so start-up waits only for whatever of it is left. Figures, each against the
console's start-up to first frame (fresh offscreen processes, as in bench_startup):
``ldd`` on the xcb plugin on its own, and the wait start-up actually sees.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from bench import Figure
from bench.bench_startup import _launch

RUNS = 5


def _child() -> None:
    """Child process: the console's own order (probe, imports, results); print both times."""
    from itb_console.ui.platform_libraries import PlatformProbe

    began = time.perf_counter()
    probe = PlatformProbe({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"})
    import itb_console.ui.main_window  # noqa: F401  (the imports start-up does meanwhile)

    imported = time.perf_counter()
    probe.results()
    waited = time.perf_counter()
    alone = PlatformProbe({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"})
    alone_began = time.perf_counter()
    alone.results()
    print((waited - imported) * 1000, (time.perf_counter() - alone_began) * 1000,
          (imported - began) * 1000)


def run() -> list[Figure]:
    waits, alone, startups = [], [], []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-m", "bench.bench_system_check", "--child"],
                              capture_output=True, text=True, env=env, check=True, timeout=60)
        wait_ms, alone_ms, _imports_ms = map(float, done.stdout.split())
        waits.append(wait_ms)
        alone.append(alone_ms)
        startups.append(_launch("console")[0])
    startup = "console start-up to first frame"
    return [
        Figure("ldd on the xcb plugin, alone", statistics.median(alone), "ms", startup,
               statistics.median(startups), "small"),
        Figure("start-up's wait for the check (after imports)", statistics.median(waits),
               "ms", startup, statistics.median(startups), "<= 0.02x"),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        _child()
    else:
        print("run with: python -m bench system_check", file=sys.stderr)
        sys.exit(2)
