"""Interrogate, send a new daily schedule, verify it by reading it back.

Run: python examples/01_program_and_verify.py [--port /dev/pts/N]
Training mock, not for clinical use.
"""

from _connect import pump_from_args
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule, Step

with pump_from_args(__doc__) as pump:
    status = pump.interrogate()
    print(f"pump {status.identity.serial_number}: {status.program.canonical_text()}")
    print(f"daily dose {float(status.program.daily_dose_ng) / 1000:.1f} mcg/day, "
          f"reservoir {status.reservoir_nl / 1e6:.2f} mL")
    night_and_day = Program(Mode.FLEXIBLE, Schedule((
        Step(0, DoseRate.from_mcg_per_day(420)),
        Step(7 * 60, DoseRate.from_mcg_per_day(380)),
        Step(22 * 60, DoseRate.from_mcg_per_day(420)),
    )), Concentration(2000))
    pump.open_session()
    checksum = pump.write_program(night_and_day)
    verified = pump.read_program() == night_and_day
    pump.close_session()
    print(f"sent, checksum {checksum:08X}; read back and {'VERIFIED' if verified else 'DIFFERENT'}")
