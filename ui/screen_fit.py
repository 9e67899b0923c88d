"""Every window and dialog sized to its content and kept whole on the screen.

Dialogs set their size in pixels for 10 pt type; with a trainer's larger type their
content needs more, and on a 1024x768 projector a 860-pixel-wide window may not fit at
all. When any top-level window is shown it grows to what its content asks for and then
shrinks to the screen's free area (scroll areas and word wrap take up the rest), and it
is moved so that no part of it lies off the screen. Training mock, not for clinical use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

POPUPS = ("QMenu", "QComboBoxPrivateContainer", "QToolTip", "QTipLabel")  # placed by Qt


def fitted_size(widget: QWidget, available: QSize) -> QSize:
    """At least the widget's own size and what its layout asks for, at most the screen."""
    wanted = widget.size().expandedTo(widget.sizeHint()).expandedTo(widget.minimumSizeHint())
    return wanted.boundedTo(available).expandedTo(widget.minimumSize().boundedTo(available))


def resize_in_lines(window: QWidget, width_lines: int, height_lines: int) -> None:
    """Size a window in lines of its own type: larger type, a larger window (``fit_to``
    then keeps it on the screen when it is shown)."""
    line = window.fontMetrics().height()
    window.resize(width_lines * line, height_lines * line)


def fill(window: QWidget, size: QSize) -> None:
    """Give ``window`` the whole of a screen ``size`` as maximising does (offscreen, for a
    picture, there is no window manager to maximise it); twice, because what the first
    size hid or showed changes what the rest of the layout needs."""
    for _layout in range(2):
        window.resize(size)
        window.move(0, 0)
        QApplication.processEvents()
    QApplication.processEvents()  # wrapped values take their height once widths settle


def fit_to(widget: QWidget, available: QRect) -> None:
    """Size ``widget`` for its content within ``available`` and move it inside."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    frame = widget.frameGeometry().size() - widget.geometry().size()
    room = available.size() - frame
    size = fitted_size(widget, room)
    if size != widget.size():
        widget.resize(size)
    geometry = widget.frameGeometry()
    left = min(max(geometry.left(), available.left()),
               available.right() - geometry.width() + 1)
    top = min(max(geometry.top(), available.top()), available.bottom() - geometry.height() + 1)
    if (left, top) != (geometry.left(), geometry.top()):
        widget.move(left, top)


class ScreenFit(QObject):
    """Application-wide: fits each top-level window to its screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched.screen() is not None
                and not any(watched.inherits(popup) for popup in POPUPS)):
            fit_to(watched, watched.screen().availableGeometry())
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
