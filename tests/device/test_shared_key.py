"""Shared-key mode: recorded frames never act again, in this session, a later one or elsewhere."""

import pytest
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.emulator import LoopbackLink
from itb_console.device.protocol import AuthError, Frame, crc16, decode
from itb_console.device.pump_api import LinkError
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.serial_pump import SerialPump
from itb_console.device.state_file import to_state

from tests.contract.backends import START

KEY = b"classroom-7"
BOLUS = {"kind": "clinician", "volume_nl": "100000", "duration_s": "3600"}


def keyed_server(serial: str = "SIM-000001") -> PumpServer:
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(START), link_clock=lambda: 0.0, serial_number=serial)
    return PumpServer(model, key=KEY)


class Client:
    """A keyed client written from docs/protocol.md: HELLO for the nonce, then signed frames."""

    def __init__(self, server: PumpServer, first_seq: int = 100) -> None:
        self.server = server
        self.seq = first_seq
        self.nonce = ""
        self.sent: dict[str, bytes] = {}

    def open_session(self) -> None:
        """HELLO for the nonce, then OPEN: the pump's session, as every test starts it."""
        self.send("HELLO", version="1")
        assert self.send("OPEN").verb == "OK"

    def send(self, verb: str, **args: str) -> Frame:
        self.seq += 1
        frame = Frame(self.seq, verb, dict(args))
        line = frame.encode(None if verb == "HELLO" else KEY, self.nonce).rstrip(b"\r\n")
        self.sent[verb] = line
        answer = self.server.answer(line)
        assert answer is not None
        unsigned = decode(answer.rstrip(b"\r\n"))
        if unsigned.words == ("auth",):
            return unsigned
        self.nonce = unsigned.args.get("nonce", self.nonce)
        return decode(answer.rstrip(b"\r\n"), key=KEY, nonce=self.nonce)


def refused_with_no_change(server: PumpServer, line: bytes) -> None:
    before = to_state(server.model)
    answer = decode(server.answer(line).rstrip(b"\r\n"))
    assert (answer.verb, answer.words) == ("ERR", ("auth",))
    assert to_state(server.model) == before


def test_a_frame_replayed_later_in_the_same_session_is_refused():
    server = keyed_server()
    client = Client(server)
    client.open_session()
    assert client.send("BOLUS", **BOLUS).verb == "OK"
    recorded = client.sent["BOLUS"]
    assert client.send("BOLUS-CANCEL").verb == "OK"
    assert client.send("STATUS").verb == "OK"
    refused_with_no_change(server, recorded)
    assert server.model.bolus is None


def test_a_frame_replayed_in_a_later_session_is_refused():
    server = keyed_server()
    client = Client(server)
    client.open_session()
    client.send("BOLUS", **BOLUS)
    recorded_bolus, recorded_open = client.sent["BOLUS"], client.sent["OPEN"]
    client.send("BOLUS-CANCEL")
    client.send("CLOSE")
    refused_with_no_change(server, recorded_open)  # no session opened by a recording
    assert not server.model.session_open
    client.open_session()
    refused_with_no_change(server, recorded_bolus)
    assert server.model.bolus is None


def test_a_frame_recorded_on_one_pump_is_refused_by_another_with_the_same_key():
    first, second = keyed_server("SIM-000001"), keyed_server("SIM-000002")
    client = Client(first)
    client.open_session()
    client.send("BOLUS", **BOLUS)
    other = Client(second, first_seq=50)
    other.open_session()
    refused_with_no_change(second, client.sent["BOLUS"])
    assert second.model.bolus is None


def test_a_retry_of_the_last_frame_is_answered_from_the_cache_and_runs_once():
    server = keyed_server()
    client = Client(server)
    client.open_session()
    first = client.send("BOLUS", **BOLUS)
    again = decode(server.answer(client.sent["BOLUS"]).rstrip(b"\r\n"), key=KEY,
                   nonce=client.nonce)
    assert again == first
    assert [e.kind for e in server.model.events].count("bolus-start") == 1


