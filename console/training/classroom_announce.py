"""Where a running itb-classroom says it is, so that a restarted console can find it again.

A classroom started with ``--announce-folder`` writes one small file there (its control
address, token, process id, the console that started it and when) and removes it when
it ends. If the instructor's console dies, its stations keep serving for the linger
time; the next instructor panel reads these files and reattaches to the classroom
instead of leaving it unreachable. The token is a secret: the folder is the user's own
(mode 0700) and the file is written atomically with mode 0600.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from itb_console.console.training.classroom_protocol import SERVER_NAME, VERSION
from itb_console.device.atomic_file import write_text_atomically

PATTERN = "classroom-*.json"


class AnnounceError(ValueError):
    """An announce file that cannot be used (unreadable, not ours, or damaged)."""


@dataclass(frozen=True)
class Announcement:
    """What a classroom announces: where to reach it, and whose it was."""

    control: str  # "127.0.0.1:40123"
    token: str
    pid: int  # the classroom process
    console_pid: int  # the console that started it (0: started by hand)
    started_at: str  # ISO 8601 with its UTC offset
    server: str = SERVER_NAME
    version: int = VERSION

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.control.rsplit(":", 1)
        return host, int(port)


def announcement_from_json(data: Any) -> Announcement:
    """Check an announce file's fields (the classroom's own, this version)."""
    if not isinstance(data, dict):
        raise AnnounceError("must be one JSON object")
    if (data.get("server"), data.get("version")) != (SERVER_NAME, VERSION):
        raise AnnounceError(f"not an {SERVER_NAME} version {VERSION} announcement")
    kinds = {"control": str, "token": str, "pid": int, "console_pid": int, "started_at": str}
    for key, kind in kinds.items():
        if not isinstance(data.get(key), kind) or isinstance(data.get(key), bool):
            raise AnnounceError(f"{key}: missing or not a {kind.__name__}")
    found = Announcement(**{key: data[key] for key in kinds})
    try:
        found.address  # noqa: B018 - checks that the address has a host and a port
    except ValueError:
        raise AnnounceError(f"control: {found.control!r} must be HOST:PORT") from None
    return found


def write_announcement(folder: Path, announcement: Announcement) -> Path:
    """Write ``classroom-<pid>.json`` in ``folder`` (made private if it is new)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"classroom-{announcement.pid}.json"
    write_text_atomically(path, json.dumps(asdict(announcement)) + "\n", private=True)
    return path


def read_announcements(folder: Path) -> list[tuple[Path, Announcement | AnnounceError]]:
    """Every announce file in ``folder``, newest first, each read or why it could not be."""
    if not folder.is_dir():
        return []
    found: list[tuple[float, Path, Announcement | AnnounceError]] = []
    for path in folder.glob(PATTERN):
        try:
            when = path.stat().st_mtime
            found.append((when, path, announcement_from_json(
                json.loads(path.read_text(encoding="utf-8")))))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            why = error if isinstance(error, AnnounceError) else AnnounceError(str(error))
            found.append((0.0, path, why))
    return [(path, what) for _, path, what in sorted(found, key=lambda f: -f[0])]


def remove_announcement(path: Path) -> None:
    """Remove a file whose classroom has gone (another console may have removed it first)."""
    path.unlink(missing_ok=True)
