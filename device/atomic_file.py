"""Write a text file so that a crash never leaves half of it.

The text goes to a temporary file in the same folder, is flushed and fsynced, then
renamed over the old file and the folder is fsynced: a reader sees the old content or
the new one, never a mixture, even if the process is killed mid-write. The file gets the
user's usual mode (0666 less the umask, as any program's new file), or 0600 when it is
private (a file holding a token).
"""

from __future__ import annotations

import glob
import os
import secrets
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


def _create_temporary(path: Path, mode: int) -> tuple[int, str]:
    """A new temporary file beside ``path``, created with ``mode`` (the kernel applies the
    umask to it, which is why this is not ``tempfile.mkstemp``: that one always gives 0600)."""
    folder = path.resolve().parent
    while True:
        name = str(folder / f"{_temporary_prefix(path)}{secrets.token_hex(6)}.tmp")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), name
        except FileExistsError:
            continue


def write_text_atomically(path: Path, text: str, private: bool = False) -> None:
    """Replace ``path`` with ``text`` (UTF-8); on any failure the old file is untouched.

    ``private``: readable by this user only (0600), for a file that holds a token.
    """
    folder = path.resolve().parent
    handle, temp_name = _create_temporary(path, 0o600 if private else 0o666)
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
