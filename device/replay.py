"""Replay a transcript against a fresh pump and report where the answers differ.

A tester records a session (``itb-emulator --transcript FILE``), changes the emulator or
the console, and replays: every request line is sent again, in order, and each answer
is compared with the recorded one. Fields that depend on when the replay runs (clocks,
world time) are ignored unless asked for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

from itb_console.device.protocol import FrameError, decode
from itb_console.device.pump_server import PumpServer
from itb_console.device.text_files import read_text

# What a transcript's lines can be: requests the pump took, its answers, lines or
# answers a dropped link lost, and bytes the pump dropped unanswered (with the reason).
DIRECTIONS = ("in", "out", "lost", "dropped")
TIME_FIELDS = frozenset({"clock", "world_ms", "implanted", "eri", "eos", "bolus_start",
                         "bolus_end", "alarms", "events", "last_event", "count", "more"})


class TranscriptError(ValueError):
    """A transcript file that cannot be replayed, with the line at fault."""


@dataclass(frozen=True)
class Difference:
    line: int  # line of the request in the transcript
    request: str
    recorded: str
    replayed: str


def _load(path: Path) -> list[dict]:
    entries = []
    lines = read_text(path, TranscriptError).splitlines()
    for number, text in enumerate(lines, start=1):
        try:
            entry = json.loads(text)
        except json.JSONDecodeError:
            raise TranscriptError(f"{path}:{number}: not a JSON line") from None
        if not isinstance(entry, dict) or entry.get("dir") not in DIRECTIONS or not \
                isinstance(entry.get("raw"), str):
            raise TranscriptError(f"{path}:{number}: needs dir ({', '.join(DIRECTIONS)}) "
                                  "and raw")
        entries.append({**entry, "line": number})
    return entries


def _comparable(raw: str, ignore: frozenset[str]) -> tuple | str:
    try:
        frame = decode(raw.rstrip("\r\n").encode("ascii", "replace"))
    except FrameError:
        return raw
    return (frame.seq, frame.verb, frame.words,
            tuple(sorted((k, v) for k, v in frame.args.items() if k not in ignore)))


def replay(path: Path, server: PumpServer,
           ignore: frozenset[str] = TIME_FIELDS) -> list[Difference]:
    """Send every recorded request to ``server``; list the answers that differ."""
    entries = _load(path)
    differences = []
    for index, entry in enumerate(entries):
        if entry["dir"] != "in":
            continue  # dropped lines changed nothing in the pump: they are not sent again
        after = list(takewhile(lambda e: e["dir"] != "in", entries[index + 1:]))
        if any(e["dir"] == "lost" and e["raw"] == entry["raw"] for e in after):
            continue  # the link lost the request: the pump never saw it
        # The pump's answer: sent, or lost on the link after the pump acted.
        recorded = next((e["raw"] for e in after if e["dir"] in ("out", "lost")), "")
        answer = server.answer(entry["raw"].rstrip("\r\n").encode("ascii", "replace"))
        replayed = answer.decode("ascii") if answer else ""
        if _comparable(recorded, ignore) != _comparable(replayed, ignore):
            differences.append(Difference(entry["line"], entry["raw"].strip(),
                                          recorded.strip(), replayed.strip()))
    return differences