def test_unsigned_wrongly_signed_and_typed_frames_are_refused_with_auth():
    server = keyed_server()
    client = Client(server)
    client.send("HELLO", version="1")
    unsigned = Frame(500, "OPEN").encode().rstrip(b"\r\n")
    wrong_key = Frame(501, "OPEN").encode(b"other", client.nonce).rstrip(b"\r\n")
    old_nonce = Frame(502, "OPEN").encode(KEY, "0" * 16).rstrip(b"\r\n")
    for line in (unsigned, wrong_key, old_nonce):
        refused_with_no_change(server, line)
    server.relaxed = True
    refused_with_no_change(server, b"open")
    assert not server.model.session_open


def resigned_crc(text: str) -> bytes:
    """The frame text with a correct CRC again (as an attacker could compute)."""
    return f"@{text}*{crc16(text.encode()):04X}".encode()


def test_the_mac_covers_nonce_sequence_and_body():
    signed = Frame(7, "OPEN").encode(KEY, "A" * 16).decode().rstrip("\r\n")
    assert decode(signed.encode(), key=KEY, nonce="A" * 16) == Frame(7, "OPEN")
    with pytest.raises(AuthError):
        decode(signed.encode(), key=KEY, nonce="B" * 16)
    text = signed.rpartition("*")[0][1:]
    for changed in (text.replace("7 ", "8 ", 1), text.replace("OPEN", "CLOSE")):
        with pytest.raises(AuthError):
            decode(resigned_crc(changed), key=KEY, nonce="A" * 16)


def keyed_pump(server: PumpServer, **options) -> SerialPump:
    return SerialPump("loopback", link=LoopbackLink(server), key=KEY, timeout_s=0.05,
                      **options)


def test_the_reference_client_works_keyed_across_a_sequence_wrap():
    server = keyed_server()
    pump = keyed_pump(server, first_seq=9990)
    pump.open_session()
    for _ in range(20):  # passes 9999: the client takes a fresh nonce before wrapping
        assert pump.read_clock() is not None
    program = pump.read_program()
    assert pump.write_program(program) == program.checksum()
    pump.close_session()


def test_a_keyed_pump_tells_a_client_without_the_key_what_to_do():
    with pytest.raises(LinkError, match="choose its key file"):
        SerialPump("loopback", link=LoopbackLink(keyed_server()), timeout_s=0.05)
    initial = load_initial_pump()
    plain = PumpServer(PumpModel.new(load_profile("itb-20"), initial.program,
                                     initial.reservoir_nl, ManualClock(START)))
    with pytest.raises(LinkError, match="does not use a shared key"):
        keyed_pump(plain)


def test_a_client_with_another_key_is_refused_and_changes_nothing():
    server = keyed_server()
    before = to_state(server.model)
    with pytest.raises(LinkError, match="another key"):
        SerialPump("loopback", link=LoopbackLink(server), key=b"wrong", timeout_s=0.05)
    client = Client(server)
    client.send("HELLO", version="1")
    wrong = Frame(200, "OPEN").encode(b"wrong", client.nonce).rstrip(b"\r\n")
    refused_with_no_change(server, wrong)
    assert to_state(server.model) == before


def test_the_emulator_reads_its_key_from_a_file_and_refuses_a_bad_one(tmp_path):
    import subprocess
    import sys

    from itb_console.device.key_file import KeyFileError, read_key_file

    key_file = tmp_path / "station.key"
    key_file.write_text("classroom-7-long-enough\n")
    assert read_key_file(key_file) == b"classroom-7-long-enough"
    key_file.write_text("short")
    with pytest.raises(KeyFileError, match="holds 5 bytes; a key is 8 to 256 bytes"):
        read_key_file(key_file)
    run = subprocess.run([sys.executable, "-m", "itb_console.device.emulator_cli", "--pty",
                          "--key-file", str(tmp_path / "missing.key")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "missing.key: cannot be read" in run.stderr
    assert "Traceback" not in run.stderr
