"""The wire protocol's frames: ASCII lines with a sequence number, a CRC and CR LF.

A frame (docs/protocol.md is the full specification)::

    @<seq> <VERB> [word ...] [key=value key="quoted value" ...]*<crc>\\r\\n

``seq`` is 0-9999 in decimal without leading zeros, ``crc`` is the CRC-16/CCITT-FALSE of
the text between ``@`` and ``*`` as four upper-case hex digits. With a shared key, a
``mac=<16 hex>`` argument (HMAC-SHA256 of the pump's nonce, a space and the same text
without it, first 8 bytes) comes last before the ``*``. The decoder is strict: a frame
that breaks the grammar in any way (case, duplicate keys, leading zeros, a missing CR) is
dropped, because a receiver that guesses what was meant hides a broken sender. Relaxed
mode only adds bare ``verb key=value`` lines typed by hand.
"""

from __future__ import annotations

import binascii
import enum
import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TypeVar

from itb_console.device.pump_api import Reason

Choice = TypeVar("Choice", bound=enum.Enum)

START = "@"
CRC_MARK = "*"
EOL = b"\r\n"
MAX_FRAME_BYTES = 4096  # a whole frame: from "@" to the CR LF, both included
MAX_LINE_BYTES = MAX_FRAME_BYTES - len(EOL)  # what decode() sees (the line without CR LF)
SEQ_MODULO = 10_000
PROTOCOL_VERSION = 1
MAC_HEX_DIGITS = 16

_BARE_CHARS = "".join(re.escape(chr(c)) for c in range(33, 127) if chr(c) not in '"\\=*@')
_QUOTED_CHARS = "".join(re.escape(chr(c)) for c in range(32, 127) if chr(c) not in '"\\@')
_BARE = f"[{_BARE_CHARS}]+"
_QUOTED = f'"(?:[{_QUOTED_CHARS}]|\\\\["\\\\])*"'
_KEY = "[a-z0-9_]+"
_ITEM = re.compile(f" (?:({_KEY})=({_QUOTED}|{_BARE})|({_BARE}))")
_BODY = re.compile(f"(0|[1-9][0-9]{{0,3}}) ([A-Z][A-Z0-9?-]*)((?: {_BARE})*(?: {_KEY}=(?:"
                   f"{_QUOTED}|{_BARE}))*)")
_TYPED_ITEM = re.compile(f" +(?:([A-Za-z0-9_]+)=({_QUOTED}|{_BARE})|({_BARE}))")
_TYPED = re.compile(f"(?:(0|[1-9][0-9]{{0,3}}) +)?([A-Za-z][A-Za-z0-9?-]*)((?: +{_BARE})*"
                    f"(?: +[A-Za-z0-9_]+=(?:{_QUOTED}|{_BARE}))*) *")
_UNESCAPE = re.compile(r"\\(.)")
_CRC = re.compile("[0-9A-F]{4}")
_MAC = re.compile(f"[0-9A-F]{{{MAC_HEX_DIGITS}}}")
_INTEGER = re.compile("-?(0|[1-9][0-9]{0,14})")


class FrameError(ValueError):
    """Bytes that are not a valid frame (the receiver drops them, per the spec)."""


class AuthError(FrameError):
    """A well-formed frame whose MAC is missing or wrong (shared-key mode)."""


class ArgumentError(ValueError):
    """A well-formed frame whose arguments are wrong: answered ``ERR <reason>``.

    ``reason`` is ``bad-request`` for a missing or malformed value and ``out-of-range``
    for a well-formed number outside the pump's limits (docs/protocol.md, section 4).
    """

    def __init__(self, message: str, reason: Reason = Reason.BAD_REQUEST) -> None:
        super().__init__(message)
        self.reason = reason


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor.

    ``binascii.crc_hqx`` is exactly this CRC, computed in C.
    """
    return binascii.crc_hqx(data, 0xFFFF)


def mac(key: bytes, nonce: str, body: str) -> str:
    """The first 8 bytes of HMAC-SHA256 over ``<nonce> <body>``, as 16 upper-case hex."""
    message = f"{nonce} {body}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:MAC_HEX_DIGITS].upper()


def shown(value: str, limit: int = 40) -> str:
    """A value quoted in a message, clipped so that an answer never outgrows its frame."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


# What the console writes for people and a frame cannot carry, spelled in printable ASCII.
_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\n": " ", "\u2212": "-",
                        "\u2060": "", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                        "\u2018": "'", "\u2019": "'", "\u2192": "->", "\u2026": "...",
                        "\u25b2": "up", "\u25bc": "down", "@": " at "})


def ascii_words(text: str) -> str:
    """Words for people (a note's warning, a file name) as a frame can carry them.

    The console's texts use no-break spaces, a real minus and curly quotes, and a German
    warning has umlauts: sent as they are, the frame is refused and the instructor never
    hears of the step (a soft-limit override went unscored). Typography is spelled
    plainly, accents are dropped ("ä" is "a"), anything else becomes "?".
    """
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c if 32 <= ord(c) <= 126 else "" if unicodedata.combining(c) else "?"
                   for c in plain)


