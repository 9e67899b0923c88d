"""Run mypy over device/, console/ and ui/ under their installed names (itb_console.*).

The folders install through setuptools package-dir mapping, so the source tree has no
`itb_console/` folder and mypy cannot follow the editable install's import hook. This
builds `build/typecheck/itb_console/<package>` as symlinks to the real folders (mypy_path
in pyproject.toml points there), runs mypy, and prints error paths as the repository's
own (`ui/app.py:12: error: ...`) so that editors and readers land on the real file.
"""

import sys
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent
TREE = ROOT / "build" / "typecheck" / "itb_console"
PACKAGES = ("device", "console", "ui", "resources")


def build_tree() -> None:
    """Create (or repair) the symlink tree; it is cheap, so every run checks it."""
    TREE.mkdir(parents=True, exist_ok=True)
    for name in PACKAGES:
        link = TREE / name
        target = ROOT / name
        if link.is_symlink() and link.resolve() == target:
            continue
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(target, target_is_directory=True)


def main(argv: list[str]) -> int:
    build_tree()
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), *argv])
    prefix = str(TREE.relative_to(ROOT)) + "/"
    sys.stdout.write(stdout.replace(str(TREE) + "/", "").replace(prefix, ""))
    sys.stderr.write(stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
