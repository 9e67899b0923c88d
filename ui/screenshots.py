"""Regenerate the documentation screenshots: ``python -m ui.screenshots docs/images``.

The user guide shows exactly what the code draws, so the pictures are made by the code,
offscreen, at the 1366x768 the layout is designed for, from a simulated pump started at
a fixed time (the same pictures every run). Training mock, not for clinical use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREEN_SIZE = (1366, 768)
FIXED_DEVICE = "sim://?start=2026-11-25T09:00"
FIRST_STATUS_TIMEOUT_MS = 15_000


def wait_for_first_status(session) -> None:
    """Run the event loop until the first interrogation (or its failure) comes back."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    session.status_changed.connect(loop.quit)
    session.error.connect(loop.quit)
    QTimer.singleShot(FIRST_STATUS_TIMEOUT_MS, loop.quit)
    loop.exec()


def save(widget, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_all(folder: Path) -> list[Path]:
    """The main window as opened and mid-edit, the editor, the review dialog, the help."""
    from PySide6.QtCore import QSettings

    from console.session import Session
    from ui.main_window import MainWindow
    from ui.review_dialog import ReviewDialog

    settings = QSettings(str(folder / ".screenshots-settings.ini"), QSettings.Format.IniFormat)
    session = Session()
    window = MainWindow(session, settings)
    window.resize(*SCREEN_SIZE)
    window.show()
    window.connect_to(FIXED_DEVICE)
    wait_for_first_status(session)
    saved = [save(window, folder / "main_window.png")]
    editor = window.editor
    editor.split_at(17 * 60)
    editor.set_level(3, 430)
    editor.set_level(1, 480)
    editor.set_level(4, 20)  # refused: the message under the plot is part of the picture
    saved.append(save(window, folder / "main_window_editing.png"))
    saved.append(save(editor, folder / "timeline_editor.png"))
    review = ReviewDialog(session, window.draft.in_force, window.draft.pending, parent=window)
    review.show()
    saved.append(save(review, folder / "review_dialog.png"))
    review.reject()
    window.editor.set_level(0, 900)  # a change beyond the soft limit: the warning view
    warned = ReviewDialog(session, window.draft.in_force, window.draft.pending,
                          parent=window)
    warned.show()
    saved.append(save(warned, folder / "review_dialog_warning.png"))
    warned.reject()
    window.show_shortcuts()
    saved.append(save(window.shortcuts_help, folder / "shortcuts_help.png"))
    window.shortcuts_help.close()
    window.draft.revert()
    session.shutdown()
    window.hide()
    (folder / ".screenshots-settings.ini").unlink(missing_ok=True)
    return saved


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m ui.screenshots FOLDER   (e.g. docs/images)", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as failure:
        print(f"ui.screenshots: error: cannot create {folder}: {failure.strerror}",
              file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    try:
        for path in render_all(folder):
            print(f"saved {path}")
    except OSError as failure:
        print(f"ui.screenshots: error: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
