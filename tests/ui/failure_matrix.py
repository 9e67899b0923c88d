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

# The review's words after the command's name ("Send program: " or "Mode change: ").
SEND_WORDS = {
    "refused": f"not sent, the pump runs the old program. The pump refused it: {EOS_REASON} "
               f"{EOS_ADVICE}",
    "lost_before": "not sent, the pump runs the old program. The link failed during the "
                   "send; send again when the link is steady.",
    "lost_after": "sent and running. The pump reads back the new program. The link failed "
                  "during the send, after the pump had taken the program; nothing more to do.",
    "timeout": "unknown: interrogate before anything else. The link failed during the send "
               "and the pump could not be read back: reconnect and check which program runs.",
}


# A request the pump refuses for the command's own reason: what the test does, and the
# pump's words then the console's advice. Setting the clock has none the dialog can send.
OWN_REFUSAL = {
    "send_program": ("a program for 500 mcg/mL, the reservoir holding 2000 mcg/mL",
                     "Send program: not sent, the pump runs the old program. The pump "
                     "refused it: The program is written for 500 mcg/mL but the reservoir "
                     "holds 2000 mcg/mL. Change the concentration with a refill. Program for "
                     "the drug in the reservoir, or refill with the new concentration first."),
    "mode_change": ("continuous at 500 mcg/mL, the reservoir holding 2000 mcg/mL",
                    "Mode change: not sent, the pump runs the old program. The pump refused "
                    "it: The program is written for 500 mcg/mL but the reservoir holds 2000 "
                    "mcg/mL. Change the concentration with a refill. Program for the drug in "
                    "the reservoir, or refill with the new concentration first."),
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
                    "Clear alarm: refused by the pump. The pump said: The motor stall alarm "
                    "is not active. Interrogate (F5) to see the alarms now active."),
}


def applies(command: CommandRow, fault: Fault) -> bool:
    return fault.key != "refused_own" or command.key in OWN_REFUSAL


def words(command: CommandRow, fault: Fault) -> str:
    """What the dialog says, word for word (without its colours)."""
    if fault.key == "refused_own":
        return OWN_REFUSAL[command.key][1]
    if command.key in ("send_program", "mode_change"):
        return f"{command.title}: {SEND_WORDS[fault.key]}"
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


REPORT_AFTER_LOSS = ("Session report: saved with values not verified now. Saved {file} (and "
                     "{json}). It states the pump as last read at {time}, {age} before it was "
                     "saved; then the link was lost, so none of it was read again. Reconnect "
                     "(Ctrl+K), interrogate (F5) and save the report again before relying "
                     "on it.")


# A refill from 2000 to 1000 mcg/mL at 09:00 (450 mcg/day) while the motor is stalled: the
# pump refills, then refuses the bridge bolus. Without it the 0.25 mL of 2000 mcg/mL in the
# pump path goes at 0.450 mL/day: 900 mcg/day for 0.25 / 0.45 days (13:20 h).
BRIDGE_REFUSED = ("Refill: done and verified. The read-back confirms it. Bridge bolus: refused "
                  "by the pump. The pump said: The motor is stalled: clear the motor stall "
                  "alarm before a bolus. Find the cause of the stall (Alarms, Ctrl+L, says "
                  "what to do), clear the motor stall alarm, then try again. The refill stands "
                  "without it: the 0.25 mL of the old drug in the pump path now goes at the "
                  "new rate, about 900.0 mcg/day instead of 450.0 mcg/day for 13:20 h: watch "
                  "the patient for signs of overdose.")


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
    rows.append("| Refill (refill wizard) | Refused: the bridge bolus after a refill from 2000 to "
                "1000 mcg/mL, the motor stalled | " + BRIDGE_REFUSED
                + " | refilled, no bridge bolus |")
    rows.append("| Session report (main window, status bar) | Link lost, then *Save report* | "
                + REPORT_AFTER_LOSS.format(file="*file*.pdf", json="*file*.json",
                                           time="*hh:mm*", age="*h:mm* h")
                + " | unchanged (the report makes no pump call) |")
    rows.append("| Any command | Pump of an unknown profile at connect | "
                + WRONG_PROFILE.format(url="*device*", serial="*serial*")
                + " Every command stays disabled. | unchanged, no session left open |")
    return "\n".join(rows)
