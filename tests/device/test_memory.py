"""The emulator stays flat in memory: polling and line noise leave nothing behind.

Measured with tracemalloc (Python allocations still held), not with a timer; the full
soak with RSS figures is ``make bench ARGS=soak``.
"""

import os
import random
import tracemalloc
from pathlib import Path

from itb_console.device.emulator import Emulator
from itb_console.device.protocol import Frame, LineReader

from tests.contract.backends import START

KB = 1024


def held_after(work, warm_up) -> int:
    """Bytes still allocated after ``work`` beyond what ``warm_up`` left."""
    warm_up()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        work()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_status_polling_with_a_transcript_holds_no_memory_per_round_trip():
    emulator = Emulator.create(speed=None, start=START, transcript=Path(os.devnull))
    reader = LineReader()
    seq = iter(range(1, 10_000))

    def poll(count: int) -> None:
        for _ in range(count):
            answer = emulator.answer_bytes(Frame(next(seq), "STATUS").encode(), reader)
            assert answer.startswith(b"@") and b" OK " in answer

    # The leak this guards against kept about 4.6 kB per round trip: 9 MB over 2,000.
    assert held_after(lambda: poll(2_000), lambda: poll(200)) < 64 * KB
    emulator.stop()


def test_random_printable_noise_is_discarded_as_it_comes():
    emulator = Emulator.create(speed=None, start=START)
    reader = LineReader()
    rng = random.Random(5)
    chunks = [bytes(rng.randrange(32, 127) for _ in range(4096)) for _ in range(8)]

    def noise(megabytes: int) -> None:
        for index in range(megabytes * 256):
            assert emulator.answer_bytes(chunks[index % len(chunks)], reader) == b""

    assert held_after(lambda: noise(4), lambda: noise(1)) < 16 * KB
    assert emulator.answer_bytes(b"\r\n" + Frame(1, "CLOCK").encode(), reader).startswith(
        b"@1 OK")
    emulator.stop()


def test_a_transcript_keeps_in_memory_only_the_last_entries_asked_for(tmp_path):
    from itb_console.device.emulator import Transcript

    kept = Transcript(tmp_path / "t.jsonl", keep=3)
    for seq in range(1, 6):
        kept.record("in", Frame(seq, "CLOCK").encode())
    kept.close()
    assert [entry["frame"]["seq"] for entry in kept.recent] == [3, 4, 5]
    assert len((tmp_path / "t.jsonl").read_text().splitlines()) == 5
    silent = Transcript(None)
    silent.record("in", Frame(1, "CLOCK").encode())
    assert not silent.active and list(silent.recent) == []
