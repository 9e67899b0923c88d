"""The instructor panel of a restarted console takes back the stations its crash left serving."""

from itb_console.console.training import classroom_link
from itb_console.console.training.classroom_announce import read_announcements
from itb_console.ui.training.instructor_panel import COLUMNS, InstructorPanel

from tests.classroom import left_running, serves

WAIT_MS = 30_000


def test_a_restarted_console_shows_and_commands_the_stations_left_serving(qtbot):
    folder = classroom_link.default_announce_folder()  # this test's own (tests/conftest.py)
    with left_running(folder, 2) as left:
        panel = InstructorPanel()
        qtbot.addWidget(panel)
        panel.timer.stop()
        with qtbot.waitSignal(panel.link.reattached, timeout=WAIT_MS) as got:
            pass  # asked for as the panel was made; answered once the event loop runs
        assert got.args[0].value.announcement.pid == left["pid"]
        urls = [row["url"] for row in left["rows"]]
        assert [panel.table.item(r, COLUMNS.index("Station")).text() for r in range(2)] == [
            "Station 1", "Station 2"]
        assert [row.url for row in panel.rows] == urls
        assert panel.message.text().count("Reattached to the classroom this console left "
                                          "running when it last closed unexpectedly: its 2 "
                                          "stations kept serving their trainees.") == 1
        assert serves(urls[0]) == "TRAINING-01"
        with qtbot.waitSignal(panel.link.answered, timeout=WAIT_MS) as started:
            panel.start()
        assert (started.args[0].error, [r.state.value for r in started.args[0].rows]) == (
            None, ["running", "running"])
        panel.close()  # ends the classroom, as for one it started itself
        qtbot.waitUntil(lambda: read_announcements(folder) == [], timeout=WAIT_MS)