def _quote(value: str) -> str:
    if value and all(33 <= ord(c) <= 126 and c not in '"\\=*@' for c in value):
        return value
    if any(not 32 <= ord(c) <= 126 for c in value) or "@" in value:
        raise FrameError(f"value {shown(value)} has characters outside printable ASCII or '@'")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(value: str) -> str:
    return _UNESCAPE.sub(r"\1", value[1:-1]) if value.startswith('"') else value


@dataclass(frozen=True)
class Frame:
    """One request or response. ``args`` keep their order (it is part of the CRC)."""

    seq: int
    verb: str
    args: dict[str, str] = field(default_factory=dict)
    words: tuple[str, ...] = ()  # positional words after the verb (ERR reason, CTL action)

    def body(self) -> str:
        parts = [str(self.seq), self.verb, *self.words]
        parts += [f"{key}={_quote(value)}" for key, value in self.args.items()]
        return " ".join(parts)

    def encode(self, key: bytes | None = None, nonce: str = "") -> bytes:
        body = self.body()
        if key is not None:
            body = f"{body} mac={mac(key, nonce, body)}"
        return f"{START}{body}{CRC_MARK}{crc16(body.encode('ascii')):04X}".encode() + EOL

    def int_arg(self, name: str, low: int, high: int) -> int:
        """A whole number within [low, high]: malformed is bad-request, outside out-of-range."""
        text = self.text_arg(name)
        if not _INTEGER.fullmatch(text) or text == "-0":
            raise ArgumentError(f"{name}={shown(text)} is not a whole number written "
                                "without leading zeros")
        value = int(text)
        if not low <= value <= high:
            raise ArgumentError(f"{name}={value} is outside {low} to {high}",
                                Reason.OUT_OF_RANGE)
        return value

    def text_arg(self, name: str) -> str:
        if name not in self.args:
            raise ArgumentError(f"{name} is missing")
        return self.args[name]

    def choice_arg(self, name: str, choices: type[Choice]) -> Choice:
        """One of an enumeration's values; anything else is refused with the list."""
        text = self.text_arg(name)
        try:
            return choices(text)
        except ValueError:
            raise ArgumentError(f"{name}={shown(text)} must be one of "
                                f"{', '.join(c.value for c in choices)}") from None


def _collect(seq: int, verb: str, rest: str, items: re.Pattern[str],
             lower_keys: bool) -> Frame:
    words: list[str] = []
    args: dict[str, str] = {}
    for match in items.finditer(rest):
        key, value, word = match.groups()
        if word is not None:
            words.append(word)
            continue
        key = key.lower() if lower_keys else key
        if key in args:
            raise FrameError(f"argument {key!r} appears twice")
        args[key] = _unquote(value)
    return Frame(seq, verb, args, tuple(words))


def _parse_body(body: str) -> Frame:
    match = _BODY.fullmatch(body)
    if match is None:
        raise FrameError("the frame breaks the grammar of docs/protocol.md, section 2")
    seq, verb, rest = match.groups()
    return _collect(int(seq), verb, rest, _ITEM, lower_keys=False)


def _parse_typed(text: str) -> Frame:
    """A line typed by hand (relaxed mode): any case, any spacing, no CRC, seq optional."""
    match = _TYPED.fullmatch(text)
    if match is None:
        raise FrameError("the typed line is not VERB [word ...] [key=value ...]")
    seq, verb, rest = match.groups()
    return _collect(int(seq or 0), verb.upper(), rest, _TYPED_ITEM, lower_keys=True)


def check_mac(line: bytes, frame: Frame, key: bytes, nonce: str) -> Frame:
    """``frame`` (decoded from ``line``) without its MAC, if the MAC is last and right."""
    body = line[1:].rpartition(CRC_MARK.encode())[0].decode("ascii")
    signed, mark, tag = body.rpartition(" mac=")
    if not mark or not _MAC.fullmatch(tag):
        raise AuthError("the frame carries no MAC as its last argument")
    if not hmac.compare_digest(tag, mac(key, nonce, signed)):
        raise AuthError("the frame's MAC does not match (wrong key, or an old nonce)")
    args = dict(frame.args)
    del args["mac"]
    return Frame(frame.seq, frame.verb, args, frame.words)


def decode(line: bytes, key: bytes | None = None, relaxed: bool = False,
           nonce: str = "") -> Frame:
    """Decode one line (without its CR LF). Raises :class:`FrameError` when invalid.

    With ``key``, the frame must end with a MAC over ``nonce``, a space and its text;
    :class:`AuthError` when it does not. In relaxed mode a line that does not start with
    ``@`` is taken as typed by hand; a framed line is checked in full all the same.
    """
    if len(line) > MAX_LINE_BYTES:
        raise FrameError(f"frame longer than {MAX_FRAME_BYTES} bytes with its CR LF")
    try:
        text = line.decode("ascii")
    except UnicodeDecodeError:
        raise FrameError("non-ASCII bytes in the frame") from None
    if not text.isprintable():
        raise FrameError("control characters in the frame")
    if not text.startswith(START):
        if relaxed and text.strip():
            return _parse_typed(text.strip())
        raise FrameError("the frame does not start with @")
    body, mark, crc_text = text[1:].rpartition(CRC_MARK)
    if not mark or not _CRC.fullmatch(crc_text):
        raise FrameError("the frame does not end with * and 4 upper-case hex digits")
    if int(crc_text, 16) != crc16(body.encode("ascii")):
        raise FrameError("CRC mismatch")
    frame = _parse_body(body)
    return frame if key is None else check_mac(line, frame, key, nonce)


