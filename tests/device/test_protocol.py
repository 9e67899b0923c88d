"""Frames and the pump server: round trips, damaged frames, duplicates, auth, robustness."""

import contextlib
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.protocol import (
    Frame,
    FrameError,
    LineReader,
    ascii_words,
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


@given(st.integers(0, 9999), st.from_regex(r"[A-Z][A-Z0-9?-]{0,10}", fullmatch=True),
       st.lists(st.from_regex(r"[a-z][a-z-]{0,8}", fullmatch=True), max_size=2),
       st.dictionaries(st.from_regex(r"[a-z0-9_]{1,8}", fullmatch=True), values, max_size=5))
def test_frames_with_words_round_trip_and_encode_canonically(seq, verb, words, args):
    frame = Frame(seq, verb, args, tuple(words))
    line = frame.encode().rstrip(b"\r\n")
    assert decode(line) == frame
    assert Frame(frame.seq, frame.verb, frame.args, frame.words).encode() == frame.encode()


def framed(body: str) -> bytes:
    """A line with a correct CRC, whatever its body: the grammar alone must drop it."""
    return f"@{body}*{crc16(body.encode()):04X}".encode()


def _break(rule: str, frame: Frame) -> str:
    body = frame.body()
    seq, _, rest = body.partition(" ")
    first_key = next(iter(frame.args))
    if rule == "lower-case verb":
        return f"{seq} {frame.verb.lower()}{rest[len(frame.verb):]}"
    if rule == "upper-case key":
        return body.replace(f" {first_key}=", f" {first_key.upper()}=", 1)
    if rule == "duplicate key":
        return f"{body} {first_key}=1"
    if rule == "leading zero":
        return f"0{body}"
    if rule == "double space":
        return body.replace(" ", "  ", 1)
    return f"{body} "  # trailing space


@given(st.integers(0, 9999), st.from_regex(r"[A-Z][A-Z-]{0,10}", fullmatch=True),
       st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), values,
                       min_size=1, max_size=4),
       st.sampled_from(["lower-case verb", "upper-case key", "duplicate key", "leading zero",
                        "double space", "trailing space"]))
def test_any_grammar_break_is_dropped_even_with_a_good_crc(seq, verb, args, rule):
    broken = _break(rule, Frame(seq, verb, args))
    with pytest.raises(FrameError):
        decode(framed(broken))


@pytest.mark.parametrize("body", [
    "1 status", "1 Status", "1 HELLO VERSION=1", "1 NOTE action==x", "1 NOTE action=",
    "1 LOG since=1 since=2", "007 STATUS", "01 STATUS", "10000 STATUS", "1 STATUS ",
    " 1 STATUS", "1  STATUS", '1 NOTE action="a\\x"x', '1 NOTE action="a\\q"',
    "1 NOTE action=a b=1 word", "1 9VERB", "-1 STATUS", "1 STATUS\t",
])
def test_frames_breaking_the_grammar_are_dropped_without_an_answer(body):
    pump = server()
    assert pump.answer(framed(body)) is None


def test_a_frame_without_its_cr_is_dropped_unless_relaxed():
    good = Frame(5, "STATUS").encode()
    lf_only = good.replace(b"\r\n", b"\n")
    assert LineReader().feed(lf_only) == []
    assert LineReader().feed(good) == [good.rstrip(b"\r\n")]
    assert LineReader(require_crlf=False).feed(lf_only) == [good.rstrip(b"\r\n")]


def test_sequence_zero_and_the_largest_sequence_are_accepted():
    pump = server()
    assert ask(pump, 0, "CLOCK").verb == "OK"
    assert ask(pump, 9999, "CLOCK").seq == 9999


