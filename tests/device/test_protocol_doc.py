"""docs/protocol.md is real: every example frame checks out and every conversation replays.

A stranger writes a client from the document alone, so each ``@...*XXXX`` line must have
a right CRC and follow the grammar, and each answer shown must be exactly what a fresh
pump in the document's stated set-up sends.
"""

import re
from pathlib import Path

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.protocol import crc16, decode
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer

ROOT = Path(__file__).parents[2]
DOC = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
DOC_START = 1_767_225_600  # "2026-01-01 00:00 UTC" in the document's set-up
DOC_KEY = b"classroom-7"
DOC_NONCES = ["4A1F0C9E27B3D865", "9C03E5B1F7A2486D", "E1D2C3B4A5968778"]
FRAME = re.compile(r"@(?:0|[1-9][0-9]{0,3}) [^\n`]*?\*[0-9A-F]{4}")


def doc_pump(**options) -> PumpServer:
    initial = load_initial_pump()
    model = PumpModel.new(load_profile(initial.profile_id), initial.program,
                          initial.reservoir_nl, ManualClock(DOC_START), link_clock=lambda: 0.0)
    return PumpServer(model, **options)


def blocks(name: str) -> list[list[str]]:
    return [body.splitlines() for body in re.findall(f"```{name}\n(.*?)```", DOC, re.S)]


def exchanges(lines: list[str]) -> list[tuple[str, str]]:
    """(request, answer) pairs from ``C:`` and ``P:`` lines."""
    assert len(lines) % 2 == 0 and all(line[:3] == ("C: ", "P: ")[i % 2]
                                       for i, line in enumerate(lines)), lines
    return [(lines[i][3:], lines[i + 1][3:]) for i in range(0, len(lines), 2)]


def replay(server: PumpServer, pairs: list[tuple[str, str]]) -> None:
    for request, shown in pairs:
        answer = server.answer(request.encode("ascii"))
        assert answer is not None, request
        assert answer.decode("ascii").rstrip("\r\n") == shown


def test_the_document_has_no_placeholder_crcs_and_many_examples():
    assert "*...." not in DOC
    assert len(FRAME.findall(DOC)) >= 50


@pytest.mark.parametrize("frame", sorted(set(FRAME.findall(DOC))))
def test_every_example_frame_has_a_right_crc_and_follows_the_grammar(frame):
    body, _, crc = frame[1:].rpartition("*")
    assert int(crc, 16) == crc16(body.encode("ascii"))
    decode(frame.encode("ascii"))  # strict: raises if the grammar is broken


def test_the_main_conversation_replays_byte_for_byte_in_sequence_order():
    pairs = [pair for block in blocks("main") for pair in exchanges(block)]
    pairs.sort(key=lambda pair: decode(pair[0].encode()).seq)
    assert [decode(r.encode()).seq for r, _ in pairs] == list(range(1, len(pairs) + 1))
    replay(doc_pump(test_control=True), pairs)


def test_the_keyed_conversation_replays_with_the_documented_nonces():
    assert all(nonce in DOC for nonce in DOC_NONCES) and "key `classroom-7`" in DOC
    [block] = blocks("keyed")
    nonces = iter(DOC_NONCES)
    replay(doc_pump(key=DOC_KEY, nonces=lambda: next(nonces)), exchanges(block))


def test_the_typed_line_example_gets_the_answer_shown():
    typed = re.search(r"```\nhello version=1\n(@0 OK [^\n]*)\n", DOC)
    assert typed is not None
    assert doc_pump(relaxed=True).answer(b"hello version=1").decode().rstrip() == typed[1]


def test_the_client_in_the_document_is_the_example_script():
    [code] = re.findall(r"```python\n(.*?)```", DOC, re.S)
    assert code.strip() in (ROOT / "examples" / "04_plain_pyserial.py").read_text()
