"""Build the one-folder bundle on this system: ``python packaging/build_bundle.py``.

The same steps on Linux, Windows and macOS (PyInstaller does not cross-build): a wheel of
the project, installed with the ``bundle`` extra into ``build/bundle-venv`` (PyInstaller
must see the installed package, not the source folders), the source commit written to
``build/BUILD_COMMIT``, then ``packaging/itb-console.spec``. The result is
``dist/itb-console/`` (and on macOS also ``dist/ITB Programmer Console.app``).
Training mock, not for clinical use.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
VENV = BUILD / "bundle-venv"
DIST = ROOT / "dist"
# Beside the programs: the Linux menu entry, its installer and the icon.
EXTRAS = [ROOT / "packaging" / "itb-console.desktop",
          ROOT / "packaging" / "install-desktop-entry.sh",
          ROOT / "resources" / "icons" / "itb-console.svg"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=cwd, check=True)


def source_commit() -> str | None:
    try:
        done = subprocess.run(["git", "describe", "--always", "--abbrev=12", "--dirty",
                               "--exclude=*"], cwd=ROOT, capture_output=True, text=True,
                              check=False)
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def main(argv: list[str]) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n", 1)[0]).parse_args(argv)
    shutil.rmtree(BUILD / "wheel", ignore_errors=True)
    shutil.rmtree(DIST / "itb-console", ignore_errors=True)
    pip = ("-m", "pip", "--disable-pip-version-check")
    run(sys.executable, *pip, "wheel", "--quiet", "--no-deps", "-w", BUILD / "wheel", ROOT)
    (wheel,) = (BUILD / "wheel").glob("itb_console-*.whl")
    if not venv_python().is_file():
        venv.create(VENV, with_pip=True)
    run(venv_python(), *pip, "install", "--quiet", f"{wheel}[bundle]")
    run(venv_python(), *pip, "install", "--quiet", "--force-reinstall", "--no-deps", wheel)
    commit = source_commit()
    if commit:
        (BUILD / "BUILD_COMMIT").write_text(commit + "\n", encoding="utf-8")
    else:
        (BUILD / "BUILD_COMMIT").unlink(missing_ok=True)
    run(venv_python(), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        ROOT / "packaging" / "itb-console.spec", cwd=BUILD)
    for extra in EXTRAS:
        shutil.copy2(extra, DIST / "itb-console" / extra.name)
    print(f"built {DIST / 'itb-console'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
