"""The language the console speaks, and the number and date conventions that go with it.

One language for the whole run, chosen once at start-up (``--lang``, else the
preference, else the system locale, else English) and read by the number style, the
number fields and the translators. Each language uses its main locale's separators
(German: decimal comma, "." between thousands), because a trainee reads and types numbers
the way the programmer in their clinic shows them.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QLocale


class Language(enum.Enum):
    """A language the console is translated into; its value is the ``--lang`` code."""

    EN = "en"
    DE = "de"
    FR = "fr"
    ES = "es"

    @property
    def locale(self) -> QLocale:
        """The main locale of the language: its separators and its day names."""
        return _locale(self)

    @property
    def native_name(self) -> str:
        """The language in its own words, as a chooser lists it ("Deutsch")."""
        return _NATIVE_NAMES[self]

    @property
    def decimal_point(self) -> str:
        return _separators(self)[0]

    @property
    def group_separator(self) -> str:
        return _separators(self)[1]

    @property
    def date_pattern(self) -> str:
        """A day as ``strftime`` writes it: the locale's short date with a four-digit year
        (a two-digit year on a replace-by date is a misreading waiting to happen). English
        keeps ISO 8601, which reads the same in London and New York."""
        return _DATE_PATTERNS[self]

    @property
    def month_pattern(self) -> str:
        """A month alone, in the same order as a day ("02.2027"; "2027-02" in English)."""
        return _MONTH_PATTERNS[self]

    @property
    def qt_date_format(self) -> str:
        """The same day as a Qt date field shows it ("dd.MM.yyyy")."""
        return (self.date_pattern.replace("%Y", "yyyy").replace("%m", "MM")
                .replace("%d", "dd"))


_LOCALE_NAMES = {Language.EN: "en_GB", Language.DE: "de_DE", Language.FR: "fr_FR",
                 Language.ES: "es_ES"}
_NATIVE_NAMES = {Language.EN: "English", Language.DE: "Deutsch", Language.FR: "Français",
                 Language.ES: "Español"}
_DATE_PATTERNS = {Language.EN: "%Y-%m-%d", Language.DE: "%d.%m.%Y", Language.FR: "%d/%m/%Y",
                  Language.ES: "%d/%m/%Y"}
_MONTH_PATTERNS = {Language.EN: "%Y-%m", Language.DE: "%m.%Y", Language.FR: "%m/%Y",
                   Language.ES: "%m/%Y"}



@cache
def _locale(language: Language) -> QLocale:
    return QLocale(_LOCALE_NAMES[language])


@cache
def _separators(language: Language) -> tuple[str, str]:
    """Asked of Qt once: every number the console writes needs them."""
    return _locale(language).decimalPoint(), _locale(language).groupSeparator()


CODES = tuple(language.value for language in Language)
SYSTEM = "system"  # the preference's value for "follow the computer's language"


def parse_language(text: str) -> Language:
    """A ``--lang`` value or a stored preference; a bad one names the allowed codes."""
    try:
        return Language(text.strip().lower())
    except ValueError:
        raise ValueError(f"{text!r} is not a language of this console; use one of "
                         f"{', '.join(CODES)}") from None


def from_locale_names(names: Iterable[str]) -> Language:
    """The first of the system's preferred languages that the console speaks ("de-AT",
    "fr_CA" and "es-419" all count); English when none is."""
    for name in names:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in CODES:
            return Language(code)
    return Language.EN


def system_language() -> Language:
    return from_locale_names(QLocale.system().uiLanguages())


def choose(flag: str | None, preference: str | None) -> Language:
    """``--lang`` first, then the saved preference (unless it says follow the system, or
    is unreadable), then the system's own language."""
    if flag is not None:
        return parse_language(flag)
    if preference and preference != SYSTEM:
        try:
            return parse_language(preference)
        except ValueError:
            pass  # a hand-edited settings file: the system's language is the safe reading
    return system_language()


_current = Language.EN


def current() -> Language:
    """The language of this run (English until :func:`use` says otherwise)."""
    return _current


ENVIRONMENT = "ITB_CONSOLE_LANG"  # the classroom process a console starts speaks as it does


def use(language: Language) -> None:
    """Speak ``language`` from now on: numbers, dates and Qt's own widgets follow it, and
    so do the processes this one starts (the classroom, whose stations score in it)."""
    global _current
    _current = language
    QLocale.setDefault(language.locale)
    os.environ[ENVIRONMENT] = language.value


def use_environment() -> None:
    """In a helper process: the language of the console that started it, if it said."""
    code = os.environ.get(ENVIRONMENT, "")
    if code in CODES:
        use(Language(code))
