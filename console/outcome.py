"""What became of a command sent to the pump, in words a trainee can act on.

Every command (send program, refill, bolus, cancel bolus, clear alarm, alarm test, set
clock, mode change, session report) ends in exactly one :class:`Outcome`: done and
verified by reading the pump back; refused by the pump, with its reason in plain words
and what to do; not done, when the link failed but the read-back shows the pump
unchanged; or unknown, with what to check next. The session builds them from the
worker's answers; the dialog that asked shows them and the action log keeps them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from itb_console.console.actions import ActionKind
from itb_console.console.refusal_words import plain_words
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import (
    LinkError,
    PumpError,
    PumpRefused,
    PumpStatus,
    PumpTimeout,
    Reason,
)


class Command(enum.Enum):
    SEND_PROGRAM = "send program"
    MODE_CHANGE = "mode change"
    REFILL = "refill"
    BOLUS = "bolus"
    BRIDGE_BOLUS = "bridge bolus"
    CANCEL_BOLUS = "cancel bolus"
    CLEAR_ALARM = "clear alarm"
    ALARM_TEST = "alarm test"
    SET_CLOCK = "set clock"
    REPORT = "session report"
    RECORD = "implant record change"
    SAVE_PUMP = "save the old pump"
    CONNECT_NEW_PUMP = "connect the new pump"

    @property
    def title(self) -> str:
        """The command's name as a heading, in the language of the run ("Send program")."""
        return tr(_TITLES[self])

    @property
    def in_a_sentence(self) -> str:
        """The command's name inside a sentence ("before the refill")."""
        return tr(_IN_A_SENTENCE[self])


_TITLES = {
    Command.SEND_PROGRAM: QT_TR_NOOP("Send program"),
    Command.MODE_CHANGE: QT_TR_NOOP("Mode change"),
    Command.REFILL: QT_TR_NOOP("Refill"),
    Command.BOLUS: QT_TR_NOOP("Bolus"),
    Command.BRIDGE_BOLUS: QT_TR_NOOP("Bridge bolus"),
    Command.CANCEL_BOLUS: QT_TR_NOOP("Cancel bolus"),
    Command.CLEAR_ALARM: QT_TR_NOOP("Clear alarm"),
    Command.ALARM_TEST: QT_TR_NOOP("Alarm test"),
    Command.SET_CLOCK: QT_TR_NOOP("Set clock"),
    Command.REPORT: QT_TR_NOOP("Session report"),
    Command.RECORD: QT_TR_NOOP("Implant record change"),
    Command.SAVE_PUMP: QT_TR_NOOP("Save the old pump"),
    Command.CONNECT_NEW_PUMP: QT_TR_NOOP("Connect the new pump"),
}
_IN_A_SENTENCE = {  # as the command's value reads, in the words of the run
    Command.SEND_PROGRAM: QT_TR_NOOP("send program"),
    Command.MODE_CHANGE: QT_TR_NOOP("mode change"),
    Command.REFILL: QT_TR_NOOP("refill"),
    Command.BOLUS: QT_TR_NOOP("bolus"),
    Command.BRIDGE_BOLUS: QT_TR_NOOP("bridge bolus"),
    Command.CANCEL_BOLUS: QT_TR_NOOP("cancel bolus"),
    Command.CLEAR_ALARM: QT_TR_NOOP("clear alarm"),
    Command.ALARM_TEST: QT_TR_NOOP("alarm test"),
    Command.SET_CLOCK: QT_TR_NOOP("set clock"),
    Command.REPORT: QT_TR_NOOP("session report"),
    Command.RECORD: QT_TR_NOOP("implant record change"),
    Command.SAVE_PUMP: QT_TR_NOOP("save the old pump"),
    Command.CONNECT_NEW_PUMP: QT_TR_NOOP("connect the new pump"),
}


class OutcomeKind(enum.Enum):
    VERIFIED = "done and verified"
    REFUSED = "refused by the pump"
    NOT_DONE = "not done"
    UNKNOWN = "unknown"

    @property
    def words(self) -> str:
        """What became of the command, in the language of the run."""
        return tr(_KIND_WORDS[self])


_KIND_WORDS = {OutcomeKind.VERIFIED: QT_TR_NOOP("done and verified"),
               OutcomeKind.REFUSED: QT_TR_NOOP("refused by the pump"),
               OutcomeKind.NOT_DONE: QT_TR_NOOP("not done"),
               OutcomeKind.UNKNOWN: QT_TR_NOOP("unknown")}

