"""The trainee's actions as the instructor's pump sees them on the wire.

In a classroom the trainee's console runs on another computer; the instructor has only
the frames that reach each station's emulator. Every frame the pump acted on becomes
the same :class:`~itb_console.console.actions.Action` the trainee's own console records, so one
assessment serves both. Steps that never reach a pump (report printed, discrepancy
acknowledged, soft limit overridden) arrive as ``NOTE`` frames (docs/protocol.md).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from itb_console.console.actions import Action, ActionKind, ActionLog
from itb_console.device.implant_record import WIRE_KEYS
from itb_console.device.protocol import Frame

# verb -> (action, the request arguments kept as detail, renamed where the wire differs)
_ACTED: dict[str, tuple[ActionKind, dict[str, str]]] = {
    "OPEN": (ActionKind.CONNECT, {}),
    "STATUS": (ActionKind.INTERROGATE, {}),
    "COMMIT": (ActionKind.PROGRAM_SENT, {"crc": "crc"}),
    "REFILL": (ActionKind.REFILL, {"withdrawn_nl": "withdrawn_nl", "filled_nl": "filled_nl",
                                   "conc": "concentration", "low_alarm_nl": "low_alarm_nl"}),
    "BOLUS": (ActionKind.BOLUS_STARTED, {"kind": "kind", "volume_nl": "volume_nl",
                                         "duration_s": "duration_s"}),
    "BOLUS-CANCEL": (ActionKind.BOLUS_CANCELLED, {}),
    "CLEAR": (ActionKind.ALARM_CLEARED, {"code": "code"}),
    "SETCLOCK": (ActionKind.CLOCK_SET, {"clock": "pump_clock"}),
    "CLOSE": (ActionKind.DISCONNECT, {}),
    "SETRECORD": (ActionKind.RECORD_CHANGED, {key: key for key in ("reason", "patient",
                                                                   *WIRE_KEYS)}),
}
_NOTED = {kind.value: kind for kind in (ActionKind.REPORT_PRINTED,
                                         ActionKind.DISCREPANCY_ACKNOWLEDGED,
                                         ActionKind.SOFT_LIMIT_OVERRIDDEN,
                                         ActionKind.MRI_CHECKED,
                                         ActionKind.PUMP_SAVED)}


def _value(text: str) -> str | int:
    return int(text) if text.isdigit() else text


class WireActionRecorder:
    """A :class:`PumpServer` observer that keeps the trainee's actions.

    Status polls repeat every second; consecutive interrogations are kept once so the
    instructor's feed shows steps, not polling.
    """

    def __init__(self, world_now: Callable[[], datetime],
                 on_action: Callable[[Action], None] | None = None) -> None:
        self.log = ActionLog()
        self._world_now = world_now
        self._on_action = on_action
        self._lock = threading.Lock()

    def __call__(self, request: Frame, answer: Frame) -> None:
        if answer.verb != "OK":
            return
        recorded = self._action_for(request)
        if recorded is None:
            return
        kind, detail = recorded
        with self._lock:
            last = self.log.actions[-1] if self.log.actions else None
            if kind is ActionKind.INTERROGATE and last is not None and last.kind is kind:
                return
            action = self.log.record(kind, self._world_now(), **detail)
        if self._on_action is not None:
            self._on_action(action)

    @staticmethod
    def _action_for(request: Frame) -> tuple[ActionKind, dict[str, str | int]] | None:
        if request.verb == "NOTE":
            kind = _NOTED.get(request.args.get("action", ""))
            if kind is None:
                return None
            return kind, {k: _value(v) for k, v in request.args.items() if k != "action"}
        if request.verb not in _ACTED:
            return None
        kind, kept = _ACTED[request.verb]
        return kind, {name: _value(request.args[wire]) for wire, name in kept.items()
                      if wire in request.args}

    def snapshot(self) -> ActionLog:
        """A copy that the instructor's thread may read while the link goes on."""
        with self._lock:
            return ActionLog(list(self.log.actions))
