"""The panel's link to the classroom closes in order: nothing heard after, jobs ended, bounded."""

import threading

from itb_console.console.training.classroom_client import ClassroomError
from itb_console.console.training.classroom_link import ClassroomLink
from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import Shiboken

EMPTY = {"rows": [], "problems": []}


class FakeClient:
    """Answers as the classroom client does: a call under way fails at once when it closes."""

    started = True

    def __init__(self, *, hold: bool = False) -> None:
        self.hold = hold  # calls wait until the client closes
        self.closed = threading.Event()
        self.entered = threading.Semaphore(0)  # one release per call begun
        self.returned = threading.Event()
        self.ended: list[str] = []  # ops whose call has returned or raised

    def start(self) -> None:
        pass

    def call(self, op: str, **_args: object) -> dict:
        self.entered.release()
        try:
            if self.hold and self.closed.wait(30):
                raise ClassroomError("the classroom has been closed")
            return EMPTY
        finally:
            self.ended.append(op)
            self.returned.set()

    def close(self) -> None:
        self.closed.set()


def deliver_everything_queued() -> None:
    app = QCoreApplication.instance()
    app.sendPostedEvents(None, 0)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_an_answer_already_on_its_way_is_not_heard_after_close(qtbot):
    client = FakeClient()
    link = ClassroomLink(client)
    heard = []
    link.answered.connect(heard.append)
    link.call("Start", "start")
    assert client.returned.wait(10)  # the answer is made; the GUI thread has not taken it
    assert link.close() is True
    deliver_everything_queued()
    assert heard == []
    link.call("Pause", "pause")  # a call after close is not even started
    deliver_everything_queued()
    assert (heard, client.ended) == ([], ["start"])


def test_close_waits_for_the_calls_under_way_and_cancels_the_rest(qtbot):
    client = FakeClient(hold=True)
    link = ClassroomLink(client)
    heard = []
    link.answered.connect(heard.append)
    for verb in ("start", "pause", "resume"):  # two run (two call threads), one waits
        link.call(verb.title(), verb)
    assert client.entered.acquire(timeout=10) and client.entered.acquire(timeout=10)
    assert link.close() is True  # the client closing made both fail at once
    assert sorted(client.ended) == ["pause", "start"]  # ended before close returned
    deliver_everything_queued()
    assert heard == []
    assert sorted(client.ended) == ["pause", "start"]  # "resume" was never sent


def test_a_job_that_outlives_the_bound_ends_unheard_after_the_link_is_gone(qtbot):
    client = FakeClient()
    link = ClassroomLink(client)
    heard = []
    link.answered.connect(heard.append)
    release, began, ended = threading.Event(), threading.Event(), threading.Event()

    def stuck_on_a_slow_disk() -> str:
        began.set()
        release.wait(30)
        ended.set()
        return "saved"

    link.run("Save debrief", stuck_on_a_slow_disk)
    assert began.wait(10)
    assert link.close(wait_ms=50) is False  # still running: the GUI thread waits no more
    jobs = link.calls
    link.deleteLater()
    deliver_everything_queued()  # the link is deleted while its job runs
    assert not Shiboken.isValid(link) and Shiboken.isValid(jobs)
    release.set()

    def jobs_freed() -> bool:
        deliver_everything_queued()
        return not Shiboken.isValid(jobs)

    qtbot.waitUntil(jobs_freed, timeout=10_000)  # its answer came, was dropped, nothing kept
    assert ended.is_set() and heard == []
