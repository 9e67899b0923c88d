"""Pump side of the training mock: therapy values, pump model, protocol, emulator.

Nothing in this package imports Qt, so the pump model and the emulator run headless
and are tested without a display. Training mock, not for clinical use.
"""
