"""Every code example in README.md and docs/*.md is run or checked, read from the Markdown.

Python examples run (against an emulator where they talk to a pump), shell commands are
parsed by the very command-line parsers they call, data files load with the product's
own loaders, wire frames are decoded with their CRC checked, and a listing of error
messages must be what the loader says of the document's own example with the changes
its lead names. A new kind of example fails here until it is given a check.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from itb_console.console.training.classroom_announce import announcement_from_json
from itb_console.console.training.classroom_protocol import (
    ProtocolError,
    parse_request,
    row_from_json,
)
from itb_console.console.training.classroom_server import parse_args as classroom_args
from itb_console.console.training.debrief import DebriefError, from_json_dict, load_debrief
from itb_console.console.training.scenarios import (
    ScenarioError,
    load_scenario_file,
    parse_scenario,
    shipped_scenarios,
)
from itb_console.device.clock import ManualClock
from itb_console.device.emulator_cli import parser as emulator_parser
from itb_console.device.protocol import crc16, decode
from itb_console.device.running_emulators import Announcement
from itb_console.device.state_file import StateFileError, load_state
from itb_console.device.therapy import Program
from itb_console.device.version import current_build
from itb_console.ui.app import parse_args as console_args
from itb_console.ui.platform_libraries import DESKTOP_PACKAGES

from tests.contract.backends import START
from tests.device.ser2net_support import recipe_yaml
from tests.device.test_state_checks import EMULATOR, saved_state
from tests.emulator_program import emulator_on_a_pty

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n_tool = importlib.util.module_from_spec(_spec)
sys.modules["i18n_tool"] = i18n_tool
_spec.loader.exec_module(i18n_tool)
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
LISTING = re.compile(r"^([\w.-]+\.(toml|json))(:\d+)?: ")
CHANGE = re.compile(r"`([\w.\[\]]+) = ([^`]+)`")  # `field = value` in a listing's lead


def examples() -> list[pytest.param]:
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            name = f"{document.relative_to(ROOT)}:{line}"
            found.append(pytest.param(match.group(1), match.group(2), id=name))
    return found


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    if "def test_" in code:  # an example test: run it with pytest and the suite's plugin
        (tmp_path / "test_example.py").write_text(code)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   str(tmp_path / "test_example.py")]
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)
    if "/dev/pts/" in code:  # a client for a port the reader opened: give it one
        with emulator_on_a_pty() as port:
            return subprocess.run([sys.executable, "-c", re.sub(r"/dev/pts/\d+", port, code)],
                                  cwd=tmp_path, capture_output=True, text=True, timeout=60)
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text()
    return {name for line in text.splitlines()
            if (found := re.match(r"^([a-z][\w.-]*):", line)) for name in [found.group(1)]}


def check_command(words: list[str]) -> None:
    """The command names a real target, entry point or script and its flags parse."""
    program, *args = words
    if program == "make":
        targets = [arg for arg in args if "=" not in arg]  # ARGS=... passes words on
        assert set(targets) <= make_targets(), f"Makefile has no target {targets}"
    elif program in ("itb-console", "itb-emulator") and args == ["--version"]:
        with pytest.raises(SystemExit) as printed:  # prints the version and ends
            (console_args if program == "itb-console" else emulator_parser().parse_args)(args)
        assert printed.value.code == 0
    elif program == "itb-console":
        console_args(args)
    elif program == "itb-emulator":
        emulator_parser().parse_args(args)
    elif program == "itb-classroom":
        classroom_args(args)
    elif program == "python" and args[:1] == ["tools/i18n.py"]:
        assert i18n_tool.is_command(args[1:]), f"tools/i18n.py has no command {args[1:]}"
    elif program == "git" and args[:2] == ["checkout", "--theirs"]:
        assert (ROOT / args[2]).exists()
    elif program == "sudo" and args[:2] == ["apt-get", "install"]:
        assert set(args[2:]) <= {"python3-venv", *DESKTOP_PACKAGES}, "not a desktop package"
    elif program == "pipx" and args[:1] == ["install"]:
        wheel = f"itb_console-{current_build().version}-py3-none-any.whl"
        assert args[1:] in (["."], [wheel]), f"pipx installs . or {wheel}"
    elif program == "python" and args[0].startswith(("examples/", "packaging/")):
        script, *flags = args
        helped = subprocess.run([sys.executable, str(ROOT / script), "--help"],
                                capture_output=True, text=True, timeout=60)
        assert helped.returncode == 0, helped.stderr
        for flag in (f for f in flags if f.startswith("--")):
            assert flag in helped.stdout, f"{script} has no {flag}"
    else:
        pytest.fail(f"no check for the command {words}: add one here")


def check_frames(text: str) -> int:
    """Each frame with a real CRC decodes; an illustrative ``*....`` one is well formed."""
    frames = re.findall(r"@\d+ [^@]*?\*(?:[0-9A-F]{4}|\.{4})(?=\s|$)", text)
    for frame in (f for f in frames if "<" not in f):  # <placeholders> are not frames
        body, crc = frame[1:].rsplit("*", 1)
        if crc == "....":
            frame = f"@{body}*{crc16(body.encode()):04X}"
        decode(frame.encode())
    return len(frames)


def lead_and_document(code: str) -> tuple[str, str]:
    """The paragraph that introduces an untagged block, and the whole document's text."""
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        at = text.find(f"```\n{code}```")
        if at >= 0:
            return text[:at].rstrip().rsplit("\n\n", 1)[-1], text
    raise AssertionError(f"no document holds the block {code[:60]!r}")


