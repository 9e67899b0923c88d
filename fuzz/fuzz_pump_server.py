"""Structure-aware fuzzing of the pump server with atheris: frame bodies in, invariants out.

Run: make fuzz                          (installs atheris into .venv, runs until Ctrl+C)
     make fuzz ARGS="-runs=1000000"

An input is a few frame bodies, one per line (``OPEN``, ``STAGE program=...``), given to
a fresh pump in that order. The harness numbers each one and computes its CRC (and its
MAC when the input starts with ``K``), so mutations reach the pump's commands instead of
dying at the CRC. In a line, ``{crc}`` stands for the checksum of the last program
staged, so ``COMMIT crc={crc}`` can succeed; a line ``!`` resends the previous frame
byte for byte. The seed corpus is every request in docs/protocol.md
(``fuzz/corpus/``); ``fuzz/protocol.dict`` lists verbs, keys and values.

After every frame the pump's invariants are checked (:func:`check_frame`): nothing
escapes, an answer fits its frame and decodes, a dropped or refused frame changes
nothing, and reservoir and delivered volume stay consistent.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from fuzz.harness import DOCS, instrumented, run

with instrumented():
    from itb_console.device.clock import ManualClock
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.protocol import MAX_FRAME_BYTES, crc16, decode, mac
    from itb_console.device.pump_model import PumpModel
    from itb_console.device.pump_profiles import load_profile
    from itb_console.device.pump_server import PumpServer

KEY = b"fuzz-key-0123"
MAX_FRAMES = 8
INITIAL = load_initial_pump()
TEMPLATE = PumpModel.new(load_profile(INITIAL.profile_id), INITIAL.program,
                         INITIAL.reservoir_nl, ManualClock(1_767_225_600.0),
                         link_clock=lambda: 0.0)


def fingerprint(model: PumpModel) -> tuple:
    """What a refused or dropped frame must leave exactly as it was."""
    last = model.events[-1] if model.events else None
    return model.status(), model.staged, len(model.events), last


@dataclass
class Session:
    server: PumpServer
    keyed: bool
    delivered_nl: int = 0
    staged_crc: str = "00000000"

    def line(self, seq: int, body: str) -> bytes:
        """``@seq body*CRC`` with a right CRC (and MAC), whatever bytes the body holds."""
        body = f"{seq} {body.replace('{crc}', self.staged_crc)}"
        if self.keyed and body.split(" ")[1:2] != ["HELLO"]:
            # A non-ASCII body is dropped before its MAC is looked at: any MAC will do.
            tag = mac(KEY, self.server.nonce, body) if body.isascii() else "0" * 16
            body = f"{body} mac={tag}"
        raw = body.encode("latin-1")
        return b"@" + raw + b"*" + b"%04X" % crc16(raw)


def check_frame(session: Session, line: bytes) -> None:
    """Send one line and check every invariant of the pump's answer and state."""
    server, model = session.server, session.server.model
    before = fingerprint(model)
    answer = server.answer(line)
    after = fingerprint(model)
    if answer is None:
        assert after == before, "a dropped frame changed the pump"
    else:
        assert len(answer) <= MAX_FRAME_BYTES, f"answer of {len(answer)} bytes"
        assert answer.endswith(b"\r\n")
        reply = decode(answer.rstrip(b"\r\n"))  # every answer follows the strict grammar
        if reply.verb == "ERR":
            assert after == before, f"a refused frame changed the pump: {reply.words}"
        elif session.keyed:
            decode(answer.rstrip(b"\r\n"), KEY, nonce=server.nonce)
        if "crc" in reply.args and b" STAGE " in line:
            session.staged_crc = reply.args["crc"]
    status = after[0]
    capacity = model.profile.reservoir_nl
    assert 0 <= status.reservoir_nl <= capacity, status.reservoir_nl
    assert 0 <= model.true_reservoir_nl <= capacity
    assert status.delivered_nl >= session.delivered_nl, "delivered volume went down"
    session.delivered_nl = status.delivered_nl


def one_input(data: bytes) -> None:
    text = data.decode("latin-1")  # one character per byte: the fuzzer's bytes reach the pump
    keyed = text.startswith("K")
    session = Session(PumpServer(copy.deepcopy(TEMPLATE), test_control=True,
                                 key=KEY if keyed else None), keyed)
    previous = b""
    for seq, body in enumerate(text.removeprefix("K").split("\n")[:MAX_FRAMES], start=1):
        line = previous if body == "!" else session.line(seq, body)
        check_frame(session, line)
        previous = line


def seeds() -> list[bytes]:
    """The requests of docs/protocol.md: one by one, in runs of a conversation, keyed."""
    doc = (DOCS / "protocol.md").read_text(encoding="utf-8")
    bodies = re.findall(r"^C: @\d+ (.*?)(?: mac=[0-9A-F]{16})?\*[0-9A-F]{4}$", doc, re.M)
    runs = ["\n".join(bodies[i:i + MAX_FRAMES]) for i in range(0, len(bodies), 3)]
    return [s.encode() for s in [*bodies, *runs, "K" + "\n".join(bodies[:MAX_FRAMES])]]


if __name__ == "__main__":
    run(one_input, seeds(), Path(__file__).with_name("protocol.dict"))
