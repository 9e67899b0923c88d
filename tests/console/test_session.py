"""The session against the real simulated pump: connect, send, verify, failures, close."""

import threading

import pytest
import shiboken6
from itb_console.console.actions import ActionKind
from itb_console.console.session import Session, SessionState
from itb_console.device.pump_api import LinkError, ProgramInForce
from itb_console.device.simulated import SimulatedPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule
from PySide6.QtCore import QObject

from tests.text import spaced


@pytest.fixture
def session(qtbot):
    made = Session()
    yield made
    made.shutdown()


def connect(qtbot, session, url="sim://?start=2026-11-25T09:00"):
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.connect_to(url)
    assert session.state is SessionState.READY
    qtbot.waitUntil(lambda: not session.worker.pending, timeout=10_000)  # the record read
    return session.status


def new_program(status, mcg_per_day=380):
    return Program(Mode.CONTINUOUS, Schedule.constant(DoseRate.from_mcg_per_day(mcg_per_day)),
                   status.program.concentration)


def test_connect_interrogates_then_sends_and_verifies(qtbot, session):
    status = connect(qtbot, session)
    assert status.identity.serial_number == "SIM-000001"
    kinds = [a.kind for a in session.actions.actions]
    assert kinds == [ActionKind.CONNECT, ActionKind.INTERROGATE]
    program = new_program(status)
    with qtbot.waitSignal(session.send_finished, timeout=10_000) as sent:
        session.send_program(program)
    result = sent.args[0]
    assert result.verified and result.program_in_force is ProgramInForce.NEW
    assert "verified" in result.message
    qtbot.waitUntil(lambda: session.status.program == program, timeout=10_000)
    assert session.actions.actions[-1].kind is ActionKind.PROGRAM_SENT


def test_never_programs_before_interrogating(qtbot, session):
    with qtbot.waitSignal(session.error) as error:
        session.send_program(Program(Mode.STOPPED, Schedule.constant(DoseRate(400_000)),
                                     Concentration(2000)))
    assert "interrogated before programming" in error.args[0]


def test_refused_program_leaves_the_old_one_running(qtbot, session):
    status = connect(qtbot, session)
    bad = Program(Mode.CONTINUOUS, Schedule.constant(DoseRate(400_000)),
                  Concentration(500))
    with qtbot.waitSignal(session.send_finished, timeout=10_000) as sent:
        session.send_program(bad)
    result = sent.args[0]
    assert not result.verified and result.program_in_force is ProgramInForce.OLD
    assert "refused" in result.message and "old program" in result.message
    assert session.status.program == status.program


class DropsAfterCommit(SimulatedPump):
    """The real simulated pump whose link fails right after the commit reached it."""

    def write_program(self, program):
        super().write_program(program)
        raise LinkError("cable pulled")


def test_link_lost_after_commit_reads_back_the_new_program(qtbot):
    session = Session(opener=lambda url: DropsAfterCommit.from_url(url))
    try:
        status = connect(qtbot, session)
        program = new_program(status, 420)
        with qtbot.waitSignal(session.send_finished, timeout=10_000) as sent:
            session.send_program(program)
        result = sent.args[0]
        assert result.verified
        assert result.program_in_force is ProgramInForce.NEW
        assert (result.state, result.why) == (
            "sent and running", "The pump reads back the new program. The link failed during "
            "the send, after the pump had taken the program; nothing more to do.")
    finally:
        session.shutdown()


def test_bad_url_reports_and_stays_disconnected(qtbot, session):
    with qtbot.waitSignal(session.error, timeout=10_000) as error:
        session.connect_to("sim://?profile=itb-99")
    assert "Could not connect" in error.args[0] and "itb-99" in error.args[0]
    assert session.state is SessionState.DISCONNECTED


def test_disconnect_closes_the_pump_session(qtbot, session):
    connect(qtbot, session)
    with qtbot.waitSignal(session.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s is SessionState.DISCONNECTED):
        session.close_session()
    assert session.actions.actions[-1].kind is ActionKind.DISCONNECT


class StallsOnWrite(SimulatedPump):
    """The real simulated pump whose answer to a program write never comes in time."""

    release = None

    def write_program(self, program):
        type(self).release.wait(5)
        super().write_program(program)


def test_send_that_times_out_says_the_program_in_force_is_unknown(qtbot):
    StallsOnWrite.release = threading.Event()
    session = Session(opener=lambda url: StallsOnWrite.from_url(url))
    try:
        status = connect(qtbot, session)
        session.call_timeout_ms = 100
        with qtbot.waitSignal(session.send_finished, timeout=10_000) as sent:
            session.send_program(new_program(status, 400))
        result = sent.args[0]
        assert not result.verified and result.program_in_force is ProgramInForce.UNKNOWN
        assert spaced(result.message) == ("Unknown: interrogate before anything else. The send "
                                          "did not complete (The pump did not answer within "
                                          "0.1 s).")
        assert session.state is SessionState.READY
    finally:
        StallsOnWrite.release.set()
        session.shutdown()


