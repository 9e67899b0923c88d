"""Delivery history rebuilt from the pump's event log: daily dose and reservoir over time.

The pump logs what changes its delivery (program commits, refills, boluses, the alarms
that stop its motor) but not the reservoir in between. Like the pump itself, the history
*calculates* the reservoir from the programs in force, exactly (nanolitres as fractions,
each schedule step to the second), so that it agrees with what the pump reported at every
refill and at the interrogation. Volumes are anchored where the pump states them: a refill
gives the volume before (expected residual) and after (fill volume), a tester's reservoir
change the volume after, the interrogation the volume now. After an anchor the curve runs
forward from it; before the first anchor it runs backward from that anchor.

Times are the pump clock. A clock change in the log moves everything before it by the
same amount, so the whole history reads on the clock the pump keeps now. A drifting clock
(parts per million) is not modelled. No Qt: this runs on the pump worker thread.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from fractions import Fraction

from itb_console.console import number_style as style
from itb_console.console.clinical.forecast import ReservoirForecast, forecast
from itb_console.console.event_words import alarm_title
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_api import AlarmCode, Event, Pump, PumpError, PumpStatus
from itb_console.device.pump_delivery import clock_datetime, clock_seconds
from itb_console.device.therapy import Mode, Program, TherapyError
from itb_console.device.units import NG_PER_MCG, NL_PER_ML, SECONDS_PER_DAY, mcg, ml

# The motor stops while one of these is active (stall, battery out, calculated empty).
STOPPING_ALARMS = frozenset({AlarmCode.MOTOR_STALL.value, AlarmCode.END_OF_SERVICE.value,
                             AlarmCode.RESERVOIR_EMPTY.value})
# The range choices (marked for translation: a chooser shows them through tr()).
RANGES_DAYS: dict[str, int | None] = {QT_TR_NOOP("Last 30 days"): 30,
                                      QT_TR_NOOP("Last year"): 365, QT_TR_NOOP("All"): None}


class HistoryError(ValueError):
    """A log entry the history cannot be built from, naming the entry."""


@dataclass(frozen=True)
class Refill:
    at: datetime
    expected_residual_nl: int
    filled_nl: int


@dataclass(frozen=True)
class BolusMark:
    at: datetime
    kind: str
    volume_nl: int  # delivered (or asked for, while it still runs)
    dose_ng: Fraction


@dataclass(frozen=True)
class DeliveryHistory:
    """Series in pump-clock seconds since 2000-01-01 (exact), with datetimes for people.

    ``dose`` is a step series (each daily dose holds until the next point); ``reservoir``
    and ``projection`` are linear between points.
    """

    dose: tuple[tuple[Fraction, Fraction], ...]  # (s, ng/day delivered by the program)
    reservoir: tuple[tuple[Fraction, Fraction], ...]  # (s, calculated nL)
    projection: tuple[tuple[Fraction, Fraction], ...]  # (s, nL) from now to empty
    refills: tuple[Refill, ...]
    boluses: tuple[BolusMark, ...]
    start: datetime
    now: datetime
    outlook: ReservoirForecast
    program_now: Program
    reservoir_now_nl: int
    low_alarm_nl: int
    not_delivering: str = ""  # why there is no projection, when there is none

    def reservoir_at(self, when: datetime) -> Fraction | None:
        """The calculated reservoir at a moment (after a refill at exactly that moment)."""
        return _linear_at(self.reservoir, clock_seconds(when))

    def dose_at(self, when: datetime) -> Fraction | None:
        """The daily dose (ng/day) the program delivered at a moment."""
        moment = clock_seconds(when)
        index = bisect.bisect_right([t for t, _ in self.dose], moment) - 1
        return None if index < 0 else self.dose[index][1]


def _linear_at(points: Sequence[tuple[Fraction, Fraction]], moment: Fraction
               ) -> Fraction | None:
    times = [t for t, _ in points]
    index = bisect.bisect_right(times, moment) - 1
    if index < 0 or moment > times[-1]:
        return None
    t0, v0 = points[index]
    if index + 1 == len(points) or t0 == moment:
        return v0
    t1, v1 = points[index + 1]
    return v0 + (v1 - v0) * (moment - t0) / (t1 - t0)


def _whole(event: Event, key: str) -> int:
    value = event.detail.get(key)
    try:
        return int(str(value))  # the log holds text or whole numbers; None is refused too
    except ValueError:
        raise HistoryError(f"log entry {event.seq} ({event.kind}): {key}={value!r} is not "
                           "a whole number") from None


def _program(event: Event, key: str) -> Program:
    try:
        return Program.from_canonical_text(str(event.detail.get(key, "")))
    except TherapyError as error:
        raise HistoryError(f"log entry {event.seq} ({event.kind}): {error}") from None


def _clock_text(event: Event, key: str) -> Fraction:
    try:
        return clock_seconds(datetime.fromisoformat(str(event.detail.get(key, ""))))
    except ValueError:
        raise HistoryError(f"log entry {event.seq} (clock-set): {key} is not a date-time"
                           ) from None


def _exact(value: Fraction | int) -> Fraction | int:
    """An int when whole: Python's int arithmetic is many times faster than Fraction's."""
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else value


def rate_pieces(program: Program, start: Fraction | int, end: Fraction | int
                ) -> Iterator[tuple[Fraction | int, int]]:
    """(from, nL/day) for each stretch of one step rate in [start, end), on the pump clock.

    Neighbouring steps with the same rate are one stretch, so a continuous program over
    a year is a single piece.
    """
    rates = (program.step_volume_rates_nl_per_day if program.mode is not Mode.STOPPED
             else (0,))
    moment = _exact(start)
    if len(set(rates)) == 1:
        yield moment, rates[0]
        return
    schedule = program.schedule
    into_day = moment % SECONDS_PER_DAY
    index = schedule.index_at(int(into_day // 60))
    yield moment, rates[index]
    last = rates[index]
    moment += schedule.end_minute(index) * 60 - into_day
    lengths = [schedule.duration_minutes(i) * 60 for i in range(len(rates))]
    while moment < end:
        index = (index + 1) % len(rates)
        if rates[index] != last:
            yield moment, rates[index]
            last = rates[index]
        moment += lengths[index]


@dataclass
class _Walk:
    """The state of delivery while the log is read in order."""

    program: Program
    shift: Fraction | int  # raw pump seconds -> seconds on the clock the pump keeps now
    at: Fraction | int  # raw pump seconds reached so far
    used: Fraction | int = 0  # volume since the start of the log, in nL x SECONDS_PER_DAY
    bolus_rate: int | None = None
    stopped: set[str] = field(default_factory=set)
    points: list[tuple[Fraction | int, Fraction | int]] = field(default_factory=list)
    anchors: list[tuple[int, int | None, int | None]] = field(default_factory=list)
    dose: list[tuple[Fraction | int, Fraction]] = field(default_factory=list)
    refills: list[Refill] = field(default_factory=list)
    boluses: list[BolusMark] = field(default_factory=list)
    started: Event | None = None  # the bolus running

    def read(self, event: Event) -> None:
        """Deliver up to the event, then apply what it changed."""
        moment = _exact(clock_seconds(event.pump_clock))
        kind = event.kind
        if kind == "clock-set":
            self.run_to(_clock_text(event, "old"))
            self.shift = _exact(self.shift - _clock_text(event, "new")
                                + _clock_text(event, "old"))
            self.at = moment
            return
        self.run_to(moment)
        if kind == "program":
            self.program = _program(event, "new")
        elif kind == "refill":
            before, after = _whole(event, "expected_residual_nl"), _whole(event, "filled_nl")
            self.anchor(before, after)
            self.refills.append(Refill(clock_datetime(moment + self.shift), before, after))
        elif kind == "fault" and "calculated_nl" in event.detail:
            self.anchor(None, _whole(event, "calculated_nl"))
        elif kind == "bolus-start":
            self.bolus_rate, self.started = _whole(event, "rate_nl_per_day"), event
        elif kind in ("bolus-end", "bolus-cancel") and self.bolus_rate is not None:
            self.bolus_rate = None
            if self.started is not None:
                self.mark_bolus(_whole(event, "delivered_nl"))
        elif kind == "alarm" and event.detail.get("code") in STOPPING_ALARMS:
            self.stopped.add(str(event.detail["code"]))
        elif kind == "alarm-clear":
            self.stopped.discard(str(event.detail.get("code", "")))
        self.note_dose()

    def mark_bolus(self, volume_nl: int) -> None:
        assert self.started is not None
        moment = clock_seconds(self.started.pump_clock) + self.shift
        dose = Fraction(volume_nl * self.program.concentration.mcg_per_ml * NG_PER_MCG,
                        NL_PER_ML)
        self.boluses.append(BolusMark(clock_datetime(moment),
                                      str(self.started.detail.get("kind", "")), volume_nl,
                                      dose))
        self.started = None

    def pieces(self, end: Fraction | int) -> Iterator[tuple[Fraction | int, int]]:
        if self.stopped:
            return iter([(self.at, 0)])
        if self.bolus_rate is not None:
            return iter([(self.at, self.bolus_rate)])
        return rate_pieces(self.program, self.at, end)

    def run_to(self, end: Fraction | int) -> None:
        """Deliver from ``at`` to ``end`` at the rates in force, a point per rate change."""
        end = _exact(end)
        if end <= self.at:
            return
        pieces = list(self.pieces(end))
        for (begin, rate), (until, _) in itertools.pairwise([*pieces, (end, 0)]):
            self.used += rate * (until - begin)
            self.at = until
            self.points.append((self.at + self.shift, self.used))

    def anchor(self, before: int | None, after: int | None) -> None:
        self.points.append((self.at + self.shift, self.used))
        self.anchors.append((len(self.points) - 1, before, after))

    def note_dose(self) -> None:
        daily = Fraction(0) if self.stopped else self.program.daily_dose_ng
        when = self.at + self.shift
        if self.dose and self.dose[-1][0] == when:
            self.dose.pop()
        if not self.dose or self.dose[-1][1] != daily:
            self.dose.append((when, daily))


def _initial_program(events: Sequence[Event], status: PumpStatus) -> Program:
    for event in events:
        if event.kind == "implant" and "program" in event.detail:
            return _program(event, "program")
        if event.kind == "program":
            return _program(event, "old")
    return status.program


def _reservoir(walk: _Walk) -> list[tuple[Fraction, Fraction]]:
    """Volumes at the walk's points from its anchors (see the module docstring)."""
    values: list[tuple[Fraction, Fraction]] = []
    anchors = {index: (before, after) for index, before, after in walk.anchors}
    governing: tuple[Fraction | int, int] | None = None  # (used at the anchor, volume after)
    waiting: list[tuple[Fraction | int, Fraction | int]] = []  # points before the first anchor
    for index, (moment, used) in enumerate(walk.points):
        moment = Fraction(moment)
        if governing is not None:
            left = max(Fraction(0), governing[1] - Fraction(used - governing[0],
                                                            SECONDS_PER_DAY))
            if not values or values[-1] != (moment, left):
                values.append((moment, left))
        if index not in anchors:
            if governing is None:
                waiting.append((moment, used))
            continue
        before, after = anchors[index]
        if governing is None and before is not None:
            values += [(Fraction(t), before + Fraction(used - u, SECONDS_PER_DAY))
                       for t, u in waiting]
            values.append((moment, Fraction(before)))
        waiting = []
        if after is not None:
            governing = (used, after)
            values.append((moment, Fraction(after)))
    return values


