"""Shared UI fixtures: a session connected to a real simulated pump."""

import pytest
from itb_console.console.session import Session
from itb_console.device.simulated import SimulatedPump


@pytest.fixture
def connect_sim(qtbot):
    """``connect_sim(setup)`` -> (session, pump); ``setup(pump)`` runs before connecting."""
    sessions = []

    def connect(setup=lambda pump: None):
        pumps = []

        def opener(url):
            pumps.append(SimulatedPump.from_url(url))
            setup(pumps[-1])
            return pumps[-1]

        session = Session(opener=opener)
        sessions.append(session)
        with qtbot.waitSignal(session.status_changed, timeout=10_000):
            session.connect_to("sim://?start=2026-11-25T09:00")
        return session, pumps[0]

    yield connect
    for session in sessions:
        session.shutdown()
