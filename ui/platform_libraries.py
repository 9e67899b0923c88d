"""Can Qt's platform plugin load here? If not, which Debian packages fix it.

Qt loads its platform plugin (``xcb`` on an X11 desktop) when the application object is
created; if a shared library the plugin needs is missing, Qt aborts with a message that
names the wrong library (it always suggests ``libxcb-cursor0``). Asking the dynamic
loader first (``ldd`` on the plugin lists every library it would load, the missing ones as
``not found``) lets the console say exactly what is missing and print the one
``apt-get install`` line that fixes it, before any window. Nothing here imports Qt: a
missing library can make ``PySide6.QtGui`` itself fail to import.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# The libraries PySide6's platform plugins (and the Qt libraries under them), QtMultimedia
# and QtPrintSupport load from the system, by soname, with the Debian package that ships
# each (Debian 12 names; newer releases keep these as the names apt installs by).
SONAME_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libasound.so.2": "libasound2",
    "libbrotlidec.so.1": "libbrotli1",
    "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libpng16.so.16": "libpng16-16",
    "libpulse.so.0": "libpulse0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libz.so.1": "zlib1g",
}
# What a Debian desktop needs for the console (the README lists this line): every package
# above that the xcb platform, sound and printing use, and the font the reports are set in.
DESKTOP_PACKAGES = sorted(set(SONAME_PACKAGES.values()) - {
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"} | {"fonts-dejavu-core"})

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
LDD_TIMEOUT_S = 10


def missing_sonames(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, each once, sorted."""
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """The Debian packages that provide ``sonames``, and the sonames no package is known for."""
    packages = sorted({SONAME_PACKAGES[s] for s in sonames if s in SONAME_PACKAGES})
    return packages, [s for s in sonames if s not in SONAME_PACKAGES]


def requested_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (as Qt 6 chooses them on Linux)."""
    named = environ.get("QT_QPA_PLATFORM", "")
    if named:
        return [p.split(":", 1)[0] for p in named.split(";") if p.split(":", 1)[0]]
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_folder() -> Path | None:
    """PySide6's ``Qt/plugins/platforms`` (also inside a bundle), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for root in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(root) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


@dataclass(frozen=True)
class PlatformCheck:
    """One platform plugin: where it is and what it lacks (empty when it can load)."""

    platform: str
    plugin: Path | None
    missing: tuple[str, ...] = ()
    display_problem: str = ""

    @property
    def packages(self) -> list[str]:
        return packages_for(list(self.missing))[0]

    @property
    def unknown(self) -> list[str]:
        return packages_for(list(self.missing))[1]

    @property
    def can_load(self) -> bool:
        return self.plugin is not None and not self.missing and not self.display_problem

    def problem(self) -> str:
        """What is wrong, and the command that fixes it, in words for a trainer."""
        if self.plugin is None:
            return (f"Qt's {self.platform!r} platform plugin is not part of this PySide6; "
                    "choose another with QT_QPA_PLATFORM (xcb, wayland or offscreen).")
        lines = []
        if self.missing:
            lines.append(f"Qt's {self.platform} platform plugin cannot load: this computer "
                         f"lacks {', '.join(self.missing)}.")
            if self.packages:
                lines.append(f"Fix: sudo apt-get install {' '.join(self.packages)}")
            if self.unknown:
                lines.append(f"No Debian package is known here for {', '.join(self.unknown)}; "
                             "`apt-file search NAME` finds the one that ships it.")
        if self.display_problem:
            lines.append(self.display_problem)
        return "\n".join(lines)


def _display_problem(platform: str, environ: Mapping[str, str]) -> str:
    if platform == "xcb" and not environ.get("DISPLAY"):
        return ("No X display: DISPLAY is not set. Start the console from a desktop "
                "session; `itb-console --screenshot FILE` works without one.")
    return ""


class PlatformProbe:
    """``ldd`` on each requested plugin, started at once so that it runs beside imports."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = os.environ if environ is None else environ
        self._folder = plugin_folder()
        self._runs: dict[str, subprocess.Popen[str] | None] = {}
        # Linux only (Windows and macOS bundles carry their libraries); a PySide6 whose
        # plugins are not where they should be is left for Qt to judge.
        ldd = shutil.which("ldd")
        if not sys.platform.startswith("linux") or ldd is None or self._folder is None:
            return
        for platform in requested_platforms(self._environ):
            plugin = self._plugin(platform)
            self._runs[platform] = None if plugin is None else subprocess.Popen(
                [ldd, str(plugin)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True)

    def _plugin(self, platform: str) -> Path | None:
        path = None if self._folder is None else self._folder / f"libq{platform}.so"
        return path if path is not None and path.is_file() else None

    @property
    def checked(self) -> bool:
        """False where there is nothing to check with (not Linux, no ldd, no plugins)."""
        return bool(self._runs)

    def results(self) -> list[PlatformCheck]:
        """Wait for ``ldd`` and read each plugin's missing libraries."""
        checks = []
        for platform, run in self._runs.items():
            output = ""
            if run is not None:
                try:
                    output, _ = run.communicate(timeout=LDD_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    run.kill()
                    run.communicate()
            checks.append(PlatformCheck(platform, self._plugin(platform),
                                        tuple(missing_sonames(output)),
                                        _display_problem(platform, self._environ)))
        return checks


def start_problem(checks: list[PlatformCheck]) -> str:
    """Why the console cannot open a window, or "" when one of the platforms can load."""
    if not checks or any(check.can_load for check in checks):
        return ""
    return "\n".join(check.problem() for check in checks)


def plugin_missing(kind: str, name: str) -> list[str] | None:
    """Missing libraries of another Qt plugin (``printsupport``, ``libcupsprintersupport.so``);
    None when it cannot be checked (not Linux, no ldd, no such plugin)."""
    folder = plugin_folder()
    ldd = shutil.which("ldd")
    plugin = None if folder is None else folder.parent / kind / name
    if not sys.platform.startswith("linux") or ldd is None or plugin is None \
            or not plugin.is_file():
        return None
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                              timeout=LDD_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return missing_sonames(done.stdout)
