"""The console's first window loads no dialog, panel, report, history or pump-model code.

Each of those is imported when first opened; a new top-level import in the main window
would slow every start, so this checks the modules a fresh process holds after building
the window (bench/bench_startup.py measures the time itself).
"""

import os
import subprocess
import sys

LOADED_WHEN_FIRST_USED = (
    "itb_console.ui.dialogs.about", "itb_console.ui.dialogs.alarms_panel",
    "itb_console.ui.dialogs.bolus_dialog", "itb_console.ui.dialogs.device_picker",
    "itb_console.ui.dialogs.event_log", "itb_console.ui.dialogs.preferences",
    "itb_console.ui.dialogs.refill_wizard", "itb_console.ui.dialogs.review_dialog",
    "itb_console.ui.dialogs.shortcuts_help", "itb_console.ui.dialogs.titration_dialog",
    "itb_console.ui.dialogs.trial_dialog", "itb_console.ui.history.history_window",
    "itb_console.ui.reports.report_pdf", "itb_console.ui.training.debrief_window",
    "itb_console.ui.training.instructor_panel", "itb_console.ui.alarm_sound",
    "itb_console.device.simulated", "itb_console.device.pump_model",
    "PySide6.QtMultimedia", "PySide6.QtPrintSupport",
)

BUILD_WINDOW = """
import os
import sys
from PySide6.QtWidgets import QApplication
from itb_console.console.session import Session
from itb_console.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(Session())
print(" ".join(sorted(sys.modules)), flush=True)
os._exit(0)  # the probe is done; tearing the window down is not what it checks
"""


def test_building_the_main_window_imports_none_of_the_dialogs():
    done = subprocess.run([sys.executable, "-c", BUILD_WINDOW], capture_output=True,
                          text=True, timeout=120, check=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    loaded = set(done.stdout.split())
    assert "itb_console.ui.main_window" in loaded
    assert sorted(loaded.intersection(LOADED_WHEN_FIRST_USED)) == []
