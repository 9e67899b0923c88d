"""Number flags of the three programs: inside the range taken, anything else refused in words."""

import argparse

import pytest
from itb_console.device.cli_args import ranged, tcp_port

minutes = ranged(float, 0.0, 1440.0, "minutes from 0 to 1440")


def test_the_ends_of_the_range_are_taken():
    assert (minutes("0"), minutes("1440"), tcp_port("0"), tcp_port("65535")) == (
        0.0, 1440.0, 0, 65535)


@pytest.mark.parametrize(("parse", "text", "said"), [
    (minutes, "1441", "'1441' must be minutes from 0 to 1440"),
    (minutes, "nan", "'nan' must be minutes from 0 to 1440"),
    (minutes, "an hour", "'an hour' must be minutes from 0 to 1440"),
    (tcp_port, "65536", "'65536' must be a TCP port from 0 to 65535 (0 picks a free one)"),
    (tcp_port, "80.5", "'80.5' must be a TCP port from 0 to 65535 (0 picks a free one)"),
])
def test_outside_the_range_is_refused_with_what_is_allowed(parse, text, said):
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        parse(text)
    assert str(refused.value) == said
