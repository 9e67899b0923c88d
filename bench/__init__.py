"""Benchmarks: each figure is printed as a ratio to a baseline measured in the same run.

A benchmark module is ``bench/bench_<topic>.py`` with a ``run() -> list[Figure]``.
``python -m bench`` (or ``make bench``) runs them all; ``python -m bench pump`` runs the
modules whose name contains ``pump``. Nothing here is a pass/fail test: targets are
printed beside the figures for a person to judge.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure and the baseline it is compared with."""

    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline_value: float | None = None
    target: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value

    def line(self) -> str:
        text = f"{self.name}: {self.value:.4g} {self.unit}"
        if self.ratio is not None:
            text += (f"  = {self.ratio:.3g}x {self.baseline_name} "
                     f"({self.baseline_value:.4g} {self.unit})")
        if self.target:
            text += f"  [target: {self.target}]"
        return text
