"""Write a text file so that a crash never leaves half of it.

The text goes to a temporary file in the same folder, is flushed and fsynced, then
renamed over the old file and the folder is fsynced: a reader sees the old content or
the new one, never a mixture, even if the process is killed mid-write.
"""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete ``.<name>.*.tmp`` beside ``path`` (left by a kill mid-write); returns them."""
    removed = []
    for stale in path.resolve().parent.glob(f"{glob.escape(_temporary_prefix(path))}*.tmp"):
        stale.unlink(missing_ok=True)
        removed.append(stale)
    return removed


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8); on any failure the old file is untouched."""
    folder = path.resolve().parent
    handle, temp_name = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp",
                                         dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
