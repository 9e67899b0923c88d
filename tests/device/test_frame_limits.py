"""Every answer fits in one 4096-byte frame: the paged LOG, and the worst STATUS and ERR."""

from fractions import Fraction

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.emulator import LinkFaults, LoopbackLink
from itb_console.device.protocol import MAX_FRAME_BYTES, Frame, decode
from itb_console.device.pump_api import AlarmCode, BolusKind, BolusRequest
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.serial_pump import SerialPump
from itb_console.device.therapy import Concentration, DoseRate, Mode, Program, Schedule, Step

from tests.contract.backends import START

# The longest program text the itb-20 profile allows: 10 steps, the largest dose numbers.
LONGEST = Program(Mode.FLEXIBLE, Schedule(tuple(
    Step(i * 144, DoseRate(47_999_990 - i)) for i in range(10))), Concentration(2000))


def model_with_events(count: int) -> PumpModel:
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(START), link_clock=lambda: 0.0)
    text = LONGEST.canonical_text()
    while len(model.events) < count:
        if len(model.events) % 3:
            model.record("program", old=text, new=text, checksum=LONGEST.checksum())
        else:
            model.record("fault", detail="tester set the reservoir", calculated_nl=1_500_000)
    return model


class MeasuredServer(PumpServer):
    """Keeps the length of every answer frame it sends (CR LF included)."""

    def __init__(self, model: PumpModel) -> None:
        super().__init__(model)
        self.lengths: list[int] = []

    def answer(self, line: bytes) -> bytes | None:
        encoded = super().answer(line)
        if encoded is not None:
            self.lengths.append(len(encoded))
        return encoded


@pytest.mark.parametrize("faults", [None, LinkFaults(drop_percent=10, corrupt_percent=0.01,
                                                     seed=3)], ids=["clean", "lossy"])
def test_a_thousand_event_log_reads_through_the_pager_in_frames_within_the_limit(faults):
    server = MeasuredServer(model_with_events(1000))
    pump = SerialPump("loopback", link=LoopbackLink(server, answer_faults=faults),
                      timeout_s=0.002, retries=12, first_seq=1)
    events = pump.read_log()
    assert [e.seq for e in events] == list(range(1, 1001))
    assert sum(e.detail.get("new") == LONGEST.canonical_text() for e in events) == 666
    assert max(server.lengths) <= MAX_FRAME_BYTES
    assert max(server.lengths) > MAX_FRAME_BYTES - 1000  # pages are filled, not 40 tiny ones


def test_a_log_page_says_how_many_events_and_where_to_go_on():
    server = PumpServer(model_with_events(100))
    first = decode(server.answer(Frame(1, "LOG", {"since": "0", "max": "7"}).encode()
                                 .rstrip(b"\r\n")).rstrip(b"\r\n"))
    assert (first.args["count"], first.args["cursor"], first.args["more"]) == ("7", "7", "1")
    last = decode(server.answer(Frame(2, "LOG", {"since": "99"}).encode()
                                .rstrip(b"\r\n")).rstrip(b"\r\n"))
    assert (last.args["count"], last.args["cursor"], last.args["more"]) == ("1", "100", "0")
    empty = decode(server.answer(Frame(3, "LOG", {"since": "100"}).encode()
                                 .rstrip(b"\r\n")).rstrip(b"\r\n"))
    assert (empty.args["events"], empty.args["cursor"], empty.args["more"]) == (
        "none", "100", "0")


def test_the_largest_status_program_and_alarms_answers_fit_one_frame():
    model = model_with_events(1)
    model.program = LONGEST
    model.reservoir_nl = model.true_reservoir_nl = Fraction(19_999_999, 1)
    for code in AlarmCode:
        model.raise_alarm(code)
    model.motor_stalled = False
    model.active_alarms.pop(AlarmCode.END_OF_SERVICE)
    model.session_open = True
    model.start_bolus(BolusRequest(BolusKind.PRIMING, 1_999_999, 7 * 86_400 - 1))
    for code in AlarmCode:
        model.raise_alarm(code)
    server = PumpServer(model, key=b"k" * 32, test_control=True)
    lengths = {}
    for seq, verb in enumerate(("HELLO", "STATUS", "PROGRAM", "ALARMS", "LIMITS"), 9995):
        args = {"version": "1"} if verb == "HELLO" else {}
        line = Frame(seq, verb, args).encode(None if verb == "HELLO" else server.key,
                                              server.nonce).rstrip(b"\r\n")
        answer = server.answer(line)
        assert answer is not None and b" OK " in answer
        lengths[verb] = len(answer)
    assert max(lengths.values()) <= MAX_FRAME_BYTES, lengths


def test_an_error_quoting_a_huge_value_stays_within_the_limit():
    server = PumpServer(model_with_events(1))
    huge = "flexible;" + "x" * 4000 + ";2000;0:400000"
    answer = server.answer(Frame(1, "STAGE", {"program": huge}).encode().rstrip(b"\r\n"))
    assert answer is not None and answer.startswith(b"@1 ERR bad-request")
    assert len(answer) <= 600
