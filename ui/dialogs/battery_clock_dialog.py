"""Battery and clock: when to replace the pump, and whether its clock tells local time.

The replace-by date is computed from the ERI date and the pump profile
(:func:`itb_console.console.clinical.planning.replacement_dates`), never read from a display
string: the 2012 recall was a replace-by date that was garbage or more than 90 days after
ERI. The pump clock ignores daylight saving, so after the clocks change its daily steps run
an hour off; setting it goes through the session's worker and is verified by reading the
pump again.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from itb_console.console import number_style as style
from itb_console.console.actions import ActionKind
from itb_console.console.clinical.clock_check import (
    DRIFT_TOLERANCE,
    ClockCheck,
    check_clock,
    last_dst_change,
    set_clock_to_local,
    system_zone,
)
from itb_console.console.clinical.planning import ReplacementDates, battery_dates
from itb_console.console.outcome import AwaitedOutcome, Command, Outcome
from itb_console.console.session import Session
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import BatteryStatus, PumpStatus
from itb_console.device.pump_profiles import BatteryProfile
from itb_console.ui.banner import training_banner
from itb_console.ui.outcome_text import outcome_html
from itb_console.ui.style import CRITICAL, OK, WARN_INK, coloured
from itb_console.ui.view_note import ViewNote
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ADVICE = QT_TR_NOOP("Plan the replacement surgery before end of service (EOS). At EOS the pump "
                    "stops delivering baclofen and can no longer be programmed: abrupt "
                    "withdrawal is dangerous.")


def _value() -> QLabel:
    label = QLabel("-")
    label.setProperty("role", "value")
    label.setWordWrap(True)
    return label


def _battery_sentence(battery: BatteryStatus, dates: ReplacementDates) -> str:
    """What to do now: the replacement rule's sentence, until the pump reaches end of service."""
    if battery.eos_reached:
        return tr("End of service reached on {day}: the pump no longer delivers. Replace it "
                  "now; watch for withdrawal.").format(day=style.day(battery.eos_at))
    return dates.sentence


WIDTH_CHARS = 80


