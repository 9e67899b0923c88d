"""The keyboard shortcuts help screen (F1).

Everything the mouse does on the timeline can be done from the keyboard; this list is
where a trainee finds out how, so it is kept beside the keys the editor really handles
and tested against them.
"""

from __future__ import annotations

from itb_console.ui.banner import training_banner
from itb_console.ui.table_fit import rows_follow_wrapping
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

FIXED_SHORTCUTS: list[tuple[str, str]] = [
    ("Ctrl+K", "Connect to a pump"),
    ("Ctrl+W", "Close the programming session"),
    ("F5", "Interrogate the pump again"),
    ("Ctrl+Return", "Review and send the pending program"),
    ("Ctrl+Q", "Quit the console (asks first if edits are unsent or the pump is stopped)"),
    ("Ctrl+P", "Save the session report (PDF and JSON)"),
    ("Ctrl+L", "Alarms: meaning, what to do, tones, clearing, alarm test"),
    ("Ctrl+F", "Refill: withdraw and compare, fill by double entry, send and verify"),
    ("Ctrl+B", "Bolus: clinician or priming; progress and cancel"),
    ("Ctrl+E", "The pump's event log: filter, search, export CSV"),
    ("Ctrl+D", "Open a saved scenario debrief: score, objectives, replay, PDF"),
    ("Ctrl+I", "Instructor panel: scenario stations, time, faults, scores"),
    ("Ctrl+Shift+R", "Trainee records: search, history and score plot, cohort, CSV and PDF"),
    ("Ctrl+Shift+E", "Scenario editor: write a scenario in a form, check it, Try it"),
    ("Ctrl+Shift+T", "Trial screening: boluses, candidacy, starting dose into the draft"),
    ("Ctrl+T", "Titration: allowed next-day dose, override with a reason, apply to the draft"),
    ("Ctrl+Shift+B", "Battery and clock: replace-by date, pump clock check and setting"),
    ("Ctrl+Shift+M", "After an MRI: motor stall and recovery, delayed restart, record the check"),
    ("Ctrl+Shift+N", "Replace pump: save the old pump, connect, prime, record and program "
                     "the new one"),
    ("Ctrl+H", "Delivery history: daily dose and reservoir over time, refills, outlook"),
    ("Ctrl+Shift+P", "Print preview of the session report (or the PDF if no printer)"),
    ("Ctrl+,", "Preferences: soft limits, units, editor snap, refill alarm, alarm sound"),
    ("Ctrl+R", "Revert to the program in force"),
    ("Ctrl+U", "Next display unit (mcg/day, mcg/h, mL/day)"),
    ("Left / Right", "Select the previous / next step (timeline focused)"),
    ("Up / Down", "Raise / lower the selected step's dose by one unit (Shift: x10)"),
    ("Ctrl+Left / Ctrl+Right",
     "Move the selected step's start by the snap (15 min unless set in Preferences; "
     "Shift: 1 min)"),
    ("Enter", "Type an exact dose for the selected step (in the table)"),
    ("S", "Split the selected step in the middle"),
    ("M", "Merge the selected step with the next"),
    ("Delete", "Delete the selected step"),
    ("Double-click", "Split a step at the pointer"),
    ("Right-click", "Split, merge or delete the step under the pointer"),
    ("Drag a line", "Move a boundary (by the snap) or a level; hold Shift for 1 min / finer"),
    ("F1", "This list"),
    ("F11", "Presentation mode on or off: full screen, large type, pump clock, time control"),
    ("Esc", "Leave presentation mode"),
    ("PgUp or +", "Presenting: pump time faster (x1, x60, x3600, x86400, x1,000,000)"),
    ("PgDown or -", "Presenting: pump time slower"),
    ("Space", "Presenting: pause or resume pump time (simulated pump only)"),
]
PLATFORM_SHORTCUTS = [
    (QKeySequence.StandardKey.Undo, "Undo the last edit"),
    (QKeySequence.StandardKey.Redo, "Redo the edit undone"),
]


def shortcut_rows() -> list[tuple[str, str]]:
    """All shortcuts; undo and redo as this platform spells them (Ctrl+Y or
    Ctrl+Shift+Z), so the list never names a key that does nothing."""
    platform = [(" or ".join(k.toString() for k in QKeySequence.keyBindings(key)), meaning)
                for key, meaning in PLATFORM_SHORTCUTS]
    return FIXED_SHORTCUTS[:4] + platform + FIXED_SHORTCUTS[4:]


WIDTH_CHARS = 90


class ShortcutsHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(max(900, WIDTH_CHARS * self.fontMetrics().averageCharWidth()), 640)
        mark = training_banner()
        self.rows = shortcut_rows()
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "What it does"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Both columns share the width and wrap (a key list such as Redo's "Ctrl+Y or
        # Alt+Shift+Backspace or ..." had taken most of it); rows follow their text.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows_follow_wrapping(self.table)
        for row, (keys, meaning) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mark)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Every row as plain text (what a screen reader or a test sees)."""
        return "\n".join(f"{keys}: {meaning}" for keys, meaning in self.rows)
