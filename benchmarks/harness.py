"""Measuring a subject against its floor, interleaved, and reporting ratios.

Machines here are shared and noisy, so absolute times mean little. Each figure runs the
subject and its floor alternately, round after round, and reports the median of each;
their ratio is what the targets are set on.
"""

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Operation = Callable[[], object]


@dataclass(frozen=True)
class Figure:
    """One benchmark's result: medians of subject and floor, and the target for their ratio."""

    name: str
    value: float
    floor: float
    target: float
    unit: str

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    @property
    def within_target(self) -> bool:
        return self.ratio <= self.target

    def to_json(self) -> dict[str, float | str]:
        return {
            "value": self.value,
            "floor": self.floor,
            "ratio": round(self.ratio, 4),
            "target": self.target,
            "unit": self.unit,
        }


def _seconds_per_call(operation: Operation, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        operation()
    return (time.perf_counter() - start) / calls


def calls_for(operation: Operation, round_seconds: float) -> int:
    """How many calls make one round last about `round_seconds`."""
    calls = 1
    while True:
        elapsed = _seconds_per_call(operation, calls) * calls
        if elapsed >= round_seconds / 4 or calls >= 1_000_000:
            return max(1, int(calls * round_seconds / max(elapsed, 1e-9)))
        calls *= 4


def per_call(
    subject: Operation, floor: Operation, *, rounds: int, round_seconds: float
) -> tuple[float, float]:
    """Median seconds per call of subject and of floor, measured alternately."""
    subject_calls = calls_for(subject, round_seconds)
    floor_calls = calls_for(floor, round_seconds)
    subject_times, floor_times = [], []
    for _ in range(rounds):
        floor_times.append(_seconds_per_call(floor, floor_calls))
        subject_times.append(_seconds_per_call(subject, subject_calls))
    return statistics.median(subject_times), statistics.median(floor_times)


def report(figures: list[Figure]) -> str:
    width = max([len("benchmark"), *(len(figure.name) for figure in figures)])
    lines = [f"{'benchmark':<{width}} {'value':>12} {'floor':>12} {'ratio':>7} {'target':>8}"]
    for figure in figures:
        verdict = "ok" if figure.within_target else "OVER TARGET"
        lines.append(
            f"{figure.name:<{width}} {figure.value:>9.2f} {figure.unit:<2} {figure.floor:>9.2f} "
            f"{figure.unit:<2} {figure.ratio:>7.2f} {'<= ' + format(figure.target, '.2f'):>8}  "
            f"{verdict}"
        )
    return "\n".join(lines)


def write_json(figures: list[Figure], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {figure.name: figure.to_json() for figure in figures}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
