"""The wire protocol: round trips per second over a pty, and a program transfer's size.

Round trips are measured against a raw pyserial echo over a pty in the same run (target:
at least 0.7x its rate), twice: with the console's client (``SerialPump``) and with a
minimal client written from docs/protocol.md alone (``bench/minimal_client.py``, no code
shared with ``device/``), so a figure that only one client reaches shows up. Each rate is
the best of a few interleaved runs, as a neighbour's burst on a shared machine would
otherwise land in one figure only. The bytes of a full 10-step program transfer (STAGE + COMMIT and
their answers) give its time on the wire at 9600 and 115200 baud (10 bits a byte). The
pump's own work for that transfer (in process, no wire) is timed with the drug table read
once, as shipped, against the same transfer re-reading ``resources/drugs.toml`` at every
STAGE, as it would without the cache.
"""

from __future__ import annotations

import os
import select
import threading
import time
import tty

import serial
from itb_console.device import drugs
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.emulator import Emulator, LoopbackLink
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.serial_pump import SerialPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule, Step

from bench import Figure
from bench.minimal_client import MinimalClient

ROUND_TRIPS = 400
TRANSFERS = 300
RUNS = 3
START = 1_767_225_600.0
TEN_STEPS = Program(Mode.FLEXIBLE, Schedule(tuple(
    Step(i * 144, DoseRate(300_000 + 17_000 * i)) for i in range(10))), Concentration(2000))


def _echo_rate(frame: bytes) -> float:
    """Round trips per second of a bare echo: write a line, read it back."""
    master, slave = os.openpty()
    tty.setraw(slave)
    stop = threading.Event()

    def echo() -> None:
        while not stop.is_set():
            if select.select([master], [], [], 0.05)[0]:
                os.write(master, os.read(master, 4096))

    thread = threading.Thread(target=echo, daemon=True)
    thread.start()
    port = serial.serial_for_url(os.ttyname(slave), baudrate=115_200, timeout=1)
    began = time.perf_counter()
    for _ in range(ROUND_TRIPS):
        port.write(frame)
        port.readline()
    elapsed = time.perf_counter() - began
    stop.set()
    thread.join()
    port.close()
    os.close(master)
    os.close(slave)
    return ROUND_TRIPS / elapsed


def _protocol_rate() -> float:
    with Emulator.start(speed=None, start=START) as emulator:
        pump = SerialPump(emulator.port)
        began = time.perf_counter()
        for _ in range(ROUND_TRIPS):
            pump.request("CLOCK")
        elapsed = time.perf_counter() - began
        pump.close()
    return ROUND_TRIPS / elapsed


def _minimal_client_rate() -> float:
    with Emulator.start(speed=None, start=START) as emulator:
        client = MinimalClient(emulator.port)
        if not client.ask("HELLO version=1").startswith("OK "):
            raise RuntimeError("the emulator refused the minimal client's HELLO")
        began = time.perf_counter()
        for _ in range(ROUND_TRIPS):
            answer = client.ask("CLOCK")
        elapsed = time.perf_counter() - began
        client.close()
    if not answer.startswith("OK clock="):
        raise RuntimeError(f"the minimal client read {answer!r}, not a clock")
    return ROUND_TRIPS / elapsed


def _loopback_pump() -> tuple[SerialPump, LoopbackLink]:
    """A pump in this process behind a loopback link, its session open."""
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(START), link_clock=lambda: 0.0)
    link = LoopbackLink(PumpServer(model))
    pump = SerialPump("loopback", link=link, first_seq=1000)
    pump.open_session()
    return pump, link


def _transfer_seconds(pump: SerialPump, reread_drug_table: bool) -> float:
    """Seconds per 10-step transfer (STAGE + COMMIT) over ``TRANSFERS`` transfers."""
    began = time.perf_counter()
    for _ in range(TRANSFERS):
        if reread_drug_table:
            drugs.load_drugs.cache_clear()
        pump.write_program(TEN_STEPS)
    return (time.perf_counter() - began) / TRANSFERS


def _transfer_times() -> tuple[float, float]:
    """The best seconds per transfer with the table read once, and re-read every time.

    The two are interleaved, run for run, so that a neighbour's burst on a shared machine
    does not land on one of them only.
    """
    pump, _ = _loopback_pump()
    once, every = [], []
    for _ in range(2 * RUNS):
        once.append(_transfer_seconds(pump, reread_drug_table=False))
        every.append(_transfer_seconds(pump, reread_drug_table=True))
    return min(once), min(every)


def _transfer_bytes() -> int:
    pump, link = _loopback_pump()
    sent_before = link.written
    answered = []
    original = link.read

    def counting_read(size: int = 1) -> bytes:
        data = original(size)
        answered.append(len(data))
        return data

    link.read = counting_read
    pump.write_program(TEN_STEPS)
    return link.written - sent_before + sum(answered)


def run() -> list[Figure]:
    frame = b"@1001 CLOCK*ABCD\r\n"
    rates: dict[str, list[float]] = {"echo": [], "console": [], "minimal": []}
    for _ in range(RUNS):
        rates["echo"].append(_echo_rate(frame))
        rates["console"].append(_protocol_rate())
        rates["minimal"].append(_minimal_client_rate())
    echo, protocol, minimal = (max(rates[k]) for k in ("echo", "console", "minimal"))
    size = _transfer_bytes()
    cached, rereading = _transfer_times()
    slowest = {k: min(v) for k, v in rates.items()}
    return [
        Figure(f"CLOCK round trips over a pty, SerialPump -> emulator (best of {RUNS}; slowest "
               f"{slowest['console']:.0f})", protocol, "per s",
               f"raw pyserial echo over a pty (slowest {slowest['echo']:.0f})", echo, ">= 0.7x"),
        Figure(f"CLOCK round trips over a pty, minimal client from docs/protocol.md (best of "
               f"{RUNS}; slowest {slowest['minimal']:.0f})", minimal, "per s",
               "raw pyserial echo over a pty", echo, ">= 0.7x"),
        Figure("10-step program transfer (STAGE + COMMIT + answers)", size, "bytes"),
        Figure("  ... on the wire at 9600 baud", size * 10 / 9600 * 1000, "ms"),
        Figure("  ... on the wire at 115200 baud", size * 10 / 115_200 * 1000, "ms"),
        Figure(f"10-step program transfer in process, drug table read once (best of {2 * RUNS})",
               cached * 1e6, "us", "re-reading drugs.toml at every STAGE", rereading * 1e6),
    ]
