"""Who is at each station: the instructor enters or confirms trainee ids before scoring.

A scored run is filed under the trainee's pseudonymous id, so before *End and score* the
instructor sees one line per station with the id and the display name (filled in from
earlier), corrects them, and confirms. A line left empty is scored but not recorded; a
line half filled or badly filled keeps the dialog open with what is wrong.
"""

from __future__ import annotations

from itb_console.console.training.records import RecordError, Trainee
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.ui.banner import training_banner
from itb_console.ui.style import CRITICAL, TRAINING_MARK, set_ink
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def read_trainee(station: str, pseudonym: str, name: str) -> Trainee | None:
    """The trainee typed for a station; None when both fields are empty."""
    if not pseudonym.strip() and not name.strip():
        return None
    if not name.strip():
        raise RecordError(tr("{station}: give the display name of trainee {trainee}, or clear "
                             "the id to score without recording").format(
                                 station=station, trainee=pseudonym.strip()))
    try:
        return Trainee(pseudonym.strip(), name)
    except RecordError as error:
        raise RecordError(f"{station}: {error}") from None


SCORE_AND_RECORD = QT_TR_NOOP("Score and record")  # OK at End and score, shown through tr()


class TraineeDialog(QDialog):
    """One line per station: trainee id and display name; OK only when all lines read."""

    def __init__(self, stations: list[str], known: dict[str, Trainee],
                 parent: QWidget | None = None, *,
                 confirm_text: str = SCORE_AND_RECORD) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Trainees to record - {training_mark}").format(
            training_mark=tr(TRAINING_MARK)))
        self.stations = stations
        self.chosen: dict[str, Trainee | None] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(tr("trainee records")))
        intro = QLabel(tr("Each scored run is filed in the trainee records under the trainee's "
                          "pseudonymous id (not their real name or staff number). Leave a "
                          "line empty to score that station without recording it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for column, title in enumerate((tr("Station"), tr("Trainee id"), tr("Display name"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.fields: list[tuple[QLineEdit, QLineEdit]] = []
        for row, station in enumerate(stations, start=1):
            trainee = known.get(station)
            pseudonym = QLineEdit(trainee.pseudonym if trainee else "")
            pseudonym.setPlaceholderText(tr("e.g. TR-2026-07"))
            pseudonym.setAccessibleName(tr("{station} trainee id").format(station=station))
            name = QLineEdit(trainee.display_name if trainee else "")
            name.setPlaceholderText(tr("as trainers know them"))
            name.setAccessibleName(tr("{station} display name").format(station=station))
            grid.addWidget(QLabel(station), row, 0)
            grid.addWidget(pseudonym, row, 1)
            grid.addWidget(name, row, 2)
            self.fields.append((pseudonym, name))
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(stations) + 1, 1)  # rows at the top, the slack below them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        layout.addWidget(scroll, 1)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        set_ink(self.problem, CRITICAL)
        self.problem.setAccessibleName(tr("What is wrong"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(tr(confirm_text))  # what OK does here: score now, or only note who
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, min(220 + 44 * len(stations), 640))

    def accept(self) -> None:
        """Keep the dialog open, saying which line is wrong, until every line reads."""
        chosen: dict[str, Trainee | None] = {}
        try:
            for station, (pseudonym, name) in zip(self.stations, self.fields, strict=True):
                chosen[station] = read_trainee(station, pseudonym.text(), name.text())
        except RecordError as error:
            self.problem.setText(str(error))
            return
        ids = [t.pseudonym for t in chosen.values() if t is not None]
        twice = next((i for i in ids if ids.count(i) > 1), None)
        if twice is not None:
            self.problem.setText(tr("Trainee id {twice} is given for two stations; each "
                                    "station is a different trainee").format(twice=twice))
            return
        self.chosen = chosen
        super().accept()
