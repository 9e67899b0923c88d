"""A wizard page whose completeness and set-up come from the wizard that holds its fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWizardPage


class WizardPage(QWizardPage):
    """Next (or Finish) is enabled when ``complete()`` says so; ``enter()`` runs each time
    the page is shown. The wizard calls ``completeChanged`` when the answer may change."""

    def __init__(self, complete: Callable[[], bool] | None = None,
                 enter: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._complete, self._enter = complete, enter

    def isComplete(self) -> bool:
        return super().isComplete() if self._complete is None else self._complete()

    def initializePage(self) -> None:
        if self._enter is not None:
            self._enter()