class RecordsClose(SimulatedPump):
    closed = 0

    def close(self):
        type(self).closed += 1
        super().close()


def test_connect_can_be_cancelled_and_the_late_link_is_closed(qtbot):
    RecordsClose.closed = 0
    session = Session(opener=lambda url: RecordsClose.from_url(url))
    try:
        with qtbot.waitSignal(session.state_changed, timeout=10_000,
                              check_params_cb=lambda s: s is SessionState.DISCONNECTED):
            session.connect_to("sim://?start=2026-11-25T09:00")
            session.cancel_connect()
        qtbot.waitUntil(lambda: session.worker.pending == 0, timeout=5_000)
        assert session.status is None and session.pump is None
        assert RecordsClose.closed == 1
    finally:
        session.shutdown()


class SlowToAnswer(RecordsClose):
    release = None

    def open_session(self):
        type(self).release.wait(5)
        super().open_session()


def test_connect_timeout_reports_and_closes_the_late_link(qtbot):
    SlowToAnswer.closed = 0
    SlowToAnswer.release = threading.Event()
    session = Session(opener=lambda url: SlowToAnswer.from_url(url))
    session.call_timeout_ms = 100
    try:
        with qtbot.waitSignal(session.error, timeout=10_000) as error:
            session.connect_to("sim://?start=2026-11-25T09:00")
        assert "Could not connect" in error.args[0] and "did not answer" in error.args[0]
        assert session.state is SessionState.DISCONNECTED
        SlowToAnswer.release.set()
        qtbot.waitUntil(lambda: session.worker.pending == 0, timeout=5_000)
        assert SlowToAnswer.closed == 1 and session.pump is None
    finally:
        SlowToAnswer.release.set()
        session.shutdown()


class _Reader(QObject):
    """A window's stand-in: it asks for the log and keeps what comes back."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[object] = []

    def take(self, answer: object) -> None:
        self.answers.append(answer)


def test_a_read_answers_the_window_that_asked_only_while_it_exists(qtbot, session):
    connect(qtbot, session)
    kept, deleted = _Reader(), _Reader()
    finished = []
    session.worker.finished.connect(lambda job, _result: finished.append(job))
    assert session.fetch("read log", lambda pump: pump.read_log(), kept.take)
    assert session.fetch("read log", lambda pump: pump.read_log(), deleted.take)
    shiboken6.delete(deleted)  # closed with WA_DeleteOnClose before the pump answered
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    assert len(kept.answers) == 1 and kept.answers[0][0].kind == "implant"
    assert deleted.answers == []


def test_a_keyed_pump_that_stops_accepting_our_signature_ends_the_session_in_words(
        qtbot, tmp_path):
    """Someone else's HELLO renews the pump's nonce: our next frame is refused with auth."""
    from itb_console.console.connect_failure import KEY_FILE_STEP
    from itb_console.device.clock import ManualClock
    from itb_console.device.default_pump import load_initial_pump
    from itb_console.device.emulator import LoopbackLink
    from itb_console.device.key_file import read_key_file
    from itb_console.device.protocol import Frame
    from itb_console.device.pump_model import PumpModel
    from itb_console.device.pump_profiles import load_profile
    from itb_console.device.pump_server import PumpServer
    from itb_console.device.serial_pump import SerialPump

    key_file = tmp_path / "station.key"
    key_file.write_text("classroom-7-station-key\n")
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(1_795_597_200.0), link_clock=lambda: 0.0)
    server = PumpServer(model, key=read_key_file(key_file))
    opened = []

    def opener(url, key_file):
        opened.append(key_file)
        return SerialPump(url, link=LoopbackLink(server), key=read_key_file(key_file),
                          timeout_s=0.2)

    session = Session(opener=opener)
    try:
        with qtbot.waitSignal(session.status_changed, timeout=10_000):
            session.connect_to("loopback", key_file)
        assert opened == [key_file]
        server.answer(Frame(1, "HELLO", {"version": "1"}).encode().rstrip(b"\r\n"))
        with qtbot.waitSignal(session.error, timeout=10_000) as said:
            session.interrogate()
        assert said.args[0] == (
            "The pump refused the command as not signed with its key (it said: the frame's "
            "MAC does not match (wrong key, or an old nonce); refused). Nothing changed on "
            "the pump. Another program may have talked to the pump since: connect again; if "
            f"it is refused again, the key file is not this pump's. {KEY_FILE_STEP}.")
        assert session.state is SessionState.DISCONNECTED and session.pump is None
    finally:
        session.shutdown()
