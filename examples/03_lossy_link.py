"""Send 200 programs over a link that drops and corrupts frames; count what happened.

Every session either verifies the new program or reports which program runs; the pump
never runs a program nobody sent. Run: python examples/03_lossy_link.py
Training mock, not for clinical use.
"""

import contextlib
import random

from itb_console.device.emulator import Emulator, LinkFaults
from itb_console.device.pump_api import LinkError, PumpRefused
from itb_console.device.serial_pump import SerialPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule

faults = LinkFaults(drop_percent=5, corrupt_percent=0.5, seed=7)
with Emulator.start(speed=None, test_control=True, faults=faults) as emulator:
    pump = SerialPump(emulator.port, timeout_s=0.2, retries=5)
    sent = {emulator.model.program}
    verified = failed = 0
    for _ in range(200):
        program = Program(Mode.CONTINUOUS, Schedule.constant(
            DoseRate(random.randrange(100, 900) * 1000)), Concentration(2000))
        sent.add(program)
        try:
            pump.open_session()
            pump.write_program(program)
            verified += pump.read_program() == program
            pump.close_session()
        except (LinkError, PumpRefused) as problem:
            failed += 1
            print(f"session failed: {problem}")
            with contextlib.suppress(LinkError, PumpRefused):
                pump.close_session()
    running = emulator.model.program
    print(f"{verified} verified, {failed} failed; the pump runs a program that was sent: "
          f"{running in sent}")
    pump.close()
