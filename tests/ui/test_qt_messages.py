"""Qt's multimedia chatter stays off the terminal; every other Qt message stays on it."""

import subprocess
import sys

SCRIPT = """
from itb_console.ui.qt_messages import quiet_qt_backends
quiet_qt_backends()
from itb_console.ui.application import application
from itb_console.ui.alarm_sound import audio_unavailable_reason
from PySide6.QtCore import QLoggingCategory, qCWarning, qWarning
app = application()
reason = audio_unavailable_reason()  # loads the multimedia back ends
qCWarning(QLoggingCategory("qt.multimedia.symbolsresolver"), "Couldn't load va library")
qWarning("PulseAudioService: pa_context_connect() failed")
qWarning("This plugin does not support propagateSizeHints()")
qWarning("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-trainer'")
qWarning("QLayout: a real problem in the console")
print(reason or "sound")
"""


def test_only_real_messages_reach_the_terminal():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stderr == "QLayout: a real problem in the console\n"
    assert done.stdout.splitlines()[-1] in {
        "sound", "Alarm sounds are off: this computer has no audio output. Alarms are still "
                 "shown on screen."}
