"""Benchmarks: `make bench` prints one table of the numbers the issues name.

Each `bench/bench_*.py` module exposes `run() -> list[Row]`; rows are printed
as they come, with the target next to the measurement.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    area: str
    measure: str
    value: float
    unit: str
    target: str = ""
    note: str = ""

    def format(self) -> str:
        value = f"{self.value:,.3f}" if isinstance(self.value, float) else f"{self.value:,}"
        return f"| {self.area} | {self.measure} | {value} {self.unit} | {self.target} | {self.note} |"
