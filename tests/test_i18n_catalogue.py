"""Every string the console shows is in each language's catalogue, translated, and the
compiled catalogue the package ships is the one built from it (tools/i18n.py)."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert spec is not None and spec.loader is not None
i18n = importlib.util.module_from_spec(spec)
sys.modules["i18n_tool"] = i18n
spec.loader.exec_module(i18n)


def test_every_source_string_is_translated_and_compiled_in_every_language():
    assert i18n.problems() == []


def test_the_catalogues_hold_the_strings_of_the_sources_and_nothing_else():
    expected = {key for key, _numerus in i18n.fresh_keys()}
    for language in i18n.LANGUAGES:
        held = {message.key for message in i18n.read_ts(i18n.ts_path(language))}
        assert held == expected, language


def test_no_string_to_translate_hides_in_an_f_string():
    """pyside6-lupdate does not read inside f-strings: a tr("...") there is never put in a
    catalogue, and its text would stay English in every language."""
    hidden = []
    for folder in i18n.SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.JoinedStr):
                    continue
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                            and call.func.id in {"tr", "QT_TR_NOOP"} and call.args
                            and isinstance(call.args[0], ast.Constant)):
                        hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert hidden == []


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.FOLDER, folder)
    return folder


def test_a_string_missing_from_the_table_is_unfinished_and_the_check_names_it(copy):
    table = i18n.read_table(i18n.table_path("de", copy))
    dropped = ("Type a number.", "")
    del table[dropped]
    i18n.write_table(i18n.table_path("de", copy), table)
    i18n.update(copy)
    assert i18n.counts("de", copy)[:2] == (len(table) + 1, len(table))
    assert i18n.problems(copy) == ["de: unfinished: 'Type a number.'"]


def test_a_translation_that_loses_a_placeholder_is_named(copy):
    table = i18n.read_table(i18n.table_path("es", copy))
    key = ("{typed} is not a number.", "")
    table[key] = i18n.Row(*key, "no es un número.")
    i18n.write_table(i18n.table_path("es", copy), table)
    i18n.update(copy)
    assert i18n.problems(copy) == [
        "es: 'no es un número.' does not keep ['{typed}'] of '{typed} is not a number.'"]


def test_a_merge_conflict_in_a_catalogue_is_resolved_by_regenerating(copy):
    ts = i18n.ts_path("fr", copy)
    lines = ts.read_text(encoding="utf-8").splitlines()
    conflicted = [*lines[:5], "<<<<<<< HEAD", *lines[5:9], "=======", *lines[5:9],
                  ">>>>>>> other", *lines[9:]]
    ts.write_text("\n".join(conflicted), encoding="utf-8")
    i18n.qm_path("fr", copy).write_bytes(b"not a catalogue")
    assert i18n.problems(copy)[0].startswith("fr: itb_console_fr.ts cannot be read")
    i18n.update(copy)
    assert i18n.problems(copy) == []
    assert ts.read_bytes() == i18n.ts_path("fr").read_bytes()
    assert i18n.qm_path("fr", copy).read_bytes() == i18n.qm_path("fr").read_bytes()


def test_translations_typed_in_qt_linguist_are_harvested_into_the_table(copy):
    key = ("Type a number.", "")
    table = i18n.read_table(i18n.table_path("de", copy))
    del table[key]
    i18n.write_table(i18n.table_path("de", copy), table)
    i18n.update(copy)
    ts = i18n.ts_path("de", copy)
    unfinished = '<source>Type a number.</source>\n            <translation type="unfinished" />'
    assert unfinished in ts.read_text(encoding="utf-8")
    ts.write_text(ts.read_text(encoding="utf-8").replace(unfinished, (
        "<source>Type a number.</source>\n            <translation>Zahl eingeben.</translation>")),
        encoding="utf-8")
    i18n.harvest(copy)
    assert i18n.read_table(i18n.table_path("de", copy))[key].translation == "Zahl eingeben."
    i18n.update(copy)
    assert i18n.problems(copy) == []


def test_rows_no_string_uses_are_counted_and_pruned(copy):
    table = i18n.read_table(i18n.table_path("fr", copy))
    table[("An old sentence.", "")] = i18n.Row("An old sentence.", "", "Une vieille phrase.")
    i18n.write_table(i18n.table_path("fr", copy), table)
    assert i18n.counts("fr", copy)[2] == 1
    i18n.prune(copy)
    assert i18n.counts("fr", copy)[2] == 0
    assert i18n.table_path("fr", copy).read_bytes() == i18n.table_path("fr").read_bytes()
