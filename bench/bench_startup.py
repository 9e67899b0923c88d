"""Console start-up to first frame, and its peak memory, against a bare window.

Both are fresh processes started the same way (``python -m bench.bench_startup --child
KIND``), offscreen, timed from launch to the first paint of the window; the baseline is a
bare PySide6 window holding one pyqtgraph plot, so the figure is what the console adds
on top of the toolkit it cannot do without (targets: at most 1.25x in time, 1.5x in
memory).

Both kinds start from byte-compiled modules, as an installed console does (pip compiles
at install): the children get a private ``PYTHONPYCACHEPREFIX`` and one untimed warm-up
launch each, so a developer shell's ``PYTHONDONTWRITEBYTECODE`` does not charge the
console for compiling its own sources on every start while pyqtgraph's are compiled.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench import Figure

RUNS = 7
KINDS = ("bare", "console")


def _peak_kib() -> int:
    """This process's peak resident memory, in KiB.

    VmHWM belongs to the process image; ``ru_maxrss`` on Linux keeps the forking parent's
    size across exec, so a child started from a big benchmark run would report that.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _first_frame(kind: str) -> None:
    """Child process: build the window, report peak memory at its first paint, exit."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind == "bare":
        import pyqtgraph as pg

        window = QMainWindow()
        window.setCentralWidget(pg.PlotWidget())
    else:
        from itb_console.console.session import Session
        from itb_console.ui.main_window import MainWindow
        from itb_console.ui.style import apply_style

        apply_style(app)
        window = MainWindow(Session())

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(_peak_kib(), flush=True)
                os._exit(0)  # nothing after the first frame belongs in the figure
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # the first widget painted is the first frame begun
    window.resize(1366, 768)
    window.show()
    if kind == "console":
        window.connect_to("sim://")
    app.exec()


def _launch(kind: str, pycache: str | None = None) -> tuple[float, float]:
    """(ms to first frame, peak MiB); byte-compiled into ``pycache`` when one is given."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = pycache
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bench.bench_startup", "--child", kind],
                          capture_output=True, text=True, env=env, check=True, timeout=60)
    elapsed_ms = (time.perf_counter() - began) * 1000
    return elapsed_ms, int(done.stdout.split()[-1]) / 1024


def run() -> list[Figure]:
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    memory: dict[str, list[float]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory(prefix="itb-bench-pycache-") as pycache:
        for kind in KINDS:
            _launch(kind, pycache)  # warm-up: byte-compiles, as an install does
        for _ in range(RUNS):  # interleaved, so a busy moment hurts both alike
            for kind in KINDS:
                elapsed_ms, peak_mib = _launch(kind, pycache)
                times[kind].append(elapsed_ms)
                memory[kind].append(peak_mib)
    bare = "bare PySide6 + pyqtgraph window"
    return [
        Figure("console start-up to first frame", statistics.median(times["console"]), "ms",
               bare, statistics.median(times["bare"]), "<= 1.25x"),
        Figure("console peak memory at first frame", statistics.median(memory["console"]),
               "MiB", bare, statistics.median(memory["bare"]), "<= 1.5x"),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"] and sys.argv[2:] and sys.argv[2] in KINDS:
        _first_frame(sys.argv[2])
    else:
        print(f"usage: python -m bench.bench_startup --child {{{','.join(KINDS)}}}  "
              "(run the benchmark itself with: python -m bench startup)", file=sys.stderr)
        sys.exit(2)
