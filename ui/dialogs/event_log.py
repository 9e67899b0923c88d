"""The pump's event log in plain words: filter by kind, search, raw record, export to CSV.

Each row says what happened ("Program changed: daily dose 350.0 -> 391.7 mcg/day"); the
record as the pump stored it is shown in the details pane for the selected row and goes
into the CSV beside the words. Read through the session's worker (a long log over a slow
link must not freeze the window), and again after each command, keeping the kind chosen;
the line above the table says when it was read. Sorting and filtering are Qt's own proxy
model.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from itb_console.console import number_style as style
from itb_console.console.event_words import event_name, event_words, raw_record
from itb_console.console.file_jobs import FileJobs
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.atomic_file import write_text_atomically
from itb_console.device.pump_api import Event
from itb_console.ui.banner import training_banner
from itb_console.ui.pump_reading import ReadStamp
from itb_console.ui.screen_fit import resize_in_lines
from itb_console.ui.style import CRITICAL, coloured
from itb_console.ui.table_fit import rows_follow_wrapping
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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

READ_NAME = "read log"
COLUMNS = ["#", QT_TR_NOOP("Pump time"), QT_TR_NOOP("Event"), QT_TR_NOOP("What happened")]
CSV_COLUMNS = [*COLUMNS, QT_TR_NOOP("Raw record")]
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
WIDTH_LINES, HEIGHT_LINES = 64, 36  # the window's size in lines of its type


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
        cells.append(str(model.index(row, 0, parent).data(RAW_ROLE) or ""))
        if self.kind and cells[2] != self.kind:
            return False
        return not self.text or any(self.text in cell.lower() for cell in cells)


class EventLogWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.events: tuple[Event, ...] = ()
        self.setWindowTitle(tr("Pump event log - training mock"))
        resize_in_lines(self, WIDTH_LINES, HEIGHT_LINES)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        controls = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Show events of kind"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search the log"))
        self.search.setAccessibleName(tr("Search the event log"))
        self.export = QPushButton(tr("Export CSV..."))
        self.reload = QPushButton(tr("Read again"))
        controls.addWidget(QLabel(tr("Kind:")))
        controls.addWidget(self.kind)
        controls.addWidget(self.search, 1)
        self.read_stamp = ReadStamp(session, tr("Log"))
        self.read_stamp.read_again.connect(self.read)
        controls.addWidget(self.read_stamp)
        controls.addWidget(self.reload)
        controls.addWidget(self.export)
        layout.addLayout(controls)
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.proxy = KindAndTextFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(tr("Pump event log"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        rows_follow_wrapping(self.table)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(tr("The selected event in words and as the pump recorded it"))
        self.raw.setPlaceholderText(tr("Select an event to see its record as the pump stored it."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        raw_box = QWidget()
        raw_layout = QVBoxLayout(raw_box)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        raw_layout.addWidget(QLabel(tr("Selected event, in words and as stored in the pump:")))
        raw_layout.addWidget(self.raw, 1)
        split.addWidget(raw_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_raw)
        self.count = QLabel("")
        layout.addWidget(self.count)
        self.kind.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.export.clicked.connect(lambda: self.export_csv())
        self.files = FileJobs(self)
        self._exporting: dict[str, str] = {}  # file -> "N events", until written
        self.files.finished.connect(self._exported)
        self.reload.clicked.connect(self.read)
        session.action_failed.connect(self._failed)
        self.read()

    def read(self) -> None:
        self.count.setText(tr("Reading the log from the pump..."))
        if not self.session.fetch(READ_NAME, lambda pump: pump.read_log(), self.show_events):
            self._failed(READ_NAME, tr("not connected to a pump"))

    def _failed(self, name: str, message: str) -> None:
        if name == READ_NAME:
            self.count.setText(coloured(tr(
                "Could not read the log: {reason}. The events listed are from the last "
                "reading.").format(reason=message.rstrip(".")), CRITICAL))

    def show_events(self, events: tuple[Event, ...]) -> None:
        self.events = events
        self.read_stamp.stamp()
        chosen = self.kind.currentData() or ""  # kept when the log is read again
        self.model.setRowCount(0)
        for event in events:
            words = event_words(event)
            number = QStandardItem()
            number.setData(event.seq, Qt.ItemDataRole.DisplayRole)  # sorts as a number
            number.setData(raw_record(event), RAW_ROLE)
            row = [number,
                   QStandardItem(style.clock_seconds(event.pump_clock)),
                   QStandardItem(event_name(event.kind)), QStandardItem(words)]
            row[3].setToolTip(words)  # whole, where the column is too narrow
            self.model.appendRow(row)
        kinds = sorted({event_name(event.kind) for event in events})
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("all"), "")
        for kind in kinds:
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.kind.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.kind.currentData() or "", self.search.text())
        self.count.setText(tr("{shown} of %n events shown", "", self.model.rowCount()).format(
            shown=self.proxy.rowCount()))

    def _show_raw(self, current, _previous=None) -> None:
        """The selected event whole: its words (a narrow column cuts them), then its
        record as the pump stored it."""
        if not current.isValid():
            self.raw.setPlainText("")
            return
        words = str(self.proxy.index(current.row(), 3).data() or "")
        raw = str(self.proxy.index(current.row(), 0).data(RAW_ROLE) or "")
        self.raw.setPlainText(f"{words}\n\n{raw}" if words else raw)

    def visible_rows(self) -> list[list[str]]:
        """The rows shown (filtered), words first, then the raw record in one cell."""
        return [[str(self.proxy.index(row, column).data()) for column in range(len(COLUMNS))]
                + [str(self.proxy.index(row, 0).data(RAW_ROLE)).replace("\n", "; ")]
                for row in range(self.proxy.rowCount())]

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the rows shown (filtered) to CSV on the file thread (``files.finished``
        says how it went); asks for a file when none is given."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the event log"),
                                                    str(Path.home() / "pump-events.csv"),
                                                    tr("CSV (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow([tr(column) for column in CSV_COLUMNS])
        writer.writerows(self.visible_rows())
        rows = tr("%n events", "", self.proxy.rowCount())
        self._exporting[str(path)] = rows
        self.count.setText(tr("Exporting {rows} to {path}...").format(rows=rows, path=path))
        target, written = path, text.getvalue()
        self.files.run(str(target), lambda: write_text_atomically(target, written))
        return path

    def _exported(self, target: str, error: str | None) -> None:
        rows = self._exporting.pop(target, "")
        self.count.setText(
            tr("Exported {rows} to {target}").format(rows=rows, target=target) if error is None
            else tr("Could not export to {target}: {error}").format(target=target, error=error))
