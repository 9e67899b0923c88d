"""What an instructor's station makes of the frames a trainee's console sends."""

from datetime import UTC, datetime

from itb_console.console.actions import ActionKind
from itb_console.console.training.wire_actions import WireActionRecorder
from itb_console.device.protocol import Frame

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_a_record_change_on_the_wire_is_the_same_action_with_its_reason():
    recorder = WireActionRecorder(lambda: NOW)
    recorder(Frame(5, "SETRECORD", {"reason": "catheter revised", "cath_mm": "500"}),
             Frame(5, "OK", {}))
    recorder(Frame(6, "SETRECORD", {"reason": "typo", "cath_mm": "50"}),
             Frame(6, "ERR", {"msg": "refused"}, ("out-of-range",)))
    [action] = recorder.snapshot().actions
    assert action.kind is ActionKind.RECORD_CHANGED
    assert action.detail == {"reason": "catheter revised", "cath_mm": 500}
