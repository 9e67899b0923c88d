"""Alarm sound player: plays by severity, mutes, follows the preferences, or says why not."""

import pytest
from itb_console.console.settings import SoundSettings
from itb_console.device.alarm_catalog import load_alarms
from itb_console.ui.alarm_sound import AlarmSoundPlayer


def test_player_plays_by_severity_and_mutes(qtbot):
    player = AlarmSoundPlayer(load_alarms())
    if not player.available:
        assert "Alarms are still shown on screen" in player.unavailable_reason
        assert player.play_alarm("motor_stall") is False
        pytest.skip(player.unavailable_reason)
    assert player.play_alarm("motor_stall") is True
    with qtbot.waitSignal(player.muted_changed):
        player.set_muted(True)
    assert player.play_alarm("low_reservoir") is False


def test_preferences_set_the_volume_and_can_silence_the_tones(qtbot):
    player = AlarmSoundPlayer(load_alarms())
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:  # no PulseAudio client library (libpulse0): the app's own reason
        assert "the audio library could not load" in player.unavailable_reason
        pytest.skip(player.unavailable_reason)
    if not player.available:  # no audio output here: give it effects to set, not to play
        player._effects = {"critical": QSoundEffect(player), "non-critical": QSoundEffect(player)}
    player.apply(SoundSettings(enabled=True, volume_percent=35))
    assert [e.volume() for e in player._effects.values()] == [pytest.approx(0.35)] * 2
    assert player.play_alarm("motor_stall") is True
    player.apply(SoundSettings(enabled=False, volume_percent=35))
    assert player.play_alarm("motor_stall") is False
    assert player.play_alarm("low_reservoir") is False
