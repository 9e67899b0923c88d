"""Run ser2net with the recipe of docs/ser2net.md in front of a pty (tests and bench).

The configuration is the documented one, with the port device, the bind address and the
port numbers replaced, so the recipe a trainer copies is the one that is tested.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

RECIPE = Path(__file__).resolve().parents[2] / "docs" / "ser2net.md"
READY_TIMEOUT_S = 10.0
MISSING = "ser2net is not installed (Debian: apt-get install ser2net)"


def recipe_yaml() -> str:
    """The YAML block of docs/ser2net.md, as written there."""
    found = re.search(r"```yaml\n(.*?)```", RECIPE.read_text(encoding="utf-8"), re.DOTALL)
    if found is None:
        raise AssertionError(f"{RECIPE} has no ```yaml block")
    return found.group(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening_ports() -> set[int]:
    """The TCP ports something listens on (Linux: /proc/net/tcp, state 0A)."""
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if len(fields) > 3 and fields[3] == "0A":
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


class Ser2net:
    """ser2net serving ``device`` on two loopback ports: RFC 2217 and plain TCP."""

    def __init__(self, device: str, folder: Path, yaml: str | None = None) -> None:
        self.rfc2217_port, self.raw_port = free_port(), free_port()
        text = (yaml or recipe_yaml()).replace("/dev/ttyUSB0", device)
        text = text.replace(",7001", f",127.0.0.1,{self.rfc2217_port}")
        text = text.replace(",7002", f",127.0.0.1,{self.raw_port}")
        config = folder / "ser2net.yaml"
        config.write_text(text, encoding="utf-8")
        binary = shutil.which("ser2net") or "/usr/sbin/ser2net"
        self._process = subprocess.Popen(
            [binary, "-n", "-c", str(config), "-P", str(folder / "ser2net.pid")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self._wait_until_listening()

    @staticmethod
    def available() -> bool:
        return (shutil.which("ser2net") or shutil.which("/usr/sbin/ser2net")) is not None

    def _wait_until_listening(self) -> None:
        """Wait for both ports to listen, read from /proc: a test connection would make
        ser2net open and release the port, and a client right after would be refused."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"ser2net exited: {self._process.stderr.read()}")
            if {self.rfc2217_port, self.raw_port} <= listening_ports():
                return
            time.sleep(0.02)  # polling a condition (the ports listen), not a fixed wait
        self.stop()
        raise RuntimeError(f"ser2net did not listen on {self.rfc2217_port} and "
                           f"{self.raw_port} within {READY_TIMEOUT_S} s")

    @property
    def rfc2217_url(self) -> str:
        return f"rfc2217://127.0.0.1:{self.rfc2217_port}"

    @property
    def raw_url(self) -> str:
        return f"socket://127.0.0.1:{self.raw_port}"

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stderr is not None:
            self._process.stderr.close()
