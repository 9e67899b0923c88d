"""Every number, time and date a person reads goes through console/number_style.py.

Ad-hoc format specs (``:.2f``, ``:g``, ``:+d``, ``:%d %b``), ``strftime`` and
``isoformat`` in the UI and in the modules that write the report, the history, the
debrief and the titration texts each chose their own decimals and units; the issue found
nine styles on one screen. This test keeps them out.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Modules that write files for programs, not people (JSON, CSV columns, TOML, file names,
# command lines): their numbers and dates are in the file format's own style. The number
# style and the number reader themselves are the one place formats are written.
DATA_FILES = {
    "console/number_style.py", "console/number_input.py",
    "console/clinical/report.py", "console/clinical/saved_pump.py",
    "console/training/classroom_protocol.py", "console/training/debrief.py",
    "console/training/records_db.py", "console/training/records_export.py",
    "console/training/records_queries.py", "console/training/run_filing.py",
    "console/training/scenario_toml.py",
}
# Everything else in ui/ and console/ is read by people, a module added later included.
READ_BY_PEOPLE = [path for path in sorted([*(ROOT / "ui").rglob("*.py"),
                                           *(ROOT / "console").rglob("*.py")])
                  if path.relative_to(ROOT).as_posix() not in DATA_FILES]
# A replacement field with a format spec (after the last ':' inside the braces) that
# formats a number or a date: decimals, general, signed, padded, thousands, or strftime.
AD_HOC = re.compile(r"\{[^{}]*?:(?:[+\-]?[0-9,_]*(?:\.[0-9]+)?[dfgeE%n]|%[a-zA-Z])[^{}]*\}"
                    r"|strftime\(|isoformat\(\)|%\.[0-9]+[fg]")
# Words the issue found beside the number style: "4 step(s)" (style.counted agrees a
# count with its noun), "90/90" beside "90 / 90 (100 %)" (style.score, style.points), and
# a record's raw "outcome = delayed; interrogations = 2" shown as if it were words.
UNSTYLED = re.compile(r"""(["'])[^"']*[a-z]\(s\)[^"']*\1"""
                      r"|\}\s?/\s?\{|\} = \{")
# Error messages raised for a bad entry quote the value as given (":g"), not as shown.
QUOTES_BAD_INPUT = re.compile(r"raise \w+\(|Error\(f")


def offending_lines(path: Path) -> list[str]:
    found, open_parens = [], 0  # inside a raise(...) while open_parens > 0
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if open_parens or QUOTES_BAD_INPUT.search(line):
            open_parens += line.count("(") - line.count(")")
            continue
        if AD_HOC.search(line) or UNSTYLED.search(line):
            found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_the_pattern_catches_the_styles_the_issue_found():
    for line in ('f"{ml(x):.4f} mL"', 'f"{change:+.1f} %"', 'f"{at:%d %b %Y}"',
                 'f"{limit:g} mL"', 'f"{minutes:+d} min"', 'f"x{speed:,.0f}"',
                 "value.isoformat()", 'value.strftime("%H")'):
        assert AD_HOC.search(line), line
    for line in ('f"{style.millilitres(x)}"', 'f"{name!r}"', 'f"{a}:{b}"', "{'x': 1}"):
        assert not AD_HOC.search(line), line


def test_the_pattern_catches_unstyled_counts_scores_and_raw_records():
    for line in ('f"{len(steps)} step(s), "', 'f"{r.score}/{r.max_score}"',
                 'f"{o.points} / {o.max_points}"', '"; ".join(f"{key} = {value}" for ...)'):
        assert UNSTYLED.search(line), line
    for line in ("self.jump(s))", 'f"{style.counted(n, \'step\')}"', 'f"{a} to {b}"',
                 '"socket://{host}:{port}"'):
        assert not UNSTYLED.search(line), line


def test_no_ad_hoc_number_or_date_formats_where_people_read():
    found = [line for path in READ_BY_PEOPLE if path.exists() for line in offending_lines(path)]
    assert found == []
