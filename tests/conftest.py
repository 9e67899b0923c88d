"""Suite-wide settings: headless Qt, deterministic hypothesis profile."""

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

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
