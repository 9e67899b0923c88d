"""``pipx install .`` gives working ``itb-console`` and ``itb-emulator`` commands.

pipx itself comes from the package index into a temporary venv, and installs the project
into its own venv under a temporary PIPX_HOME, as on a user's machine. It needs the
package index (PySide6 is large): marked ``network``; ``pytest -m "not network"`` skips
it offline, and it skips itself when pipx cannot be fetched.
"""

from __future__ import annotations

import os
import subprocess
import venv
from pathlib import Path

import pytest
from itb_console.device.version import current_build

ROOT = Path(__file__).resolve().parents[1]
INSTALL_TIMEOUT_S = 900

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def pipx_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder pipx put the two commands in."""
    base = tmp_path_factory.mktemp("pipx")
    tool = base / "tool-venv"
    venv.create(tool, with_pip=True)
    fetched = subprocess.run([str(tool / "bin" / "python"), "-m", "pip", "install", "--quiet",
                              "pipx>=1.1"], capture_output=True, text=True, timeout=300)
    if fetched.returncode != 0:
        pytest.skip(f"pipx could not be fetched (offline?): {fetched.stderr.strip()[-300:]}")
    env = {**os.environ, "PIPX_HOME": str(base / "home"), "PIPX_BIN_DIR": str(base / "bin"),
           "PIPX_MAN_DIR": str(base / "man")}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run([str(tool / "bin" / "pipx"), "install", str(ROOT)],
                          capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return base / "bin"


def _clean_env(home: Path) -> dict[str, str]:
    """A user's shell: no venv, no PYTHONPATH, not run from the project."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


@pytest.mark.parametrize("program", ["itb-console", "itb-emulator"])
def test_both_commands_print_the_version(pipx_bin, program, tmp_path):
    done = subprocess.run([str(pipx_bin / program), "--version"], capture_output=True,
                          text=True, timeout=60, env=_clean_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{program} {current_build().version} (commit ")


def test_the_console_renders_against_the_emulator(pipx_bin, tmp_path):
    env = _clean_env(tmp_path)
    served = subprocess.Popen([str(pipx_bin / "itb-emulator"), "--pty"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, env=env, cwd=tmp_path)
    try:
        assert served.stdout is not None
        port = served.stdout.readline().strip()
        assert port.startswith("/dev/")
        picture = tmp_path / "window.png"
        done = subprocess.run([str(pipx_bin / "itb-console"), "--device", port, "--screenshot",
                               str(picture)], capture_output=True, text=True, timeout=120,
                              env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        served.terminate()
        served.wait(timeout=10)
    assert served.returncode == 0
