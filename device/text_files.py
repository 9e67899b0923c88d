"""Reads a text file a user or the package gave, refusing it in words when it cannot be read.

Every loader (scenarios, state files, debriefs, transcripts, the shipped TOML tables)
reads its file through here, so each says the same thing the same way: the file, then
"cannot be read", then why in a few plain words (not Python's ``[Errno 2] ...`` with the
path a second time).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def read_text(path: Path | Any, error: type[Exception], name: object = None) -> str:
    """The UTF-8 text of ``path`` (a file or a package resource), or ``error`` saying why not.

    ``name`` is how the message names the file (default: the path itself).
    """
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as failure:
        raise error(cannot_read(path if name is None else name, failure)) from None


def cannot_read(name: object, failure: OSError | UnicodeDecodeError) -> str:
    """"<name>: cannot be read (<why>)", for a loader that reads its file its own way."""
    if isinstance(failure, UnicodeDecodeError):
        byte = failure.object[failure.start]
        why = f"it is not UTF-8 text: byte {failure.start + 1} is 0x{byte:02X}"
    else:
        why = failure.strerror or str(failure)
    return f"{name}: cannot be read ({why})"
