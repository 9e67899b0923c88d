"""``itb-console --check``: can the console run on this computer, and what would it use?

A trainer setting up a laptop before a workshop runs this once: it says whether the
window can open (and the one ``apt-get install`` line when it cannot), which Qt and
PySide6 are in use, whether alarm tones can sound, which printers and fonts there are,
and where settings are kept. The exit code is non-zero when the console cannot start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from itb_console.console import number_style as style
from itb_console.device.version import current_build
from itb_console.ui.platform_libraries import (
    PlatformCheck,
    PlatformProbe,
    packages_for,
    plugin_missing,
    start_problem,
)
from itb_console.ui.style import TRAINING_MARK

REPORT_FONT = "DejaVu Sans"  # the session report and debrief PDFs are set in it


@dataclass(frozen=True)
class Finding:
    """One line of the check: ``ok``, ``note`` (works, with a limit) or ``PROBLEM``."""

    state: str
    topic: str
    text: str

    def lines(self) -> list[str]:
        first, *rest = self.text.splitlines() or [""]
        return [f"  {self.state:<8} {self.topic}: {first}", *(f"{'':<11}{r}" for r in rest)]


def _platform_findings(checks: list[PlatformCheck], checked: bool) -> list[Finding]:
    if not checked:
        return [Finding("note", "Platform plugin", "not checked on this system (the check "
                        "reads Linux shared libraries with ldd)")]
    usable = next((c for c in checks if c.can_load), None)
    if usable is not None:
        return [Finding("ok", "Platform plugin", f"{usable.platform} ({usable.plugin})")]
    return [Finding("PROBLEM", "Platform plugin", start_problem(checks))]


def _audio() -> Finding:
    from itb_console.ui.alarm_sound import audio_unavailable_reason
    from itb_console.ui.qt_messages import quiet_qt_backends

    quiet_qt_backends()  # back-end chatter, not findings
    reason = audio_unavailable_reason()
    if reason:
        return Finding("note", "Audio output", reason)
    from PySide6.QtMultimedia import QMediaDevices

    return Finding("ok", "Audio output", QMediaDevices.defaultAudioOutput().description())


def _printers() -> Finding:
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    if names:
        default = QPrinterInfo.defaultPrinterName()
        return Finding("ok", "Printers", f"{', '.join(names)} (default: {default or 'none'})")
    missing = plugin_missing("printsupport", "libcupsprintersupport.so") or []
    packages = packages_for(missing)[0]
    if packages:
        return Finding("note", "Printers", f"none: Qt's printing lacks {', '.join(missing)}\n"
                       f"Fix: sudo apt-get install {' '.join(packages)}")
    return Finding("note", "Printers", "none found; reports are still saved as PDF files")


def _fonts() -> Finding:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    families = QFontDatabase.families()
    default = QGuiApplication.font()
    text = f"{len(families)} families; interface font {default.family()} " \
           f"{style.plain(default.pointSizeF())} pt"
    if REPORT_FONT not in families:
        return Finding("note", "Fonts", f"{text}; {REPORT_FONT} (used by reports) is missing\n"
                       "Fix: sudo apt-get install fonts-dejavu-core")
    return Finding("ok", "Fonts", f"{text}; {REPORT_FONT} for reports")


def _folders() -> list[Finding]:
    """Where the console keeps its settings and its log, so a trainer can send the log
    after a failed session (the same path Help > Open log folder opens)."""
    from itb_console.console.app_log import LOG_NAME, log_folder
    from PySide6.QtCore import QSettings

    log = log_folder() / LOG_NAME
    written = "" if log.exists() else " (not written yet: the console starts it when it runs)"
    return [Finding("ok", "Settings", QSettings().fileName()),
            Finding("ok", "Logs", f"{log}{written}\nHelp > Open log folder shows it; the "
                    "pump's own event log is read from the pump (Ctrl+E)")]


def _desktop_findings() -> list[Finding]:
    """The checks that need a running Qt application (one without any window)."""
    from itb_console.ui.application import application

    app = application()
    found = [Finding("ok", "Screen", f"{app.platformName()}, "
                     f"{app.primaryScreen().size().width()}x"
                     f"{app.primaryScreen().size().height()}")]
    probes: list[Callable[[], Finding]] = [_audio, _printers, _fonts]
    return found + [probe() for probe in probes] + _folders()


def run_check(out: TextIO = sys.stdout) -> int:
    """Print the check; 0 when the console can start here, 1 when it cannot."""
    probe = PlatformProbe()
    import PySide6
    from PySide6.QtCore import qVersion

    build = current_build()
    findings = [Finding("ok", "Program", build.text),
                Finding("ok", "Python", f"{sys.version.split()[0]} ({sys.executable})"),
                Finding("ok", "Qt", f"{qVersion()}, PySide6 {PySide6.__version__}")]
    checks = probe.results()
    problem = start_problem(checks)
    findings += _platform_findings(checks, probe.checked)
    if problem:
        # The rest is still worth knowing; Qt's offscreen platform needs no display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        findings.append(Finding("note", "Below", "checked offscreen, as no window can open"))
    try:
        findings += _desktop_findings()
    except ImportError as error:
        findings.append(Finding("PROBLEM", "Qt libraries", f"cannot load: {error}"))
        problem = problem or str(error)
    print(f"itb-console system check. {TRAINING_MARK}.", file=out)
    for finding in findings:
        print("\n".join(finding.lines()), file=out)
    print("Result: " + ("the console cannot start here (see PROBLEM above)." if problem
                        else "the console can start here."), file=out)
    return 1 if problem else 0
