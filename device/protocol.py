"""The wire protocol's frames: ASCII lines with a sequence number and a CRC.

A frame (docs/protocol.md is the full specification)::

    @<seq> <VERB> key=value key="quoted value" ...*<crc>\\r\\n

``seq`` is 0-9999 in decimal, ``crc`` is the CRC-16/CCITT-FALSE of the text between ``@``
and ``*`` as four upper-case hex digits. With a shared key, a ``mac=<16 hex>`` argument
(HMAC-SHA256 of the same text without it, first 8 bytes) comes last before the ``*``.
Everything is printable ASCII so a transcript reads as plain text and a tester can type
frames in a terminal (relaxed mode accepts a bare ``VERB key=value`` line).
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
from dataclasses import dataclass, field

START = "@"
CRC_MARK = "*"
EOL = b"\r\n"
MAX_FRAME_BYTES = 4096
SEQ_MODULO = 10_000
PROTOCOL_VERSION = 1


class FrameError(ValueError):
    """Bytes that are not a valid frame (the receiver drops them, per the spec)."""


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor.

    ``binascii.crc_hqx`` is exactly this CRC, computed in C.
    """
    return binascii.crc_hqx(data, 0xFFFF)


def _quote(value: str) -> str:
    if value and all(33 <= ord(c) <= 126 and c not in '"\\=*@' for c in value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    if any(not 32 <= ord(c) <= 126 for c in escaped) or "@" in escaped:
        raise FrameError(f"value {value!r} has characters outside printable ASCII or '@'")
    return f'"{escaped}"'


def _tokens(text: str) -> list[str]:
    """Split on spaces, keeping ``key="a b"`` together and undoing its escapes."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
        else:
            current.append(char)
    if quoted or escaped:
        raise FrameError("unterminated quoted value")
    if current:
        tokens.append("".join(current))
    return tokens


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

    def encode(self, key: bytes | None = None) -> bytes:
        body = self.body()
        if key is not None:
            body = f"{body} mac={mac(key, body)}"
        return f"{START}{body}{CRC_MARK}{crc16(body.encode('ascii')):04X}".encode() + EOL

    def int_arg(self, name: str, low: int, high: int) -> int:
        """An integer argument within [low, high], or a :class:`ArgumentError`."""
        text = self.args.get(name)
        if text is None:
            raise ArgumentError(f"{name} is missing")
        if not (text.isascii() and (text.isdigit() or (text[:1] == "-" and text[1:].isdigit()))
                and len(text) <= 15):
            raise ArgumentError(f"{name}={text!r} is not a whole number")
        value = int(text)
        if not low <= value <= high:
            raise ArgumentError(f"{name}={value} is outside {low} to {high}")
        return value

    def text_arg(self, name: str) -> str:
        if name not in self.args:
            raise ArgumentError(f"{name} is missing")
        return self.args[name]


class ArgumentError(ValueError):
    """A well-formed frame whose arguments are wrong: answered with ERR bad-request."""


def mac(key: bytes, body: str) -> str:
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()[:16].upper()


def _parse_body(body: str, seq_required: bool) -> Frame:
    tokens = _tokens(body)
    if not tokens:
        raise FrameError("empty frame")
    seq = -1
    if tokens[0].isascii() and tokens[0].isdigit():
        seq = int(tokens.pop(0))
        if seq >= SEQ_MODULO:
            raise FrameError(f"sequence {seq} is outside 0 to {SEQ_MODULO - 1}")
    elif seq_required:
        raise FrameError("the sequence number is missing")
    if not tokens:
        raise FrameError("the verb is missing")
    verb = tokens[0]
    if not (verb.isascii() and verb.replace("-", "").replace("?", "").isalnum()):
        raise FrameError(f"{verb!r} is not a verb")
    words: list[str] = []
    args: dict[str, str] = {}
    for token in tokens[1:]:
        key, sep, value = token.partition("=")
        if sep:
            if not key.isascii() or not key.replace("_", "").isalnum():
                raise FrameError(f"{key!r} is not an argument name")
            args[key] = value
        elif args:
            raise FrameError(f"word {token!r} after the arguments")
        else:
            words.append(token)
    return Frame(seq, verb.upper(), args, tuple(words))


def decode(line: bytes, key: bytes | None = None, relaxed: bool = False) -> Frame:
    """Decode one line (without its CR LF). Raises :class:`FrameError` when invalid.

    In relaxed mode a line without ``@``/``*`` is taken as typed by hand (no CRC, no
    sequence needed: the answer carries seq 0); a framed line is still checked in full.
    """
    if len(line) > MAX_FRAME_BYTES:
        raise FrameError(f"frame longer than {MAX_FRAME_BYTES} bytes")
    try:
        text = line.decode("ascii")
    except UnicodeDecodeError:
        raise FrameError("non-ASCII bytes in the frame") from None
    if any(not 32 <= ord(c) <= 126 for c in text):
        raise FrameError("control characters in the frame")
    if not text.startswith(START):
        if relaxed and text.strip():
            frame = _parse_body(text.strip(), seq_required=False)
            return Frame(max(frame.seq, 0), frame.verb, frame.args, frame.words)
        raise FrameError("the frame does not start with @")
    body, mark, crc_text = text[1:].rpartition(CRC_MARK)
    if not mark or len(crc_text) != 4:
        raise FrameError("the CRC is missing")
    if any(c not in "0123456789ABCDEF" for c in crc_text):
        raise FrameError(f"{crc_text!r} is not 4 upper-case hex digits")
    if int(crc_text, 16) != crc16(body.encode("ascii")):
        raise FrameError("CRC mismatch")
    frame = _parse_body(body, seq_required=True)
    if key is not None:
        signed, _, tag = body.rpartition(" mac=")
        if not tag or not hmac.compare_digest(tag, mac(key, signed)):
            raise AuthError("the frame is not authenticated with the shared key")
        frame.args.pop("mac", None)
    return frame


class AuthError(FrameError):
    """A frame whose HMAC is missing or wrong (shared-key mode)."""


class LineReader:
    """Splits a byte stream into lines; resynchronises on garbage and overlong input."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        lines = []
        while True:
            end = self._buffer.find(b"\n")
            if end < 0:
                if len(self._buffer) > MAX_FRAME_BYTES:
                    # No end of line in sight: drop up to the next start of frame.
                    start = self._buffer.find(b"@", 1)
                    del self._buffer[: start if start > 0 else len(self._buffer)]
                return lines
            line = bytes(self._buffer[:end]).rstrip(b"\r")
            del self._buffer[: end + 1]
            start = line.rfind(b"@")
            if start > 0:
                line = line[start:]  # garbage before a frame start is discarded
            lines.append(line)
