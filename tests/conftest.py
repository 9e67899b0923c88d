"""Suite-wide settings: headless Qt, deterministic hypothesis profile, a classroom fixture."""

import gc
import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings
from itb_console.console.training.classroom_client import ClassroomClient
from PySide6.QtCore import QStandardPaths

# Application-data files (the trainee records) go to a test folder, never the user's.
QStandardPaths.setTestModeEnabled(True)

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")


@pytest.fixture(autouse=True)
def collect_qt_garbage():
    """Collect each test's Qt wrappers while the QApplication still exists.

    Left to interpreter shutdown, PySide6 may free them after the application and abort.
    """
    yield
    gc.collect()


@pytest.fixture(scope="module")
def classroom() -> Iterator[ClassroomClient]:
    """One itb-classroom for a test module, as the instructor panel starts it."""
    client = ClassroomClient(linger_minutes=0)
    client.start()
    yield client
    client.close()
    assert client.process is not None and client.process.wait(timeout=30) == 0
