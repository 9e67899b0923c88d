"""Text on screen as a test writes it: no-break spaces and real minus signs as typed."""

import html
import re

from itb_console.console.number_style import MINUS, NBSP, WORD_JOINER


def spaced(text: str) -> str:
    return text.replace(NBSP, " ").replace(MINUS, "-").replace(WORD_JOINER, "")


def plain(html_text: str) -> str:
    """The words of a rich-text label, its lines joined by spaces."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text.replace("<br>", " ")))
