"""``itb-console``: the training replica of the ITB clinician programmer.

Training mock, not for clinical use.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from itb_console.console import number_style as style
from itb_console.console.language import CODES, parse_language
from itb_console.device.cli_args import ClearParser, clock_speed
from itb_console.device.clock import MAX_SPEED
from itb_console.device.version import current_build
from itb_console.ui.picture_size import (
    MAX_PICTURE,
    MIN_PICTURE,
    PICTURE_SIZE,
    picture_size,
    picture_size_text,
)
from itb_console.ui.platform_libraries import PlatformProbe, start_problem

DEFAULT_DEVICE = "sim://"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = ClearParser(
        prog="itb-console",
        description="Training replica of the clinician programmer for intrathecal baclofen "
                    "pumps. Training mock, not for clinical use.")
    parser.add_argument("--device", default=DEFAULT_DEVICE, metavar="URL",
                        help="pump to connect to: sim://[?profile=itb-40&reservoir=12.5], a "
                             "serial port (/dev/ttyUSB0, COM3, a pty path), socket://HOST:PORT "
                             "or rfc2217://HOST:PORT (default: sim://)")
    parser.add_argument("--key-file", type=Path, metavar="FILE",
                        help="key file of a keyed pump (an emulator started with --key-file, "
                             "a keyed classroom station); read when connecting, never stored")
    parser.add_argument("--speed", type=clock_speed, metavar="X",
                        help=f"clock speed of the simulated pump, 1 to {style.speed(MAX_SPEED)}")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--size", type=picture_size, metavar="WIDTHxHEIGHT",
                        help="the screen --screenshot draws the window on, "
                             f"{picture_size_text(MIN_PICTURE)} to "
                             f"{picture_size_text(MAX_PICTURE)} (default: "
                             f"{picture_size_text(PICTURE_SIZE)}, a workshop projector)")
    parser.add_argument("--lang", type=_language_code, metavar="CODE",
                        help=f"language of the console: {', '.join(CODES)} (default: the "
                             "preference, else the computer's language, else en)")
    parser.add_argument("--check", action="store_true",
                        help="check this computer (display libraries, Qt, sound, printers, "
                             "fonts, folders) and exit; non-zero if the console cannot start")
    args = parser.parse_args(argv)
    if args.speed is not None:
        if not args.device.startswith("sim:"):
            parser.error("--speed applies to the simulated pump (sim://) only; an emulator "
                         "takes its own --speed")
        separator = "&" if urlsplit(args.device).query else "?"
        # a URL, not text for a person: the same in every language
        speed = str(int(args.speed)) if args.speed.is_integer() else repr(args.speed)
        args.device = f"{args.device}{separator}speed={speed}"
    if args.key_file is not None and args.device.startswith("sim:"):
        parser.error("--key-file applies to a keyed pump reached by --device (a serial port, "
                     "socket:// or rfc2217://); the simulated pump sim:// takes no key")
    if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
        parser.error(f"--screenshot: {args.screenshot} must end in .png")
    if args.size is not None and args.screenshot is None:
        parser.error("--size applies to --screenshot only; a window on a desktop takes the "
                     "size you give it")
    return args


def _language_code(text: str) -> str:
    try:
        return parse_language(text).value
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Reports and About name the build; asking git for the commit takes tens of ms, so it
    # is done now, beside start-up, rather than later on the GUI thread.
    threading.Thread(target=current_build, name="build-info", daemon=True).start()
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from itb_console.ui.screen_fit import install_screen_fit
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("ITB Training")
    QCoreApplication.setApplicationName("ITB Programmer Console")
    if args.check:
        from itb_console.ui.system_check import run_check

        return run_check()
    # ldd on Qt's platform plugin runs beside the imports below, which take far longer.
    probe = PlatformProbe()
    try:
        from itb_console.console.app_log import start_logging
        from itb_console.console.session import Session
        from itb_console.console.settings import language_preference
        from itb_console.console.translation import speak
        from itb_console.console.worker import any_worker_running
        from itb_console.ui.application import application
        from itb_console.ui.error_dialog import install_excepthook
        from itb_console.ui.main_window import MainWindow
        from itb_console.ui.qt_messages import quiet_qt_backends
        from itb_console.ui.quit_signals import close_on_signals
        from itb_console.ui.style import PRODUCT_NAME, apply_style
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtGui import QIcon
    except ImportError as error:  # a Qt library the system lacks (libEGL, libfontconfig...)
        return _cannot_start(start_problem(probe.results()) or f"Qt cannot load: {error}")
    problem = start_problem(probe.results())
    if problem:
        return _cannot_start(problem)
    quiet_qt_backends()
    app = application()
    speak(args.lang, language_preference(QSettings()))
    app.setApplicationDisplayName(PRODUCT_NAME)
    app.setWindowIcon(QIcon(str(files("itb_console.resources") / "icons" / "itb-console.svg")))
    log_path = start_logging()
    install_excepthook(log_path)
    apply_style(app)
    install_screen_fit(app)  # every window sized to its content and kept on the screen
    session = Session()
    window = MainWindow(session)
    window.show()
    window.connect_to(args.device, args.key_file)
    if args.screenshot is not None:
        code = _screenshot(window, session, args.screenshot, args.size or PICTURE_SIZE)
    else:
        close_on_signals(window)
        QTimer.singleShot(0, window.raise_)
        code = app.exec()
        session.shutdown()  # no window left: a bounded wait here freezes nothing
    if any_worker_running():
        # A call stuck on a dead link: Qt would abort destroying its thread at exit.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _cannot_start(problem: str) -> int:
    """Say why no window can open, and how to fix it, instead of Qt's abort."""
    print(f"itb-console: cannot open its window.\n{problem}\n"
          "`itb-console --check` checks the rest of this computer.", file=sys.stderr)
    return 1


def _screenshot(window, session, path: Path, size: tuple[int, int]) -> int:
    """Wait for the first interrogation, then save the window as it looks maximised on a
    screen of ``size`` (the offscreen platform's own screen is a cramped 800x800); a
    connection that fails (or does not answer in time) ends the program with one line
    saying why."""
    from itb_console.ui.screen_fit import fill
    from itb_console.ui.screenshots import save, wait_for_first_status
    from PySide6.QtCore import QSize

    failure = wait_for_first_status(session)
    try:
        if failure:
            print(f"itb-console: error: {failure}", file=sys.stderr)
            return 1
        fill(window, QSize(*size))
        save(window, path)
    except OSError as error:
        print(f"itb-console: error: {error}", file=sys.stderr)
        return 1
    finally:
        session.shutdown()
        window.hide()
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
