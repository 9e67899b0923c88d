"""Send and verify a program through the session's worker thread, against a direct call.

Both sides write and read back the same programs on the simulated pump in the same
process; the session also re-reads the pump status after each send, as it does for the
clinician. The ratio is what the off-GUI-thread plumbing (queued signals, thread hop,
deadline timer, status re-read) costs per send (target: a few ms at most, invisible beside a serial
link's round trip).
"""

from __future__ import annotations

import time

from itb_console.console.session import Session, _send_and_verify
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import DoseRate, Mode, Program, Schedule
from PySide6.QtCore import QCoreApplication, QEventLoop

from bench import Figure

URL = "sim://?start=2026-11-25T09:00"
SENDS = 200


def _programs(concentration) -> list[Program]:
    return [Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(300_000 + 1_000 * (i % 50))),
                    concentration) for i in range(SENDS)]


def direct_ms() -> float:
    pump = SimulatedPump.from_url(URL)
    pump.open_session()
    old = pump.interrogate().program
    programs = _programs(old.concentration)
    began = time.perf_counter()
    for program in programs:
        assert _send_and_verify(pump, old, program).verified
        old = program
    return (time.perf_counter() - began) * 1000 / SENDS


def through_session_ms() -> float:
    session = Session()
    loop = QEventLoop()
    session.status_changed.connect(loop.quit)
    session.connect_to(URL)
    loop.exec()
    session.status_changed.disconnect(loop.quit)
    programs = _programs(session.status.program.concentration)
    verified = []
    session.send_finished.connect(lambda result: verified.append(result.verified))
    session.send_finished.connect(loop.quit)
    began = time.perf_counter()
    for program in programs:
        session.send_program(program)
        loop.exec()
    elapsed = (time.perf_counter() - began) * 1000 / SENDS
    session.shutdown()
    assert all(verified) and len(verified) == SENDS
    return elapsed


def run() -> list[Figure]:
    _app = QCoreApplication.instance() or QCoreApplication([])
    baseline = direct_ms()
    return [Figure("send and verify through the session worker", through_session_ms(), "ms",
                   "direct call on the GUI thread", baseline,
                   "overhead under 5 ms per send")]
