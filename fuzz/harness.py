"""What the fuzzing harnesses share: atheris when installed, seed corpora, the runner.

Each harness module has ``one_input(data)`` (raises only when an invariant breaks) and
``seeds()`` (real inputs to start from). ``python fuzz/<harness>.py [libFuzzer flags]``
writes the seeds into ``.fuzz/<harness>/`` and fuzzes from there with the harness's
dictionary; the corpus it grows stays there for ``fuzz/coverage_report.py``. Without
atheris the harness functions still import, so the test suite runs them on the seeds.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CORPORA = ROOT / ".fuzz"


@contextlib.contextmanager
def instrumented() -> Iterator[None]:
    """Imports inside are coverage-instrumented for atheris, when it is installed."""
    try:
        import atheris
    except ImportError:
        yield
        return
    with atheris.instrument_imports(include=["itb_console.device", "itb_console.console"]):
        yield


def corpus_for(name: str, seeds: list[bytes]) -> Path:
    folder = CORPORA / name
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        (folder / f"seed-{hashlib.sha1(seed).hexdigest()[:12]}").write_bytes(seed)
    return folder


def run(one_input: Callable[[bytes], None], seeds: list[bytes], dictionary: Path) -> None:
    import atheris

    name = Path(sys.argv[0]).stem
    corpus = corpus_for(name, seeds)
    flags = [arg for arg in sys.argv[1:] if arg.startswith("-")]
    atheris.Setup([sys.argv[0], f"-dict={dictionary}", *flags, str(corpus)], one_input)
    atheris.Fuzz()
