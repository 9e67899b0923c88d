"""Run the benchmarks: ``python -m bench [NAME-FILTER ...]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback

import bench


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__)
                   if m.name.startswith("bench_"))
    chosen = [n for n in names if not argv or any(f in n for f in argv)]
    if not chosen:
        print(f"no benchmark matches {' '.join(argv)}; available: {', '.join(names)}")
        return 2
    failed = 0
    print("ITB console benchmarks (training mock, not for clinical use)")
    for name in chosen:
        print(f"\n== {name.removeprefix('bench_')} ==", flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            for figure in module.run():
                print("  " + figure.line(), flush=True)
        except Exception:  # a broken benchmark must not hide the others' figures
            failed += 1
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
