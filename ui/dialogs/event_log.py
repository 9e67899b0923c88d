"""The pump's event log: filter by kind, search, export to CSV.

Read through the session's worker (a long log over a slow link must not freeze the
window); sorting and filtering are Qt's own proxy model.
"""

from __future__ import annotations

import csv
from pathlib import Path

from itb_console.console.session import Session
from itb_console.device.pump_api import Event
from itb_console.ui.banner import training_banner
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

COLUMNS = ["#", "Pump time", "Event", "Details"]


def _details(event: Event) -> str:
    return ", ".join(f"{key}={value}" for key, value in event.detail.items())


class KindAndTextFilter(QSortFilterProxyModel):
    """Rows whose kind matches the chosen one (or any) and whose text contains the search."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = ""
        self.text = ""

    def set_filter(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, text.strip().lower()
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        cells = [str(model.index(row, column, parent).data() or "") for column in range(4)]
        if self.kind and cells[2] != self.kind:
            return False
        return not self.text or any(self.text in cell.lower() for cell in cells)


class EventLogWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.events: tuple[Event, ...] = ()
        self.setWindowTitle("Pump event log - training mock")
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        controls = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName("Show events of kind")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the log")
        self.search.setAccessibleName("Search the event log")
        self.export = QPushButton("Export CSV...")
        self.reload = QPushButton("Read again")
        controls.addWidget(QLabel("Kind:"))
        controls.addWidget(self.kind)
        controls.addWidget(self.search, 1)
        controls.addWidget(self.reload)
        controls.addWidget(self.export)
        layout.addLayout(controls)
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels(COLUMNS)
        self.proxy = KindAndTextFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName("Pump event log")
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.count = QLabel("")
        layout.addWidget(self.count)
        self.kind.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.export.clicked.connect(self.export_csv)
        self.reload.clicked.connect(self.read)
        self.read()

    def read(self) -> None:
        self.count.setText("Reading the log from the pump...")
        self.session.fetch("read log", lambda pump: pump.read_log(), self.show_events)

    def show_events(self, events: tuple[Event, ...]) -> None:
        self.events = events
        self.model.setRowCount(0)
        for event in events:
            number = QStandardItem()
            number.setData(event.seq, Qt.ItemDataRole.DisplayRole)  # sorts as a number
            row = [number,
                   QStandardItem(f"{event.pump_clock:%Y-%m-%d %H:%M:%S}"),
                   QStandardItem(event.kind), QStandardItem(_details(event))]
            self.model.appendRow(row)
        kinds = sorted({event.kind for event in events})
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem("all", "")
        for kind in kinds:
            self.kind.addItem(kind, kind)
        self.kind.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.kind.currentData() or "", self.search.text())
        self.count.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} events shown")

    def visible_rows(self) -> list[list[str]]:
        return [[str(self.proxy.index(row, column).data()) for column in range(len(COLUMNS))]
                for row in range(self.proxy.rowCount())]

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the rows shown (filtered) to CSV; asks for a file when none is given."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export the event log",
                                                    str(Path.home() / "pump-events.csv"),
                                                    "CSV (*.csv)")
            if not chosen:
                return None
            path = Path(chosen)
        try:
            with path.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(COLUMNS)
                writer.writerows(self.visible_rows())
        except OSError as failure:
            self.count.setText(f"Could not export: {failure}")
            return None
        self.count.setText(f"Exported {self.proxy.rowCount()} events to {path}")
        return path
