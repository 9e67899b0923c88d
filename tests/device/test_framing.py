"""Frames up to 4096 bytes are answered whatever came before them and however the link
splits them; longer ones, cut-short ones and LF-only ones are dropped, each logged in
the transcript with its size and the reason."""

import json

import serial
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from itb_console.device.emulator import Emulator
from itb_console.device.protocol import (
    CUT_SHORT,
    LF_ONLY,
    MAX_FRAME_BYTES,
    NOISE,
    TOO_LONG,
    Dropped,
    Frame,
    LineReader,
)
from itb_console.device.replay import replay

from tests.contract.backends import START
from tests.device.test_emulator_tools import fresh_server

SMALLEST = len(Frame(9999, "NOTE", {"action": "x", "pad": "a"}).encode())


def note(seq: int, size: int) -> bytes:
    """A NOTE frame (the pump answers OK and changes nothing) of exactly ``size`` bytes."""
    shortest = len(Frame(seq, "NOTE", {"action": "x", "pad": "a"}).encode())
    frame = Frame(seq, "NOTE", {"action": "x", "pad": "a" * (size - shortest + 1)}).encode()
    assert len(frame) == size
    return frame


SIZES = st.one_of(st.integers(MAX_FRAME_BYTES - 6, MAX_FRAME_BYTES + 6),
                  st.sampled_from([SMALLEST, 100, 5000, 8192, 8193, 12_000]))
# One piece of a stream: a whole frame, the same frame with LF alone, or a frame's start
# with the next frame's @ straight after it (a sender that gave up mid-frame).
PIECES = st.tuples(st.sampled_from(["frame", "lf_only", "cut"]), SIZES,
                   st.booleans())  # the last: send this frame twice (a retry)


def stream(pieces: list[tuple[str, int, bool]]) -> tuple[bytes, list, list[int]]:
    """The bytes, what a reader must make of them, and the seqs the pump must answer."""
    data, expected, answered = bytearray(), [], []
    for seq, (kind, size, repeated) in enumerate(pieces, start=1):
        frame = note(seq, size)
        for _ in range(2 if repeated else 1):
            if kind == "frame":
                data += frame
                if size <= MAX_FRAME_BYTES:
                    expected.append(frame[:-2])
                    answered.append(seq)
                else:
                    expected.append((TOO_LONG, size))
            elif kind == "lf_only":
                data += frame[:-2] + b"\n"
                expected.append((LF_ONLY if size - 1 <= MAX_FRAME_BYTES else TOO_LONG,
                                 size - 1))
            else:
                cut = size // 2
                data += frame[:cut]
                expected.append((CUT_SHORT if cut <= MAX_FRAME_BYTES - 1 else TOO_LONG, cut))
    last = note(len(pieces) + 1, SMALLEST)  # every stream ends with a frame that is answered
    data += last
    expected.append(last[:-2])
    answered.append(len(pieces) + 1)
    return bytes(data), expected, answered


def made_of(items: list) -> list:
    return [(item.reason, item.size) if isinstance(item, Dropped) else item for item in items]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=6), cuts=st.lists(st.integers(0, 40_000), max_size=8))
def test_the_reader_finds_every_frame_whatever_the_sizes_order_and_read_sizes(pieces, cuts):
    data, expected, _ = stream(pieces)
    reader, got, start = LineReader(), [], 0
    for end in [*sorted(cut % (len(data) + 1) for cut in cuts), len(data)]:
        got += reader.take(data[start:end])
        start = end
    assert made_of(got) == expected


def test_a_maximum_frame_split_after_its_cr_is_one_frame():
    frame = note(1, MAX_FRAME_BYTES)
    reader = LineReader()
    assert reader.take(frame[:-1]) == []  # what a pty hands over first: 4095 bytes
    assert reader.take(frame[-1:]) == [frame[:-2]]


def test_noise_before_a_frame_is_dropped_as_noise_and_the_frame_kept():
    frame = note(3, 100)
    assert made_of(LineReader().take(b"xyz" + frame)) == [(NOISE, 3), frame[:-2]]


def exchange(emulator: Emulator, data: bytes, sentinel: int) -> list[int]:
    """Send ``data`` over the pty; the seqs answered, up to the sentinel frame's answer.

    The pump answers in order, so once the sentinel's answer is in, every frame before
    it has been answered or dropped: no waiting on a timer.
    """
    with serial.Serial(emulator.port, timeout=10) as port:
        port.write(data)
        seqs: list[int] = []
        while not seqs or seqs[-1] != sentinel:
            line = port.read_until(b"\r\n")
            assert line.endswith(b"\r\n"), f"no answer after {seqs}"
            seqs.append(int(line[1:].split(b" ", 1)[0]))
        return seqs


def dropped_in(path) -> list[tuple[str, int]]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    return [(row["reason"], row["bytes"]) for row in rows if row["dir"] == "dropped"]


def test_after_a_too_long_frame_a_maximum_frame_and_its_retry_are_answered(tmp_path):
    """The stranger's case: 4097 bytes, then 4096 bytes sent twice, on a real pty."""
    transcript = tmp_path / "t.jsonl"
    data, _, answered = stream([("frame", MAX_FRAME_BYTES + 1, False),
                                ("frame", MAX_FRAME_BYTES, True)])
    with Emulator.start(speed=None, start=START, transcript=transcript) as emulator:
        assert exchange(emulator, data, answered[-1]) == [2, 2, 3]
    assert dropped_in(transcript) == [(TOO_LONG, MAX_FRAME_BYTES + 1)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, min_size=1, max_size=5))
def test_on_a_real_pty_exactly_the_frames_within_the_limit_are_answered(tmp_path_factory,
                                                                         pieces):
    transcript = tmp_path_factory.mktemp("pty") / "t.jsonl"
    data, expected, answered = stream(pieces)
    with Emulator.start(speed=None, start=START, transcript=transcript) as emulator:
        assert exchange(emulator, data, answered[-1]) == answered
    assert dropped_in(transcript) == [item for item in expected if isinstance(item, tuple)]


def test_a_transcript_with_dropped_and_lost_lines_replays_clean(tmp_path):
    path = tmp_path / "t.jsonl"
    bad_crc = Frame(3, "CLOCK").encode()[:-3] + b"\r\n"  # one CRC digit short
    emulator = Emulator.create(speed=None, start=START, transcript=path)
    reader = LineReader()
    for data in (note(1, 100), note(2, 5000), bad_crc):
        emulator.answer_bytes(data, reader)
    emulator.drop_link(at_verb="CLOCK", frames=1)
    assert emulator.answer_bytes(Frame(4, "CLOCK").encode(), reader) == b""
    assert emulator.answer_bytes(Frame(5, "STATUS").encode(), reader).startswith(b"@5 OK ")
    emulator.stop()
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert [row["dir"] for row in rows] == ["in", "out", "dropped", "dropped", "in", "lost",
                                            "in", "out"]
    assert [(row["reason"], row["bytes"]) for row in rows if row["dir"] == "dropped"] == [
        (TOO_LONG, 5000), ("the frame does not end with * and 4 upper-case hex digits", 14)]
    assert replay(path, fresh_server()) == []