def _projection(program: Program, start: Fraction, volume_nl: int,
                days: Fraction) -> tuple[tuple[Fraction, Fraction], ...]:
    end = start + days * SECONDS_PER_DAY
    points = [(start, Fraction(volume_nl))]
    left = Fraction(volume_nl)
    pieces = list(rate_pieces(program, start, end))
    for (begin, rate), (until, _) in itertools.pairwise([*pieces, (end, 0)]):
        left -= Fraction(rate * (until - begin), SECONDS_PER_DAY)
        points.append((Fraction(until), max(Fraction(0), left)))
    return tuple(points)


def build_history(events: Sequence[Event], status: PumpStatus) -> DeliveryHistory:
    """The history from the log and the interrogation made just after reading it."""
    ordered = sorted(events, key=lambda e: e.seq)
    now_raw = _exact(clock_seconds(status.pump_clock))
    shifts = [(_clock_text(e, "new") - _clock_text(e, "old"))
              for e in ordered if e.kind == "clock-set"]
    start = _exact(clock_seconds(ordered[0].pump_clock)) if ordered else now_raw
    walk = _Walk(_initial_program(ordered, status), _exact(sum(shifts, Fraction(0))), start)
    first_shown = clock_datetime(start + walk.shift)
    walk.points.append((start + walk.shift, 0))
    walk.note_dose()
    for event in ordered:
        walk.read(event)
    walk.run_to(now_raw)
    if walk.started is not None:  # still running: what it was asked to give
        walk.mark_bolus(_whole(walk.started, "volume_nl"))
    walk.anchor(status.reservoir_nl, None)
    walk.program = status.program
    walk.note_dose()
    return _finish(walk, status, first_shown)