@pytest.mark.parametrize(("verb", "args", "reason"), [
    ("FLY", {}, "bad-request"),  # unknown verb
    ("BOLUS", {"kind": "clinician", "volume_nl": "100000"}, "bad-request"),  # missing
    ("BOLUS", {"kind": "clinician", "volume_nl": "1e5", "duration_s": "60"}, "bad-request"),
    ("BOLUS", {"kind": "clinician", "volume_nl": "0100", "duration_s": "60"}, "bad-request"),
    ("BOLUS", {"kind": "clinician", "volume_nl": "-0", "duration_s": "60"}, "bad-request"),
    ("BOLUS", {"kind": "fast", "volume_nl": "100", "duration_s": "60"}, "bad-request"),
    ("BOLUS", {"kind": "clinician", "volume_nl": "100", "duration_s": "60", "x": "1"},
     "bad-request"),  # unknown argument
    ("BOLUS", {"kind": "clinician", "volume_nl": "0", "duration_s": "60"}, "out-of-range"),
    ("BOLUS", {"kind": "clinician", "volume_nl": "100000", "duration_s": "0"},
     "out-of-range"),
    ("BOLUS", {"kind": "clinician", "volume_nl": "3000000", "duration_s": "3600"},
     "out-of-range"),  # above the profile's 2 mL
    ("SETCLOCK", {"clock": "2026-11-25"}, "bad-request"),
    ("SETCLOCK", {"clock": "19990101T000000"}, "out-of-range"),
    ("LOG", {"since": "-1"}, "out-of-range"),
    ("LOG", {"max": "41"}, "out-of-range"),
    ("COMMIT", {"crc": "5e61a2b0"}, "bad-request"),
    ("STAGE", {"program": "flexible;baclofen;2000;0:400000;"}, "bad-request"),
    ("STAGE", {"program": "weekly;baclofen;2000;0:400000"}, "bad-request"),
    ("STAGE", {"program": "flexible;baclofen;2000;00:400000"}, "bad-request"),
    ("STAGE", {"program": "flexible;baclofen;3000;0:400000"}, "bad-program"),
    ("STAGE", {"program": "flexible;morphine;2000;0:400000"}, "bad-program"),
    ("STAGE", {"program": "continuous;baclofen;2000;0:50000000"}, "bad-program"),  # 25 mL/d
    ("STAGE", {"program": "flexible;baclofen;2000;0:400000,14:400000"}, "bad-program"),
    ("STAGE", {"program": "flexible;baclofen;2000;" + ",".join(
        f"{i * 120}:400000" for i in range(11))}, "bad-program"),  # 11 steps
    ("STAGE", {"program": "flexible;baclofen;2000;60:400000"}, "bad-program"),
    ("REFILL", {"withdrawn_nl": "0", "filled_nl": "20000000", "conc": "2000",
                "low_alarm_nl": "2000000", "drug": "morphine"}, "bad-program"),
])
def test_each_kind_of_bad_value_gets_its_one_reason(verb, args, reason):
    pump = server()
    ask(pump, 1, "OPEN")
    before = pump.model.status()
    answer = ask(pump, 2, verb, **args)
    assert (answer.verb, answer.words) == ("ERR", (reason,))
    assert len(answer.args["msg"]) <= 400
    assert pump.model.status() == before


def test_words_are_refused_where_the_verb_takes_none():
    pump = server()
    line = Frame(3, "STATUS", {}, ("ALL",)).encode().rstrip(b"\r\n")
    assert decode(pump.answer(line).rstrip(b"\r\n")).words == ("bad-request",)


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


def test_words_for_people_are_spelled_in_the_ascii_a_frame_carries():
    """A soft-limit override's warning, as the review writes it, and in German."""
    warning = ("The daily dose goes up 24.1\u00a0%, beyond the soft limit of 20.0\u00a0%; "
               "a step at 1500.0\u00a0mcg/\u2060day; \u2212200.0 \u2192 \u201cconfirm\u201d")
    assert ascii_words(warning) == ("The daily dose goes up 24.1 %, beyond the soft limit of "
                                    "20.0 %; a step at 1500.0 mcg/day; -200.0 -> \"confirm\"")
    assert ascii_words("Tagesdosis ändert sich um 24,1\u00a0%") == (
        "Tagesdosis andert sich um 24,1 %")
    assert ascii_words("mail@host\n\u4e2d") == "mail at host ?"
    frame = Frame(1, "NOTE", {"warning": ascii_words(warning)})
    assert decode(frame.encode().rstrip(b"\r\n")).args["warning"] == ascii_words(warning)
