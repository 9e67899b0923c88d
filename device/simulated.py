"""The in-process simulated pump, ``sim://``: the console's default back-end.

``sim://?profile=itb-40&reservoir=12.5&speed=1000`` builds a pump from the default pump
(``resources/default_pump.toml``) with those changes: the pump options of
:mod:`itb_console.device.pump_options` (profile, reservoir, conc, mode, drift_ppm, serial,
patient and the implant record), and these of the simulated world:

=============  ===============================================================
speed          clock speed, 1 to 1,000,000 (x real time); default 1
start          world start, local ISO date-time (default: now)
tz             IANA time zone of the pump's world (default Europe/London)
state          a JSON state file: loaded if it exists, saved on every commit
=============  ===============================================================
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itb_console.device.atomic_file import remove_stale_temporaries
from itb_console.device.clock import MAX_SPEED, ClockError, ScaledClock
from itb_console.device.control import PumpControl
from itb_console.device.implant_record import ImplantRecord
from itb_console.device.pump_api import (
    Alarm,
    AlarmCode,
    BolusRequest,
    BolusStatus,
    Event,
    PumpIdentity,
    PumpRefused,
    PumpStatus,
    Reason,
    RefillRequest,
    RefillResult,
)
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_options import (
    PUMP_OPTIONS,
    PumpOptionError,
    build_pump,
    number_option,
)
from itb_console.device.state_file import load_state, save_state
from itb_console.device.therapy import Program

OPTIONS = ("speed", "start", "tz", "state", *PUMP_OPTIONS)
T = TypeVar("T")


class SimUrlError(PumpOptionError):
    """A ``sim://`` URL that cannot be used, saying which option and what is allowed."""


