"""The shipped alarm catalogue (``resources/alarms.toml``): severity, words, tone per alarm."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from itb_console.device.resource_toml import ProfileError, TomlFields, read_toml, resource_node


@dataclass(frozen=True)
class Tone:
    description: str
    pattern: tuple[tuple[int, int], ...]  # (frequency Hz, duration ms)
    repeat_minutes: int


@dataclass(frozen=True)
class AlarmInfo:
    code: str
    severity: str  # "critical" | "non_critical"
    title: str
    meaning: str
    action: str
    clearable: bool

    @property
    def critical(self) -> bool:
        return self.severity == "critical"


@dataclass(frozen=True)
class AlarmCatalog:
    tones: dict[str, Tone]
    alarms: dict[str, AlarmInfo]

    def info(self, code: str) -> AlarmInfo:
        if code not in self.alarms:
            raise ProfileError(f"alarm: {code!r} is not one of {', '.join(self.alarms)}")
        return self.alarms[code]

    def tone_for(self, code: str) -> Tone:
        return self.tones[self.info(code).severity]


def parse_alarms(data: dict[str, Any], source: str) -> AlarmCatalog:
    root = TomlFields(data, source)
    tones_table = root.table_of("tones")
    tones: dict[str, Tone] = {}
    for severity in ("critical", "non_critical"):
        tone = tones_table.table_of(severity)
        pattern = tone.raw("pattern")
        if (not isinstance(pattern, list) or not pattern or not all(
                isinstance(p, list) and len(p) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) and 20 <= v <= 20000
                        for v in p) for p in pattern)):
            raise tone.fail("pattern", "must be a list of [frequency Hz, duration ms] pairs")
        tones[severity] = Tone(tone.text("description"),
                               tuple((int(f), int(d)) for f, d in pattern),
                               tone.integer("repeat_minutes", 1, 1440))
    alarms_table = root.table_of("alarms")
    alarms: dict[str, AlarmInfo] = {}
    for code in alarms_table.table:
        entry = alarms_table.table_of(code)
        severity = entry.text("severity")
        if severity not in tones:
            raise entry.fail("severity", f"{severity!r} must be critical or non_critical")
        clearable = entry.raw("clearable")
        if not isinstance(clearable, bool):
            raise entry.fail("clearable", f"{clearable!r} must be true or false")
        alarms[code] = AlarmInfo(code, severity, entry.text("title"), entry.text("meaning"),
                                 entry.text("action"), clearable)
    return AlarmCatalog(tones, alarms)


@cache
def load_alarms() -> AlarmCatalog:
    return parse_alarms(read_toml(resource_node("alarms.toml"), "resources/alarms.toml"),
                        "resources/alarms.toml")

