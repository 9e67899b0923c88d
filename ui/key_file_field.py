"""A key file's path, typed or chosen, with a button to choose none: the path only, never read.

The device picker (a keyed pump) and the instructor panel (keyed stations) both ask for
the file; the key is read where it is used (the pump worker, the classroom), not here.
"""

from __future__ import annotations

from pathlib import Path

from itb_console.console.translation import tr
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class KeyFileField(QWidget):
    """A path field, **Choose...** and a button that empties it (no key)."""

    def __init__(self, *, placeholder: str, what: str, none_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(tr("{what} (its path; blank for none)").format(what=what))
        row.addWidget(self.edit, 1)
        choose = QPushButton(tr("Choose..."))
        choose.setAccessibleName(tr("Choose: {what}").format(what=what))
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        clear = QPushButton(none_text)
        clear.setAccessibleName(tr("{none_text}: no key file").format(none_text=none_text))
        clear.clicked.connect(self.edit.clear)
        row.addWidget(clear)

    def _choose(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.what, start,
                                                tr("Key files (*.key);;All files (*)"))
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        """The file typed or chosen, made absolute (another process reads it), or None."""
        text = self.edit.text().strip()
        return Path(text).expanduser().absolute() if text else None
