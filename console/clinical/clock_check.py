"""Pump clock against local time: drift, daylight-saving changes, and what to set.

A pump keeps a naive local clock that ignores daylight saving and drifts a little. Its
daily steps follow that clock, so a pump an hour behind after the clocks go forward gives
the morning increase an hour late. The console compares the pump clock with true local
time (the computer's zone) and offers to set it; the reason shown names a daylight-saving
change when one explains the offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itb_console.console import number_style as style
from itb_console.console.translation import tr
from itb_console.device.pump_api import Pump
from PySide6.QtCore import QTimeZone

DRIFT_TOLERANCE = timedelta(minutes=2)  # below this a clock is called right
_DST_SEARCH = timedelta(days=180)


@dataclass(frozen=True)
class ClockCheck:
    pump_clock: datetime  # naive, as the pump keeps it
    local_time: datetime  # naive local wall time now
    offset: timedelta  # pump minus local
    dst_change: datetime | None  # aware local time of the change that explains the offset

    @property
    def needs_setting(self) -> bool:
        return abs(self.offset) > DRIFT_TOLERANCE

    @property
    def message(self) -> str:
        if not self.needs_setting:
            return tr("Pump clock correct (within {span}).").format(
                span=_describe(DRIFT_TOLERANCE))
        text = (tr("Pump clock is {span} ahead of local time.") if self.offset > timedelta(0)
                else tr("Pump clock is {span} behind local time.")).format(
            span=_describe(abs(self.offset)))
        if self.dst_change is not None:
            went = (tr("The clocks went forward on {day}") if self.dst_change.dst()
                    else tr("The clocks went back on {day}")).format(
                day=style.day(self.dst_change))
            text += " " + tr("{went}; the pump does not follow daylight saving, so its daily "
                             "steps run at the wrong local time.").format(went=went)
        return text + " " + tr("Set it to {time}.").format(time=style.moment(self.local_time))


def _describe(span: timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = ([f"{hours} h"] if hours else []) + ([f"{minutes} min"] if minutes else [])
    return " ".join(parts) or "0 min"  # h and min are the same in every language


def _offset(moment: datetime) -> timedelta:
    """The UTC offset of a moment in a zone (never None: the moments here carry a ZoneInfo)."""
    return moment.utcoffset() or timedelta(0)


def last_dst_change(now_utc: datetime, zone: ZoneInfo) -> tuple[datetime, timedelta] | None:
    """The most recent change of UTC offset in ``zone`` within about six months, and its size.
    """
    later = now_utc.astimezone(zone)
    step = timedelta(days=1)
    probe = now_utc
    while now_utc - probe < _DST_SEARCH:
        earlier = (probe - step).astimezone(zone)
        if earlier.utcoffset() != later.utcoffset():
            low, high = probe - step, probe
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == later.utcoffset():
                    high = middle
                else:
                    low = middle
            shift = abs(_offset(later) - _offset(earlier))
            return high.astimezone(zone).replace(second=0, microsecond=0), shift
        probe -= step
        later = earlier
    return None


def check_clock(pump_clock: datetime, world_time: datetime, zone: ZoneInfo) -> ClockCheck:
    """Compare a pump clock with the true local time of ``world_time`` (aware)."""
    if world_time.tzinfo is None:
        raise ValueError("world time: must carry a time zone (UTC)")
    local = world_time.astimezone(zone)
    offset = pump_clock - local.replace(tzinfo=None)
    found = last_dst_change(world_time.astimezone(UTC), zone)
    change = None
    if found is not None and abs(offset) > DRIFT_TOLERANCE:
        when, shift = found
        if abs(abs(offset) - shift) <= DRIFT_TOLERANCE:
            change = when
    return ClockCheck(pump_clock, local.replace(tzinfo=None), offset, change)


def system_zone() -> ZoneInfo:
    """The computer's own time zone (the clinician's local time); UTC when it is unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def set_clock_to_local(pump: Pump, zone: ZoneInfo) -> datetime:
    """Runs on the worker: local time from the pump's world time read just before setting.

    Read there rather than taken from the last status, because an accelerated simulation
    moves on by minutes between a poll and the click.
    """
    world = pump.interrogate().world_time
    local = world.astimezone(zone).replace(tzinfo=None, microsecond=0)
    pump.set_clock(local)
    return local
