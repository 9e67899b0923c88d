"""Review and send: old and new side by side, warnings, typed confirmation, progress, result.

The dialog never talks to the pump: it asks the session to send and shows what the
session read back under a headline naming the command: "Send program: sent and verified",
"Send program: not sent, the pump runs the old program", "Send program: sent and running"
(with what failed) or "Send program: unknown: interrogate before anything else" ("Mode
change: ..." when the mode changes). Send
stays disabled until every warning is confirmed by typing the confirmation word, so an
unusual change cannot go out on a reflex click.
"""

from __future__ import annotations

from html import escape

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.review import CONFIRMATION_WORD, SoftLimits, review
from itb_console.console.event_words import mode_words
from itb_console.console.number_style import Quantity
from itb_console.console.outcome import Outcome
from itb_console.console.session import SendResult, Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.therapy import Program
from itb_console.ui.banner import training_banner
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.table_fit import show_every_row
from itb_console.ui.view_note import ViewNote
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROW_HEIGHT_PX = 30
# Two-line headers: the unit is never elided; the last column marks changed rows in words
# and a symbol (a pale colour alone vanished on a projector).
HEADERS = [QT_TR_NOOP("Time"), QT_TR_NOOP("Old\n(mcg/day)"), QT_TR_NOOP("New\n(mcg/day)"),
           QT_TR_NOOP("New\n(mcg/h)"), QT_TR_NOOP("New\n(mL/day)"), QT_TR_NOOP("Change")]
CHANGED_BG = "#ffe08a"  # amber, visible on a washed-out projector beside white rows


def change_mark(old_mcg_per_day: float, new_mcg_per_day: float) -> str:
    """"▲ higher", "▼ lower" or "" for a step that stays."""
    if new_mcg_per_day > old_mcg_per_day:
        return "\u25b2 " + tr("higher")
    if new_mcg_per_day < old_mcg_per_day:
        return "\u25bc " + tr("lower")
    return ""


def _who(session: Session) -> str:
    """Whose pump this is: the program goes to this patient, this pump, this catheter."""
    status, record = session.view.status, session.record
    if status is None:
        return ""
    ident = status.identity
    text = tr("<b>Patient:</b> {patient} &nbsp;&nbsp; <b>Pump:</b> {model} {serial}").format(
        patient=escape(ident.patient_id), model=escape(ident.model_code),
        serial=escape(ident.serial_number))
    if record is not None:
        text += " &nbsp;&nbsp; " + tr("<b>Catheter&nbsp;tip:</b> {tip} &nbsp;&nbsp; "
                                      "<b>Next&nbsp;refill:</b> {next}").format(
            tip=escape(record.tip_level),
            next=tr("not booked") if record.next_refill_on is None
            else style.day(record.next_refill_on))
    return text


