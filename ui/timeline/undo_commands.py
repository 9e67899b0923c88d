"""Undo commands for schedule edits: each stores the program before and after."""

from __future__ import annotations

from itb_console.console.program_draft import ProgramDraft
from itb_console.device.therapy import Program, Schedule
from PySide6.QtGui import QUndoCommand


class ScheduleEdit(QUndoCommand):
    """One applied edit; redo and undo swap whole programs, so they cannot half-apply."""

    def __init__(self, draft: ProgramDraft, before: Program, schedule: Schedule,
                 text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.before = before
        self.schedule = schedule
        self.after: Program | None = None

    def redo(self) -> None:
        if self.after is None:
            self.draft.set_schedule(self.schedule)
            self.after = self.draft.pending
        else:
            self.draft.set_pending(self.after)

    def undo(self) -> None:
        self.draft.set_pending(self.before)


class ProgramChange(QUndoCommand):
    """A whole-program change (mode switch, revert to the program in force)."""

    def __init__(self, draft: ProgramDraft, before: Program, after: Program,
                 text: str) -> None:
        super().__init__(text)
        self.draft, self.before, self.after = draft, before, after

    def redo(self) -> None:
        self.draft.set_pending(self.after)

    def undo(self) -> None:
        self.draft.set_pending(self.before)
