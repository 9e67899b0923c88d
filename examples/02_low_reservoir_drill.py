"""Drive a pump to its low-reservoir alarm, then refill it, using tester control.

Run: python examples/02_low_reservoir_drill.py [--port /dev/pts/N]
Training mock, not for clinical use.
"""

from _connect import pump_from_args
from itb_console.device.pump_api import RefillRequest
from itb_console.device.therapy import Concentration

with pump_from_args(__doc__) as pump:
    pump.control("RESERVOIR", calculated_nl=3_000_000, true_nl=3_000_000)
    days = 0
    while not any(a.code.value == "low_reservoir" for a in pump.read_alarms()):
        pump.control("ADVANCE", seconds=86_400)
        days += 1
    status = pump.interrogate()
    print(f"low-reservoir alarm after {days} days: {status.reservoir_nl / 1e6:.2f} mL left "
          f"at {float(status.program.daily_volume_nl) / 1e6:.4f} mL/day")
    withdrawn = pump.control("TRUE")  # what the clinician withdraws
    pump.open_session()
    result = pump.refill(RefillRequest(withdrawn, 20_000_000, Concentration(2000), 2_000_000))
    pump.close_session()
    print(f"refilled: expected residual {result.expected_residual_nl / 1e6:.2f} mL, "
          f"withdrawn {withdrawn / 1e6:.2f} mL, now {result.reservoir_nl / 1e6:.2f} mL")
    print("alarms now:", [a.code.value for a in pump.read_alarms()] or "none")
    for event in pump.read_log()[-4:]:
        print(f"  log {event.seq}: {event.pump_clock:%Y-%m-%d %H:%M} {event.kind} {event.detail}")
