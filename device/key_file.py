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


class KeyFileError(ValueError):
    """A key file that cannot be used, with the file and what is allowed."""


def read_key_file(path: Path) -> bytes:
    try:
        key = path.read_bytes().strip()
    except OSError as error:
        raise KeyFileError(f"key file {path}: cannot be read ({error.strerror or error})") \
            from None
    if not MIN_KEY_BYTES <= len(key) <= MAX_KEY_BYTES:
        raise KeyFileError(f"key file {path}: holds {len(key)} bytes; a key is "
                           f"{MIN_KEY_BYTES} to {MAX_KEY_BYTES} bytes")
    return key
