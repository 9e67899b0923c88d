"""Round trips through ser2net (docs/ser2net.md's recipe): RFC 2217 against plain TCP.

One emulator on a pty behind ser2net; the console's client (SerialPump) interrogates it
through the RFC 2217 port and through the plain TCP port, interleaved, and the figures
are round trips per second as a ratio to plain TCP through the same ser2net. Also shown:
the same through a ser2net port with its default settings (no ``nodelay``, 64-byte
buffer), and the time to open (RFC 2217 negotiates first). Skipped without ser2net.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from itb_console.device.emulator import Emulator
from itb_console.device.pump_api import LinkError
from itb_console.device.serial_pump import SerialPump

from bench import Figure
from tests.device.ser2net_support import MISSING, Ser2net, recipe_yaml

ROUND_TRIPS = 200
RUNS = 3
OPEN_ATTEMPTS = 5


def _rate(url: str) -> tuple[float, float]:
    """(round trips per second, seconds to open) for one connection."""
    for attempt in range(OPEN_ATTEMPTS):
        began = time.perf_counter()
        try:
            pump = SerialPump(url)
            break
        except LinkError:  # ser2net still releasing the port from the last connection
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.2)
    opened = time.perf_counter()
    for _ in range(ROUND_TRIPS):
        pump.interrogate()
    rate = ROUND_TRIPS / (time.perf_counter() - opened)
    pump.close()
    return rate, opened - began


def _defaults(yaml: str) -> str:
    """The recipe without its two speed settings: what a ser2net port does by default."""
    return yaml.replace("tcp(nodelay)", "tcp").replace("    dev-to-net-bufsize: 4096\n", "")


def run() -> list[Figure]:
    if not Ser2net.available():
        print(f"  skipped: {MISSING}")
        return []
    emulator = Emulator.start(speed=None)
    rates: dict[str, list[float]] = {}
    opens: dict[str, list[float]] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            servers = {}
            for setup, yaml in (("recipe", recipe_yaml()), ("defaults", _defaults(recipe_yaml()))):
                (Path(folder) / setup).mkdir()
                servers[setup] = Ser2net(emulator.port, Path(folder) / setup, yaml)
            try:
                for _ in range(RUNS):  # interleaved, so a busy moment hurts all alike
                    for setup, server in servers.items():
                        for kind, url in (("rfc2217", server.rfc2217_url),
                                          ("tcp", server.raw_url)):
                            rate, open_s = _rate(url)
                            rates.setdefault(f"{setup} {kind}", []).append(rate)
                            opens.setdefault(f"{setup} {kind}", []).append(open_s)
            finally:
                for server in servers.values():
                    server.stop()
    finally:
        emulator.stop()
    raw = "plain TCP via ser2net (recipe)"
    median = statistics.median
    baseline = median(rates["recipe tcp"])
    return [
        Figure("RFC 2217 via ser2net (recipe)", median(rates["recipe rfc2217"]),
               "round trips/s", raw, baseline, ">= 0.8x"),
        Figure("RFC 2217 via ser2net (defaults)", median(rates["defaults rfc2217"]),
               "round trips/s", raw, baseline, "(why the recipe sets nodelay, bufsize)"),
        Figure("plain TCP via ser2net (defaults)", median(rates["defaults tcp"]),
               "round trips/s", raw, baseline, "(why the recipe sets nodelay, bufsize)"),
        Figure("RFC 2217 time to open", median(opens["recipe rfc2217"]) * 1000, "ms",
               "plain TCP time to open", median(opens["recipe tcp"]) * 1000,
               "(negotiation, once per connection)"),
    ]
