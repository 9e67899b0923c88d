"""One version everywhere, and the commit a build came from."""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

import pytest
from itb_console.device import version
from itb_console.device.emulator_cli import main as emulator_main
from itb_console.device.version import Build, commit_from_direct_url, current_build, git_commit
from itb_console.ui.app import parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_the_one_in_pyproject():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert current_build().version == declared


@pytest.mark.parametrize("run, program", [(parse_args, "itb-console"),
                                          (emulator_main, "itb-emulator")])
def test_both_programs_print_their_version(run, program, capsys):
    with pytest.raises(SystemExit) as done:
        run(["--version"])
    assert done.value.code == 0
    build = current_build()
    assert capsys.readouterr().out == (
        f"{program} {build.version} (commit {build.commit or 'not recorded'})\n"
        "Training mock, not for clinical use.\n")


def test_a_vcs_install_records_its_commit():
    record = {"url": "https://example.org/itb.git",
              "vcs_info": {"vcs": "git", "commit_id": "0123456789abcdef0123456789abcdef01234567"}}
    assert commit_from_direct_url(json.dumps(record)) == "0123456789ab"


@pytest.mark.parametrize("text", [None, "", "not json", "[]",
                                  '{"url": "file:///src", "dir_info": {}}',
                                  '{"url": "file:///src", "vcs_info": {"commit_id": 7}}'])
def test_an_install_without_a_recorded_commit_says_none(text):
    assert commit_from_direct_url(text) is None


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), "-c", "user.name=t", "-c",
                           "user.email=t@example.org", *args],
                          capture_output=True, text=True, check=True).stdout.strip()


def test_a_source_checkout_names_its_commit_and_says_when_it_has_edits(tmp_path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text("one")
    _git(tmp_path, "add", "a.txt")
    _git(tmp_path, "commit", "-q", "-m", "one")
    head = _git(tmp_path, "rev-parse", "--short=12", "HEAD")
    assert git_commit(tmp_path) == head
    (tmp_path / "a.txt").write_text("two")
    assert git_commit(tmp_path) == f"{head}-dirty"


def test_a_folder_outside_git_has_no_commit(tmp_path):
    assert git_commit(tmp_path) is None


def test_a_bundle_reads_the_commit_it_was_built_from(tmp_path, monkeypatch):
    stamp = tmp_path / "BUILD_COMMIT"
    stamp.write_text("feedfacecafe\n")
    monkeypatch.setattr(version, "BUILD_COMMIT_FILE", stamp)
    current_build.cache_clear()
    try:
        assert current_build().commit == "feedfacecafe"
        assert current_build().text == (f"itb-console {current_build().version} "
                                         "(commit feedfacecafe)")
    finally:
        current_build.cache_clear()


def test_a_build_without_a_commit_says_so():
    assert Build("itb-console", "1.2.3", None).text == "itb-console 1.2.3 (commit not recorded)"
    assert Build("itb-console", "1.2.3", "abc").to_json_dict() == {
        "name": "itb-console", "version": "1.2.3", "commit": "abc"}
