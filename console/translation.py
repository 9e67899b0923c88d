"""Translated text: the ``tr()`` every module writes its words through, and loading the
compiled catalogues (ours and Qt's own, for standard buttons) for the chosen language.

One context for the whole program: a word is translated once wherever it appears, and
console modules that are not Qt objects translate exactly like widgets. ``pyside6-lupdate``
finds every ``tr("...")`` (``make i18n``); text built before a translator can be installed
(module constants) is marked with ``QT_TR_NOOP`` and passed through ``tr()`` where shown.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from itb_console.console.language import Language, choose, use
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

CATALOGUE = "itb_console_{code}.qm"


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language of this run; ``%n`` in it becomes ``n``, with the
    plural form the language needs."""
    return QCoreApplication.translate("", source, disambiguation, n)


def QT_TR_NOOP(source: str) -> str:
    """Marks text for the catalogue without translating it yet (a module constant)."""
    return source


def catalogue_path(language: Language):
    """Where the compiled catalogue of ``language`` is installed (inside the package)."""
    return files("itb_console.resources") / "i18n" / CATALOGUE.format(code=language.value)


def install_translators(language: Language) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language`` into the running application.

    English has a catalogue for its counts only ("1 day", "2 days") and needs none of
    Qt's. A catalogue that cannot be loaded (a damaged install) is logged and the console
    carries on in English rather than not starting; the returned translators are the ones
    that loaded (kept alive by the application).
    """
    app = QCoreApplication.instance()
    if app is None:
        return []
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    with as_file(catalogue_path(language)) as path:
        if ours.load(str(path)):
            loaded.append(ours)
        else:
            logging.getLogger(__name__).warning(
                "cannot load %s: the console stays in English", path)
            return []
    qt = QTranslator(app)
    if language is not Language.EN and qt.load(
            f"qtbase_{language.value}",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    for translator in loaded:
        QCoreApplication.installTranslator(translator)
    return loaded


def speak(flag: str | None, preference: str | None) -> Language:
    """Choose the language of this run (``--lang``, the preference, the system), make
    numbers and dates follow it and load its catalogues; called once, before any window."""
    language = choose(flag, preference)
    use(language)
    install_translators(language)
    return language
