"""An outcome as a dialog shows it: the headline coloured by what happened, then the words.

Green only for done and verified; red for refused or not done; amber-brown for unknown,
which is the one a trainee must not mistake for either.
"""

from __future__ import annotations

from html import escape

from itb_console.console.outcome import Outcome, OutcomeKind
from itb_console.ui.style import CRITICAL, OK, WARN_INK

COLOURS = {OutcomeKind.VERIFIED: OK, OutcomeKind.REFUSED: CRITICAL,
           OutcomeKind.NOT_DONE: CRITICAL, OutcomeKind.UNKNOWN: WARN_INK}


def outcome_html(outcome: Outcome) -> str:
    """The outcome, then each further command the same call carried, on a line of its own."""
    rest = " ".join(part for part in (outcome.message, outcome.next_step) if part)
    return "<br>".join([f"<b style='color:{COLOURS[outcome.kind]}'>"
                        f"{escape(outcome.headline)}.</b> {escape(rest)}".strip(),
                        *(outcome_html(part) for part in outcome.parts)])