def complete_example(text: str, language: str, marker: str) -> str:
    """The document's one ``language`` block that contains ``marker``."""
    (found,) = [m.group(2) for m in FENCE.finditer(text)
                if m.group(1) == language and marker in m.group(2)]
    return found


def changed_toml(example: str, key: str, value: str) -> str:
    """The example with its one ``key = ...`` line set to ``value`` (comment dropped)."""
    line = re.compile(rf"^{re.escape(key)} *=.*$", re.MULTILINE)
    assert len(line.findall(example)) == 1, f"the example has not exactly one {key} line"
    return line.sub(lambda _: f"{key} = {value}", example)


def changed_json(data: dict, path: str, value: object) -> dict:
    """``data`` with the field at ``path`` (``objectives[1].points``) set to ``value``."""
    *parents, last = [int(part) if part.isdigit() else part
                      for part in re.findall(r"\w+", path)]
    node: Any = data
    for part in parents:
        node = node[part]
    node[last] = value
    return data


def produced_listing(code: str, folder: Path) -> str:
    """What the loader says of the document's complete example, changed as its lead says.

    The lead names each change as `field = value`; the example is loaded once per change
    from ``folder`` under the listing's file name, as a trainer would open it.
    """
    found = LISTING.match(code)
    assert found is not None
    name = found.group(1)
    lead, text = lead_and_document(code)
    changes = CHANGE.findall(lead)
    assert changes, "the listing's lead must name its changes to the example: `field = value`"
    said = []
    for field, value in changes:
        file = folder / name
        if name.endswith(".toml"):
            example = complete_example(text, "toml", "[[objectives]]")
            file.write_text(changed_toml(example, field, value), encoding="utf-8")
            with pytest.raises(ScenarioError) as refused:
                load_scenario_file(Path(name))
        else:
            example = complete_example(text, "json", '"kind": "itb-debrief"')
            data = changed_json(json.loads(example), field, json.loads(value))
            file.write_text(json.dumps(data), encoding="utf-8")
            with pytest.raises(DebriefError) as refused:
                load_debrief(Path(name))
        said.append(str(refused.value))
    return "".join(f"{line}\n" for line in said)


