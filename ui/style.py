"""One look for the whole console: colours, fonts and the style sheet.

Text is coloured only through :func:`coloured` (rich text) and :func:`set_ink` (a whole
label), with the named colours below, so that a colour means the same everywhere.
"""

from __future__ import annotations

from itb_console.console.number_style import plain
from itb_console.console.translation import QT_TR_NOOP
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Shown through tr() (translated, and unmistakable in every language); files keep English.
TRAINING_MARK = QT_TR_NOOP("Training mock, not for clinical use")
PRODUCT_NAME = "ITB Programmer Console"

INK = "#1d2430"
MUTED = "#5b6675"
ACCENT = "#1f5fa8"
GHOST = "#9aa5b1"
LIMIT = "#c62828"
WARN_BG = "#fff3cd"
WARN_INK = "#7a4b00"
OK = "#2e7d32"
CRITICAL = "#b00020"
# Passed and failed marked in shape as well as colour (a print may be black and white).
PASSED_MARK, FAILED_MARK = "\u2713", "\u2717"

STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: #f5f7fa; }}
QLabel#banner {{ background: {WARN_BG}; color: {WARN_INK}; font-weight: 600;
                 padding: 4px 10px; border-bottom: 1px solid #e0b252; }}
QGroupBox {{ font-weight: 600; border: 1px solid #d5dce4; border-radius: 6px;
             margin-top: 12px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; color: {ACCENT}; }}
QLabel[role="value"] {{ font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel#refusal {{ color: {CRITICAL}; font-weight: 600; }}
QLabel#notice {{ background: {WARN_BG}; color: {WARN_INK}; padding: 6px; }}
QLabel#stale {{ background: {WARN_BG}; color: {WARN_INK}; font-weight: 600; padding: 4px; }}
QLabel#warnings {{ background: {WARN_BG}; color: {CRITICAL}; padding: 6px; }}
QToolBar {{ spacing: 4px; padding: 2px; background: #eef2f6; border: none; }}
QToolButton {{ padding: 2px 8px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; font-weight: 600;
                       padding: 6px 14px; border-radius: 4px; }}
QPushButton#primary:disabled {{ background: #9db3c8; }}
QTableWidget {{ background: white; gridline-color: #e1e6ec; }}
QHeaderView::section {{ background: #e8eef5; padding: 2px 4px; border: none;
                        border-right: 1px solid #d5dce4; font-weight: 600; }}
QWidget:disabled, QGroupBox::title:disabled {{ color: {GHOST}; }}
QLabel#numberNote {{ background: #fdecef; color: {CRITICAL}; font-weight: 600;
                     border: 1px solid {CRITICAL}; border-radius: 4px; padding: 4px 6px; }}
QAbstractSpinBox[refused="true"], QLineEdit[refused="true"] {{ border: 2px solid {CRITICAL}; }}
"""


def coloured(text: str, colour: str, *, bold: bool = False) -> str:
    """Rich text in one of the named colours; ``bold`` for a verdict or a heading."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{colour}'>{text}</{tag}>"


def set_ink(widget: QWidget, colour: str | None) -> None:
    """A whole widget's text in one of the named colours; None gives back the usual ink."""
    widget.setStyleSheet(f"color: {colour};" if colour else "")


TOTALS_SCALE = 1.1  # the daily-total line: a little larger than the text around it
BASE_POINT_SIZE = "itbBasePointSize"


def apply_style(app: QApplication, font_scale: float = 1.0) -> None:
    """The look, at the system's type size (at least 10 pt) times ``font_scale`` (a
    trainer's larger type). Sizes in the style sheet follow the font, never fixed."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f7fa"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    font = QFont(app.font())
    base = app.property(BASE_POINT_SIZE)  # the size before any scale: scales never compound
    if not isinstance(base, float):
        base = max(font.pointSizeF(), 10.0)
        app.setProperty(BASE_POINT_SIZE, base)
    font.setPointSizeF(base * font_scale)
    app.setFont(font)
    totals_pt = round(font.pointSizeF() * TOTALS_SCALE, 1)
    app.setStyleSheet(STYLE_SHEET + f"QLabel#totals {{ font-size: {totals_pt}pt; }}\n")


def plot_type_size() -> str:
    """The application's type size for pyqtgraph's titles and legends, which stay at 9 pt
    whatever size a trainer chose ("13.5pt" at 1.5x)."""
    return f"{plain(QApplication.font().pointSizeF())}pt"