class ReviewDialog(QDialog):
    def __init__(self, session: Session, old: Program, new: Program,
                 limits: SoftLimits | None = None, parent: QWidget | None = None,
                 caption: str = "") -> None:
        """``caption`` says what "old" is when it is not the program in force (a pump
        replacement compares the new pump's program with the one saved from the old)."""
        super().__init__(parent)
        self.session = session
        self.new = new
        self.send_result: SendResult | None = None
        self.sending = False
        self.review = review(old, new, limits or SoftLimits())
        self.setWindowTitle(tr("Review and send - training mock"))
        self.setAccessibleName(tr("Review and send the new program"))
        self.resize(760, min(600, 300 + ROW_HEIGHT_PX * len(self.review.rows)))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        who = _who(session)
        if who:
            patient = QLabel(who)
            patient.setWordWrap(True)
            patient.setAccessibleName(tr("Patient, pump and implant"))
            layout.addWidget(patient)
        if caption:
            compared = QLabel(caption)
            compared.setTextFormat(Qt.TextFormat.PlainText)
            compared.setWordWrap(True)
            compared.setAccessibleName(tr("What the old and new columns are"))
            layout.addWidget(compared)
        heading = QLabel(tr("<b>Mode:</b> {old} &rarr; {new} &nbsp;&nbsp; <b>Drug:</b> {drug} "
                            "{concentration}").format(
            old=mode_words(self.review.old_mode.value), new=mode_words(self.review.new_mode.value),
            drug=new.drug, concentration=new.concentration))
        layout.addWidget(heading)
        layout.addWidget(self._table(), 1)
        change = self.review.change_percent
        totals = QLabel(
            tr("<b>Daily total:</b> {old} &rarr; <b>{new}</b> ({change}); {old_volume} &rarr; "
               "{new_volume}").format(
                old=style.mcg_per_day(self.review.old_daily_mcg),
                new=style.mcg_per_day(self.review.new_daily_mcg), change=style.change(change),
                old_volume=style.ml_per_day(self.review.old_daily_ml),
                new_volume=style.ml_per_day(self.review.new_daily_ml)))
        totals.setObjectName("totals")
        totals.setWordWrap(True)  # one line is wider than a 1024-pixel screen at large type
        totals.setAccessibleName(tr("Daily totals and change"))
        layout.addWidget(totals)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(tr("Type the confirmation word to override the warnings"))
        if self.review.warnings:
            warnings = QLabel("<br>".join(f"&#9888; {w}" for w in self.review.warnings))
            warnings.setTextFormat(Qt.TextFormat.RichText)
            warnings.setWordWrap(True)
            warnings.setAccessibleName(tr("Soft-limit warnings"))
            warnings.setObjectName("warnings")
            layout.addWidget(warnings)
            row = QHBoxLayout()
            # The word is what makes the override deliberate, not its capitals: any case
            # and spaces around it are taken, and the label says so rather than asking
            # for an exactness the field does not check.
            self.confirm_label = QLabel(tr("To send anyway, type the word “{word}” (any "
                                           "case):").format(word=CONFIRMATION_WORD.lower()))
            row.addWidget(self.confirm_label)
            row.addWidget(self.confirm)
            layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(tr("Sending"))
        layout.addWidget(self.progress)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(tr("Send result"))
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(tr("Send to pump"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(tr("Send the new program to the pump"))
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._update_send)
        session.view.changed.connect(self._update_send)
        session.outcome_ready.connect(self._finished)
        self._update_send()
        (self.confirm if self.review.warnings else self.send_button).setFocus()

    def _table(self) -> QTableWidget:
        rows = self.review.rows
        table = QTableWidget(len(rows), len(HEADERS))
        table.setAccessibleName(tr("Old and new values side by side"))
        table.setHorizontalHeaderLabels([tr(header) for header in HEADERS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for whole in (0, len(HEADERS) - 1):  # the time band and the mark read in full
            header.setSectionResizeMode(whole, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for index, row in enumerate(rows):
            cells = [f"{row.start}-{row.end}", Quantity.MCG_PER_DAY.number(row.old_mcg_per_day),
                     Quantity.MCG_PER_DAY.number(row.new_mcg_per_day),
                     Quantity.MCG_PER_HOUR.number(row.new_mcg_per_hour),
                     Quantity.ML_PER_DAY.number(row.new_ml_per_day),
                     change_mark(row.old_mcg_per_day, row.new_mcg_per_day)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignmentFlag.AlignCenter if column == 0 else
                                       Qt.AlignmentFlag.AlignRight)
                                      | Qt.AlignmentFlag.AlignVCenter)
                if row.changed and column >= 2:
                    item.setBackground(QColor(CHANGED_BG))
                    font = table.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)
        show_every_row(table)
        # As wide as every header needs (a language's longer unit words, larger type): the
        # stretched columns share the width equally, so each as wide as the widest of them.
        widths = [header.sectionSizeFromContents(c).width() for c in range(len(HEADERS))]
        full = (0, len(HEADERS) - 1)
        stretched = [w for c, w in enumerate(widths) if c not in full]
        needed = (sum(widths[c] for c in full) + len(stretched) * max(stretched)
                  + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
                  + 8 * self.fontMetrics().averageCharWidth())
        if needed > self.width():
            self.resize(needed, self.height())
        return table

    def _confirmed(self) -> bool:
        """The confirmation word typed, in any case, with or without spaces around it."""
        return (not self.review.warnings
                or self.confirm.text().strip().upper() == CONFIRMATION_WORD)

    def _update_send(self) -> None:
        """Send needs every warning confirmed, nothing sent yet, and a live pump (the
        view's line above says why not)."""
        self.send_button.setEnabled(self._confirmed() and self.send_result is None
                                    and not self.sending and self.session.view.live)

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        if self.review.warnings:
            self.session.note(ActionKind.SOFT_LIMIT_OVERRIDDEN,
                              warning=" | ".join(self.review.warnings))
        self.sending = True
        self.progress.setVisible(True)
        self.outcome.setText(tr("Sending, then reading the program back to verify..."))
        self._update_send()
        self.session.send_program(self.new)

    def _finished(self, outcome: Outcome) -> None:
        result = outcome.result
        if not isinstance(result, SendResult) or not self.sending:
            return  # another command's outcome, or a send this dialog did not start
        self.send_result = result
        self.sending = False
        self.progress.setVisible(False)
        self.outcome.setText(outcome_html(outcome))
        self.close_button.setText(tr("Close"))
        self._update_send()
