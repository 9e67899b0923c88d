"""The pump at a glance: identity, program in force, reservoir, battery, clock, alarms.

It lives in a narrow scroll area beside the timeline, so the long sentences (the clock
check) take the full width and the battery reads as short rows rather than one wrapped line.
Bound to the session's :class:`PumpView`, it says at the top how current its values are,
and greys them once the link is lost or the session closed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from itb_console.console import number_style as style
from itb_console.console.clinical.clock_check import check_clock, system_zone
from itb_console.console.clinical.forecast import forecast
from itb_console.console.clinical.planning import battery_dates
from itb_console.console.commands import not_delivering_reason
from itb_console.console.event_words import mode_words
from itb_console.console.pump_view import PumpView
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.alarm_catalog import load_alarms
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_profiles import load_profile
from itb_console.device.units import mcg, ml
from itb_console.ui.style import CRITICAL, GHOST, OK, WARN_BG, WARN_INK, coloured, set_ink
from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

FULL_WIDTH = ("Clock check",)
RECORD_FIELDS = (  # sentences: a row of their own under the values they judge
    QT_TR_NOOP("Implanted"), QT_TR_NOOP("Catheter"), QT_TR_NOOP("Catheter fill"),
    QT_TR_NOOP("Tip level"), QT_TR_NOOP("Last refill"), QT_TR_NOOP("Next refill"))


def _value(text: str = "-") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "value")
    label.setWordWrap(True)
    return label


def _days(value) -> str:
    return tr("never (stopped)") if value is None else style.days(value)


class StatusPanel(QWidget):
    """Updated from every interrogation; shows dashes until a pump is read."""

    def __init__(self, zone: ZoneInfo | None = None, parent: QWidget | None = None) -> None:
        """``zone`` is the clinician's local time zone: the computer's own unless given."""
        super().__init__(parent)
        self.zone = zone or system_zone()
        self.setAccessibleName(tr("Pump status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLabel] = {}
        self.freshness = QLabel(tr("No pump read yet: connect to a pump (Ctrl+K)."))
        self.freshness.setWordWrap(True)
        self.freshness.setAccessibleName(tr("When the pump was read"))
        layout.addWidget(self.freshness)
        self.groups: list[QGroupBox] = []

        def group(title: str, names: list[str]) -> QGroupBox:
            """``title`` and ``names`` are marked for translation; the names key the fields."""
            box = QGroupBox(tr(title))
            form = QFormLayout(box)
            form.setContentsMargins(8, 6, 8, 6)
            form.setVerticalSpacing(3)
            # A value that does not fit beside its label goes under it: German labels
            # ("Nächste Nachfüllung") left the dates no room and the panel scrolled sideways.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                label = _value()
                label.setAccessibleName(tr(name))
                self.fields[name] = label
                if name == "Reservoir":
                    self.gauge = QProgressBar()
                    self.gauge.setAccessibleName(tr("Reservoir gauge"))
                    self.gauge.setTextVisible(True)
                    form.addRow(tr("Reservoir"), self.gauge)
                    form.addRow("", label)
                elif name in FULL_WIDTH:
                    form.addRow(label)
                else:
                    form.addRow(tr(name), label)
            layout.addWidget(box)
            self.groups.append(box)
            return box

        group(QT_TR_NOOP("Pump"), [QT_TR_NOOP("Model"), QT_TR_NOOP("Serial"),
                                   QT_TR_NOOP("Patient")])
        group(QT_TR_NOOP("Implant record"), [QT_TR_NOOP("Record read"), *RECORD_FIELDS])
        group(QT_TR_NOOP("Program in force"), [QT_TR_NOOP("Mode"), QT_TR_NOOP("Daily dose"),
                                               QT_TR_NOOP("Drug")])
        group(QT_TR_NOOP("Reservoir"), [QT_TR_NOOP("Reservoir"), QT_TR_NOOP("Low alarm"),
                                        QT_TR_NOOP("To alarm"), QT_TR_NOOP("To empty")])
        group(QT_TR_NOOP("Battery"), [QT_TR_NOOP("Battery"), QT_TR_NOOP("Indicator (ERI)"),
                                      QT_TR_NOOP("Replace by")])
        group(QT_TR_NOOP("Clock"), [QT_TR_NOOP("Pump clock"), QT_TR_NOOP("Local time"),
                                    QT_TR_NOOP("Clock check")])
        self.fields["Local time"].setToolTip(tr("Local time in {key}").format(key=self.zone.key))
        self.alarms_box = QGroupBox(tr("Alarms"))
        alarms_layout = QVBoxLayout(self.alarms_box)
        self.alarms = QLabel(tr("No pump read yet"))
        self.alarms.setWordWrap(True)
        self.alarms.setAccessibleName(tr("Active alarms"))
        alarms_layout.addWidget(self.alarms)
        layout.addWidget(self.alarms_box)
        self.groups.append(self.alarms_box)
        layout.addStretch(1)
        self.view: PumpView | None = None

    def bind(self, view: PumpView) -> None:
        """Show what ``view`` holds, now and whenever it changes."""
        self.view = view
        view.changed.connect(self._view_changed)
        self._view_changed()

    def _view_changed(self) -> None:
        view = self.view
        assert view is not None
        live = view.live
        self.freshness.setText(view.age_text())
        self.freshness.setStyleSheet("padding: 4px;" if live else
                                     f"background: {WARN_BG}; color: {WARN_INK}; "
                                     "font-weight: 600; padding: 4px;")
        if view.status is None:
            self.clear()
        else:
            self.show_status(view.status, live)
        self._show_record(view)
        for box in self.groups:
            box.setEnabled(live)

    def clear(self) -> None:
        """Dashes everywhere: no pump has been read."""
        for label in self.fields.values():
            label.setText("-")
            label.setStyleSheet("")
        self.gauge.setValue(0)
        self.gauge.setFormat("-")
        self.alarms.setText(tr("No pump read yet"))

    def event(self, event: QEvent) -> bool:
        """Ask for the height the wrapped values need at this width.

        A scroll area sizes its widget from the minimum size hint, which ignores word wrap,
        and looks again only when the widget is resized: without this a narrow, short
        window squeezes wrapped values until their lines are cut off. A panel made
        narrower wraps more lines, but each group's form kept the heights of its last
        width (a value overlapping the next row): their layouts are redone then.
        """
        handled = super().event(event)
        if (isinstance(event, QResizeEvent)
                and event.size().width() != event.oldSize().width()):
            for box in self.groups:  # a form lays wrapped values out for its last width
                layout = box.layout()
                if layout is not None:
                    layout.invalidate()
        if event.type() == QEvent.Type.LayoutRequest:
            needed = self.heightForWidth(self.width())
            if needed > 0 and needed != self.height():
                self.resize(self.width(), needed)
        return handled

    def _show_record(self, view: PumpView) -> None:
        """The record and when it was read (it is read apart from the status: with each
        interrogation, and again after a refill); dashes until one is read."""
        f = self.fields
        f["Record read"].setText(view.record_age_text())
        set_ink(f["Record read"], WARN_INK if view.live and view.record_changed_by else None)
        record = view.record
        if record is None:
            for name in RECORD_FIELDS:
                f[name].setText("-")
            return
        f["Implanted"].setText(style.day(record.implanted_on))
        f["Catheter"].setText(f"{record.catheter_model}, "
                              f"{style.Quantity.CM(record.catheter_length_mm / 10)}")
        f["Catheter fill"].setText(f"{style.small_volume(ml(record.catheter_volume_nl))} "
                                   f"({style.Quantity.ML_PER_CM(record.catheter_nl_per_cm / 1e6)})")
        f["Tip level"].setText(record.tip_level)
        f["Last refill"].setText(tr("not recorded") if record.last_refill_on is None
                                 else style.day(record.last_refill_on))
        f["Next refill"].setText(tr("not booked") if record.next_refill_on is None
                                 else style.day(record.next_refill_on))

    def show_status(self, status: PumpStatus, live: bool = True) -> None:
        """``live`` False: the last values read, shown without their warning colours
        (the whole panel is greyed and says when they were read)."""
        f = self.fields
        profile = load_profile(status.identity.profile_id)
        f["Model"].setText(f"{status.identity.model_code} ({profile.name})")
        f["Serial"].setText(status.identity.serial_number)
        f["Patient"].setText(status.identity.patient_id)
        program = status.program
        # The program's mode, and whether the pump delivers it (a stalled motor, an empty
        # reservoir or end of service stop a running program too).
        halted = not_delivering_reason(status)
        mode = mode_words(program.mode.value)
        f["Mode"].setText(mode[:1].upper() + mode[1:] + (
            " - " + tr("NOT DELIVERING ({reason})").format(reason=halted) if halted else ""))
        set_ink(f["Mode"], CRITICAL if halted and live else None)
        f["Daily dose"].setText(f"{style.mcg_per_day(mcg(program.daily_dose_ng))}  "
                                f"({style.ml_per_day(ml(program.daily_volume_nl))})")
        f["Drug"].setText(f"{program.drug} {status.reservoir_concentration}")
        self.gauge.setRange(0, profile.reservoir_nl // 10_000)
        self.gauge.setValue(status.reservoir_nl // 10_000)
        self.gauge.setFormat(tr("{percent} full").format(  # the volume is on the line below
            percent=style.whole_percent(100 * status.reservoir_nl / profile.reservoir_nl)))
        f["Reservoir"].setText(tr("{millilitres} (calculated)").format(
            millilitres=style.millilitres(ml(status.reservoir_nl))))
        f["Low alarm"].setText(style.millilitres(ml(status.low_reservoir_alarm_nl)))
        outlook = forecast(program, status.reservoir_nl, status.low_reservoir_alarm_nl,
                           status.pump_clock)
        if halted:  # a date would say when a pump that delivers nothing runs down
            none = tr("none while not delivering ({why})").format(why=halted)
            f["To alarm"].setText(tr("reached") if status.reservoir_nl
                                  <= status.low_reservoir_alarm_nl else none)
            f["To empty"].setText(tr("reached") if status.reservoir_nl <= 0 else none)
        else:
            f["To alarm"].setText(
                tr("reached") if outlook.alarm_at is None and program.daily_dose_ng else
                f"{_days(outlook.days_to_alarm)}"
                + (f", {style.day(outlook.alarm_at)}" if outlook.alarm_at else ""))
            f["To empty"].setText(f"{_days(outlook.days_to_empty)}" + (
                f", {style.day(outlook.empty_at)}" if outlook.empty_at else ""))
        battery = status.battery
        state, colour = ((tr("END OF SERVICE"), CRITICAL) if battery.eos_reached else
                         (tr("Replacement indicator"), WARN_INK) if battery.eri_reached else
                         (tr("OK"), OK))
        f["Battery"].setText(state)
        set_ink(f["Battery"], colour if live else None)
        dates = battery_dates(status, profile.battery)
        f["Indicator (ERI)"].setText(
            (tr("reached {date}") if battery.eri_reached else tr("expected {date}")).format(
                date=style.date_ahead(dates.eri_date, status.pump_clock)))
        f["Replace by"].setText(style.date_ahead(dates.replace_by_date, status.pump_clock))
        check = check_clock(status.pump_clock, status.world_time, self.zone)
        clocks = style.Clocks(check.local_time, status.pump_clock,
                              style.zone_name(status.world_time.astimezone(self.zone)))
        f["Pump clock"].setText(clocks.pump(status.pump_clock))
        f["Local time"].setText(clocks.local(check.local_time))
        f["Clock check"].setText(check.message)
        set_ink(f["Clock check"], None if not live else WARN_INK if check.needs_setting else OK)
        catalog = load_alarms()
        if status.alarms:
            lines = [coloured(tr(catalog.info(a.code.value).title),
                              (CRITICAL if a.critical else WARN_INK) if live else GHOST,
                              bold=True) + " "
                     + (tr("(critical, {time})") if a.critical
                        else tr("(non-critical, {time})")).format(time=style.moment(a.raised_at))
                     for a in status.alarms]
            self.alarms.setText("<br>".join(lines))
        else:
            self.alarms.setText(coloured(tr("No active alarms"), OK))
