"""The fuzzing harnesses run in the suite on their seeds (atheris or not), and can fail."""

import pytest

from fuzz import fuzz_loaders, fuzz_pump_server


@pytest.mark.parametrize("harness", [fuzz_pump_server, fuzz_loaders],
                         ids=["pump_server", "loaders"])
def test_every_seed_passes_the_harness_invariants(harness):
    seeds = harness.seeds()
    assert len(seeds) >= 10
    for seed in seeds:
        harness.one_input(seed)


def test_the_pump_seeds_reach_past_the_crc_into_the_commands():
    seen = []
    original = fuzz_pump_server.check_frame

    def spying(session, line):
        original(session, line)
        seen.append(session.server.model.session_open)

    fuzz_pump_server.check_frame = spying
    try:
        for seed in fuzz_pump_server.seeds():
            fuzz_pump_server.one_input(seed)
    finally:
        fuzz_pump_server.check_frame = original
    assert any(seen), "no seed ever opened a session"


@pytest.mark.parametrize("data", [b"OPEN\nSTAGE program=flexible;baclofen;2000;0:400000\n"
                                  b"COMMIT crc={crc}\n!\nstatus\nLOG since=007",
                                  b"KHELLO version=1\nOPEN\nBOLUS kind=clinician volume_nl="
                                  b"50000 duration_s=3600\n!\nBOLUS-CANCEL",
                                  b"CLEAR\nOPEN\nBOLUS volume_nl=1",
                                  b"\x00{\"kind\": \"itb-pump-state\"}",
                                  b"\x01[scenario]\nid=1"])
def test_hand_made_inputs_pass(data):
    harness = fuzz_loaders if data[:1] in (b"\x00", b"\x01") else fuzz_pump_server
    harness.one_input(data)


def test_a_broken_invariant_is_caught(monkeypatch):
    def oversize(self, line):
        return b"@1 OK x=" + b"y" * 5000 + b"*0000\r\n"

    monkeypatch.setattr(fuzz_pump_server.PumpServer, "answer", oversize)
    with pytest.raises(AssertionError, match="answer of 5015 bytes"):
        fuzz_pump_server.one_input(b"STATUS")
