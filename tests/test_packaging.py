"""The distribution installs one import root, ``itb_console``, and every package under it.

PyPI has distributions named ``console``, ``device`` and ``resources``; a wheel that put
those names at the top of site-packages would overwrite them (or be overwritten), so the
wheel itself is checked, not the source tree.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("device", "console", "ui", "resources")


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
         str(folder), str(ROOT)],
        capture_output=True, text=True, timeout=600)
    if done.returncode != 0 and "No matching distribution" in done.stderr:
        pytest.skip(f"cannot fetch the build back-end: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr
    (wheel,) = folder.glob("itb_console-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_the_wheel_installs_one_top_level_package(wheel_names: list[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_names
            if not name.split("/", 1)[0].endswith(".dist-info")}
    assert tops == {"itb_console"}


def test_every_source_package_and_resource_is_in_the_wheel(wheel_names: list[str]) -> None:
    expected = set()
    for package in SOURCE_PACKAGES:
        for path in (ROOT / package).rglob("*"):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            expected.add("itb_console/" + path.relative_to(ROOT).as_posix())
    missing = sorted(expected - set(wheel_names))
    assert missing == []


def test_the_entry_points_and_the_pytest_plugin_use_the_root(wheel_names: list[str]) -> None:
    (entry_points,) = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
    assert entry_points.startswith("itb_console-")
    from importlib.metadata import entry_points as installed

    scripts = {e.name: e.value for e in installed(group="console_scripts")
               if e.name.startswith("itb-")}
    assert scripts["itb-console"] == "itb_console.ui.app:main"
    assert scripts["itb-emulator"] == "itb_console.device.emulator_cli:main"
    plugins = {e.name: e.value for e in installed(group="pytest11")}
    assert plugins["itb_emulator"] == "itb_console.device.pytest_plugin"
