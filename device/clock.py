"""World time for the pump model, injected so that time can be stepped or accelerated.

The pump never reads the wall clock: tests step a :class:`ManualClock`; the simulated
pump and the emulator run a :class:`ScaledClock` at x1 to x1,000,000 for workshops.
Times are UTC epoch seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

MAX_SPEED = 1_000_000.0  # x real time: the one limit for every clock, flag, URL and slider


class Clock(Protocol):
    def now(self) -> float:
        """World time, UTC epoch seconds."""
        ...


class ClockError(ValueError):
    """A clock setting outside what is allowed."""


class ManualClock:
    """A clock that moves only when told to (tests, scripted scenarios)."""

    def __init__(self, start: float) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def set(self, when: float) -> None:
        if when < self._now:
            raise ClockError("world time cannot go backwards; set the pump clock instead")
        self._now = float(when)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ClockError(f"advance: {seconds} s is negative; time only moves forward")
        self._now += seconds


def _check_speed(speed: float) -> float:
    if not 0 < speed <= MAX_SPEED:
        raise ClockError(f"speed: x{speed:g} is outside x0 to x{MAX_SPEED:,.0f}")
    return float(speed)


class ScaledClock:
    """Real time multiplied by ``speed``; speed changes and pauses never make time jump."""

    def __init__(self, start: float, speed: float = 1.0,
                 source: Callable[[], float] = time.monotonic, *, paused: bool = False) -> None:
        """``paused`` starts it stopped at exactly ``start`` (a scenario not yet begun)."""
        self._source = source
        self._anchor_world = float(start)
        self._anchor_real = source()
        self._speed = _check_speed(speed)
        self._paused = paused

    def now(self) -> float:
        if self._paused:
            return self._anchor_world
        return self._anchor_world + (self._source() - self._anchor_real) * self._speed

    def _reanchor(self) -> None:
        self._anchor_world = self.now()
        self._anchor_real = self._source()

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        speed = _check_speed(speed)
        self._reanchor()
        self._speed = speed

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        self._reanchor()
        self._paused = True

    def resume(self) -> None:
        self._anchor_real = self._source()
        self._paused = False

    def step(self, seconds: float) -> None:
        """Jump ahead (the instructor's 'skip a week')."""
        if seconds < 0:
            raise ClockError(f"step: {seconds} s is negative; time only moves forward")
        self._reanchor()
        self._anchor_world += seconds
