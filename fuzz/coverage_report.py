"""How much of device/ a fuzzing corpus reaches: replays it under coverage.py.

Run after fuzzing: make fuzz-coverage        (both harnesses' corpora in .fuzz/)
Prints the statement coverage of device/ reached by the corpus atheris grew.
"""

from __future__ import annotations

import importlib
import sys

import coverage

from fuzz.harness import CORPORA, ROOT

HARNESSES = ("fuzz_pump_server", "fuzz_loaders")


def main() -> int:
    measured = coverage.Coverage(source=[str(ROOT / "device")], data_file=None)
    measured.start()
    counts = {}
    for name in HARNESSES:
        harness = importlib.import_module(f"fuzz.{name}")
        inputs = sorted((CORPORA / name).glob("*")) if (CORPORA / name).is_dir() else []
        for path in inputs:
            harness.one_input(path.read_bytes())
        counts[name] = len(inputs)
    measured.stop()
    percent = measured.report(show_missing=False, skip_covered=False, file=sys.stderr)
    print(", ".join(f"{name}: {count} inputs" for name, count in counts.items()))
    print(f"device/ statement coverage reached by the corpora: {percent:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
