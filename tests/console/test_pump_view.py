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


def test_the_record_keeps_its_own_time_and_is_marked_when_a_command_changed_it(qtbot):
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    times = iter([datetime(2026, 11, 25, 10, 42, 7), datetime(2026, 11, 25, 10, 43, 9)])
    view = PumpView(wall_clock=lambda: next(times))
    view.connected(pump.interrogate())
    assert view.record_age_text() == "not read yet"
    record = pump.read_record()
    with qtbot.waitSignal(view.changed):
        view.read_record(record)
    assert (view.record, view.record_age_text()) == (record, "10:43:09")
    with qtbot.waitSignal(view.changed):
        view.record_outdated("refill")
    assert view.record_age_text() == ("10:43:09, before the refill: interrogate (F5) to read "
                                      "it again")


def test_a_new_connection_forgets_the_record_of_the_pump_before(qtbot):
    pump = SimulatedPump.from_url("sim://?start=2026-11-25T09:00")
    view = PumpView(wall_clock=lambda: datetime(2026, 11, 25, 10, 42, 7))
    view.connected(pump.interrogate())
    view.read_record(pump.read_record())
    view.set_link(LinkState.CLOSED)
    assert view.record is not None  # kept, greyed with the rest
    view.connected(pump.interrogate())
    assert (view.record, view.record_age_text()) == (None, "not read yet")
