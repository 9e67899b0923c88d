"""The keyboard shortcuts help screen (F1).

Everything the mouse does on the timeline can be done from the keyboard; this list is
where a trainee finds out how, so it is kept beside the keys the editor really handles
and tested against them.
"""

from __future__ import annotations

from itb_console.console.translation import QT_TR_NOOP, tr
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
    ("Ctrl+K", QT_TR_NOOP("Connect to a pump")),
    ("Ctrl+W", QT_TR_NOOP("Close the programming session")),
    ("F5", QT_TR_NOOP("Interrogate the pump again")),
    ("Ctrl+Return", QT_TR_NOOP("Review and send the pending program")),
    ("Ctrl+Q", QT_TR_NOOP("Quit the console (asks first if edits are unsent or the pump is "
                          "stopped)")),
    ("Ctrl+P", QT_TR_NOOP("Save the session report (PDF and JSON)")),
    ("Ctrl+L", QT_TR_NOOP("Alarms: meaning, what to do, tones, clearing, alarm test")),
    ("Ctrl+F", QT_TR_NOOP("Refill: withdraw and compare, fill by double entry, send and verify")),
    ("Ctrl+B", QT_TR_NOOP("Bolus: clinician or priming; progress and cancel")),
    ("Ctrl+E", QT_TR_NOOP("The pump's event log: filter, search, export CSV")),
    ("Ctrl+D", QT_TR_NOOP("Open a saved scenario debrief: score, objectives, replay, PDF")),
    ("Ctrl+I", QT_TR_NOOP("Instructor panel: scenario stations, time, faults, scores")),
    ("Ctrl+Shift+R", QT_TR_NOOP("Trainee records: search, history and score plot, cohort, CSV and "
                                "PDF")),
    ("Ctrl+Shift+E", QT_TR_NOOP("Scenario editor: write a scenario in a form, check it, Try it")),
    ("Ctrl+Shift+T", QT_TR_NOOP("Trial screening: boluses, candidacy, starting dose into the "
                                "draft")),
    ("Ctrl+T", QT_TR_NOOP("Titration: allowed next-day dose, override with a reason, apply to the "
                          "draft")),
    ("Ctrl+Shift+B", QT_TR_NOOP("Battery and clock: replace-by date, pump clock check and "
                                "setting")),
    ("Ctrl+Shift+M", QT_TR_NOOP("After an MRI: motor stall and recovery, delayed restart, record "
                                "the check")),
    ("Ctrl+Shift+N", QT_TR_NOOP("Replace pump: save the old pump, connect, prime, record and "
                                "program the new one")),
    ("Ctrl+H", QT_TR_NOOP("Delivery history: daily dose and reservoir over time, refills, "
                          "outlook")),
    ("Ctrl+Shift+P", QT_TR_NOOP("Print preview of the session report (or the PDF if no printer)")),
    ("Ctrl+,", QT_TR_NOOP("Preferences: soft limits, units, editor snap, refill alarm, alarm "
                          "sound")),
    ("Ctrl+R", QT_TR_NOOP("Revert to the program in force")),
    ("Ctrl+U", QT_TR_NOOP("Next display unit (mcg/day, mcg/h, mL/day)")),
    (QT_TR_NOOP("Left / Right"), QT_TR_NOOP("Select the previous / next step (timeline focused)")),
    (QT_TR_NOOP("Up / Down"), QT_TR_NOOP("Raise / lower the selected step's dose by one unit "
                                         "(Shift: x10)")),
    (QT_TR_NOOP("Ctrl+Left / Ctrl+Right"),
     QT_TR_NOOP("Move the selected step's start by the snap (15 min unless set in "
                "Preferences; Shift: 1 min)")),
    (QT_TR_NOOP("Enter"), QT_TR_NOOP("Type an exact dose for the selected step (in the table)")),
    ("S", QT_TR_NOOP("Split the selected step in the middle")),
    ("M", QT_TR_NOOP("Merge the selected step with the next")),
    (QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected step")),
    (QT_TR_NOOP("Double-click"), QT_TR_NOOP("Split a step at the pointer")),
    (QT_TR_NOOP("Right-click"), QT_TR_NOOP("Split, merge or delete the step under the pointer")),
    (QT_TR_NOOP("Drag a line"), QT_TR_NOOP("Move a boundary (by the snap) or a level; hold Shift "
                                           "for 1 min / finer")),
    ("F1", QT_TR_NOOP("This list")),
    ("F11", QT_TR_NOOP("Presentation mode on or off: full screen, large type, pump clock, time "
                       "control")),
    (QT_TR_NOOP("Esc"), QT_TR_NOOP("Leave presentation mode")),
    (QT_TR_NOOP("PgUp or +"), QT_TR_NOOP("Presenting: pump time faster (x1, x60, x3600, x86400, "
                                         "x1,000,000)")),
    (QT_TR_NOOP("PgDown or -"), QT_TR_NOOP("Presenting: pump time slower")),
    (QT_TR_NOOP("Space"), QT_TR_NOOP("Presenting: pause or resume pump time (simulated pump "
                                     "only)")),
]
PLATFORM_SHORTCUTS = [
    (QKeySequence.StandardKey.Undo, QT_TR_NOOP("Undo the last edit")),
    (QKeySequence.StandardKey.Redo, QT_TR_NOOP("Redo the edit undone")),
]


def _keys(text: str) -> str:
    """A key combination as this platform and language name it ("Strg+K" in German); a
    described one ("Double-click") through the catalogue."""
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if not sequence.isEmpty() and sequence.toString() == text:
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return tr(text)


def shortcut_rows() -> list[tuple[str, str]]:
    """All shortcuts; undo and redo as this platform spells them (Ctrl+Y or
    Ctrl+Shift+Z), so the list never names a key that does nothing."""
    platform = [(tr(" or ").join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in QKeySequence.keyBindings(key)), tr(meaning))
                for key, meaning in PLATFORM_SHORTCUTS]
    fixed = [(_keys(keys), tr(meaning)) for keys, meaning in FIXED_SHORTCUTS]
    return fixed[:4] + platform + fixed[4:]


WIDTH_CHARS = 90


class ShortcutsHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(max(900, WIDTH_CHARS * self.fontMetrics().averageCharWidth()), 640)
        mark = training_banner()
        self.rows = shortcut_rows()
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What it does")])
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
