"""Command-line pieces shared by ``itb-console``, ``itb-emulator`` and ``itb-classroom``.

Both must answer a bad flag the same way: one line saying what is wrong and what is
allowed, exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from itb_console.device.clock import MAX_SPEED
from itb_console.device.version import current_build

Number = TypeVar("Number", int, float)


class _PrintVersion(argparse.Action):
    """``--version``: the build is looked up only when asked (git costs tens of ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and source commit, then exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        build = dataclasses.replace(current_build(), name=parser.prog)
        print(f"{build.text}\nTraining mock, not for clinical use.")
        parser.exit(0)


class ClearParser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line and exit code 2; it has --version."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument("--version", action=_PrintVersion)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def clock_speed(text: str) -> float:
    """``--speed``: 1 to 1,000,000 times real time."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 1 <= value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"{text} is outside 1 to {MAX_SPEED:,.0f} (x real time)")
    return value


def ranged(convert: Callable[[str], Number], low: Number, high: Number,
           allowed: str) -> Callable[[str], Number]:
    """An argparse type: ``convert(text)`` from ``low`` to ``high``, else ``allowed`` in words."""
    def parse(text: str) -> Number:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} must be {allowed}") from None
        if not low <= value <= high:  # NaN too
            raise argparse.ArgumentTypeError(f"{text!r} must be {allowed}")
        return value
    return parse


tcp_port = ranged(int, 0, 65_535, "a TCP port from 0 to 65535 (0 picks a free one)")
