"""The worker: calls run off the GUI thread, in order, with deadlines and cancel."""

import threading

import pytest
from itb_console.console.worker import PumpWorker
from itb_console.device.pump_api import PumpRefused, PumpTimeout, Reason

from tests.text import spaced


@pytest.fixture
def worker(qtbot):
    made = PumpWorker()
    yield made
    made.finish()
    assert made.wait(5000)


def test_calls_run_on_another_thread_in_order(qtbot, worker):
    names = []

    def call(tag):
        names.append(threading.current_thread() is threading.main_thread())
        return tag

    results = []
    worker.finished.connect(lambda job, result: results.append(result))
    for tag in ("a", "b", "c"):
        worker.submit(lambda tag=tag: call(tag))
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results == ["a", "b", "c"]
    assert names == [False, False, False]
    assert worker.pending == 0


def test_pump_errors_and_bugs_come_back_as_failures(qtbot, worker):
    def refuse():
        raise PumpRefused(Reason.OUT_OF_RANGE, "rate above the limit")

    with qtbot.waitSignal(worker.failed, timeout=5000) as refused:
        job = worker.submit(refuse)
    assert refused.args[0] == job and isinstance(refused.args[1], PumpRefused)
    with qtbot.waitSignal(worker.failed, timeout=5000) as bug:
        worker.submit(lambda: 1 / 0)
    assert "Unexpected error" in str(bug.args[1])


def test_a_slow_call_times_out_and_its_late_result_is_dropped(qtbot, worker):
    release = threading.Event()
    delivered = []
    worker.finished.connect(lambda job, result: delivered.append(result))
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.submit(lambda: release.wait(5) and "late", timeout_ms=50)
    assert isinstance(failed.args[1], PumpTimeout)
    assert spaced(str(failed.args[1])) == "The pump did not answer within 0.05 s."
    release.set()
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.submit(lambda: "next")
    assert delivered == ["next"]


def test_cancelled_job_delivers_nothing(qtbot, worker):
    release = threading.Event()
    delivered = []
    worker.finished.connect(lambda job, result: delivered.append(result))
    job = worker.submit(lambda: release.wait(5) and "cancelled")
    worker.cancel(job)
    release.set()
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=5000)
    assert delivered == []


def test_timeout_must_be_positive(worker):
    with pytest.raises(ValueError, match="timeout_ms must be a positive"):
        worker.submit(lambda: None, timeout_ms=0)


def test_finish_ends_the_thread_after_the_calls_already_sent_and_waits_for_none(
        qtbot, worker):
    go = threading.Event()
    with qtbot.waitSignal(worker.finished, timeout=10_000) as done:
        worker.submit(lambda: go.wait(10) and "the last call ran")
        worker.finish()  # returns at once: the call above is still held
        assert worker.pump_thread.isRunning() and not go.is_set()
        go.set()
    assert done.args[1] == "the last call ran"
    qtbot.waitUntil(lambda: not worker.pump_thread.isRunning(), timeout=10_000)
