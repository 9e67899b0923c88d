"""A scenario running on a trainee station: the pump as found, its events, the instructor.

A :class:`Station` builds the scenario's pump, serves it like a real pump over TCP on
loopback (or on the classroom network) so the trainee's console connects to it as to
any pump, fires the scenario's events at their world times, and lets the instructor
pause, accelerate, jump and inject faults. It watches the wire for the trainee's actions
(:mod:`itb_console.console.training.wire_actions`) and scores the session at the end.

Events fire at exactly their world time however fast time runs: the pump's clock is
held at the next event until the event has been applied (:class:`_EventHorizon`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from itb_console.console.actions import Action, ActionLog
from itb_console.console.training.assessment import Assessment, Outcome, assess
from itb_console.console.training.debrief import PumpOnRecord
from itb_console.console.training.scenarios import EventKind, Scenario, ScenarioEvent, ScenarioPump
from itb_console.console.training.wire_actions import WireActionRecorder
from itb_console.device.clock import MAX_SPEED, Clock, ManualClock, ScaledClock
from itb_console.device.default_pump import InitialPump
from itb_console.device.emulator import Emulator
from itb_console.device.protocol import Frame
from itb_console.device.pump_api import PumpStatus
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer

LINK_DROP_SECONDS = 30.0  # on a pty or serial port; over TCP until the trainee reconnects
MIN_SPEED = 1.0


class StationState(enum.Enum):
    READY = "ready"  # built, time stands still until the instructor starts
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"
    CRASHED = "crashed"  # the classroom's word for a station whose process died


class StationError(RuntimeError):
    """An instructor action the station cannot do now (saying why)."""


class _EventHorizon:
    """The world clock, held at the next scenario event until that event has fired."""

    def __init__(self, inner: Clock) -> None:
        self.inner = inner
        self.cap: float | None = None

    def now(self) -> float:
        now = self.inner.now()
        return now if self.cap is None else min(now, self.cap)


def scenario_model(pump: ScenarioPump, clock: Clock) -> PumpModel:
    """The pump exactly as the scenario says the trainee finds it."""
    model = PumpModel.new(
        load_profile(pump.profile_id), pump.program, pump.reservoir_nl, clock,
        low_reservoir_alarm_nl=pump.low_reservoir_alarm_nl, patient_id=pump.patient_id,
        serial_number=pump.serial_number,
        timezone=str(pump.start_local.tzinfo), drift_ppm=pump.drift_ppm,
        true_reservoir_nl=pump.true_reservoir_nl,
        clock_offset_s=pump.clock_offset_minutes * 60,
        battery_days_left=pump.battery_days_left,
        over_infusion_percent=pump.over_infusion_percent, record=pump.record)
    for code in pump.alarms:
        model.raise_alarm(code)
    return model


def pump_on_record(model: PumpModel) -> PumpOnRecord:
    """Whose pump this is, as it holds it now (a debrief names it)."""
    identity = model.identity
    return PumpOnRecord(identity.patient_id, identity.model_code, identity.serial_number,
                        model.implant_record)
def new_pump_model(pump: InitialPump, clock: Clock, timezone: str) -> PumpModel:
    """A replacement pump as it comes to the programmer in theatre: filled, stopped, its
    record the default catheter implanted today."""
    return PumpModel.from_initial(pump, clock, timezone=timezone)


@dataclass(frozen=True)
class StationView:
    """What the instructor's screen shows of one station (read off the pump's lock)."""

    name: str
    scenario_title: str
    url: str
    state: StationState
    speed: float
    started_at: datetime  # world time, aware UTC
    elapsed_s: float
    status: PumpStatus
    actions: tuple[Action, ...]
    events_left: int
    link_down: bool


class Station:
    """One trainee station: one scenario pump served on one TCP port."""

    def __init__(self, scenario: Scenario, *, name: str = "Station 1", speed: float = 1.0,
                 bind: str = "127.0.0.1", port: int = 0, manual_clock: bool = False,
                 on_action: Callable[[Action], None] | None = None,
                 key: bytes | None = None) -> None:
        self.scenario = scenario
        self.name = name
        start = scenario.pump.start_local.timestamp()
        self._inner: ManualClock | ScaledClock = (
            ManualClock(start) if manual_clock else ScaledClock(start, _speed(speed),
                                                                paused=True))
        self._clock = _EventHorizon(self._inner)
        self._start_s = start
        self.model = scenario_model(scenario.pump, self._clock)
        server = PumpServer(self.model, key=key)  # keyed: a console needs the key file
        self.lock = server.lock
        self.recorder = WireActionRecorder(self._world_now, on_action)
        server.observers.append(self.recorder)
        self.emulator = Emulator(self.model, server)
        self._new_pump = scenario.new_pump  # exchanged for the old one at its CLOSE
        if self._new_pump is not None:
            server.observers.append(self._exchange_after_close)
        self._events = sorted(scenario.events, key=lambda e: e.after_minutes)
        self.state = StationState.READY
        self._set_horizon()
        self.emulator.serve_tcp(port, bind)

    # ------------------------------------------------------------------ plumbing
    @property
    def url(self) -> str:
        return self.emulator.port

    def _world_now(self) -> datetime:
        return datetime.fromtimestamp(float(self.model.world_time), UTC)

    def _due_s(self, event: ScenarioEvent) -> float:
        return self._start_s + event.after_minutes * 60

    def _set_horizon(self) -> None:
        self._clock.cap = self._due_s(self._events[0]) if self._events else None

    def _require(self, *states: StationState) -> None:
        if self.state not in states:
            raise StationError(f"{self.name} is {self.state.value}; this needs it "
                               f"{' or '.join(s.value for s in states)}")

    def _exchange_after_close(self, request: Frame, answer: Frame) -> None:
        """A pump replacement: once the trainee has closed the session with the old pump
        (saved, one hopes), the surgeon exchanges it; the next frame reaches the new one."""
        new = self._new_pump
        if new is None or request.verb != "CLOSE" or answer.verb != "OK":
            return
        with self.lock:
            self._new_pump = None
            self.model.sync()
            self.model = new_pump_model(new, self._clock,
                                        str(self.scenario.pump.start_local.tzinfo))
            self.emulator.replace_pump(self.model)

    # ------------------------------------------------------------------ instructor
    def start(self) -> None:
        """Time starts running (events at minute 0 fire at once)."""
        self._require(StationState.READY)
        self.state = StationState.RUNNING
        if isinstance(self._inner, ScaledClock):
            self._inner.resume()
        self.fire_due_events()

    def pause(self) -> None:
        self._require(StationState.RUNNING)
        with self.lock:
            self.model.sync()
            if isinstance(self._inner, ScaledClock):
                self._inner.pause()
        self.state = StationState.PAUSED

    def resume(self) -> None:
        self._require(StationState.PAUSED)
        if isinstance(self._inner, ScaledClock):
            self._inner.resume()
        self.state = StationState.RUNNING

    @property
    def speed(self) -> float:
        return self._inner.speed if isinstance(self._inner, ScaledClock) else 0.0

    def set_speed(self, speed: float) -> None:
        """x1 to x1,000,000; the pump is brought up to date first so nothing jumps."""
        if not isinstance(self._inner, ScaledClock):
            raise StationError("this station's time moves only by jumps")
        with self.lock:
            self.model.sync()
            self._inner.set_speed(_speed(speed))

    def jump(self, seconds: float) -> list[ScenarioEvent]:
        """Move pump time forward; events on the way fire at their own times, in order."""
        self._require(StationState.READY, StationState.RUNNING, StationState.PAUSED)
        if seconds < 0:
            raise StationError(f"jump: {seconds:g} s is negative; time only moves forward")
        target = self._inner.now() + seconds
        fired: list[ScenarioEvent] = []
        with self.lock:
            if isinstance(self._inner, ManualClock):
                self._inner.set(target)
            else:
                self._inner.step(seconds)
            fired = self.fire_due_events()
            self.model.sync()
        return fired

    def fire_due_events(self) -> list[ScenarioEvent]:
        """Apply every event whose time has come, each at its own world time."""
        fired = []
        with self.lock:
            while self._events and self._inner.now() >= self._due_s(self._events[0]):
                event = self._events.pop(0)
                self.model.sync()  # up to the horizon: exactly the event's time
                self.apply(event)
                fired.append(event)
                self._set_horizon()
            self.model.sync()
        return fired

    def inject(self, event: ScenarioEvent) -> None:
        """The instructor's live fault, now; an ended station's pump is left alone."""
        self._require(StationState.READY, StationState.RUNNING, StationState.PAUSED)
        self.apply(event)

    def apply(self, event: ScenarioEvent) -> None:
        """Do what an event does, now (the instructor's live faults use this too)."""
        control = self.emulator.control
        match event.kind:
            case EventKind.ALARM:
                assert event.alarm is not None
                control.raise_alarm(event.alarm)
            case EventKind.MOTOR_STALL:
                control.motor_stall()
            case EventKind.OVER_INFUSION:
                control.set_over_infusion(event.percent)
            case EventKind.LINK_DROP:
                self.emulator.drop_link(at_verb="COMMIT", seconds=LINK_DROP_SECONDS)
            case EventKind.ADVANCE:
                self.jump(event.hours * 3600)
            case EventKind.MRI:
                control.mri(event.minutes, event.resume, event.delay_hours)

    # ------------------------------------------------------------------ watching
    @property
    def elapsed_s(self) -> float:
        return float(self.model.world_time) - self._start_s

    def view(self) -> StationView:
        with self.lock:
            status = self.model.status()
        return StationView(self.name, self.scenario.title, self.url, self.state, self.speed,
                           datetime.fromtimestamp(self._start_s, UTC), self.elapsed_s,
                           status, tuple(self.recorder.snapshot().actions),
                           len(self._events), self.emulator.link_down)

    def pump_on_record(self) -> PumpOnRecord:
        with self.lock:
            return pump_on_record(self.model)

    def outcome(self, actions: ActionLog | None = None) -> Outcome:
        """The session's end as the pump holds it; actions default to what the wire saw."""
        with self.lock:
            self.model.sync()
            zone = self.scenario.pump.start_local.tzinfo
            true_local = self._world_now().astimezone(zone).replace(tzinfo=None)
            return Outcome(
                initial_program=self.scenario.pump.program,
                final_program=self.model.program,
                final_low_reservoir_alarm_nl=self.model.low_reservoir_alarm_nl,
                pump_clock=self.model.pump_clock(),
                true_local_time=true_local,
                active_alarms=frozenset(self.model.active_alarms),
                actions=actions if actions is not None else self.recorder.snapshot(),
                final_patient_id=self.model.identity.patient_id,
                final_record=self.model.implant_record)

    def end(self, actions: ActionLog | None = None) -> Assessment:
        """Stop the scenario: time stops, the link closes, the session is scored."""
        if self.state is not StationState.ENDED:
            if isinstance(self._inner, ScaledClock) and not self._inner.paused:
                with self.lock:
                    self.model.sync()
                    self._inner.pause()
            self.state = StationState.ENDED
            self.emulator.stop()
        return assess(self.scenario, self.outcome(actions))

    def close(self) -> None:
        if self.state is not StationState.ENDED:
            self.state = StationState.ENDED
            self.emulator.stop()


def _speed(speed: float) -> float:
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise StationError(f"speed: x{speed:g} is outside x1 to x{MAX_SPEED:,.0f}")
    return float(speed)
