"""The ``harness`` fixture: every contract test runs once per back-end in BACKENDS."""

import pytest

from tests.contract.backends import BACKENDS


@pytest.fixture(params=sorted(BACKENDS))
def backend(request):
    return BACKENDS[request.param]


@pytest.fixture
def harness(backend):
    with backend() as made:
        yield made
