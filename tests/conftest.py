"""Suite-wide settings: headless Qt, deterministic hypothesis profile, a classroom fixture."""

import gc
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings
from itb_console.console.language import Language, use
from itb_console.console.training import classroom_link
from itb_console.console.training.classroom_client import ClassroomClient
from itb_console.console.translation import install_translators
from itb_console.device.running_emulators import FOLDER_VARIABLE
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths

# Application-data files (the trainee records) go to a test folder, never the user's.
QStandardPaths.setTestModeEnabled(True)

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")


def _flush_qt_events() -> None:
    """Deliver the queued signals and deferred deletes that are waiting, now."""
    app = QCoreApplication.instance()
    if app is not None:
        app.sendPostedEvents(None, 0)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """End each test's Qt objects at the end of that test, with nothing queued for them.

    Until the whole protocol is over pytest still holds the test's fixture values, so a
    collection inside a fixture's teardown cannot free them: sessions, workers and
    windows caught in reference cycles used to be freed by the automatic collector at
    any moment of a later test, even while their own queued signals were being delivered
    there (a segfault in the next test's ``_process_events``). Here the test's events are
    delivered while its objects exist, then the objects are collected while the
    QApplication still exists (left to interpreter shutdown, PySide6 may free them after
    it and abort), then whatever their deletion queued is delivered too.
    """
    yield
    _flush_qt_events()
    gc.collect()
    _flush_qt_events()


@pytest.fixture(autouse=True)
def _classrooms_announce_in_a_test_folder(tmp_path_factory, monkeypatch) -> None:
    """Classrooms the tests start announce themselves in a folder of each test's own.

    In the user's runtime folder an instructor panel under test would reattach to a
    classroom of another test run on this machine, or to the user's own.
    """
    folder = tmp_path_factory.mktemp("announce")
    monkeypatch.setattr(classroom_link, "default_announce_folder", lambda: folder)


@pytest.fixture(scope="session", autouse=True)
def emulator_announcements(tmp_path_factory) -> Iterator[Path]:
    """The emulators the tests start announce themselves in a test folder, never in the
    user's own (where the console's Connect dialog would list them)."""
    folder = tmp_path_factory.mktemp("running-emulators")
    os.environ[FOLDER_VARIABLE] = str(folder)
    yield folder
    os.environ.pop(FOLDER_VARIABLE, None)


@pytest.fixture(scope="module")
def classroom() -> Iterator[ClassroomClient]:
    """One itb-classroom for a test module, as the instructor panel starts it."""
    client = ClassroomClient(linger_minutes=0)
    client.start()
    yield client
    client.close()
    assert client.process is not None and client.process.wait(timeout=30) == 0


@pytest.fixture(scope="session", autouse=True)
def english_counts(qapp) -> Iterator:
    """English as the console runs it: its plural-only catalogue ("1 day", "2 days")."""
    installed = install_translators(Language.EN)
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def speak() -> Iterator:
    """``speak(Language.DE)``: the rest of the test runs in that language (numbers, dates
    and the catalogues); English again afterwards, as every other test expects."""
    installed = []

    def speak_(language: Language) -> None:
        use(language)
        installed.extend(install_translators(language))

    yield speak_
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    use(Language.EN)