# What to check after an unknown outcome: the part of the pump the command touched.
CHECK_AFTER: dict[Command, str] = {
    Command.SEND_PROGRAM: QT_TR_NOOP("which program the pump runs"),
    Command.MODE_CHANGE: QT_TR_NOOP("which mode and program the pump runs"),
    Command.REFILL: QT_TR_NOOP("the reservoir volume, concentration and program"),
    Command.BOLUS: QT_TR_NOOP("whether a bolus is running"),
    Command.BRIDGE_BOLUS: QT_TR_NOOP("whether the bridge bolus is running"),
    Command.CANCEL_BOLUS: QT_TR_NOOP("whether the bolus is still running"),
    Command.CLEAR_ALARM: QT_TR_NOOP("the active alarms"),
    Command.ALARM_TEST: QT_TR_NOOP("the alarm tones"),
    Command.SET_CLOCK: QT_TR_NOOP("the pump clock"),
    Command.REPORT: QT_TR_NOOP("the report file"),
    Command.RECORD: QT_TR_NOOP("the implant record"),
    Command.SAVE_PUMP: QT_TR_NOOP("the saved file"),
    Command.CONNECT_NEW_PUMP: QT_TR_NOOP("which pump is connected"),
}

# The pump's refusal reasons in plain words, and what the clinician does about each
# (marked for translation; shown through tr()).
REFUSAL_ADVICE: dict[Reason, str] = {
    Reason.NO_SESSION: QT_TR_NOOP(
        "The programming session had ended: interrogate (F5) and try again."),
    Reason.SESSION_OPEN: QT_TR_NOOP(
        "Another programmer holds the pump: end that session first."),
    Reason.BAD_REQUEST: QT_TR_NOOP("Check the values entered and try again."),
    Reason.OUT_OF_RANGE: QT_TR_NOOP(
        "Change the value to within the pump's limits and try again."),
    Reason.BAD_PROGRAM: QT_TR_NOOP(
        "Change the program to within the pump's limits and try again."),
    Reason.CONCENTRATION_MISMATCH: QT_TR_NOOP(
        "Program for the drug in the reservoir, or refill with the new concentration "
        "first."),
    Reason.NOT_STAGED: QT_TR_NOOP("Send the program again."),
    Reason.CHECKSUM_MISMATCH: QT_TR_NOOP(
        "Send the program again; if it happens again, check the link."),
    Reason.BOLUS_ACTIVE: QT_TR_NOOP(
        "Wait for the running bolus to end, or cancel it, then try again."),
    Reason.MOTOR_STALLED: QT_TR_NOOP(
        "Find the cause of the stall (Alarms, Ctrl+L, says what to do), clear the motor "
        "stall alarm, then try again."),
    Reason.NO_BOLUS: QT_TR_NOOP(
        "Nothing to cancel: interrogate (F5) to see the pump as it is."),
    Reason.RESERVOIR: QT_TR_NOOP("Check the reservoir volume; refill first if it is low."),
    Reason.END_OF_SERVICE: QT_TR_NOOP(
        "The pump can no longer be programmed: plan its replacement now."),
    Reason.NOT_CLEARABLE: QT_TR_NOOP(
        "Deal with the cause (see What to do in the alarms panel); the alarm then clears "
        "by itself."),
    Reason.NO_SUCH_ALARM: QT_TR_NOOP("Interrogate (F5) to see the alarms now active."),
    Reason.BUSY: QT_TR_NOOP(
        "The pump is still busy with an earlier action: wait for it to end, then try "
        "again."),
    Reason.AUTH: QT_TR_NOOP(
        "The pump did not take this console's signature, so nothing changed; the session "
        "ends: connect again with this pump's key file."),
    Reason.UNSUPPORTED: QT_TR_NOOP("This pump does not offer that: nothing was changed."),
}


