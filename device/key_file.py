"""Shared keys for the protocol's keyed mode, read from a file the user chooses.

A key lives in a file, never in settings or on a command line that others can list: the
console stores only the file's path, and the emulator and classroom read the same file.
The key is the file's bytes without the whitespace around them (an editor's final
newline is not part of it).
"""

from __future__ import annotations

from pathlib import Path

MIN_KEY_BYTES = 8
MAX_KEY_BYTES = 256
MAX_FILE_BYTES = 64 * 1024  # room for whitespace around a key; anything longer is not one


# What the user is told a key file must be, beside what was wrong with theirs.
KEY_FILE_RULE = (f"a key file holds the shared key alone, {MIN_KEY_BYTES} to {MAX_KEY_BYTES} "
                 "bytes (spaces and line breaks around it are ignored), and is the same file "
                 "the pump was started with (itb-emulator --key-file)")


class KeyFileError(ValueError):
    """A key file that cannot be used, with the file and what is allowed."""


def read_key_file(path: Path) -> bytes:
    try:
        with path.open("rb") as file:  # bounded: a video chosen by mistake is not loaded
            key = file.read(MAX_FILE_BYTES + 1).strip()
    except OSError as error:
        raise KeyFileError(f"key file {path}: cannot be read ({error.strerror or error}); "
                           f"{KEY_FILE_RULE}") from None
    if not key_size_allowed(key):
        size = (f"more than {MAX_FILE_BYTES} bytes" if len(key) > MAX_FILE_BYTES
                else _bytes(len(key)))
        raise KeyFileError(f"key file {path}: holds {size}; a key is "
                           f"{MIN_KEY_BYTES} to {MAX_KEY_BYTES} bytes; {KEY_FILE_RULE}")
    return key


def _bytes(count: int) -> str:
    return "1 byte" if count == 1 else f"{count} bytes"


def key_size_allowed(key: bytes) -> bool:
    """One rule for every way a key arrives (--key, --key-file, the Python API)."""
    return MIN_KEY_BYTES <= len(key) <= MAX_KEY_BYTES


def key_size_problem(key: bytes) -> str | None:
    """What is wrong with a key's size, in words (never the key itself), or None."""
    if key_size_allowed(key):
        return None
    return (f"{_bytes(len(key))}; a shared key is {MIN_KEY_BYTES} to {MAX_KEY_BYTES} bytes, "
            "as in a key file (--key-file)")
