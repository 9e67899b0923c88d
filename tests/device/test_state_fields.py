"""Every field of a state file has a type and a range; a refusal names the field, the
value as written and what is allowed, and the file is left as it was."""

import copy
import json
import re
import signal
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from itb_console.device.clock import ManualClock
from itb_console.device.protocol import MAX_FRAME_BYTES, Frame, decode
from itb_console.device.pump_api import EVENT_KINDS
from itb_console.device.pump_profiles import load_profile
from itb_console.device.pump_server import PumpServer
from itb_console.device.state_file import StateFileError, from_state, load_state, to_state
from itb_console.device.state_reader import max_delivered_nl

from tests.contract.backends import START, simulated
from tests.device.test_state_checks import EMULATOR, saved_state

FORM = "must be a fraction 'a/b' of whole numbers like '3/2' (no exponent, no decimal point)"
DELIVERED_RANGE = "from 0 to 2629800 mL (0 to 2629800000000 nL)"
EVENT = {"seq": 1, "pump_clock": "2026-01-01T00:00:00", "kind": "implant", "detail": {}}
TOP_FIELDS = ("format_version, kind, identity, program, reservoir_concentration, "
              "reservoir_nl, true_reservoir_nl, low_reservoir_alarm_nl, delivered_nl, "
              "world_time, clock, battery_used_days, implanted_at, faults, alarms, bolus, "
              "events, record, eri_reached_at, eos_reached_at, eos_forecast_at")

REFUSED = [
    # A number with no upper bound used to load and then break every STATUS.
    ({"delivered_nl": "1e5000"}, f"delivered_nl: '1e5000' {FORM}, {DELIVERED_RANGE}"),
    ({"delivered_nl": "1e400"}, f"delivered_nl: '1e400' {FORM}, {DELIVERED_RANGE}"),
    ({"delivered_nl": "2629800000001/1"},
     "delivered_nl: 2629800000001 nL (2629800.000001 mL) is outside 0 to 2629800 mL"),
    # The problem with -5 is that it is negative: said so, in nL and exact mL.
    ({"reservoir_nl": "-5"}, "reservoir_nl: -5 nL (-0.000005 mL) is outside 0 to 20 mL"),
    ({"reservoir_nl": "-5/1"}, "reservoir_nl: -5 nL (-0.000005 mL) is outside 0 to 20 mL"),
    ({"reservoir_nl": "15000000"}, f"reservoir_nl: '15000000' {FORM}: write 15000000/1"),
    ({"reservoir_nl": "1.5/1"}, f"reservoir_nl: '1.5/1' {FORM}, from 0 to 20 mL "
                                "(0 to 20000000 nL)"),
    ({"reservoir_nl": "3/0"}, f"reservoir_nl: '3/0' {FORM}, from 0 to 20 mL (0 to 20000000 nL)"),
    ({"reservoir_nl": 15000000}, f"reservoir_nl: 15000000 {FORM}, from 0 to 20 mL "
                                 "(0 to 20000000 nL)"),
    ({"battery_used_days": "1E3/1"}, f"battery_used_days: '1E3/1' {FORM}, from 0 to 2557 days"),
    ({"alarms": {"low_reservoir": "1e400"}},
     f"alarms.low_reservoir: '1e400' {FORM}, from 946684800 to 1767225600 s (world time, "
     "from 2000-01-01 UTC to the file's world_time)"),
    ({"alarms": {"nonsense": "1767225600/1"}},
     "alarms: 'nonsense' is not an alarm code; allowed: low_reservoir, reservoir_empty, "
     "replacement_indicator, end_of_service, motor_stall, low_battery_reset"),
    ({"events": "lots"}, 'events: \'lots\' must be a list like [{"seq": 1, "pump_clock": '
                         '"2026-01-01T00:00:00", "kind": "implant", "detail": {...}}, ...]'),
    ({"events": [EVENT | {"kind": "party"}]},
     "events[0].kind: 'party' is not an event kind; allowed: " + ", ".join(EVENT_KINDS)),
    ({"events": [EVENT | {"pump_clock": "2026-01-01T00:00:00+01:00"}]},
     "events[0].pump_clock: '2026-01-01T00:00:00+01:00' must be a pump-clock time like "
     "'2026-01-01T00:00:00' (no time zone), 2000 to 2099"),
    ({"events": [EVENT | {"detail": {"note": "x" * 5000}}]},
     "events[0]: is 5033 bytes on the wire; an event must fit one LOG page (3968 bytes)"),
    ({"events": [EVENT | {"detail": {"on": True}}]},
     "events[0].detail.on: true must be a text or a whole number"),
    ({"party_hat": True}, f"party_hat: is not a field of a pump state file; allowed: {TOP_FIELDS}"),
    ({"clock__colour": "red"},
     "clock.colour: is not a field of clock; allowed: base_s, set_at, drift_ppm, timezone"),
    ({"faults__motor_stalled": 1}, "faults.motor_stalled: 1 must be true or false"),
    ({"identity__profile_id": "itb-99"},
     "identity.profile_id: 'itb-99' is not a pump profile; allowed: itb-20, itb-40"),
    ({"low_reservoir_alarm_nl": 2e6}, "low_reservoir_alarm_nl: 2000000.0 must be a whole number "
                                      "(no quotes, no decimal point), from 1 to 6 mL "
                                      "(1000000 to 6000000 nL)"),
    ({"bolus": {"kind": "clinician"}}, "bolus.volume_nl: is missing; bolus needs kind, "
                                       "volume_nl, rate_nl_per_day, started_at, delivered_nl, "
                                       "resume_mode"),
]


