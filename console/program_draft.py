"""The program being edited, beside the program in force on the pump.

The timeline editor, the table and the review all look at one draft, so they can never
disagree. Every change goes through the pure edits of :mod:`itb_console.device.schedule_edits`
(refused edits never change the draft), and the draft always holds a program the pump
would accept.
"""

from __future__ import annotations

from itb_console.console.clinical.review import daily_change_percent
from itb_console.device.pump_profiles import PumpProfile
from itb_console.device.therapy import Mode, Program, Schedule, ScheduleRules
from PySide6.QtCore import QObject, Signal


class ProgramDraft(QObject):
    """Pending program vs program in force; emits ``changed`` after every change."""

    changed = Signal()

    def __init__(self, in_force: Program, profile: PumpProfile,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._in_force = in_force
        self._profile = profile
        self._pending = in_force

    @property
    def in_force(self) -> Program:
        return self._in_force

    @property
    def pending(self) -> Program:
        return self._pending

    @property
    def profile(self) -> PumpProfile:
        return self._profile

    @property
    def rules(self) -> ScheduleRules:
        return self._profile.schedule_rules(self._in_force.concentration)

    def reset(self, in_force: Program, profile: PumpProfile) -> None:
        """A new program in force (after interrogation or a verified send)."""
        self._in_force, self._profile, self._pending = in_force, profile, in_force
        self.changed.emit()

    def set_schedule(self, schedule: Schedule) -> None:
        """Take an already-checked schedule; the mode follows the number of steps."""
        schedule.check(self.rules)
        mode = self._pending.mode
        if len(schedule.steps) > 1 and mode is Mode.CONTINUOUS:
            mode = Mode.FLEXIBLE
        if len(schedule.steps) == 1 and mode is Mode.FLEXIBLE:
            mode = Mode.CONTINUOUS
        self._pending = Program(mode, schedule, self._pending.concentration,
                                self._pending.drug)
        self.changed.emit()

    def set_pending(self, program: Program) -> None:
        """Put back a program the draft held before (undo/redo)."""
        program.schedule.check(self.rules)
        if program != self._pending:
            self._pending = program
            self.changed.emit()

    def set_mode(self, mode: Mode) -> None:
        """Stopped, or running (continuous for one step, flexible for several)."""
        if mode is not Mode.STOPPED:
            mode = Mode.CONTINUOUS if len(self._pending.schedule.steps) == 1 else Mode.FLEXIBLE
        if mode is not self._pending.mode:
            self._pending = Program(mode, self._pending.schedule, self._pending.concentration,
                                    self._pending.drug)
            self.changed.emit()

    def revert(self) -> None:
        if self._pending != self._in_force:
            self._pending = self._in_force
            self.changed.emit()

    @property
    def is_changed(self) -> bool:
        return self._pending != self._in_force

    @property
    def change_percent(self) -> float | None:
        """Daily dose change against the program in force; None from a stopped pump."""
        return daily_change_percent(self._in_force, self._pending)
