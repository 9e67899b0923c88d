"""Check a built bundle the way a trainer would use it: copied elsewhere, no Python set-up.

``python packaging/check_bundle.py dist/itb-console`` (``make bundle-check``) copies the
folder to a temporary place and runs its programs with an environment that has no venv,
no PYTHONPATH and not the project on the path: ``--version`` of both, ``itb-emulator
--pty``, then ``itb-console --device PTY --screenshot`` against it and a STATUS request
(through this project's client) to the same emulator. It prints the bundle's size as a
ratio to the venv it is run from (target: at most 0.5x). Exit code 1 on any failure.
Training mock, not for clinical use.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_S = 120
SIZE_TARGET = 0.5


class BundleFailure(Exception):
    """A check that failed, with what was seen."""


def folder_mib(folder: Path) -> float:
    """Disk use of a folder (files counted once, symlinks not followed)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def clean_environment(home: Path) -> dict[str, str]:
    """What a fresh desktop session would give the programs: no Python set-up at all."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "TMPDIR": str(home)}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise BundleFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run(command: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise BundleFailure(f"{' '.join(command)} exited {done.returncode}:\n"
                            f"{done.stdout}{done.stderr}")
    return done.stdout


def check(bundle: Path, workdir: Path) -> list[str]:
    """Run the checks; the lines to print. Raises BundleFailure."""
    copied = workdir / "copied" / "itb-console"
    shutil.copytree(bundle, copied, symlinks=True)
    home = workdir / "home"
    home.mkdir()
    env = clean_environment(home)
    console, emulator = copied / "itb-console", copied / "itb-emulator"
    lines = [run([str(program), "--version"], env, home).splitlines()[0]
             for program in (console, emulator)]
    served = subprocess.Popen([str(emulator), "--pty"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=home)
    try:
        assert served.stdout is not None and served.stderr is not None
        port = served.stdout.readline().strip()
        serving = served.stderr.readline().strip()
        if not port.startswith("/dev/"):
            raise BundleFailure(f"itb-emulator --pty printed {port!r}, not a pty path")
        serial_number = serving.split()[2] if serving.startswith("serving pump ") else ""
        picture = home / "window.png"
        run([str(console), "--device", port, "--screenshot", str(picture)], env, home)
        width, height = png_size(picture)
        if width < 800 or height < 500:
            raise BundleFailure(f"the screenshot is only {width}x{height}")
        lines.append(f"screenshot from the copied bundle: {width}x{height} PNG")
        lines.append(status_line(port, serial_number))
    finally:
        served.send_signal(signal.SIGTERM)
        try:
            served.wait(timeout=10)
        except subprocess.TimeoutExpired:
            served.kill()
            served.wait()
    return lines


def status_line(port: str, serial_number: str) -> str:
    """STATUS through this project's client to the bundle's emulator."""
    from itb_console.device.serial_pump import SerialPump

    pump = SerialPump(port)
    try:
        status = pump.interrogate()
    finally:
        pump.close()
    if status.identity.serial_number != serial_number:
        raise BundleFailure(f"STATUS names pump {status.identity.serial_number}, the "
                            f"emulator said it serves {serial_number}")
    return (f"STATUS from the bundle's emulator: pump {serial_number}, reservoir "
            f"{status.reservoir_nl / 1e6:.2f} mL")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/itb-console")
    bundle = parser.parse_args(argv).bundle
    if not (bundle / "itb-console").is_file():
        parser.error(f"{bundle} has no itb-console program; build it with make bundle")
    with tempfile.TemporaryDirectory(prefix="itb-bundle-check-") as workdir:
        try:
            lines = check(bundle, Path(workdir))
        except (BundleFailure, OSError, subprocess.SubprocessError) as failure:
            print(f"bundle check FAILED: {failure}", file=sys.stderr)
            return 1
    bundle_mib, venv_mib = folder_mib(bundle), folder_mib(Path(sys.prefix))
    ratio = bundle_mib / venv_mib
    lines.append(f"bundle size: {bundle_mib:.0f} MiB = {ratio:.2f}x the venv "
                 f"({venv_mib:.0f} MiB, {sys.prefix})  [target: <= {SIZE_TARGET}x]")
    print("\n".join(["bundle check passed (training mock, not for clinical use):", *lines]))
    return 0 if ratio <= SIZE_TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
