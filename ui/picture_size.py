"""``--size WIDTHxHEIGHT``: the screen a picture of the console is drawn for.

A picture made offscreen has no real screen, and Qt's offscreen one is 800x800: too
narrow for the main window. Pictures are therefore drawn for a named screen, by default
the 1366x768 of a workshop projector the layout is designed for. Imports no Qt, so that
``itb-console --help`` stays quick. Training mock, not for clinical use.
"""

from __future__ import annotations

import argparse
import re

PICTURE_SIZE = (1366, 768)
MIN_PICTURE = (1024, 768)  # the smallest screen every layout is checked on (sizes.py)
MAX_PICTURE = (7680, 4320)
_SIZE = re.compile(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*")


def picture_size_text(size: tuple[int, int]) -> str:
    """``1366x768``: a size as --size takes it."""
    return f"{size[0]}x{size[1]}"


def picture_size(text: str) -> tuple[int, int]:
    """An argparse type: WIDTHxHEIGHT in pixels within MIN_PICTURE and MAX_PICTURE."""
    allowed = (f"use WIDTHxHEIGHT in pixels, from {picture_size_text(MIN_PICTURE)} to "
               f"{picture_size_text(MAX_PICTURE)}, e.g. {picture_size_text(PICTURE_SIZE)}")
    found = _SIZE.fullmatch(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; {allowed}")
    size = (int(found[1]), int(found[2]))
    if not all(low <= value <= high
               for low, value, high in zip(MIN_PICTURE, size, MAX_PICTURE, strict=True)):
        raise argparse.ArgumentTypeError(f"{text} is outside the sizes allowed; {allowed}")
    return size
