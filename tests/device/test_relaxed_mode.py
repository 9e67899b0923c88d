"""Relaxed mode: every line typed by hand is a new request, never a retry of the last.

Typed lines carry no sequence number, so each would be ``@0 ...`` to the retry memory:
a repeated ``status`` used to get the first answer again, and a repeated bolus answered
OK twice while running once.
"""

import serial
from itb_console.device.emulator import Emulator
from itb_console.device.protocol import Frame, decode

from tests.contract.backends import START
from tests.device.test_protocol import server

BOLUS = "bolus kind=clinician volume_nl=50000 duration_s=3600"


def typed(pump, text: str) -> Frame:
    return decode(pump.answer(text.encode()).rstrip(b"\r\n"))


def test_a_repeated_typed_status_reads_the_pump_again():
    pump = server(relaxed=True, test_control=True)
    first = typed(pump, "status")
    pump.control.advance(3600)
    second = typed(pump, "status")
    assert (first.args["clock"], second.args["clock"]) == ("20260101T000000",
                                                           "20260101T010000")


def test_a_repeated_typed_bolus_runs_once_and_the_second_says_so():
    pump = server(relaxed=True)
    typed(pump, "open")
    first, second = typed(pump, BOLUS), typed(pump, BOLUS)
    assert (first.seq, first.verb, first.args["bolus_nl"]) == (0, "OK", "50000")
    assert (second.verb, second.words) == ("ERR", ("bolus-active",))
    assert [event.kind for event in pump.model.events].count("bolus-start") == 1


def test_a_typed_line_leaves_no_frame_to_retry():
    pump = server(relaxed=True)
    typed(pump, "open")
    bolus = Frame(5, "BOLUS", {"kind": "clinician", "volume_nl": "50000",
                               "duration_s": "3600"}).encode().rstrip(b"\r\n")
    started = pump.answer(bolus)
    assert pump.answer(bolus) == started  # a framed retry: the remembered answer
    typed(pump, "bolus-cancel")
    again = decode(pump.answer(bolus).rstrip(b"\r\n"))  # after a typed line: a new request
    assert (again.verb, again.args["bolus_nl"]) == ("OK", "50000")
    assert [event.kind for event in pump.model.events].count("bolus-start") == 2


def test_typed_lines_over_a_pty_each_get_a_fresh_answer():
    with Emulator.start(speed=None, start=START, relaxed=True) as emulator, \
            serial.Serial(emulator.port, timeout=10) as port:
        port.write(b"clock\n")
        first = port.read_until(b"\r\n")
        emulator.control.advance(60)
        port.write(b"clock\n")
        second = port.read_until(b"\r\n")
    assert decode(first.rstrip(b"\r\n")).args["clock"] == "20260101T000000"
    assert decode(second.rstrip(b"\r\n")).args["clock"] == "20260101T000100"
