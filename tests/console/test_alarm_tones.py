"""Alarm tones: the rendered sound matches the catalogue's pattern."""

import io
import itertools
import wave
from array import array

from itb_console.console.alarm_tones import SAMPLE_RATE_HZ, synthesize_wav
from itb_console.device.alarm_catalog import Tone, load_alarms


def frames(data: bytes) -> array:
    with wave.open(io.BytesIO(data)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        assert sound.getframerate() == SAMPLE_RATE_HZ
        return array("h", sound.readframes(sound.getnframes()))


def zero_crossings(samples) -> int:
    return sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)


def test_critical_tone_is_two_alternating_pitches():
    critical = load_alarms().tones["critical"]
    samples = frames(synthesize_wav(critical))
    note = SAMPLE_RATE_HZ * 250 // 1000
    gap = SAMPLE_RATE_HZ * 40 // 1000
    first = samples[:note]
    second = samples[note + gap : 2 * note + gap]
    # 880 Hz then 660 Hz over 250 ms: about 220 and 165 rising zero crossings.
    assert abs(zero_crossings(first) - 220) <= 2
    assert abs(zero_crossings(second) - 165) <= 2
    assert len(samples) == 4 * (note + gap)


def test_single_tone_length_and_no_clicks_at_the_edges():
    samples = frames(synthesize_wav(Tone("single tone", ((660, 400),), 60)))
    assert len(samples) == SAMPLE_RATE_HZ * 440 // 1000
    assert abs(samples[0]) < 200 and max(samples) > 10_000
