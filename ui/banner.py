"""The training-mock banner that tops every window and dialog."""

from __future__ import annotations

from itb_console.console.translation import tr
from itb_console.ui.style import TRAINING_MARK
from PySide6.QtWidgets import QLabel


def training_banner(detail: str = "") -> QLabel:
    """"Training mock, not for clinical use", and what this window adds to it.

    The style sheet colours it through its object name (``QLabel#banner``), and presentation
    mode finds it by that name to let it wrap.
    """
    mark = tr(TRAINING_MARK)
    banner = QLabel(f"{mark} - {detail}" if detail else mark)
    banner.setObjectName("banner")
    banner.setWordWrap(True)  # at large type a long one is wider than a 1024-pixel screen
    banner.setAccessibleName(tr("Training mock banner"))
    return banner
