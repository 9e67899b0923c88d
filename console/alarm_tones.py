"""Alarm tones as sound: the pump's tone patterns (resources/alarms.toml) rendered to WAV.

The tones are data so that trainees hear the difference between a critical alarm (two
tones) and a non-critical one (a single tone) exactly as the catalogue describes; the
console plays the bytes made here.
"""

from __future__ import annotations

import io
import math
import wave
from array import array

from itb_console.device.alarm_catalog import Tone

SAMPLE_RATE_HZ = 22_050
_AMPLITUDE = 0.45 * 32767
_FADE_MS = 8  # a short ramp at each edge so tones do not click
_GAP_MS = 40  # silence between the notes of a pattern


def synthesize_wav(tone: Tone, sample_rate_hz: int = SAMPLE_RATE_HZ) -> bytes:
    """A mono 16-bit WAV of the tone's pattern, each note a faded sine."""
    samples = array("h")
    fade = max(1, sample_rate_hz * _FADE_MS // 1000)
    gap = sample_rate_hz * _GAP_MS // 1000
    for frequency_hz, duration_ms in tone.pattern:
        count = sample_rate_hz * duration_ms // 1000
        for index in range(count):
            envelope = min(1.0, index / fade, (count - 1 - index) / fade)
            value = _AMPLITUDE * envelope * math.sin(2 * math.pi * frequency_hz * index
                                                     / sample_rate_hz)
            samples.append(int(value))
        samples.extend([0] * gap)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate_hz)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()
