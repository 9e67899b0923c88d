"""One step of the pump replacement wizard as a page, the words it shows of a pump, and
the table of the doses carried over.

Every step has the same shape, so a trainee always finds things in the same place: what
the step is for, what the step works on, the step's button with the reason it waits
beside it, and the step's outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from itb_console.console import number_style as style
from itb_console.console.clinical.replacement import Conversion
from itb_console.console.clinical.saved_pump import SavedPump
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import PumpStatus
from itb_console.device.units import mcg, ml
from itb_console.ui.banner import training_banner
from itb_console.ui.dialogs.wizard_page import WizardPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(name)
    return label


class StepPage(WizardPage):
    def __init__(self, number: int, title: str, intro: str, complete: Callable[[], bool],
                 enter: Callable[[], None] | None = None) -> None:
        super().__init__(complete, enter)
        self.setTitle(f"{number}. {title}")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(training_banner())
        self._layout.addWidget(_label(escape(intro), "What this step is for"))
        self._body = QVBoxLayout()
        self._layout.addLayout(self._body)
        self.state = _label("", "The pump this step works on")
        self._layout.addWidget(self.state)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._layout.addLayout(self._buttons)
        self.refusal = _label("", "Why the step waits")
        self.refusal.setObjectName("refusal")
        self._layout.addWidget(self.refusal)
        self.outcome = _label("", "What happened")
        self._layout.addWidget(self.outcome)
        self._layout.addStretch(1)

    def text(self, html: str, name: str) -> QLabel:
        label = _label(html, name)
        self._body.addWidget(label)
        return label

    def add_layout(self, layout: QLayout) -> None:
        self._body.addLayout(layout)

    def add_widget(self, widget: QWidget) -> None:
        self._body.addWidget(widget)

    def action(self, text: str, slot: Callable[[], None], primary: bool = True) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def show_state(self, html: str, refusal: str) -> None:
        self.state.setText(html)
        self.state.setVisible(bool(html))
        self.refusal.setText(escape(refusal))
        self.refusal.setVisible(bool(refusal))

    def show_outcome(self, html: str) -> None:
        self.outcome.setText(html)


def who_and_what(status: PumpStatus | None, record: ImplantRecord | None, age: str) -> str:
    """The connected pump in one line: model, serial, patient, drug, reservoir, mode."""
    if status is None:
        return escape(age)
    ident = status.identity
    text = (f"{escape(ident.model_code)} {escape(ident.serial_number)}, patient "
            f"{escape(ident.patient_id)}; {escape(status.program.drug)} "
            f"{status.reservoir_concentration}, "
            f"{style.millilitres(ml(status.reservoir_nl))} in the reservoir; "
            f"{status.program.mode.value}, {style.mcg_per_day(mcg(status.program.daily_dose_ng))}.")
    if record is not None:
        text += (f" Catheter {style.Quantity.CM(record.catheter_length_mm / 10)}, tip "
                 f"{escape(record.tip_level)}.")
    return text


def summary_of(saved: SavedPump) -> str:
    """What the file holds, as the trainee checks it against the patient in front of them."""
    program, record = saved.program, saved.record
    return "<br>".join([
        f"<b>Saved:</b> {escape(saved.model_code)} {escape(saved.serial_number)}, patient "
        f"<b>{escape(saved.patient_id)}</b>, read {style.moment(saved.pump_clock)}",
        f"<b>Program:</b> {program.mode.value}, "
        f"{style.mcg_per_day(mcg(program.schedule.daily_dose_ng))} in "
        f"{style.counted(len(program.schedule.steps), 'step')}, {escape(program.drug)} "
        f"{program.concentration}",
        f"<b>Catheter:</b> {escape(record.catheter_model)}, "
        f"{style.Quantity.CM(record.catheter_length_mm / 10)} x "
        f"{style.Quantity.ML_PER_CM(ml(record.catheter_nl_per_cm))}, tip "
        f"{escape(record.tip_level)}; implanted {style.day(record.implanted_on)}",
    ])


class ConversionTable(QTableWidget):
    """One row a step: its time, its dose (kept), its volume on the old and the new pump;
    as tall as its rows, so no step is a scroll away."""

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setAccessibleName("Each step's dose and its volume on the old and the new pump")
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_conversion(self, conversion: Conversion) -> None:
        self.setHorizontalHeaderLabels([
            "Time", "Dose\n(mcg/day)", f"Old pump\n{conversion.old.concentration}\n(mL/day)",
            f"New pump\n{conversion.new.concentration}\n(mL/day)"])
        self.setRowCount(len(conversion.steps))
        for row, step in enumerate(conversion.steps):
            cells = (f"{style.clock_time(step.start_minute)}-"
                     f"{style.clock_time(step.end_minute)}",
                     style.Quantity.MCG_PER_DAY.number(step.dose.mcg_per_day),
                     style.Quantity.ML_PER_DAY.number(ml(step.old_rate.nl_per_day)),
                     style.Quantity.ML_PER_DAY.number(ml(step.new_rate.nl_per_day)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignmentFlag.AlignCenter if column == 0 else
                                       Qt.AlignmentFlag.AlignRight)
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(rows + self.horizontalHeader().height() + 2 * self.frameWidth())