class BatteryClockDialog(QDialog):
    """Follows every status the session reads; sets the clock only on the button."""

    def __init__(self, session: Session, battery: BatteryProfile,
                 zone: ZoneInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.battery_profile = session, battery
        self.zone = zone or system_zone()
        self.check: ClockCheck | None = None
        self.awaited = AwaitedOutcome()
        self.setWindowTitle(tr("Battery and clock - training mock"))
        # Wide in characters, not pixels: at large type the dates and the plan wrapped into
        # more lines than a 768-pixel screen holds.
        self.resize(max(640, WIDTH_CHARS * self.fontMetrics().averageCharWidth()), 560)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        layout.addWidget(ViewNote(session.view))
        self.fields: dict[str, QLabel] = {}
        self.plan = QLabel("")
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(tr("What to do about the battery"))
        battery_box = self._group(QT_TR_NOOP("Battery"), [
            QT_TR_NOOP("State"), QT_TR_NOOP("Implanted"), QT_TR_NOOP("Replacement indicator"),
            QT_TR_NOOP("Replace by"), QT_TR_NOOP("Plan from"), QT_TR_NOOP("End of service")],
            footer=self.plan)
        # The two boxes scroll on a screen too short for them at large type, rather than
        # squeezing the plan's sentences.
        boxes = QWidget()
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(battery_box)
        column.addWidget(self._group(QT_TR_NOOP("Clock"), [
            QT_TR_NOOP("Pump clock"), QT_TR_NOOP("Local time"), QT_TR_NOOP("Difference"),
            QT_TR_NOOP("Daylight saving"), QT_TR_NOOP("Check")]))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(boxes)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.set_button = QPushButton(tr("Set pump clock to local time"))
        self.set_button.setObjectName("primary")
        self.set_button.setAccessibleName(tr("Set the pump clock to local time"))
        self.set_button.clicked.connect(self.set_clock)
        row.addWidget(self.set_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(tr("Clock setting result"))
        layout.addWidget(self.outcome)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(close)
        layout.addLayout(closing)
        session.status_changed.connect(self.show_status)
        session.outcome_ready.connect(self._outcome)
        session.view.changed.connect(self._update_set_button)
        if session.view.status is not None:
            self.show_status(session.view.status)

    def _group(self, title: str, names: list[str], footer: QWidget | None = None) -> QGroupBox:
        """``title`` and ``names`` are marked for translation; the names key the fields."""
        box = QGroupBox(tr(title))
        form = QFormLayout(box)
        for name in names:
            self.fields[name] = _value()
            self.fields[name].setAccessibleName(tr(name))
            form.addRow(tr("{label}:").format(label=tr(name)), self.fields[name])
        if footer is not None:
            form.addRow(footer)
        return box

    # ------------------------------------------------------------------ display
    def show_status(self, status: PumpStatus) -> None:
        self._show_battery(status)
        self._show_clock(status)

    def _show_battery(self, status: PumpStatus) -> None:
        battery, f = status.battery, self.fields
        dates = battery_dates(status, self.battery_profile)
        if battery.eos_reached:
            state = coloured(tr("<b>END OF SERVICE</b>: not delivering"), CRITICAL)
        elif battery.eri_reached:
            state = coloured(tr("<b>Replacement indicator (ERI) reached</b>"), WARN_INK)
        else:
            state = coloured(tr("OK"), OK)
        f["State"].setText(state)
        f["Implanted"].setText(f"{style.day(battery.implanted_at)}")
        f["Replacement indicator"].setText(
            (tr("reached {date}") if battery.eri_reached else tr("expected {date}")).format(
                date=style.day(dates.eri_date)))
        days = dates.days_to_replace_by
        basis = (tr("the pump's end of service") if dates.pump_eos_first else
                 tr("ERI + {days} days").format(days=self.battery_profile.eri_to_eos_days))
        f["Replace by"].setText(
            f"{style.date_ahead(dates.replace_by_date, status.pump_clock)} ({basis})")
        f["Plan from"].setText(tr("{day} (about %n months before ERI)", "", round(
            self.battery_profile.replacement_planning_days / 30.4)).format(
            day=style.day(dates.plan_from_date)))
        eos_date = battery.eos_at.date()
        f["End of service"].setText(
            tr("reached {day}").format(day=style.day(eos_date)) if battery.eos_reached else
            tr("predicted {day} (by the pump, at the current rate)").format(
                day=style.day(eos_date)))
        sentence = _battery_sentence(battery, dates)
        urgent = battery.eri_reached or battery.eos_reached or days < 0
        planning = status.pump_clock.date() >= dates.plan_from_date
        colour = CRITICAL if urgent else WARN_INK if planning else OK
        self.plan.setText(coloured(f"<b>{sentence}</b>", colour) + f"<br>{tr(ADVICE)}")

    def _show_clock(self, status: PumpStatus) -> None:
        check = self.check = check_clock(status.pump_clock, status.world_time, self.zone)
        f = self.fields
        f["Pump clock"].setText(style.moment(check.pump_clock))  # the row names the clock
        f["Local time"].setText(style.moment(check.local_time, f"({self.zone.key})"))
        f["Difference"].setText(style.duration_difference(
            check.offset.total_seconds(), QT_TR_NOOP("{span} pump ahead of local time"),
            QT_TR_NOOP("{span} pump behind local time"), QT_TR_NOOP("none (within a minute)")))
        f["Daylight saving"].setText(self._dst_text(check, status))
        f["Check"].setText(coloured(check.message, WARN_INK if check.needs_setting else OK))
        self.set_button.setVisible(check.needs_setting)
        self._update_set_button()

    def _update_set_button(self) -> None:
        """Setting the clock needs a live pump, a clock to set and no setting on its way."""
        reason = self.session.view.not_live_reason()
        self.set_button.setEnabled(not reason and not self.awaited.pending
                                   and self.check is not None and self.check.needs_setting)
        self.set_button.setToolTip(reason)

    def _dst_text(self, check: ClockCheck, status: PumpStatus) -> str:
        if check.dst_change is not None:
            return (tr("Yes: the clocks went forward on {day}, after the pump clock was last "
                       "set.") if check.dst_change.dst() else
                    tr("Yes: the clocks went back on {day}, after the pump clock was last "
                       "set.")).format(day=style.day(check.dst_change))
        found = last_dst_change(status.world_time, self.zone)
        if found is None:
            return tr("No change in the last 6 months in this time zone.")
        when, _shift = found
        return tr("Last change {day}; it does not explain the difference (the pump was set "
                  "after it, or it is out for another reason).").format(day=style.day(when))

    # ------------------------------------------------------------------ setting
    def set_clock(self) -> None:
        check = self.check
        if check is None or not self.set_button.isEnabled():
            return
        zone = self.zone
        self.outcome.setText(tr("Setting the pump clock, then reading it back..."))
        self.awaited.asking()
        self._update_set_button()

        def correct(_result: object, status: PumpStatus) -> bool:
            return not check_clock(status.pump_clock, status.world_time, zone).needs_setting

        ticket = self.session.perform(Command.SET_CLOCK,
                                      lambda pump: set_clock_to_local(pump, zone),
                                      ActionKind.CLOCK_SET, verify=correct,
                                      pump_clock=check.local_time.isoformat(
                                          timespec="minutes"),
                                      zone=str(zone.key))
        self.awaited.asked(ticket)

    def _outcome(self, outcome: Outcome) -> None:
        if not self.awaited.take(outcome):
            return
        status = self.session.view.status
        detail = (" " + tr("It reads {time}, within {minutes} min of local time.").format(
            time=style.moment(status.pump_clock), minutes=DRIFT_TOLERANCE.seconds // 60)
            if outcome.ok and status is not None else "")
        self.outcome.setText(outcome_html(outcome) + detail)
        self._update_set_button()