def _finish(walk: _Walk, status: PumpStatus, start: datetime) -> DeliveryHistory:
    stopping = sorted(a.code.value for a in status.alarms if a.code.value in STOPPING_ALARMS)
    if stopping:
        outlook = ReservoirForecast(None, None, None, None)
        reason = tr("not delivering ({alarms})").format(
            alarms=", ".join(alarm_title(code) for code in stopping))
    else:
        outlook = forecast(status.program, status.reservoir_nl, status.low_reservoir_alarm_nl,
                           status.pump_clock)
        reason = "" if outlook.days_to_empty is not None else tr("not delivering (stopped)")
    now = clock_seconds(status.pump_clock)
    projection = (() if outlook.days_to_empty is None else
                  _projection(status.program, now, status.reservoir_nl,
                              outlook.days_to_empty))
    return DeliveryHistory(
        dose=tuple((Fraction(t), d) for t, d in walk.dose), reservoir=tuple(_reservoir(walk)),
        projection=projection,
        refills=tuple(walk.refills), boluses=tuple(walk.boluses),
        start=start,
        now=status.pump_clock, outlook=outlook, program_now=status.program,
        reservoir_now_nl=status.reservoir_nl, low_alarm_nl=status.low_reservoir_alarm_nl,
        not_delivering=reason)


