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
    Fault("refused", "Refused by the pump (end of service)", False),
    Fault("refused_own", "Refused by the pump for this command's own reason", False),
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


# A request the pump refuses for the command's own reason: what the test does, and the
# pump's words then the console's advice. Setting the clock has none the dialog can send.
OWN_REFUSAL = {
    "send_program": ("a program for 500 mcg/mL, the reservoir holding 2000 mcg/mL",
                     "Not sent, the pump runs the old program. The pump refused it: The "
                     "program is written for 500 mcg/mL but the reservoir holds 2000 mcg/mL. "
                     "Change the concentration with a refill. Program for the drug in the "
                     "reservoir, or refill with the new concentration first."),
    "mode_change": ("continuous at 500 mcg/mL, the reservoir holding 2000 mcg/mL",
                    "Not sent, the pump runs the old program. The pump refused it: The "
                    "program is written for 500 mcg/mL but the reservoir holds 2000 mcg/mL. "
                    "Change the concentration with a refill. Program for the drug in the "
                    "reservoir, or refill with the new concentration first."),
    "refill": ("a bolus started since the wizard opened",
               "Refill: refused by the pump. The pump said: Wait for the bolus to end, or "
               "cancel it, before refilling. Wait for the running bolus to end, or cancel "
               "it, then try again."),
    "bolus": ("the reservoir ran down to 0.01 mL since the last read",
              "Bolus: refused by the pump. The pump said: bolus volume: 0.025 mL is more "
              "than the 0.01 mL in the reservoir. Check the reservoir volume; refill first "
              "if it is low."),
    "cancel_bolus": ("the bolus ended since the last read",
                     "Cancel bolus: refused by the pump. The pump said: No bolus is running. "
                     "Nothing to cancel: interrogate (F5) to see the pump as it is."),
    "clear_alarm": ("the alarm was cleared since the last read",
                    "Clear alarm: refused by the pump. The pump said: The motor_stall alarm "
                    "is not active. Interrogate (F5) to see the alarms now active."),
}


def applies(command: CommandRow, fault: Fault) -> bool:
    return fault.key != "refused_own" or command.key in OWN_REFUSAL


def words(command: CommandRow, fault: Fault) -> str:
    """What the dialog says, word for word (without its colours)."""
    if fault.key == "refused_own":
        return OWN_REFUSAL[command.key][1]
    if command.key in ("send_program", "mode_change"):
        return SEND_WORDS[fault.key]
    return {
        "refused": f"{command.title}: refused by the pump. The pump said: {EOS_REASON} "
                   f"{EOS_ADVICE}",
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


REPORT_AFTER_LOSS = ("Session report: done and verified. Saved {file} (and {json}). It states "
                     "the pump as last read {time}, not connected (link lost).")


def markdown_table() -> str:
    """The user guide's table: command x fault -> what the user reads (what to do in it)."""
    rows = ["| Command (where the answer shows) | Fault | What the console tells you | "
            "The pump |", "| --- | --- | --- | --- |"]
    for command in COMMANDS:
        for fault in FAULTS:
            if not applies(command, fault):
                continue
            title = (f"Refused: {OWN_REFUSAL[command.key][0]}" if fault.key == "refused_own"
                     else fault.title)
            rows.append(f"| {command.title} ({command.where}) | {title} | "
                        f"{words(command, fault)} | "
                        f"{'carried it out' if fault.acted else 'unchanged'} |")
    rows.append("| Session report (main window, status bar) | Link lost, then *Save report* | "
                + REPORT_AFTER_LOSS.format(file="*file*.pdf", json="*file*.json",
                                           time="*hh:mm*")
                + " | unchanged (the report makes no pump call) |")
    rows.append("| Any command | Pump of an unknown profile at connect | "
                + WRONG_PROFILE.format(url="*device*", serial="*serial*")
                + " Every command stays disabled. | unchanged, no session left open |")
    return "\n".join(rows)