def check_emulator_session(code: str) -> None:
    """Each ``$ itb-emulator ...`` line is run; the next line is the last it prints."""
    lines = code.splitlines()
    assert lines and len(lines) % 2 == 0, "pairs of lines: a command, then what it prints"
    for command, said in zip(lines[::2], lines[1::2], strict=True):
        program, *argv = shlex.split(command.removeprefix("$ "))
        assert program == "itb-emulator", f"no check for {program}: add one here"
        done = subprocess.run([*EMULATOR, *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode != 0 and done.stderr.splitlines()[-1] == said


def check_state_refusals(code: str, tmp_path: Path) -> None:
    """Each pair of lines: a top-level field as edited into a real saved state, and the
    message loading that file gives (``pump.json`` standing for the file's path)."""
    lines = code.splitlines()
    assert lines and len(lines) % 2 == 0, "pairs of lines: a field, then its message"
    for edit, message in zip(lines[::2], lines[1::2], strict=True):
        path = saved_state(tmp_path, **json.loads("{" + edit + "}"))
        with pytest.raises(StateFileError) as refused:
            load_state(path, ManualClock(START))
        assert str(refused.value).replace(str(path), "pump.json") == message


@pytest.mark.parametrize(("language", "code"), examples())
def test_example(language: str, code: str, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    if language == "python":
        done = run_python(code, tmp_path)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    elif language == "sh":
        for line in code.splitlines():
            command = line.split("#", 1)[0].strip().removesuffix("&").strip()
            if command:
                check_command(shlex.split(command))
    elif language == "csv":  # a translation table: its header, placeholders kept
        rows = list(csv.DictReader(io.StringIO(code)))
        assert list(rows[0]) == i18n_tool.COLUMNS
        for row in rows:
            assert i18n_tool.placeholders(row["translation"]) == i18n_tool.placeholders(
                row["source"])
    elif language == "yaml":  # the ser2net recipe: tests/device/test_ser2net.py runs it
        assert code == recipe_yaml()
    elif language == "toml":
        assert parse_scenario("example.toml", code).id
    elif language == "json" and '"token"' in code:  # a classroom's announce file
        assert announcement_from_json(json.loads(code)).address[1] > 0
    elif language == "json" and '"link"' in code:  # an emulator's announcement
        assert Announcement.from_json(code).pid > 0
    elif language == "json" and '"pid"' in code:  # a classroom station row
        assert row_from_json(json.loads(code)).name
    elif language == "json":
        assert from_json_dict(json.loads(code)).score >= 0
    elif language == "jsonl":  # a classroom control session: > requests, < answers
        lines = code.splitlines()
        assert [line[:2] for line in lines] == ["> ", "< "] * (len(lines) // 2)
        for request, answer in zip(lines[::2], lines[1::2], strict=True):
            said = json.loads(answer[2:])
            try:
                parse_request(request[2:].encode())
            except ProtocolError as error:  # a refusal shown on purpose: as the doc says
                assert said == {"id": said["id"], "ok": False, "error": str(error)}
            else:
                assert set(said) in ({"id", "ok", "result"}, {"id", "ok", "error"})
    elif re.search(r"^(stopped|continuous|flexible);", code, re.MULTILINE):  # program text
        for line in code.splitlines():
            if "<" not in line:
                assert Program.from_canonical_text(line).canonical_text() == line
    elif language == "console":  # $ itb-emulator ..., then the last line it prints
        check_emulator_session(code)
    elif language == "state":  # a state file's field as edited, then what loading says
        check_state_refusals(code, tmp_path)
    elif "@" in code and "*" in code:  # wire frames
        templates = [line for line in code.splitlines() if "<" in line and ">" in line]
        assert check_frames(code) + len(templates) >= 1
    elif LISTING.match(code):  # a listing of error messages: the loader's very words
        monkeypatch.chdir(tmp_path)
        assert code == produced_listing(code, tmp_path)
    else:
        pytest.fail(f"no check for this {language or 'untagged'} example: add one here")


def test_the_readme_counts_the_scenarios_shipped():
    """A count written in prose drifts as scenarios are added: it is checked here."""
    written = re.findall(r"\((\d+) are shipped", (ROOT / "README.md").read_text())
    assert [int(count) for count in written] == [len(shipped_scenarios())]
