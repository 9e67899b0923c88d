"""``itb-emulator``: serve a simulated ITB pump over a pty, TCP or a serial port.

The first line printed is where to connect (a pty path, or socket://HOST:PORT), so a
script can read it and go. While it serves it announces itself to the console's Connect
dialog (device/running_emulators.py). SIGINT, SIGTERM or SIGHUP stops it cleanly with the
state saved and the announcement removed. Training mock, not for clinical use.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from itb_console.device.cli_args import ClearParser, clock_speed, tcp_port
from itb_console.device.emulator import Emulator, LinkFaults
from itb_console.device.key_file import key_size_problem, read_key_file
from itb_console.device.pump_options import PUMP_OPTIONS
from itb_console.device.pump_profiles import profile_ids
from itb_console.device.replay import TranscriptError, replay
from itb_console.device.resource_toml import ProfileError
from itb_console.device.running_emulators import (
    Announcement,
    AnnouncementError,
    announce,
    withdraw,
)
from itb_console.device.state_file import StateFileError

# Closing the terminal (SIGHUP) stops it as Ctrl+C does: state saved, announcement gone.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))
LOOPBACK = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "[::1]"}


def _faults(text: str) -> LinkFaults:
    try:
        return LinkFaults.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _key(text: str) -> bytes:
    """``--key``: the same 8 to 256 bytes as a key file holds."""
    key = text.encode()
    problem = key_size_problem(key)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return key
def _pump_option(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or key not in PUMP_OPTIONS:
        raise argparse.ArgumentTypeError(f"{text!r} must be KEY=VALUE with KEY one of "
                                         f"{', '.join(PUMP_OPTIONS)}")
    return key, value


def parser() -> argparse.ArgumentParser:
    made = ClearParser(prog="itb-emulator",
                   description="Serve a simulated intrathecal baclofen pump for the ITB "
                               "console and for test scripts; while it serves, the "
                               "console's File > Connect lists it. Training mock, not for "
                               "clinical use. Protocol: docs/protocol.md.")
    where = made.add_mutually_exclusive_group(required=True)
    where.add_argument("--pty", action="store_true",
                       help="serve on a new pseudo-terminal; its path is the first line printed")
    where.add_argument("--tcp", type=tcp_port, metavar="PORT",
                       help="serve on TCP (loopback unless --bind); 0 picks a free port")
    where.add_argument("--port", metavar="DEVICE", help="serve on a serial port or pyserial URL")
    where.add_argument("--replay", type=Path, metavar="TRANSCRIPT",
                       help="replay a transcript's requests against a fresh pump and list "
                            "the answers that differ (exit 1 if any)")
    made.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                      help="address for --tcp (default 127.0.0.1: this machine only)")
    made.add_argument("--profile", choices=profile_ids(), help="pump profile for a new pump")
    made.add_argument("--pump", type=_pump_option, action="append", default=[],
                      metavar="KEY=VALUE",
                      help="a new pump's option, as sim:// takes it (serial, patient, conc, "
                           "mode, reservoir, catheter_length_cm...); repeat for several, "
                           "e.g. --pump serial=SIM-000002 --pump conc=500 --pump mode=stopped")
    made.add_argument("--state", type=Path, metavar="FILE",
                      help="load the pump from FILE if it exists; save it on every commit "
                           "and on exit")
    made.add_argument("--speed", type=clock_speed, default=1.0, metavar="X",
                      help="clock speed, 1 to 1,000,000 x real time (default 1)")
    made.add_argument("--manual-clock", action="store_true",
                      help="time moves only by CTL ADVANCE (for scripted tests)")
    made.add_argument("--transcript", type=Path, metavar="FILE",
                      help="append every line in and out as JSON lines")
    made.add_argument("--fault", type=_faults, default=LinkFaults(), metavar="SPEC",
                      help="link faults, e.g. drop=5,corrupt=1,delay=0.05,disconnect=300,"
                           "seed=7,stall")
    made.add_argument("--test-control", action="store_true",
                      help="accept CTL frames (tester control); never for a demo station")
    keys = made.add_mutually_exclusive_group()
    keys.add_argument("--key", type=_key, metavar="SECRET",
                      help="shared key, 8 to 256 bytes: every frame must carry an HMAC "
                           "(docs/protocol.md)")
    keys.add_argument("--key-file", type=Path, metavar="FILE",
                      help="shared key read from FILE (not shown in the process list)")
    made.add_argument("--relaxed", action="store_true",
                      help="also accept bare commands typed by hand (no @seq, no CRC)")
    return made


def _replay(path: Path, emulator: Emulator) -> int:
    differences = replay(path, emulator.server)
    for difference in differences:
        print(f"{path}:{difference.line}: {difference.request}\n"
              f"  recorded: {difference.recorded or '(no answer)'}\n"
              f"  replayed: {difference.replayed or '(no answer)'}")
    print("1 difference" if len(differences) == 1 else f"{len(differences)} differences",
          file=sys.stderr)
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return _run(args)
    except KeyboardInterrupt:  # Ctrl+C before serving began: nothing was served or saved
        print("itb-emulator: interrupted before serving; nothing was changed",
              file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    try:
        key = read_key_file(args.key_file) if args.key_file else args.key
        emulator = Emulator.create(
            profile=args.profile, state=args.state,
            speed=None if args.manual_clock or args.replay else args.speed,
            test_control=args.test_control or args.replay is not None,
            key=key, relaxed=args.relaxed,
            faults=args.fault, transcript=args.transcript, pump_options=dict(args.pump))
        if args.replay is not None:
            return _replay(args.replay, emulator)
        if args.pty:
            where = emulator.serve_pty()
        elif args.tcp is not None:
            emulator.serve_tcp(args.tcp, args.bind)
            where = emulator.port
        else:
            emulator.serve_serial(args.port)
            where = args.port
    except (StateFileError, ProfileError, TranscriptError, OSError, ValueError) as error:
        print(f"itb-emulator: error: {error}", file=sys.stderr)
        return 1
    stopped = threading.Event()
    for signum in STOP_SIGNALS:
        signal.signal(signum, lambda *_: stopped.set())
    announcement = _announce(emulator, "pty" if args.pty else "tcp" if args.tcp is not None
                             else "serial", key is not None)
    try:
        print(where, flush=True)
        print(f"serving pump {emulator.model.identity.serial_number} "
              f"({emulator.model.profile.id}); Ctrl+C to stop", file=sys.stderr, flush=True)
        stopped.wait()
    finally:
        if announcement is not None:
            withdraw(announcement)
    try:
        emulator.stop()
    except OSError as error:
        print(f"itb-emulator: error: stopped, but the state could not be saved to "
              f"{args.state} ({error.strerror or error}); the file holds the last state "
              "saved", file=sys.stderr, flush=True)
        return 1
    print("stopped" + (f"; state saved to {args.state}" if args.state else ""),
          file=sys.stderr, flush=True)
    return 0


def _announce(emulator: Emulator, link: str, keyed: bool) -> Path | None:
    """Tell the console's Connect dialog where this emulator serves (device/running_
    emulators.py); one served on all addresses is reached here on the loopback address."""
    device = emulator.port
    if link == "tcp":
        host, _, port = device.removeprefix("socket://").rpartition(":")
        device = f"socket://{LOOPBACK.get(host, host)}:{port}"
    profile = emulator.model.profile
    try:
        return announce(Announcement(
            link=link, device=device, profile_id=profile.id,
            reservoir_nl=profile.reservoir_nl,
            serial_number=emulator.model.identity.serial_number, keyed=keyed,
            pid=os.getpid(), started=datetime.now(UTC)))
    except AnnouncementError as error:
        print(f"itb-emulator: not listed in the console's Connect dialog: {error}",
              file=sys.stderr, flush=True)
        return None


if __name__ == "__main__":
    sys.exit(main())
