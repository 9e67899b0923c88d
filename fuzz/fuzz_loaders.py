"""Fuzzing the state-file and scenario loaders: any bytes give a pump, or a clear refusal.

Run: make fuzz ARGS="loaders -runs=200000"

An input whose first byte is even is a state file (JSON), odd a scenario (TOML); the
rest is the file's text. Seeds are a real saved state and the shipped scenarios;
``fuzz/loaders.dict`` lists their keys. Invariants: only ``StateFileError`` or
``ScenarioError`` escapes (with a message), and a state that loads passes its checks,
answers ``STATUS`` with ``OK`` within one frame, and saves to a file that loads the same.
"""

from __future__ import annotations

import json
from pathlib import Path

from fuzz.harness import ROOT, instrumented, run

with instrumented():
    from itb_console.console.training.scenario_file import ScenarioError
    from itb_console.console.training.scenarios import parse_scenario
    from itb_console.device.clock import ManualClock
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.protocol import MAX_FRAME_BYTES, Frame
    from itb_console.device.pump_model import PumpModel
    from itb_console.device.pump_profiles import load_profile
    from itb_console.device.pump_server import PumpServer
    from itb_console.device.state_checks import check_model
    from itb_console.device.state_file import StateFileError, from_state, to_state

START = 1_767_225_600.0


def _state(text: str) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return  # not JSON: load_state refuses it before from_state
    try:
        model = from_state(data, ManualClock(START), link_clock=lambda: 0.0)
    except StateFileError as refused:
        assert str(refused), "a refusal without a message"
        return
    check_model(model)
    answer = PumpServer(model).answer(Frame(1, "STATUS").encode().rstrip(b"\r\n"))
    assert answer is not None and len(answer) <= MAX_FRAME_BYTES
    assert answer.startswith(b"@1 OK "), f"a loaded pump refused STATUS: {answer[:200]!r}"
    saved = to_state(model)
    again = from_state(json.loads(json.dumps(saved)), ManualClock(START), link_clock=lambda: 0.0)
    assert to_state(again) == saved, "a loaded pump saved a state that loads differently"


def _scenario(text: str) -> None:
    try:
        parse_scenario("fuzz.toml", text)
    except ScenarioError as refused:
        assert str(refused).startswith("fuzz.toml"), str(refused)


def one_input(data: bytes) -> None:
    if not data:
        return
    text = data[1:].decode("utf-8", "replace")
    (_state if data[0] % 2 == 0 else _scenario)(text)


def seeds() -> list[bytes]:
    initial = load_initial_pump()
    model = PumpModel.new(load_profile(initial.profile_id), initial.program,
                          initial.reservoir_nl, ManualClock(START))
    state = b"\x00" + json.dumps(to_state(model)).encode()
    folder = ROOT / "resources" / "scenarios"
    return [state, *(b"\x01" + path.read_bytes() for path in sorted(folder.glob("*.toml")))]


if __name__ == "__main__":
    run(one_input, seeds(), Path(__file__).with_name("loaders.dict"))
