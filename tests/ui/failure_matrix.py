"""The failure matrix as data: each command, each fault, what the user reads, what to do.

``tests/ui/test_failure_matrix.py`` drives the real dialogs through every cell on
``sim://`` and on an emulator over a pty and asserts these exact words and the pump's state
afterwards; ``tests/ui/test_failure_matrix.py::test_user_guide_table_is_the_matrix`` checks
that the table in docs/user-guide.md is :func:`markdown_table` of these cells, so the guide
cannot drift from what the tests see.
"""

from __future__ import annotations

from dataclasses import dataclass

EOS_REASON = ("The pump has reached end of service and cannot be programmed; it must be "
              "replaced.")
EOS_ADVICE = "The pump can no longer be programmed: plan its replacement now."


@dataclass(frozen=True)
class Fault:
    key: str
    title: str  # as the user guide's table names it
    acted: bool  # does the pump carry the command out?


FAULTS = (
    Fault("refused", "Refused by the pump (end of service; for a cancel, the bolus had "
                     "already ended)", False),
    Fault("lost_before", "Link lost before the pump acted", False),
    Fault("lost_after", "Link lost after the pump acted (answer lost)", True),
    Fault("timeout", "No answer (the pump acted, then never answered)", True),
)


@dataclass(frozen=True)
class CommandRow:
    key: str
    title: str  # the command as the user guide names it
    where: str  # the dialog that shows the answer
    check: str  # what to check after an unknown outcome


COMMANDS = (
    CommandRow("send_program", "Send program", "review dialog", "which program the pump runs"),
    CommandRow("mode_change", "Mode change", "review dialog",
               "which mode and program the pump runs"),
    CommandRow("refill", "Refill", "refill wizard",
               "the reservoir volume, concentration and program"),
    CommandRow("bolus", "Bolus", "bolus dialog", "whether a bolus is running"),
    CommandRow("cancel_bolus", "Cancel bolus", "bolus dialog",
               "whether the bolus is still running"),
    CommandRow("clear_alarm", "Clear alarm", "alarms panel", "the active alarms"),
    CommandRow("set_clock", "Set clock", "battery & clock dialog", "the pump clock"),
)

SEND_WORDS = {
    "refused": f"Not sent, the pump runs the old program. The pump refused it: {EOS_REASON} "
               f"{EOS_ADVICE}",
    "lost_before": "Not sent, the pump runs the old program. The link failed during the "
                   "send; send again when the link is steady.",
    "lost_after": "Sent and running: the pump reads back the new program. The link failed "
                  "during the send, after the pump had taken the program; nothing more to do.",
    "timeout": "Unknown: interrogate before anything else. The link failed during the send "
               "and the pump could not be read back: reconnect and check which program runs.",
}


def words(command: CommandRow, fault: Fault) -> str:
    """What the dialog says, word for word (without its colours)."""
    if command.key in ("send_program", "mode_change"):
        return SEND_WORDS[fault.key]
    refused = (f"{command.title}: refused by the pump. The pump said: No bolus is running. "
               "Nothing to cancel: interrogate (F5) to see the pump as it is."
               if command.key == "cancel_bolus" else
               f"{command.title}: refused by the pump. The pump said: {EOS_REASON} "
               f"{EOS_ADVICE}")
    return {
        "refused": refused,
        "lost_before": f"{command.title}: not done. The link failed and the read-back shows "
                       "the pump unchanged. Try again when the link is steady.",
        "lost_after": f"{command.title}: done and verified. The link failed during the "
                      "command, but the read-back shows it done.",
        "timeout": f"{command.title}: unknown. The pump did not answer in time, so it is not "
                   "known whether it acted. Reconnect if needed and interrogate (F5): check "
                   f"{command.check} before anything else.",
    }[fault.key]


WRONG_PROFILE = ("Could not connect to {url}: the pump {serial} reports profile 'itb-99', "
                 "which this console does not know (it knows itb-20, itb-40). Nothing was "
                 "changed on it; connect to a pump with a supported profile, or update the "
                 "console.")


def markdown_table() -> str:
    """The user guide's table: command x fault -> what the user reads (what to do in it)."""
    rows = ["| Command (where the answer shows) | Fault | What the console tells you | "
            "The pump |", "| --- | --- | --- | --- |"]
    for command in COMMANDS:
        for fault in FAULTS:
            rows.append(f"| {command.title} ({command.where}) | {fault.title} | "
                        f"{words(command, fault)} | "
                        f"{'carried it out' if fault.acted else 'unchanged'} |")
    rows.append("| Any command | Pump of an unknown profile at connect | "
                + WRONG_PROFILE.format(url="*device*", serial="*serial*")
                + " Every command stays disabled. | unchanged, no session left open |")
    return "\n".join(rows)
