"""The console's translations: extract, fill from the reviewed tables, compile, check.

    python tools/i18n.py            # `make i18n`: lupdate, fill the .ts from the tables, lrelease
    python tools/i18n.py status     # strings and % translated per language
    python tools/i18n.py check      # what tests/test_i18n_catalogue.py checks; exit 1 on a problem
    python tools/i18n.py todo de    # the untranslated strings of one language, as table rows
    python tools/i18n.py harvest    # translations made in Qt Linguist (.ts) into the tables
    python tools/i18n.py prune      # drop table rows no source string uses any more

The reviewed tables (resources/i18n/<lang>.csv: source, comment, translation, plural) are
the source of truth; the .ts files are regenerated from the sources and the tables, and
the .qm files compiled from them, so a merge conflict in a .ts or .qm is resolved by
regenerating (docs/translating.md). Rows are sorted, one string per row, so several
people can translate at once and git merges their tables line by line.
"""

from __future__ import annotations

import csv
import filecmp
import re
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
SOURCES = ("console", "ui")
LANGUAGES = ("de", "fr", "es")
# English needs a catalogue for its counts only ("1 day", "2 days" from "%n days"),
# as Qt intends: lupdate -pluralonly.
PLURAL_ONLY = ("en",)
CATALOGUES = LANGUAGES + PLURAL_ONLY
BIN = Path(sys.executable).parent
COLUMNS = ["source", "comment", "translation", "plural"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|<[^>]+>")
# Text a person reads that lives in data files, not code: the alarm catalogue's names,
# meanings and actions (shown through tr() like any other text).
DATA_FIELDS = {"resources/alarms.toml": {"alarms": ("title", "meaning", "action"),
                                         "tones": ("description",)}}


@dataclass(frozen=True)
class Row:
    """One reviewed translation: ``plural`` is the second form of a ``%n`` message."""

    source: str
    comment: str
    translation: str
    plural: str = ""


Key = tuple[str, str]  # (source, comment)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"itb_console_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"itb_console_{language}.qm"


def table_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{language}.csv"


# ------------------------------------------------------------------------ tables
def read_table(path: Path) -> dict[Key, Row]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [Row(**{name: row.get(name) or "" for name in COLUMNS})
                for row in csv.DictReader(handle)]
    return {(row.source, row.comment): row for row in rows}


def write_table(path: Path, rows: dict[Key, Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for key in sorted(rows):
            row = rows[key]
            writer.writerow([row.source, row.comment, row.translation, row.plural])


# ------------------------------------------------------------------------ .ts files
def data_strings() -> list[str]:
    """The strings of :data:`DATA_FIELDS`, in file order."""
    found: list[str] = []
    for name, tables in DATA_FIELDS.items():
        data = tomllib.loads((ROOT / name).read_text(encoding="utf-8"))
        for table, fields in tables.items():
            for entry in data.get(table, {}).values():
                found += [entry[field] for field in fields
                          if isinstance(entry.get(field), str) and entry[field] not in found]
    return found


def add_data_strings(ts: Path) -> None:
    """Put the data files' strings into ``ts`` beside lupdate's (the empty context)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if not (c.findtext("name") or "")), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name")
    held = {m.findtext("source") for m in context.iter("message")
            if not m.findtext("comment")}
    for text in data_strings():
        if text not in held:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lupdate(ts: Path) -> None:
    """Bring ``ts`` in step with the sources: new strings added, vanished ones dropped;
    then the data files' strings (none of them has a count: not in a plural-only one)."""
    language = ts.stem.split("_")[-1]
    done = subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none",
         "-no-obsolete", "-source-language", "en", "-target-language", language,
         *(["-pluralonly"] if language in PLURAL_ONLY else []),
         *(str(ROOT / folder) for folder in SOURCES), "-ts", str(ts)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed: {done.stderr.strip()}")
    if language not in PLURAL_ONLY:
        add_data_strings(ts)


def lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lrelease failed: {done.stderr.strip()}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" when finished, else the translation's type (unfinished, vanished...)
    forms: tuple[str, ...]

    @property
    def key(self) -> Key:
        return (self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: tuple[str, ...] = ()
            state = "unfinished"
            if translation is not None:
                state = translation.get("type", "")
                forms = (tuple(form.text or "" for form in translation.iter("numerusform"))
                         if numerus else (translation.text or "",))
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", numerus, state, forms))
    return messages


def fill(ts: Path, table: dict[Key, Row]) -> None:
    """Write the table's translation into every message of ``ts``; a message the table
    lacks is marked unfinished (empty), never left with an old text."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        numerus = message.get("numerus") == "yes"
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        row = table.get(key)
        forms = ([row.translation, row.plural] if numerus else [row.translation]) if row else []
        done = bool(forms) and all(forms)
        if not done:
            translation.set("type", "unfinished")
        if numerus:
            for text in forms if done else ["", ""]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = forms[0] if done else ""
    _sort(tree.getroot())
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def _sort(root: ET.Element) -> None:
    """Contexts by name, messages by source and comment: lupdate appends new strings to an
    existing file but orders a fresh one its own way, and a file regenerated after a merge
    conflict must come out the same as one kept up to date."""
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in contexts:
        root.remove(context)
        messages = sorted(context.findall("message"),
                          key=lambda m: (m.findtext("source") or "", m.findtext("comment") or ""))
        for message in messages:
            context.remove(message)
        context.extend(messages)
    root.extend(contexts)


# ------------------------------------------------------------------------ commands
def update(folder: Path = FOLDER) -> None:
    """Regenerate every .ts and .qm from the sources and the tables. A .ts left with
    merge-conflict markers is started afresh: the tables hold every translation."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in CATALOGUES:
        ts = ts_path(language, folder)
        try:
            if ts.exists():
                ET.parse(ts)
        except ET.ParseError:
            ts.unlink()
        lupdate(ts)
        fill(ts, read_table(table_path(language, folder)))
        lrelease(ts, qm_path(language, folder))


def counts(language: str, folder: Path = FOLDER) -> tuple[int, int, int]:
    """(strings, translated, table rows no string uses)."""
    messages = read_ts(ts_path(language, folder))
    used = {message.key for message in messages}
    unused = len(set(read_table(table_path(language, folder))) - used)
    return len(messages), sum(1 for m in messages if not m.state), unused


def status() -> None:
    for language in CATALOGUES:
        total, translated, unused = counts(language)
        share = 100 * translated / total if total else 100
        print(f"{language}: {translated} of {total} strings translated ({share:.1f} %)"
              + (f"; {unused} table rows unused (python tools/i18n.py prune)" if unused else ""))


def fresh_keys(language: str = "de") -> set[tuple[Key, bool]]:
    """Every string the sources hold now for ``language``'s catalogue, as lupdate finds
    them (the counts alone for English)."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / f"fresh_{language}.ts"
        lupdate(ts)
        return {(m.key, m.numerus) for m in read_ts(ts)}


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(folder: Path = FOLDER) -> list[str]:
    """Everything that keeps a catalogue from being complete and current."""
    found = []
    every = fresh_keys()
    for language in CATALOGUES:
        expected = {key for key in every if key[1]} if language in PLURAL_ONLY else every
        ts, qm = ts_path(language, folder), qm_path(language, folder)
        try:
            messages = read_ts(ts)
        except (OSError, ET.ParseError) as error:
            found.append(f"{language}: {ts.name} cannot be read ({error}): make i18n")
            continue
        held = {(m.key, m.numerus) for m in messages}
        found += [f"{language}: missing from the .ts (make i18n): {key[0][0]!r}"
                  for key in sorted(expected - held)]
        found += [f"{language}: in the .ts but no longer in the sources (make i18n): "
                  f"{key[0][0]!r}" for key in sorted(held - expected)]
        for message in messages:
            if message.context:
                found.append(f"{language}: {message.source!r} is in context "
                             f"{message.context!r}; use tr() from console/translation.py")
            if message.state:
                found.append(f"{language}: {message.state}: {message.source!r}")
                continue
            wanted = placeholders(message.source)
            for form in message.forms:
                if placeholders(form) != wanted:
                    found.append(f"{language}: {form!r} does not keep {wanted} of "
                                 f"{message.source!r}")
        with tempfile.TemporaryDirectory() as scratch:
            compiled = Path(scratch) / "check.qm"
            lrelease(ts, compiled)
            if not qm.exists() or not filecmp.cmp(compiled, qm, shallow=False):
                found.append(f"{language}: {qm.name} is not compiled from its .ts (make i18n)")
    return found


def check() -> int:
    found = problems()
    print("\n".join(found) if found else "translations complete and current")
    return 1 if found else 0


def todo(language: str) -> None:
    """The strings still to translate, as rows to paste into the table and fill in."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for message in read_ts(ts_path(language)):
        if message.state:
            writer.writerow([message.source, message.comment, "", ""])


def harvest(folder: Path = FOLDER) -> None:
    """Translations finished in Qt Linguist go into the tables (the tables win later)."""
    for language in CATALOGUES:
        table = read_table(table_path(language, folder))
        for message in read_ts(ts_path(language, folder)):
            if not message.state and all(message.forms):
                forms = [*message.forms, ""]
                table[message.key] = Row(message.source, message.comment, forms[0],
                                         forms[1] if message.numerus else "")
        write_table(table_path(language, folder), table)


def prune(folder: Path = FOLDER) -> None:
    for language in CATALOGUES:
        used = {message.key for message in read_ts(ts_path(language, folder))}
        table = read_table(table_path(language, folder))
        write_table(table_path(language, folder), {k: r for k, r in table.items() if k in used})


COMMANDS = ("update", "status", "check", "harvest", "prune")


def is_command(argv: list[str]) -> bool:
    """Whether ``argv`` is a command line this tool runs (the docs' examples are checked)."""
    return (argv[:1] == ["todo"] and argv[1:] in ([language] for language in CATALOGUES)) or (
        len(argv) <= 1 and (argv or ["update"])[0] in COMMANDS)


def main(argv: list[str]) -> int:
    if not is_command(argv):
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[0] if argv else "update"
    if command == "todo":
        todo(argv[1])
    elif command == "check":
        return check()
    elif command == "update":
        update()
        status()
    else:
        {"status": status, "harvest": harvest, "prune": prune}[command]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
