"""Text on screen as a test writes it: no-break spaces and real minus signs as typed."""

from itb_console.console.number_style import MINUS, NBSP, WORD_JOINER


def spaced(text: str) -> str:
    return text.replace(NBSP, " ").replace(MINUS, "-").replace(WORD_JOINER, "")
