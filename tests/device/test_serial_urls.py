"""rfc2217:// addresses get the option ser2net needs; failures to open are said in words."""

from __future__ import annotations

import socket
import struct
import threading

import pytest
import serial
from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.pump_api import LinkClosed, LinkError
from itb_console.device.serial_pump import SerialPump, link_failure
from itb_console.device.serial_urls import explain_open_failure, with_rfc2217_defaults

from tests.device.ser2net_support import free_port


@pytest.mark.parametrize("typed, opened", [
    ("rfc2217://pumps:7001", "rfc2217://pumps:7001?ign_set_control"),
    ("rfc2217://pumps:7001?timeout=5", "rfc2217://pumps:7001?timeout=5&ign_set_control"),
    ("rfc2217://pumps:7001?ign_set_control", "rfc2217://pumps:7001?ign_set_control"),
    ("rfc2217://pumps:7001?logging=debug&ign_set_control",
     "rfc2217://pumps:7001?logging=debug&ign_set_control"),
    ("socket://pumps:7002", "socket://pumps:7002"),
    ("/dev/ttyUSB0", "/dev/ttyUSB0"),
    ("COM3", "COM3"),
])
def test_ign_set_control_is_added_to_rfc2217_only_when_missing(typed, opened):
    assert with_rfc2217_defaults(typed) == opened


@given(st.lists(st.sampled_from(["timeout=3", "logging=info", "poll_modem",
                                 "ign_set_control"]), max_size=4))
def test_the_option_appears_exactly_once_and_the_user_options_stay(options):
    typed = "rfc2217://h:1" + (f"?{'&'.join(options)}" if options else "")
    opened = with_rfc2217_defaults(typed)
    assert opened.startswith(typed)
    query = opened.split("?", 1)[1].split("&")
    assert query.count("ign_set_control") == max(1, options.count("ign_set_control"))


def test_nothing_listening_is_said_in_words():
    port = free_port()
    with pytest.raises(LinkError) as failed:
        SerialPump(f"rfc2217://127.0.0.1:{port}")
    assert str(failed.value) == (
        f"Cannot open rfc2217://127.0.0.1:{port}: nothing accepts connections at "
        f"127.0.0.1:{port}. Check that the RFC 2217 server (ser2net) runs there and the "
        "port number is right.")


def test_a_plain_tcp_port_is_named_with_the_socket_url_to_use_instead():
    """A server that accepts but never negotiates: pyserial gives up after its timeout."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]))
    thread.start()
    try:
        with pytest.raises(LinkError) as failed:
            SerialPump(f"rfc2217://127.0.0.1:{port}?timeout=1")
    finally:
        thread.join(timeout=5)
        for connection in accepted:
            connection.close()
        listener.close()
    message = str(failed.value)
    assert "did not negotiate RFC 2217" in message
    assert f"connect with socket://127.0.0.1:{port} instead" in message


@pytest.mark.parametrize("said, expected", [
    ("timeout while waiting for option 'baudrate'",
     "did not acknowledge the 'baudrate' setting in time"),
    ("remote rejected value for option 'datasize'",
     "refused the serial 'datasize' setting (115200 baud, 8 data bits"),
])
def test_other_negotiation_failures_name_the_setting(said, expected):
    assert expected in explain_open_failure("rfc2217://h:7001", ValueError(said))


def test_other_urls_keep_the_library_message():
    assert explain_open_failure("/dev/ttyS9", OSError("no such port")) == (
        "Cannot open /dev/ttyS9: no such port")


def test_a_connection_closed_during_set_up_says_to_try_again():
    message = explain_open_failure("rfc2217://h:7001", BrokenPipeError(32, "Broken pipe"))
    assert message.endswith("closed the connection while it was being set up. ser2net does "
                            "this while it is still releasing the port from the previous "
                            "connection: try again in a moment.")


@pytest.mark.parametrize(("said", "closed"), [
    ("socket disconnected", True),
    ("write failed: [Errno 32] Broken pipe", True),
    ("read failed: [Errno 104] Connection reset by peer", True),
    ("read failed: [Errno 110] Connection timed out", False),
])
def test_a_far_end_close_is_told_apart_however_it_is_met(said, closed):
    """The instructor ending a station closes its socket: the console's next read meets
    EOF or a reset, or its next write a broken pipe, and each is the same close."""
    failure = link_failure(serial.SerialException(said))
    assert (type(failure), str(failure)) == (
        (LinkClosed, "The pump closed the link") if closed
        else (LinkError, f"The link to the pump failed: {said}"))


def test_a_pump_that_resets_the_connection_closed_the_link():
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def reset_after_the_request() -> None:
        connection, _ = listener.accept()
        connection.recv(1024)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()  # linger 0: an RST, not a FIN

    server = threading.Thread(target=reset_after_the_request)
    server.start()
    try:
        with pytest.raises(LinkClosed) as closed:  # the HELLO that opening the link sends
            SerialPump(f"socket://127.0.0.1:{port}", timeout_s=2.0, retries=0)
        assert str(closed.value) == "The pump closed the link"
    finally:
        server.join(timeout=5)
        listener.close()
