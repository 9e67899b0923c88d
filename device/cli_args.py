"""Command-line pieces shared by ``itb-console`` and ``itb-emulator``.

Both must answer a bad flag the same way: one line saying what is wrong and what is
allowed, exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys


class ClearParser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line and exit code 2."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def clock_speed(text: str) -> float:
    """``--speed``: 1 to 1,000,000 times real time."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{text} is outside 1 to 1,000,000 (x real time)")
    return value