@pytest.mark.parametrize(("changes", "expected"), REFUSED)
def test_a_refusal_names_the_field_the_value_and_what_is_allowed(tmp_path, changes, expected):
    path = saved_state(tmp_path, **changes)
    before = path.read_bytes()
    with pytest.raises(StateFileError) as refused:
        load_state(path, ManualClock(START))
    assert str(refused.value) == f"{path}: {expected}; it was not changed"
    assert path.read_bytes() == before


def test_the_largest_delivered_volume_loads_and_status_answers_it(tmp_path):
    top = max_delivered_nl(load_profile("itb-20"))
    assert top == 24_000_000 * 3 * 36_525  # the top rate, 200 % over, 2000 to 2100
    path = saved_state(tmp_path, delivered_nl=f"{top}/1")
    model = load_state(path, ManualClock(START))
    answer = PumpServer(model).answer(Frame(1, "STATUS").encode().rstrip(b"\r\n"))
    assert decode(answer.rstrip(b"\r\n")).args["delivered_nl"] == "2629800000000"


def test_a_file_with_a_number_of_thousands_of_digits_is_refused_not_crashed(tmp_path):
    path = saved_state(tmp_path)
    text = path.read_text().replace('"low_reservoir_alarm_nl": 2000000',
                                    '"low_reservoir_alarm_nl": ' + "9" * 5000)
    path.write_text(text)
    with pytest.raises(StateFileError, match="holds a number or nesting far beyond any pump "
                                             "state file; it was not changed"):
        load_state(path, ManualClock(START))
    assert path.read_text() == text


def test_the_emulator_refuses_an_unbounded_value_in_one_line(tmp_path):
    path = saved_state(tmp_path, delivered_nl="1e5000")
    before = path.read_bytes()
    run = subprocess.run([*EMULATOR, "--pty", "--state", str(path)], capture_output=True,
                         text=True, timeout=60)
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr == (f"itb-emulator: error: {path}: delivered_nl: '1e5000' {FORM}, "
                          f"{DELIVERED_RANGE}; it was not changed\n")
    assert path.read_bytes() == before


