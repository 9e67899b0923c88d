"""Plays the pump's alarm tones, with a mute, or says why it cannot.

QtMultimedia needs the system's PulseAudio client library and an audio device; a
workshop laptop has both, a CI machine or a locked-down PC may not. The import is
therefore lazy and a failure leaves a clear reason for the alarm panel to show, so alarms
stay visible when they cannot be heard.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from itb_console.console.alarm_tones import synthesize_wav
from itb_console.console.settings import SoundSettings
from itb_console.console.translation import tr
from itb_console.device.alarm_catalog import AlarmCatalog
from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:  # imported for real only when sound can play (see the module docstring)
    from PySide6.QtMultimedia import QSoundEffect


def audio_unavailable_reason() -> str:
    """Why alarm tones cannot sound on this computer, or "" when they can."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        return (tr("Alarm sounds are off: the audio library could not load ({error}). "
                   "Alarms are still shown on screen.").format(error=error))
    if not QMediaDevices.audioOutputs():
        return (tr("Alarm sounds are off: this computer has no audio output. Alarms are still "
                   "shown on screen."))
    return ""


class AlarmSoundPlayer(QObject):
    """One sound effect per severity, rendered once from the catalogue."""

    muted_changed = Signal(bool)

    def __init__(self, catalog: AlarmCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._muted = False
        self.sound = SoundSettings()
        self._effects: dict[str, QSoundEffect] = {}
        self.unavailable_reason = audio_unavailable_reason()
        if self.unavailable_reason:
            return
        from PySide6.QtMultimedia import QSoundEffect

        self._folder = tempfile.TemporaryDirectory(prefix="itb-tones-")
        for severity, tone in catalog.tones.items():
            path = Path(self._folder.name) / f"{severity}.wav"
            path.write_bytes(synthesize_wav(tone))
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[severity] = effect

    @property
    def available(self) -> bool:
        return not self.unavailable_reason

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            for effect in self._effects.values():
                effect.setMuted(muted)
            self.muted_changed.emit(muted)

    def apply(self, sound: SoundSettings) -> None:
        """The preferences: tones on or off, and the volume (QSoundEffect takes 0.0-1.0)."""
        self.sound = sound
        for effect in self._effects.values():
            effect.setVolume(sound.volume_percent / 100)

    def play_alarm(self, code: str) -> bool:
        """Play the tone of an alarm's severity; False when nothing could be played."""
        severity = self._catalog.info(code).severity
        effect = self._effects.get(severity)
        if effect is None or self._muted or not self.sound.enabled:
            return False
        effect.play()
        return True
