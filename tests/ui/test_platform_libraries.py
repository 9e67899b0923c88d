"""The check before the first window: exactly the missing Debian packages, from ldd's output.

``ldd`` is faked by a script on PATH that prints a recorded output, so each test decides
which libraries are "missing" on any machine.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from itb_console.ui import app
from itb_console.ui.platform_libraries import (
    DESKTOP_PACKAGES,
    SONAME_PACKAGES,
    PlatformProbe,
    missing_sonames,
    packages_for,
    requested_platforms,
    start_problem,
)

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = "/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/../../lib"
# What ldd printed on a Debian 12 machine lacking two of the xcb plugin's libraries (cut).
LDD_TWO_MISSING = f"""\
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => {PLUGINS}/libQt6XcbQpa.so.6 (0x00007f0a1c000000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f0a1bf00000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f0a1be00000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0a1bd00000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f0a1bc00000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0a1c800000)
"""
LDD_ALL_FOUND = re.sub(r"(\S+) => not found", r"\1 => /lib/x86_64-linux-gnu/\1 (0x1)",
                       LDD_TWO_MISSING)


def test_the_missing_libraries_are_read_once_each():
    assert missing_sonames(LDD_TWO_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_sonames(LDD_ALL_FOUND) == []


def test_exactly_the_missing_packages_are_named():
    assert packages_for(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]) == (
        ["libxcb-icccm4", "libxcb-keysyms1"], [])
    assert packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0", "libfoo.so.3"]) == (
        ["libglib2.0-0"], ["libfoo.so.3"])


@pytest.mark.parametrize("environ, platforms", [
    ({}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "x11"}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "XDG_SESSION_TYPE": "x11"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, ["vnc"]),
])
def test_the_platforms_tried_are_qts(environ, platforms):
    assert requested_platforms(environ) == platforms


@pytest.fixture
def fake_ldd(tmp_path, monkeypatch):
    """Put an ``ldd`` on PATH that prints the text given (per plugin file name)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the plugin check reads Linux shared libraries")

    def install(outputs: dict[str, str]) -> None:
        for plugin, text in outputs.items():
            (tmp_path / f"{plugin}.txt").write_text(text)
        script = tmp_path / "ldd"
        script.write_text(f'#!/bin/sh\ncat "{tmp_path}/$(basename "$1" .so).txt"\n')
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")

    return install


def test_a_plugin_lacking_libraries_stops_start_up_with_the_apt_line(fake_ldd):
    fake_ldd({"libqxcb": LDD_TWO_MISSING})
    checks = PlatformProbe({"DISPLAY": ":0"}).results()
    assert [c.platform for c in checks] == ["xcb"]
    assert checks[0].packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert start_problem(checks) == (
        "Qt's xcb platform plugin cannot load: this computer lacks libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1.\nFix: sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_one_removed_library_names_only_its_package(fake_ldd):
    fake_ldd({"libqxcb": LDD_ALL_FOUND.replace(
        "libxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0a1bd00000)",
        "libxcb-cursor.so.0 => not found")})
    (check,) = PlatformProbe({"DISPLAY": ":0"}).results()
    assert check.missing == ("libxcb-cursor.so.0",)
    assert check.packages == ["libxcb-cursor0"]


def test_nothing_missing_lets_the_console_start(fake_ldd):
    fake_ldd({"libqxcb": LDD_ALL_FOUND})
    checks = PlatformProbe({"DISPLAY": ":0"}).results()
    assert checks[0].can_load and start_problem(checks) == ""


def test_a_library_no_package_is_known_for_says_how_to_find_one(fake_ldd):
    fake_ldd({"libqxcb": LDD_ALL_FOUND + "\tlibweird.so.9 => not found\n"})
    problem = start_problem(PlatformProbe({"DISPLAY": ":0"}).results())
    assert problem.splitlines()[1:] == [
        "No Debian package is known here for libweird.so.9; `apt-file search NAME` finds "
        "the one that ships it."]


def test_no_display_is_said_in_words(fake_ldd):
    fake_ldd({"libqxcb": LDD_ALL_FOUND})
    problem = start_problem(PlatformProbe({}).results())
    assert problem.startswith("No X display: DISPLAY is not set.")


def test_wayland_that_loads_is_enough_even_when_xcb_would_not(fake_ldd):
    fake_ldd({"libqwayland": LDD_ALL_FOUND, "libqxcb": LDD_TWO_MISSING})
    checks = PlatformProbe({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}).results()
    assert [c.can_load for c in checks] == [True, False]
    assert start_problem(checks) == ""


def test_a_platform_qt_does_not_have_is_named(fake_ldd):
    fake_ldd({})
    problem = start_problem(PlatformProbe({"QT_QPA_PLATFORM": "nosuch"}).results())
    assert problem.startswith("Qt's 'nosuch' platform plugin is not part of this PySide6")


def test_the_console_says_what_to_install_instead_of_aborting(fake_ldd, monkeypatch, capsys):
    fake_ldd({"libqxcb": LDD_TWO_MISSING})
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.main([]) == 1
    error = capsys.readouterr().err
    assert "Fix: sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in error
    assert error.startswith("itb-console: cannot open its window.\n")


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "itb_console.ui.app", "--check"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_check_reports_versions_and_fails_when_the_window_cannot_open(fake_ldd):
    fake_ldd({"libqxcb": LDD_TWO_MISSING})
    done = _check({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "PATH": os.environ["PATH"]})
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "itb-console system check. Training mock, not for clinical use."
    assert "           Fix: sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in lines
    topics = [m.group(1) for m in map(re.compile(r"^  \S+ +([^:]+):").match, lines) if m]
    assert topics == ["Program", "Python", "Qt", "Platform plugin", "Below", "Screen",
                      "Audio output", "Printers", "Fonts", "Settings", "Logs"]
    assert lines[-1] == "Result: the console cannot start here (see PROBLEM above)."


def test_check_passes_where_the_window_can_open(tmp_path):
    done = _check({"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "  ok       Platform plugin: offscreen (" in done.stdout
    # the log file the console writes (Help > Open log folder), where it will be
    log = tmp_path / "ITB Training" / "ITB Programmer Console" / "logs" / "itb-console.log"
    assert (f"  ok       Logs: {log} (not written yet: the console starts it when it runs)"
            in done.stdout.splitlines())
    assert done.stdout.splitlines()[-1] == "Result: the console can start here."


def test_every_package_name_is_a_debian_name():
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in SONAME_PACKAGES.values())


def test_the_readme_lists_the_packages_a_desktop_needs():
    readme = (ROOT / "README.md").read_text()
    assert f"sudo apt-get install python3-venv {' '.join(DESKTOP_PACKAGES)}" in readme