DROPPED_HEAD_BYTES = 64  # what a transcript keeps of bytes that were dropped
TOO_LONG = f"longer than {MAX_FRAME_BYTES} bytes with its CR LF"
CUT_SHORT = "cut short: a new @ came before its CR LF"
NOISE = "not a frame: bytes before an @"
LF_ONLY = "ends in LF without CR"


@dataclass(frozen=True)
class Dropped:
    """Bytes a receiver threw away before decoding, and why (for a transcript)."""

    head: bytes  # the first DROPPED_HEAD_BYTES of them
    size: int  # how many in all
    reason: str


class LineReader:
    """Splits a byte stream into lines; keeps at most one frame's worth of bytes.

    A frame starts at its ``@`` and no frame holds another, so a new ``@`` always starts
    a new frame and whatever came before it on that line is dropped (resynchronisation).
    From its ``@`` (or, for a line typed by hand, from the line's start) a line may hold
    ``MAX_FRAME_BYTES - 1`` bytes before its LF: the text and its CR. One byte more and it
    is too long: its bytes are counted, not kept, until the LF or the next ``@``, so a
    too-long frame never costs memory and never leaves a tail that looks like a line.
    Reads may split a frame anywhere (a pty hands over 4095 bytes, then 1), so every
    limit counts bytes received, not reads.

    With ``require_crlf`` a line ending in LF alone is dropped (strict mode); relaxed
    mode accepts it. :meth:`take` also returns what was dropped, with the reason.
    """

    def __init__(self, require_crlf: bool = True) -> None:
        self.require_crlf = require_crlf
        self._line = bytearray()  # the line so far, while it is within the limit
        self._over = 0  # > 0: the line is too long; how many bytes of it came so far
        self._head = b""  # the first bytes of a too-long line

    def feed(self, data: bytes) -> list[bytes]:
        """The complete lines in ``data`` and what came before it (without CR LF)."""
        return [item for item in self.take(data) if isinstance(item, bytes)]

    def take(self, data: bytes) -> list[bytes | Dropped]:
        """Like :meth:`feed`, with each dropped piece in its place among the lines."""
        out: list[bytes | Dropped] = []
        start, size = 0, len(data)
        while start < size:
            end = data.find(b"\n", start)
            stop = size if end < 0 else end
            at = data.rfind(b"@", start, stop)
            if at >= 0:
                self._drop_before(data[start:at], out)
                self._add(data[at:stop])
            else:
                self._add(data[start:stop])
            if end < 0:
                break
            self._end_line(out)
            start = end + 1
        return out

    def _add(self, piece: bytes) -> None:
        if self._over:
            self._over += len(piece)
            return
        self._line += piece
        if len(self._line) > MAX_FRAME_BYTES - len(b"\n"):
            self._head = bytes(self._line[:DROPPED_HEAD_BYTES])
            self._over = len(self._line)
            self._line.clear()

    def _drop_before(self, piece: bytes, out: list[bytes | Dropped]) -> None:
        """Everything held and in ``piece`` comes before a new ``@``: all of it is dropped."""
        first, *frames = piece.split(b"@")
        self._add(first)
        self._drop_held(out, CUT_SHORT if self._line.startswith(b"@") else NOISE)
        for frame in frames:
            size = len(frame) + 1
            out.append(Dropped(b"@" + frame[:DROPPED_HEAD_BYTES - 1], size,
                               TOO_LONG if size >= MAX_FRAME_BYTES else CUT_SHORT))

    def _drop_held(self, out: list[bytes | Dropped], reason: str, extra: int = 0) -> None:
        if self._over:
            out.append(Dropped(self._head, self._over + extra, TOO_LONG))
        elif self._line:
            out.append(Dropped(bytes(self._line[:DROPPED_HEAD_BYTES]),
                               len(self._line) + extra, reason))
        self._line.clear()
        self._over = 0

    def _end_line(self, out: list[bytes | Dropped]) -> None:
        """An LF: the line held is complete (or dropped, too long or without its CR)."""
        if self._over:
            self._drop_held(out, TOO_LONG, extra=1)
            return
        line = bytes(self._line)
        self._line.clear()
        if line.endswith(b"\r"):
            line = line[:-1]
        elif self.require_crlf:
            if line.strip():
                out.append(Dropped(line[:DROPPED_HEAD_BYTES], len(line) + 1, LF_ONLY))
            return
        if line.strip():
            out.append(line)
