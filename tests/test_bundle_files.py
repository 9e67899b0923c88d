"""The bundle's parts that can be checked without building it (``make bundle-check`` runs
the built one): the menu entry, its installer script, and the Qt modules the spec leaves
out, which must never include one the console imports."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_the_menu_entry_runs_the_console_with_its_icon_and_the_mark():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(PACKAGING / "itb-console.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert (fields["Type"], fields["Exec"], fields["Icon"]) == (
        "Application", "itb-console", "itb-console")
    assert fields["Comment"].endswith("Training mock, not for clinical use.")
    assert (ROOT / "resources" / "icons" / "itb-console.svg").is_file()


@pytest.mark.skipif(shutil.which("sh") is None or os.name != "posix", reason="POSIX shell")
def test_the_installer_script_points_the_menu_at_the_folder_it_is_in(tmp_path):
    bundle = tmp_path / "opt" / "itb console"
    bundle.mkdir(parents=True)
    for name in ("install-desktop-entry.sh", "itb-console.desktop"):
        shutil.copy(PACKAGING / name, bundle / name)
    shutil.copy(ROOT / "resources" / "icons" / "itb-console.svg", bundle)
    data = tmp_path / "data"
    done = subprocess.run(["sh", str(bundle / "install-desktop-entry.sh")], capture_output=True,
                          text=True, timeout=30, env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert done.returncode == 0, done.stderr
    written = (data / "applications" / "itb-console.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/itb-console"' in written.splitlines()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "itb-console.svg").is_file()


def test_no_qt_module_the_console_imports_is_left_out_of_the_bundle():
    spec = (PACKAGING / "itb-console.spec").read_text(encoding="utf-8")
    left_out = set(re.findall(r'"(PySide6\.Qt\w+)"', spec.split("UNUSED_PYTHON")[0]))
    used = set()
    for folder in ("device", "console", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            used |= set(re.findall(r"\b(PySide6\.Qt\w+)", text))
    import pyqtgraph

    for path in Path(pyqtgraph.__file__).parent.rglob("*.py"):
        if "examples" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        used |= {f"PySide6.{m}" for m in re.findall(r"\{QT_LIB\}\.(Qt\w+)", text)}
    assert {"PySide6.QtWidgets", "PySide6.QtOpenGL"} <= used  # the scan sees the imports
    assert sorted(left_out & used) == []