@dataclass(frozen=True)
class Outcome:
    """One command's end. ``ticket`` matches it to the request (``Session.perform``)."""

    command: Command
    kind: OutcomeKind
    message: str  # what happened, in a sentence
    next_step: str = ""  # what to do or to check now ("" when nothing is needed)
    ticket: int = 0
    result: object = None
    state: str = ""  # the headline's words when the kind's own are too vague ("not sent, ...")
    parts: tuple[Outcome, ...] = ()  # further commands the same call carried (a bridge bolus)
    # The pump as read back after the command (None when it could not be read): what a
    # dialog shows beside the verdict, so "verified" is seen against the pump's own values.
    read_back: PumpStatus | None = None

    @property
    def ok(self) -> bool:
        """This command done and verified (each of ``parts`` says so for itself)."""
        return self.kind is OutcomeKind.VERIFIED

    @property
    def headline(self) -> str:
        """The command's name and what became of it: "Refill: refused by the pump"."""
        return tr("{command}: {state}").format(command=self.command.title,
                                               state=self.state or self.kind.words)

    def text(self) -> str:
        """Headline, what happened and what next, as the dialog and the log show it; then
        the same for each further command the call carried."""
        return " ".join(part for part in (f"{self.headline}.", self.message, self.next_step,
                                          *(each.text() for each in self.parts)) if part)


@dataclass(frozen=True)
class FollowUp:
    """A further command one call carries out after the first (a bridge bolus given with a
    refill), judged on its own from the call's answer and the same read-back.

    ``refusal(result)`` is the pump's refusal of it, caught by the call (None when the
    pump took it); ``shown(status)`` is what the read-back shows when it was done;
    ``without`` says what it not being done means for the patient.
    """

    command: Command
    action: ActionKind  # recorded when verified, with ``detail``
    detail: Mapping[str, str | int]
    refusal: Callable[[object], PumpRefused | None]
    shown: Callable[[PumpStatus], bool]
    without: str = ""

    def judge(self, result: object, status: PumpStatus, ticket: int) -> Outcome:
        refused = None if result is None else self.refusal(result)
        if refused is not None:
            outcome = from_error(self.command, refused, ticket)
        elif self.shown(status):
            return Outcome(self.command, OutcomeKind.VERIFIED,
                           tr("The read-back confirms it."), "", ticket)
        else:
            outcome = Outcome(self.command, OutcomeKind.UNKNOWN,
                              tr("The read-back does not show it."),
                              unknown_next_step(self.command), ticket)
        return replace(outcome, next_step=f"{outcome.next_step} {self.without}".strip())


def unknown_next_step(command: Command) -> str:
    return tr("Reconnect if needed and interrogate (F5): check {what} before anything "
              "else.").format(what=tr(CHECK_AFTER[command]))


def from_error(command: Command, error: PumpError, ticket: int = 0) -> Outcome:
    """The outcome of a command whose call raised ``error`` (nothing read back yet)."""
    if isinstance(error, PumpRefused):
        return Outcome(command, OutcomeKind.REFUSED,
                       tr("The pump said: {reason}").format(reason=pump_said(error)),
                       tr(REFUSAL_ADVICE[error.reason]), ticket)
    if isinstance(error, PumpTimeout):
        what = tr("The pump did not answer in time, so it is not known whether it acted.")
    elif isinstance(error, LinkError):
        what = tr("The link to the pump failed, so it is not known whether it acted.")
    else:
        what = _sentence(str(error))
    return Outcome(command, OutcomeKind.UNKNOWN, what, unknown_next_step(command), ticket)


def pump_said(error: PumpError) -> str:
    """What the pump said, in the console's words (alarm and record names), as a sentence."""
    return _sentence(plain_words(str(error)))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


_ASKING = -1  # asked, ticket not back yet


class AwaitedOutcome:
    """The outcome one dialog waits for, told apart from other commands' by its ticket.

    A simulated pump can answer before ``Session.perform`` has returned the ticket, so a
    dialog marks itself as asking first and hands over the ticket afterwards; while it
    waits, its buttons stay off so nothing is sent twice.
    """

    def __init__(self) -> None:
        self._ticket: int | None = None
        self.last: Outcome | None = None

    @property
    def pending(self) -> bool:
        return self._ticket is not None

    def asking(self) -> None:
        self._ticket = _ASKING

    def asked(self, ticket: int) -> None:
        if self._ticket == _ASKING:
            self._ticket = ticket

    def take(self, outcome: Outcome) -> bool:
        """Keep ``outcome`` if it is the one awaited (True), else leave it for others."""
        if self._ticket not in (_ASKING, outcome.ticket):
            return False
        self._ticket = None
        self.last = outcome
        return True
