"""Running emulators announce themselves in a per-user folder, so the console can list them.

An emulator on a pty gets a new device path each time (/dev/pts/5, then /dev/pts/7), and
pyserial's port list does not show ptys: a trainer had to copy the path from a terminal.
So while ``itb-emulator`` serves, it keeps one small JSON file in a per-user runtime
folder naming where to connect, its profile, reservoir, serial number, pid and start
time, and removes it when it stops. A file whose process has gone (killed, crashed) is
skipped and removed by whoever lists the folder next. No Qt here: the console lists the
folder on a worker thread.

The folder: ``$ITB_EMULATOR_RUNTIME_DIR`` when set (tests, or several users' emulators
shared on purpose); else ``$XDG_RUNTIME_DIR/itb-console/emulators`` on Linux,
``%LOCALAPPDATA%\\itb-console\\emulators`` on Windows, and a private
``itb-console-<uid>/emulators`` folder in the per-user temporary folder elsewhere (macOS's
``$TMPDIR`` is per user).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from itb_console.device.atomic_file import write_text_atomically

FOLDER_VARIABLE = "ITB_EMULATOR_RUNTIME_DIR"
FILE_VERSION = 1
PREFIX = "emulator-"
LINKS = ("pty", "tcp", "serial")  # serial: the console connects to the cable's other end


class AnnouncementError(OSError):
    """The folder cannot be used (not ours, not writable): the emulator serves unlisted."""


@dataclass(frozen=True)
class Announcement:
    """One running emulator, as its file says."""

    link: str  # pty, tcp or serial
    device: str  # what the console opens (pty path, socket:// URL); for serial, the port served
    profile_id: str
    reservoir_nl: int
    serial_number: str
    keyed: bool  # the console needs the pump's key file
    pid: int
    started: datetime

    def to_json(self) -> str:
        fields = asdict(self)
        fields["started"] = self.started.isoformat(timespec="seconds")
        return json.dumps({"version": FILE_VERSION, **fields}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Announcement:
        """Raises ValueError for a file that is not an announcement of this version."""
        try:
            fields = json.loads(text)
            if fields.pop("version") != FILE_VERSION:
                raise ValueError("another version")
            made = cls(**{**fields, "started": datetime.fromisoformat(fields["started"])})
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
            raise ValueError(f"not an emulator announcement ({error})") from None
        kinds = {"link": str, "device": str, "profile_id": str, "reservoir_nl": int,
                 "serial_number": str, "keyed": bool, "pid": int}
        if made.link not in LINKS or not all(
                type(getattr(made, name)) is kind for name, kind in kinds.items()):
            raise ValueError("not an emulator announcement (a field has the wrong type)")
        return made


def runtime_folder() -> Path:
    """Where announcements live for this user (see the module's text)."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base or tempfile.gettempdir()) / "itb-console" / "emulators"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "itb-console" / "emulators"
    return Path(tempfile.gettempdir()) / f"itb-console-{os.getuid()}" / "emulators"


def _private_folder(folder: Path) -> Path:
    """The folder, made for this user only; refused if someone else owns it (a shared
    temporary folder must not let another user plant announcements)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if hasattr(os, "getuid"):
            owner = folder.lstat()
            if folder.is_symlink() or owner.st_uid != os.getuid():
                raise AnnouncementError(f"{folder} belongs to another user: not used")
    except AnnouncementError:
        raise
    except OSError as error:
        raise AnnouncementError(f"{folder}: {error.strerror or error}") from None
    return folder


def announce(announcement: Announcement, folder: Path | None = None) -> Path:
    """Write the announcement (atomically); returns its file, to ``withdraw`` at exit."""
    where = _private_folder(folder or runtime_folder())
    path = where / f"{PREFIX}{announcement.pid}.json"
    try:
        write_text_atomically(path, announcement.to_json(), private=True)
    except OSError as error:
        raise AnnouncementError(f"{path}: {error.strerror or error}") from None
    return path


def withdraw(path: Path) -> None:
    """Remove an announcement (gone already is fine)."""
    with contextlib.suppress(OSError):
        path.unlink()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs now."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether it exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    synchronize, still_running = 0x00100000, 0x00000102
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return bool(kernel.WaitForSingleObject(handle, 0) == still_running)
    finally:
        kernel.CloseHandle(handle)


def running_emulators(folder: Path | None = None) -> list[Announcement]:
    """The emulators running now, oldest first; stale files (their process gone) are
    removed, files that are not announcements left alone."""
    where = folder or runtime_folder()
    found = []
    try:
        paths = sorted(where.glob(f"{PREFIX}*.json"))
    except OSError:
        return []
    for path in paths:
        try:
            announcement = Announcement.from_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if process_alive(announcement.pid):
            found.append(announcement)
        else:
            withdraw(path)
    return sorted(found, key=lambda a: a.started)
