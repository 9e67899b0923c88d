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
from itb_console.console.translation import tr
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
        self.setAccessibleName(tr("Highest active alarm"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 6)
        row = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setFixedWidth(ICON_PX + 4)
        self.headline = QLabel("")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(tr("Alarm"))
        self.more = QPushButton(tr("What to do"))
        self.more.setCheckable(True)
        self.more.setAccessibleName(tr("Show what the alarm means and what to do"))
        self.panel_button = QPushButton(tr("Alarms panel..."))
        self.panel_button.clicked.connect(self.open_panel)
        row.addWidget(self.icon)
        row.addWidget(self.headline, 1)
        row.addWidget(self.more)
        row.addWidget(self.panel_button)
        outer.addLayout(row)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("What the alarm means and what to do"))
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
        words = [(tr("<b>{alarm}</b> - critical alarm since {time}") if top.critical else
                  tr("<b>{alarm}</b> - non-critical alarm since {time}")).format(
            alarm=tr(info.title).upper(), time=style.moment(top.raised_at))]
        if stopped:
            words.append(tr("<b>The pump is NOT delivering ({reason}).</b>").format(
                reason=stopped))
        if others:
            # never "+2" at a line's end
            words.append(tr("+%n more", "", others).replace(" ", "&nbsp;"))
        if not self.view.live:
            words.append(f"({self.view.age_text()})")
        self.headline.setText(" &nbsp; ".join(words))
        self.details.setText(tr("<b>What it means:</b> {meaning}<br><b>What to do:</b> "
                                "{action}").format(meaning=tr(info.meaning),
                                                   action=tr(info.action)))
        self.setStyleSheet(CRITICAL_SHEET if top.critical else WARNING_SHEET)
        icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if top.critical
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_PX, ICON_PX))
