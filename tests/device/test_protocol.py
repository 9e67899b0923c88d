"""Frames and the pump server: round trips, damaged frames, duplicates, auth, robustness."""

import contextlib
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.protocol import (
    AuthError,
    Frame,
    FrameError,
    LineReader,
    crc16,
    decode,
)
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer

from tests.contract.backends import START

PROGRAM = "flexible;baclofen;2000;0:400000,360:500000"


def server(**options) -> PumpServer:
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(START), link_clock=lambda: 0.0)
    return PumpServer(model, **options)


def ask(pump_server: PumpServer, seq: int, verb: str, **args) -> Frame:
    line = Frame(seq, verb, {k: str(v) for k, v in args.items()}).encode().rstrip(b"\r\n")
    return decode(pump_server.answer(line).rstrip(b"\r\n"))


def test_crc16_ccitt_false_check_value():
    assert crc16(b"123456789") == 0x29B1


def test_frame_text_is_readable_and_exact():
    frame = Frame(7, "STAGE", {"program": PROGRAM})
    assert frame.encode() == (b"@7 STAGE program=flexible;baclofen;2000;0:400000,360:500000"
                              b"*" + f"{crc16(frame.body().encode()):04X}".encode() + b"\r\n")


values = st.text(st.characters(min_codepoint=32, max_codepoint=126, blacklist_characters="@"),
                 max_size=30)


@given(st.integers(0, 9999), st.from_regex(r"[A-Z][A-Z-]{0,10}", fullmatch=True),
       st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), values, max_size=5))
def test_encode_decode_round_trip(seq, verb, args):
    frame = Frame(seq, verb, args)
    assert decode(frame.encode().rstrip(b"\r\n")) == frame


@given(st.binary(max_size=200))
def test_random_bytes_never_crash_the_decoder(data):
    with contextlib.suppress(FrameError):
        decode(data)


@given(st.integers(0, 200), st.integers(0, 255))
def test_any_single_byte_change_is_detected(position, value):
    line = Frame(42, "STAGE", {"program": PROGRAM}).encode().rstrip(b"\r\n")
    damaged = bytearray(line)
    index = position % len(damaged)
    if damaged[index] == value:
        return
    damaged[index] = value
    with pytest.raises(FrameError):
        decode(bytes(damaged))


def test_invalid_frames_change_nothing_and_get_no_answer():
    pump = server()
    before = pump.model.status()
    rng = random.Random(1)
    good = Frame(1, "OPEN").encode().rstrip(b"\r\n")
    for _ in range(2000):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if bytes(damaged) == good:
            continue
        assert pump.answer(bytes(damaged)) is None
    assert pump.model.status() == before
    assert not pump.model.session_open


def test_repeated_frame_is_answered_from_cache_not_executed_twice():
    pump = server()
    ask(pump, 1, "OPEN")
    line = Frame(2, "BOLUS", {"kind": "clinician", "volume_nl": "100000",
                              "duration_s": "3600"}).encode().rstrip(b"\r\n")
    first = pump.answer(line)
    assert pump.answer(line) == first  # the retry gets the same answer
    assert [e.kind for e in pump.model.events].count("bolus-start") == 1


def test_stage_commit_and_refusals_by_reason():
    pump = server()
    assert ask(pump, 1, "STAGE", program=PROGRAM).words == ("no-session",)
    ask(pump, 2, "OPEN")
    staged = ask(pump, 3, "STAGE", program=PROGRAM)
    wrong = ask(pump, 4, "COMMIT", crc="00000000")
    assert wrong.verb == "ERR" and wrong.words == ("checksum-mismatch",)
    assert ask(pump, 5, "COMMIT", crc=staged.args["crc"]).words == ("not-staged",)
    staged = ask(pump, 6, "STAGE", program=PROGRAM)
    assert ask(pump, 7, "COMMIT", crc=staged.args["crc"]).verb == "OK"
    assert ask(pump, 8, "PROGRAM").args["program"] == PROGRAM
    assert ask(pump, 9, "STAGE", program="flexible;baclofen;2000;0:1").words == ("bad-program",)
    assert ask(pump, 10, "FLY").words == ("bad-request",)
    assert ask(pump, 11, "REFILL", filled_nl="x").words == ("bad-request",)
    assert ask(pump, 12, "CTL", seconds=5).words == ("unsupported",)


def test_hello_checks_the_version():
    pump = server()
    assert ask(pump, 1, "HELLO", version=1).args["serial"] == "SIM-000001"
    refused = ask(pump, 2, "HELLO", version=2)
    assert refused.words == ("unsupported",) and "version 1" in refused.args["msg"]


def test_shared_key_mode_refuses_unauthenticated_writers():
    key = b"classroom-7"
    pump = server(key=key)
    spoof = Frame(1, "OPEN").encode().rstrip(b"\r\n")
    answer = decode(pump.answer(spoof).rstrip(b"\r\n"), key=key)
    assert answer.words == ("auth",)
    assert not pump.model.session_open
    signed = Frame(2, "OPEN").encode(key).rstrip(b"\r\n")
    assert decode(pump.answer(signed).rstrip(b"\r\n"), key=key).verb == "OK"
    with pytest.raises(AuthError):
        decode(Frame(3, "OPEN").encode(b"other").rstrip(b"\r\n"), key=key)


def test_relaxed_mode_accepts_typed_commands_only_when_enabled():
    assert server().answer(b"STATUS") is None
    answer = server(relaxed=True).answer(b"status")
    assert decode(answer.rstrip(b"\r\n")).verb == "OK"


def test_line_reader_resynchronises_after_garbage():
    reader = LineReader()
    good = Frame(5, "STATUS").encode()
    lines = reader.feed(b"\x00\xffnoise" + good[:10]) + reader.feed(good[10:] + b"junk\r\n")
    assert lines[0] == good.rstrip(b"\r\n")
    assert reader.feed(b"x" * 5000) == [] and reader.feed(good) == [good.rstrip(b"\r\n")]


def test_note_is_answered_and_changes_nothing():
    from itb_console.device.clock import ManualClock
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.pump_model import PumpModel
    from itb_console.device.pump_server import PumpServer

    model = PumpModel.from_initial(load_initial_pump(), ManualClock(1_790_000_000))
    server = PumpServer(model)
    seen = []
    server.observers.append(lambda request, answer: seen.append((request.verb, answer.verb)))
    before = (model.program, len(model.log()))
    # the example frame of docs/protocol.md, byte for byte
    assert server.answer(b"@17 NOTE action=report-printed file=itb-session.pdf*AA29").startswith(
        b"@17 OK")
    assert server.answer(b"@18 NOTE action=Report_Printed*" + b"0000") is None  # bad CRC
    bad = Frame(19, "NOTE", {"action": "Report_Printed"}).encode()
    assert b"ERR bad-request" in server.answer(bad.rstrip(b"\r\n"))
    assert (model.program, len(model.log())) == before
    assert seen == [("NOTE", "OK"), ("NOTE", "ERR")]
