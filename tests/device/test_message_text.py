"""Error texts arrive on the wire as written: numbers exact, so a value never reads as
inside the range it is refused for, and the at sign (which no frame may carry) named in
words."""

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st
from itb_console.device.therapy import DoseRate
from itb_console.device.units import decimal_text, mcg_text, ml_text, ml_text_below

from tests.device.test_protocol import ask, server


def test_values_just_past_a_limit_read_as_past_it():
    assert ml_text(20_000_001) == "20.000001"  # a rounded '20' would be the limit itself
    assert ml_text(499) == "0.000499"
    assert ml_text(-5) == "-0.000005"
    assert ml_text(25_000_000) == "25"
    assert mcg_text(48_000_001) == "48000.001"
    assert decimal_text(1505, 10) == "150.5"
    assert ml_text(Fraction(1, 3)) == "0.0000003333333333333"  # no finite decimal
    assert str(DoseRate(48_000_001)) == "48000.001 mcg/day"


@given(count=st.integers(-10**45, 10**45), places=st.integers(0, 9))
def test_a_whole_count_in_a_decimal_unit_is_written_exactly_and_without_exponent(count,
                                                                                   places):
    text = decimal_text(count, 10**places)
    assert "E" not in text and "e" not in text
    assert Fraction(Decimal(text)) * 10**places == count  # exact, not in a Decimal context


def test_a_reservoir_short_of_a_bolus_reads_short_of_it_in_two_decimals_when_it_can():
    assert ml_text_below(Fraction(99_997, 10), 25_000) == "0.01"
    assert ml_text_below(15_000_000, 20_000_000) == "15.00"
    assert ml_text_below(Fraction(2_459_999, 2), 1_230_000) == "1.2299995"  # not '1.23'


@given(bound=st.integers(1, 40_000_000), short=st.fractions(0, 40_000_000))
def test_a_volume_below_a_bound_always_reads_below_it_and_close_to_itself(bound, short):
    value = max(Fraction(0), bound - short)
    if value >= bound:
        return
    text = ml_text_below(value, bound)
    assert Fraction(Decimal(text)) * 1_000_000 < bound
    assert abs(Fraction(Decimal(text)) * 1_000_000 - value) <= 5_000  # within 0.005 mL


def refused(pump, seq: int, verb: str, **args) -> tuple[str, str]:
    answer = ask(pump, seq, verb, **args)
    assert answer.verb == "ERR"
    return answer.words[0], answer.args["msg"]


def test_the_strangers_two_garbled_answers_now_read_as_meant():
    pump = server()
    assert ask(pump, 1, "OPEN").verb == "OK"
    assert refused(pump, 2, "SETRECORD", reason="", tip="T9") == (
        "out-of-range", "reason: '' must be 1 to 32 printable ASCII characters (space to "
                        "tilde), without the at sign")
    assert refused(pump, 3, "SETRECORD", reason="typo", cath_nl_per_cm=499) == (
        "out-of-range", "catheter_ml_per_cm: 0.000499 mL/cm (499 nL/cm) is outside 0.0005 "
                        "to 0.01 mL/cm (500 to 10000 nL/cm)")


def test_volumes_one_nanolitre_past_a_limit_are_refused_in_exact_millilitres():
    pump = server()
    assert ask(pump, 1, "OPEN").verb == "OK"
    assert refused(pump, 2, "REFILL", withdrawn_nl=0, filled_nl=20_000_001, conc=2000,
                   low_alarm_nl=2_000_000) == (
        "reservoir", "fill volume: 20.000001 mL is outside 0 to 20 mL (the reservoir)")
    assert refused(pump, 3, "BOLUS", kind="clinician", volume_nl=2_000_001,
                   duration_s=86_400) == (
        "out-of-range", "bolus volume: 2.000001 mL is above this pump's 2 mL")
    assert refused(pump, 4, "STAGE", program="continuous;baclofen;2000;0:48000001") == (
        "bad-program", "step 1 (00:00-24:00): 48000.001 mcg/day is outside this pump's "
                       "range 96 mcg/day to 48000 mcg/day at this concentration")
