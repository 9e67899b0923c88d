"""Coverage-guided fuzzing of the frame decoder and the pump server with atheris.

Run: make fuzz            (installs atheris into .venv, runs until Ctrl+C)
     make fuzz ARGS="-runs=200000"

Checks the same rules as tests/device/test_protocol.py, on inputs atheris invents:
nothing crashes, and a line that does not decode never changes the pump.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from itb_console.device.clock import ManualClock
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.protocol import FrameError, decode
    from itb_console.device.pump_model import PumpModel
    from itb_console.device.pump_profiles import load_profile
    from itb_console.device.pump_server import PumpServer
    from itb_console.device.state_file import to_state

INITIAL = load_initial_pump()
SERVER = PumpServer(PumpModel.new(load_profile("itb-20"), INITIAL.program,
                                  INITIAL.reservoir_nl, ManualClock(1_767_225_600.0),
                                  link_clock=lambda: 0.0), test_control=True)


def one_input(data: bytes) -> None:
    try:
        decode(data)
        valid = True
    except FrameError:
        valid = False
    before = to_state(SERVER.model)
    answer = SERVER.answer(data)
    if not valid:
        assert answer is None, "an invalid frame was answered"
        assert to_state(SERVER.model) == before, "an invalid frame changed the pump"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
