"""Fixtures shared by the device tests."""

import tomllib
from importlib import resources

import pytest


@pytest.fixture
def shipped_toml():
    """Reads a shipped resource file as TOML, for tests that alter one field of real data."""
    def read(name: str) -> dict:
        return tomllib.loads(resources.files("itb_console.resources").joinpath(name).read_text())
    return read
