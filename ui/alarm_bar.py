"""A full-width bar under the banner for the highest active alarm: it cannot be missed.

Critical alarms are red with the critical icon, non-critical ones amber with the warning
icon; one click shows what the alarm means and what to do, another opens the alarms
panel. Hidden while no alarm is active. Bound to the session's pump view, so an alarm
read before the link was lost stays, marked with when it was read.
"""

from __future__ import annotations

from itb_console.console import number_style as style
from itb_console.console.commands import not_delivering_reason
from itb_console.console.pump_view import PumpView
from itb_console.device.alarm_catalog import AlarmCatalog, load_alarms
from itb_console.device.pump_api import Alarm
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

CRITICAL_SHEET = ("QFrame#alarmBar { background: #b00020; } "
                  "QFrame#alarmBar QLabel { color: white; } ")
WARNING_SHEET = ("QFrame#alarmBar { background: #ffb300; } "
                 "QFrame#alarmBar QLabel { color: #1d1400; } ")
ICON_PX = 28


def highest(alarms: tuple[Alarm, ...]) -> Alarm | None:
    """Critical before non-critical; among equals the most recent."""
    ranked = sorted(alarms, key=lambda a: (a.critical, a.raised_at), reverse=True)
    return ranked[0] if ranked else None


class AlarmBar(QFrame):
    open_panel = Signal()  # the user asked for the alarms panel

    def __init__(self, view: PumpView, catalog: AlarmCatalog | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.catalog = catalog or load_alarms()
        self.setObjectName("alarmBar")
        self.setAccessibleName("Highest active alarm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 6)
        row = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setFixedWidth(ICON_PX + 4)
        self.headline = QLabel("")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("Alarm")
        self.more = QPushButton("What to do")
        self.more.setCheckable(True)
        self.more.setAccessibleName("Show what the alarm means and what to do")
        self.panel_button = QPushButton("Alarms panel...")
        self.panel_button.clicked.connect(self.open_panel)
        row.addWidget(self.icon)
        row.addWidget(self.headline, 1)
        row.addWidget(self.more)
        row.addWidget(self.panel_button)
        outer.addLayout(row)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setAccessibleName("What the alarm means and what to do")
        self.details.hide()
        outer.addWidget(self.details)
        self.more.toggled.connect(self.details.setVisible)
        view.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.view.status
        top = highest(status.alarms) if status is not None else None
        self.setVisible(top is not None)
        if status is None or top is None:
            return
        info = self.catalog.info(top.code.value)
        others = len(status.alarms) - 1
        stopped = not_delivering_reason(status)
        words = [f"<b>{info.title.upper()}</b> - {'critical' if top.critical else 'non-critical'}"
                 f" alarm since {style.moment(top.raised_at)}"]
        if stopped:
            words.append(f"<b>The pump is NOT delivering ({stopped}).</b>")
        if others:
            words.append(f"+{others}&nbsp;more")  # never "+2" at a line's end
        if not self.view.live:
            words.append(f"({self.view.age_text()})")
        self.headline.setText(" &nbsp; ".join(words))
        self.details.setText(f"<b>What it means:</b> {info.meaning}<br>"
                             f"<b>What to do:</b> {info.action}")
        self.setStyleSheet(CRITICAL_SHEET if top.critical else WARNING_SHEET)
        icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if top.critical
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_PX, ICON_PX))