def _options(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    if parts.scheme != "sim" or parts.netloc or parts.path not in ("", "/"):
        raise SimUrlError(f"{url!r} is not a simulated pump URL; use sim:// or "
                          "sim://?profile=itb-40&reservoir=12.5")
    options: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in OPTIONS:
            raise SimUrlError(f"sim:// option {key!r} is not known; allowed: "
                              f"{', '.join(OPTIONS)}")
        options[key] = value
    return options


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _build_model(options: dict[str, str], clock: ScaledClock) -> PumpModel:
    pump_options = {key: value for key, value in options.items() if key in PUMP_OPTIONS}
    try:
        return build_pump(pump_options, clock, timezone=options.get("tz", "Europe/London"))
    except PumpOptionError as error:
        raise SimUrlError(str(error)) from None


def _start_time(options: dict[str, str]) -> float:
    zone_name = options.get("tz", "Europe/London")
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SimUrlError(f"sim:// tz={zone_name!r} is not a known time zone "
                          "(e.g. Europe/London)") from None
    if "start" not in options:
        return time.time()
    try:
        start = datetime.fromisoformat(options["start"])
    except ValueError:
        raise SimUrlError(f"sim:// start={options['start']!r} must be a date-time like "
                          "2026-11-25T09:00") from None
    return (start if start.tzinfo else start.replace(tzinfo=zone)).timestamp()


class SimulatedPump:
    """A :class:`~itb_console.device.pump_api.Pump` backed by an in-process :class:`PumpModel`.

    Calls may come from a worker thread while a tester thread drives the control, so
    every access to the model holds one lock.
    """

    def __init__(self, model: PumpModel, state_path: Path | None = None) -> None:
        self.model = model
        self.state_path = state_path
        self._lock = threading.RLock()
        self.control = PumpControl(model, self._lock)
        self.notes: list[tuple[str, dict[str, str | int]]] = []
        if state_path is not None:
            model.on_commit = lambda: save_state(model, state_path)

    @classmethod
    def from_url(cls, url: str = "sim://",
                 link_clock: Callable[[], float] = time.monotonic) -> SimulatedPump:
        options = _options(url)
        try:
            speed = number_option(options, "speed", 1, MAX_SPEED, "sim://") or 1.0
        except PumpOptionError as error:
            raise SimUrlError(str(error)) from None
        state_path = Path(options["state"]) if options.get("state") else None
        try:
            if state_path is not None:
                remove_stale_temporaries(state_path)
            if state_path is not None and state_path.exists():
                clock = ScaledClock(0.0, speed)
                model = load_state(state_path, clock, link_clock)
                clock.step(float(model.world_time))
            else:
                clock = ScaledClock(_start_time(options), speed)
                model = _build_model(options, clock)
                model.link_clock = link_clock
        except ClockError as error:
            raise SimUrlError(f"sim:// {error}") from None
        return cls(model, state_path)

    def _locked(self, call: Callable[[], T]) -> T:
        with self._lock:
            return call()

    def open_session(self) -> PumpIdentity:
        return self._locked(self.model.open_session)

    def close_session(self) -> None:
        self._locked(self.model.close_session)

    def interrogate(self) -> PumpStatus:
        def read() -> PumpStatus:
            self.model.touch_session()
            return self.model.status()
        return self._locked(read)

    def read_program(self) -> Program:
        return self.interrogate().program

    def write_program(self, program: Program) -> int:
        def write() -> int:
            checksum = self.model.stage_program(program)
            self.model.commit_program(checksum)
            return checksum
        return self._locked(write)

    def refill(self, request: RefillRequest) -> RefillResult:
        return self._locked(lambda: self.model.refill(request))

    def start_bolus(self, request: BolusRequest) -> BolusStatus:
        return self._locked(lambda: self.model.start_bolus(request))

    def cancel_bolus(self) -> BolusStatus:
        return self._locked(self.model.cancel_bolus)

    def read_alarms(self) -> tuple[Alarm, ...]:
        return self._locked(self.model.alarms)

    def clear_alarm(self, code: AlarmCode) -> None:
        self._locked(lambda: self.model.clear_alarm(code))

    def read_clock(self) -> datetime:
        return self._locked(self.model.pump_clock)

    def set_clock(self, pump_clock: datetime) -> None:
        self._locked(lambda: self.model.set_clock(pump_clock))

    def read_log(self, since_seq: int = 0) -> tuple[Event, ...]:
        return self._locked(lambda: self.model.log(since_seq))

    def read_record(self) -> ImplantRecord:
        return self._locked(self.model.read_record)

    def write_record(self, changes: dict[str, str], reason: str) -> ImplantRecord:
        return self._locked(lambda: self.model.write_record(changes, reason))

    # A presenter's time control (workshops): not part of the Pump protocol, because a
    # real pump's clock cannot be sped up; the console offers it only for ``sim://``.
    def clock_speed(self) -> float:
        """The world clock's speed (x real time); 0 while paused."""
        def read() -> float:
            clock = self.model.clock
            if not isinstance(clock, ScaledClock):
                return 0.0
            return 0.0 if clock.paused else clock.speed
        return self._locked(read)

    def set_clock_speed(self, speed: float) -> float:
        """Run the world at x``speed`` (1 to 1,000,000) or pause it (0); returns the speed.

        The model catches up at the old speed first, so delivery never jumps.
        """
        if speed != 0 and not 1 <= speed <= MAX_SPEED:
            raise PumpRefused(Reason.OUT_OF_RANGE, f"clock speed: x{_plain(speed)} is outside "
                              f"x1 to x{MAX_SPEED:,.0f} (0 pauses)")

        def apply() -> float:
            clock = self.model.clock
            if not isinstance(clock, ScaledClock):
                raise PumpRefused(Reason.UNSUPPORTED, "this pump's clock does not run by "
                                  "itself: its speed cannot be changed")
            self.model.sync()
            if speed == 0:
                clock.pause()
            else:
                self.control.set_speed(speed)
                if clock.paused:
                    clock.resume()
            return self.clock_speed()
        return self._locked(apply)

    def note(self, action: str, detail: dict[str, str | int]) -> None:
        """Kept for in-process watchers (the pump itself ignores notes)."""
        self._locked(lambda: self.notes.append((action, dict(detail))))

    def close(self) -> None:
        def finish() -> None:
            self.model.close_session()
            if self.state_path is not None:
                save_state(self.model, self.state_path)
        self._locked(finish)
