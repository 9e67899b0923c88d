"""Which build of itb-console is running: one version (the package metadata) and its commit.

The version has one source, ``pyproject.toml``, read back through the installed package's
metadata, so ``--version``, Help > About, the session report and the debrief can never
disagree. The commit says exactly which source a report came from: a bundle carries the
commit it was built from (``BUILD_COMMIT``, written by ``packaging/itb-console.spec``); a
``pip install git+...`` records it in the package's ``direct_url.json``; a source
checkout (an editable install) asks git. Any other install says honestly that it was not
recorded rather than guess (the folder it was built from may have moved on since).
"""

from __future__ import annotations

import functools
import json
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "itb-console"
BUILD_COMMIT_FILE = Path(__file__).with_name("BUILD_COMMIT")
# device/ sits at the top of the repository, so a source checkout's root is one level up.
SOURCE_ROOT = Path(__file__).resolve().parents[1]
NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class Build:
    """The program's name, version and source commit, as shown to users and filed in records."""

    name: str
    version: str
    commit: str | None

    @property
    def text(self) -> str:
        """``itb-console 0.1.0 (commit 1a2b3c4d5e6f)``: one line for footers and --version."""
        return f"{self.name} {self.version} (commit {self.commit or NOT_RECORDED})"

    def to_json_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "version": self.version, "commit": self.commit}


@functools.cache
def current_build() -> Build:
    """The running program's build (computed once: git is asked at most once per process)."""
    try:
        distribution = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return Build(DISTRIBUTION, f"{NOT_RECORDED} (package not installed)", None)
    return Build(DISTRIBUTION, distribution.version, _commit(distribution))


def _commit(distribution: metadata.Distribution) -> str | None:
    if BUILD_COMMIT_FILE.is_file():
        return BUILD_COMMIT_FILE.read_text(encoding="utf-8").strip() or None
    recorded = commit_from_direct_url(distribution.read_text("direct_url.json"))
    if recorded is None and (SOURCE_ROOT / ".git").exists():
        return git_commit(SOURCE_ROOT)
    return recorded


def commit_from_direct_url(text: str | None) -> str | None:
    """The commit an install came from, per its PEP 610 ``direct_url.json``, if it says."""
    if not text:
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict):
        return None
    vcs = record.get("vcs_info")
    if isinstance(vcs, dict) and isinstance(vcs.get("commit_id"), str):
        return str(vcs["commit_id"])[:12]
    return None


def git_commit(folder: Path) -> str | None:
    """``git describe`` of a source folder: the short commit, ``-dirty`` if it has edits."""
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), "describe", "--always", "--abbrev=12", "--dirty",
             "--exclude=*"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None
