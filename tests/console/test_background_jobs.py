"""Background jobs answer on the GUI thread, only while their owner is open, and end in order."""

import threading

import pytest
from itb_console.console.background_jobs import BackgroundJobs
from itb_console.console.file_jobs import FileJobs
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread
from shiboken6 import Shiboken


def deliver_everything_queued() -> None:
    app = QCoreApplication.instance()
    app.sendPostedEvents(None, 0)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def freed(jobs: QObject):
    """A condition for waitUntil: the jobs object has answered everything and gone."""
    def gone() -> bool:
        deliver_everything_queued()
        return not Shiboken.isValid(jobs)
    return gone


def test_values_come_back_on_the_gui_thread_in_the_order_asked(qtbot):
    jobs = BackgroundJobs(1)
    worked_on, answered = [], []

    def work(number: int) -> int:
        worked_on.append(QThread.currentThread())
        return number * 10

    for number in (1, 2, 3):
        jobs.start(lambda n=number: work(n),
                   lambda value: answered.append((value, QThread.currentThread())))
    qtbot.waitUntil(lambda: len(answered) == 3, timeout=10_000)
    gui = QCoreApplication.instance().thread()
    assert [value for value, _ in answered] == [10, 20, 30]
    assert {thread for _, thread in answered} == {gui}
    assert gui not in worked_on
    assert jobs.close() is True
    qtbot.waitUntil(freed(jobs), timeout=10_000)


def test_a_job_that_fails_unexpectedly_raises_on_the_gui_thread(qtbot):
    jobs = BackgroundJobs(1)

    def broken() -> None:
        raise KeyError("code")

    with qtbot.captureExceptions() as raised:
        jobs.start(broken, lambda value: None)
        qtbot.waitUntil(lambda: len(raised) == 1, timeout=10_000)
    kind, error, _ = raised[0]
    assert (kind, str(error)) == (KeyError, "'code'")
    jobs.close()


@pytest.mark.parametrize(("finish_on_close", "done_at_last"),
                         [(False, ["first"]), (True, ["first", "second"])])
def test_close_cancels_the_jobs_not_started_unless_they_must_finish(qtbot, finish_on_close,
                                                                    done_at_last):
    jobs = BackgroundJobs(1, finish_on_close=finish_on_close)
    began, gate, done, heard = threading.Event(), threading.Event(), [], []

    def held(name: str) -> None:
        began.set()
        gate.wait(30)
        done.append(name)

    jobs.start(lambda: held("first"), heard.append)
    jobs.start(lambda: held("second"), heard.append)
    assert began.wait(10)
    assert jobs.close(wait_ms=0) is False  # "first" is running, "second" waits
    gate.set()
    qtbot.waitUntil(freed(jobs), timeout=10_000)
    assert (done, heard) == (done_at_last, [])


def test_a_window_deleted_while_its_file_is_written_hears_nothing_and_the_file_is_whole(
        qtbot, tmp_path):
    window = QObject()
    files = FileJobs(window)
    jobs = files.jobs
    heard = []
    files.finished.connect(lambda tag, error: heard.append((tag, error)))
    gate = threading.Event()
    target = tmp_path / "export.csv"

    def write() -> None:
        gate.wait(30)
        target.write_text("a,b\n", encoding="utf-8")

    files.run(str(target), write)
    window.deleteLater()
    deliver_everything_queued()  # the window and its FileJobs are gone, the write is held
    assert not Shiboken.isValid(files)
    gate.set()
    qtbot.waitUntil(freed(jobs), timeout=10_000)
    assert (target.read_text(encoding="utf-8"), heard) == ("a,b\n", [])


def test_file_jobs_say_how_a_write_and_a_read_went(qtbot, tmp_path):
    files = FileJobs()
    target = tmp_path / "missing" / "report.pdf"

    def write() -> None:
        target.write_bytes(b"%PDF")

    with qtbot.waitSignal(files.finished, timeout=10_000) as written:
        files.run("report", write)
    assert written.args[0] == "report"
    assert "No such file or directory" in written.args[1]
    with qtbot.waitSignal(files.answered, timeout=10_000) as read:
        files.ask("open", lambda: "text")
    assert read.args == ["open", "text", None]


def test_windows_opened_and_closed_all_day_leave_no_jobs_behind(qtbot, tmp_path):
    """Long-running consoles stay flat: each closed owner's jobs free themselves."""
    app = QCoreApplication.instance()

    def jobs_alive() -> int:
        return len(app.findChildren(BackgroundJobs))

    before = jobs_alive()
    for number in range(40):
        window = QObject()
        files = FileJobs(window)
        target = tmp_path / f"export-{number}.csv"
        files.run(str(target), lambda target=target: target.write_text("a\n"))
        if number % 2:
            window.deleteLater()  # half go while their write is in hand
        else:
            with qtbot.waitSignal(files.finished, timeout=10_000):
                pass
            window.deleteLater()

    def settled() -> bool:
        deliver_everything_queued()
        return jobs_alive() == before

    qtbot.waitUntil(settled, timeout=10_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"export-{n}.csv" for n in range(40))