def test_ctrl_c_with_a_state_that_cannot_be_saved_says_so_without_a_traceback(tmp_path):
    folder = tmp_path / "gone"
    folder.mkdir()
    path = saved_state(folder)
    emulator = subprocess.Popen([*EMULATOR, "--pty", "--state", str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert emulator.stdout.readline().startswith("/dev/pts/")
    assert emulator.stderr.readline().startswith("serving pump SIM-000001")
    path.unlink()
    folder.rmdir()  # the save on exit has nowhere to go
    emulator.send_signal(signal.SIGINT)
    _out, err = emulator.communicate(timeout=30)
    assert emulator.returncode == 1
    assert err == (f"itb-emulator: error: stopped, but the state could not be saved to "
                   f"{path} (No such file or directory); the file holds the last state "
                   "saved\n")


# ------------------------------------------------------------------ properties
with simulated() as _harness:
    BASE = to_state(_harness.pump.model)
FRACTION_FIELDS = ("reservoir_nl", "true_reservoir_nl", "delivered_nl", "world_time",
                   "battery_used_days", "implanted_at", "clock.base_s", "clock.set_at")
NAMED = re.compile(r"([a-z_]+(?:\.[a-z_]+)*): ")
A_OVER_B = re.compile(r"-?[0-9]{1,40}/(?!0+$)[0-9]{1,40}")  # b is not 0
written = st.one_of(
    st.text(alphabet="0123456789-/.eE+ x_", max_size=14),
    st.integers(-10**45, 10**45).map(str),
    st.tuples(st.integers(-10**42, 10**42), st.integers(-3, 10**42)).map(
        lambda pair: f"{pair[0]}/{pair[1]}"),
    st.integers(-10**30, 10**30), st.floats(allow_nan=False), st.none(), st.booleans())


def with_value(dotted: str, value: object) -> dict:
    data = copy.deepcopy(BASE)
    *parents, last = dotted.split(".")
    node = data
    for name in parents:
        node = node[name]
    node[last] = value
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(FRACTION_FIELDS), value=written)
@example(field="battery_used_days", value="508351995/198809")  # past ERI, no ERI moment
def test_any_value_in_a_fraction_field_loads_within_range_or_is_refused_by_name(field, value):
    data = with_value(field, value)
    try:
        model = from_state(data, ManualClock(START), link_clock=lambda: 0.0)
    except StateFileError as refused:
        message = str(refused)
        named = NAMED.match(message)
        assert named is not None, message
        if not (isinstance(value, str) and A_OVER_B.fullmatch(value)):  # the wrong form
            assert named[1] == field, message
            assert "must be a fraction 'a/b'" in message or "is outside" in message, message
        else:  # a/b outside its range, or one that breaks a rule tying fields together
            assert ("outside" in message or "gives a pump clock" in message
                    or "battery_used_days leaves" in message), message
        return
    assert isinstance(value, str) and A_OVER_B.fullmatch(value)  # the only form accepted
    answer = PumpServer(model).answer(Frame(1, "STATUS").encode().rstrip(b"\r\n"))
    assert answer.startswith(b"@1 OK ") and len(answer) <= MAX_FRAME_BYTES
    saved = to_state(model)
    assert to_state(from_state(json.loads(json.dumps(saved)), ManualClock(START),
                               link_clock=lambda: 0.0)) == saved


@settings(max_examples=200, deadline=None)
@given(delivered=st.integers(0, 2_629_800_000_000), reservoir=st.fractions(0, 20_000_000))
def test_every_value_within_range_loads_and_status_reads_it_back(delivered, reservoir):
    data = with_value("delivered_nl", f"{delivered}/1")
    data["reservoir_nl"] = f"{reservoir.numerator}/{reservoir.denominator}"
    model = from_state(data, ManualClock(START), link_clock=lambda: 0.0)
    answer = PumpServer(model).answer(Frame(1, "STATUS").encode().rstrip(b"\r\n"))
    args = decode(answer.rstrip(b"\r\n")).args
    assert args["delivered_nl"] == str(delivered)
    assert abs(int(args["reservoir_nl"]) - reservoir) < 1


@settings(max_examples=150, deadline=None)
@given(key=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12),
       where=st.sampled_from(["", "identity", "clock", "faults", "record"]))
def test_an_unknown_field_anywhere_is_refused_with_the_fields_allowed(key, where):
    data = copy.deepcopy(BASE)
    table = data[where] if where else data
    if key in table:
        return
    table[key] = "1/1"
    with pytest.raises(StateFileError) as refused:
        from_state(data, ManualClock(START), link_clock=lambda: 0.0)
    name = f"{where}.{key}" if where else key
    assert str(refused.value).startswith(f"{name}: is not a ")
    assert "; allowed: " in str(refused.value)


def test_the_event_kinds_refused_are_exactly_those_the_protocol_lists():
    text = (Path(__file__).parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
    table = text[text.index("| kind | detail keys |"):text.index("```main\nC: @15 LOG")]
    listed = re.findall(r"`([a-z-]+)`", "".join(line.split("|")[1] for line in
                                                 table.splitlines()[2:] if line))
    assert sorted(listed) == sorted(EVENT_KINDS)
