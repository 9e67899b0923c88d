"""Alarm sound player: plays by severity, mutes, or explains why sound is off."""

import pytest

from device.profiles import load_alarms
from ui.alarm_sound import AlarmSoundPlayer


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