def view_range(history: DeliveryHistory, days: int | None) -> tuple[datetime, datetime]:
    """What a range choice shows: ``days`` back from now (or all), up to the empty date.

    "Last 30 days" spans 30 days even on a pump implanted a minute ago (the time before it
    is blank): a range cut to the data gave a new pump a 17-second axis.
    """
    end = max(history.outlook.empty_at or history.now, history.now)
    if days is None:
        return history.start, end
    return history.now - timedelta(days=days), end


def outlook_text(history: DeliveryHistory) -> str:
    """One sentence under the plot: the reservoir now and when it alarms and runs empty."""
    program = history.program_now
    now = tr("Reservoir now {volume} (calculated), low-reservoir alarm at {alarm}.").format(
        volume=style.millilitres(ml(history.reservoir_now_nl)),
        alarm=style.millilitres(ml(history.low_alarm_nl)))
    if history.not_delivering:
        return now + " " + tr("The pump is {state}: no projection.").format(
            state=history.not_delivering)
    outlook = history.outlook
    rate = tr("At {dose} ({volume}):").format(dose=style.mcg_per_day(mcg(program.daily_dose_ng)),
                                               volume=style.ml_per_day(ml(program.daily_volume_nl)))
    assert outlook.empty_at is not None and outlook.days_to_empty is not None
    empty = {"empty_at": style.moment(outlook.empty_at),
             "empty_in": style.days(outlook.days_to_empty)}
    if outlook.alarm_at is not None and outlook.days_to_alarm is not None:
        rest = tr("alarm on {alarm_at} (in {alarm_in}), empty on {empty_at} (in "
                  "{empty_in}).").format(alarm_at=style.moment(outlook.alarm_at),
                                         alarm_in=style.days(outlook.days_to_alarm), **empty)
    else:
        rest = tr("already at or below the alarm volume, empty on {empty_at} (in "
                  "{empty_in}).").format(**empty)
    return f"{now} {rate} {rest}"


def read_history(pump: Pump) -> DeliveryHistory:
    """On the worker: the log, then the status, then the history built from both."""
    try:
        return build_history(pump.read_log(), pump.interrogate())
    except HistoryError as error:  # the pump's log, not the link: say so, not "link error"
        raise PumpError(f"the pump's event log does not make a history ({error})") from None
