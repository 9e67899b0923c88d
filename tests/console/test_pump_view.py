"""The pump view: what was read, when, over what link; and the words every widget shows."""

from datetime import datetime

from itb_console.console.pump_view import LinkState, PumpView
from itb_console.device.simulated import SimulatedPump


def status():
    return SimulatedPump.from_url("sim://?start=2026-11-25T09:00").interrogate()


def test_never_connected_has_nothing_to_show(qtbot):
    view = PumpView()
    assert (view.status, view.read_at, view.live) == (None, None, False)
    assert view.age_text() == "No pump read yet: connect to a pump (Ctrl+K)."


def test_a_read_then_a_lost_link_keeps_the_values_marked_as_old(qtbot):
    view = PumpView(wall_clock=lambda: datetime(2026, 11, 25, 10, 42, 7))
    read = status()
    with qtbot.waitSignal(view.changed):
        view.connected(read)
    assert view.live and view.age_text() == "Read 10:42:07, connected"
    with qtbot.waitSignal(view.changed):
        view.set_link(LinkState.LOST)
    assert view.status is read and not view.live
    assert view.age_text() == "Last read 10:42, not connected (link lost)"
    view.set_link(LinkState.CLOSED)
    assert view.age_text() == "Last read 10:42, not connected"
    view.set_link(LinkState.NEVER)
    assert view.status is None and view.age_text().startswith("No pump read yet")
