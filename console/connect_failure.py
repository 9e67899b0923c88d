"""Why a connection failed, in one line that names the device once and says what to do next.

pyserial's own messages repeat the errno and the path several times and never suggest a
next step; a trainer at a workshop needs "nothing is listening on that port: start
itb-emulator" instead.
"""

from __future__ import annotations

import errno

from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.key_file import KeyFileError
from itb_console.device.pump_api import (
    KeyMismatch,
    LinkError,
    PumpError,
    PumpStatus,
    PumpTimeout,
)
from itb_console.device.pump_profiles import load_profile, profile_ids
from itb_console.device.resource_toml import ProfileError

# Where a user of this console chooses a keyed pump's key (docs/user-guide.md, "Keyed pumps").
KEY_FILE_STEP = QT_TR_NOOP("Choose the key file the trainer gave under File > Connect..., "
                           "Key file (or itb-console --key-file FILE)")


class UnknownPump(PumpError):
    """The pump answered, but its identity is not one this console can show or program."""


def check_identity(status: PumpStatus) -> None:
    """Refuse a pump whose profile this console does not know: it could not be shown or
    programmed truthfully (limits, reservoir size and battery all come from the profile)."""
    profile_id = status.identity.profile_id
    try:
        load_profile(profile_id)
    except ProfileError:
        raise UnknownPump(tr("the pump {serial} reports profile {profile}, which this "
                             "console does not know (it knows {known})").format(
                                 serial=status.identity.serial_number,
                                 profile=repr(profile_id), known=", ".join(profile_ids()))
                          ) from None


def _root(error: BaseException) -> BaseException:
    while error.__cause__ is not None:
        error = error.__cause__
    return error


def _errno(error: BaseException) -> int | None:
    root = _root(error)
    number = getattr(root, "errno", None)
    if number is None and root.args and isinstance(root.args[0], int):
        number = root.args[0]
    return number


def cause_and_next_step(url: str, error: BaseException) -> tuple[str, str]:
    """The cause in a few words and the next step, for a connection to ``url``."""
    if isinstance(error, UnknownPump):
        return str(error), tr("Nothing was changed on it; connect to a pump with a "
                              "supported profile, or update the console")
    if isinstance(error, KeyMismatch) or isinstance(_root(error), KeyFileError):
        return str(error), tr(KEY_FILE_STEP)
    if url.startswith("sim:"):
        return str(error).removeprefix("sim:// ").strip(), \
            tr("Check the sim:// options (see the user guide)")
    if isinstance(error, PumpTimeout):
        return (tr("the pump did not answer"),
                tr("Check that an emulator serves this port and nothing else uses it; start "
                   "the emulator (itb-emulator --pty) and connect to the port it prints"))
    number = _errno(error)
    if url.startswith(("socket://", "rfc2217://")):
        if number == errno.ECONNREFUSED or "refused" in str(error).lower():
            return (tr("nothing is listening there"),
                    tr("Start the emulator first (itb-emulator --tcp PORT) or check host and "
                       "port"))
        return (tr("the network connection failed"),
                tr("Check the host, the port and the network"))
    if number == errno.ENOENT or "no such file" in str(error).lower():
        return tr("no such port"), tr("Start the emulator (itb-emulator --pty) and connect to "
                                      "the port it prints, or check the port name")
    if number in (errno.EACCES, errno.EPERM):
        return (tr("permission denied"),
                tr("Check that your account may use serial ports (the dialout group)"))
    if number == errno.EBUSY:
        return tr("the port is in use"), tr("Close the other program that holds it")
    if isinstance(error, LinkError | PumpError):
        return str(error).rstrip("."), tr("Check the port and that the emulator is running")
    return str(error).rstrip("."), tr("Check the device address")


def connect_failure(url: str, error: BaseException) -> str:
    """``Could not connect to URL: cause. Next step.`` (one line)."""
    cause, next_step = cause_and_next_step(url, error)
    return tr("Could not connect to {url}: {cause}. {next_step}.").format(
        url=url, cause=cause.rstrip("."), next_step=next_step)
