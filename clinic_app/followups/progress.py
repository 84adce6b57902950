"""Progress over a course: each measure at each visit, its change, and whether it passed
its minimal important change (follow-ups.md, "Progress")."""

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from clinic_app.followups.course import Course
from clinic_app.followups.scores import MEASURES, Measure, change_between, json_number, score_of


@dataclass(frozen=True)
class MeasureProgress:
    """One measure over a course.

    values: (visit date, value) at each visit that recorded it, in date order.
    change: the value at the latest of those visits minus the earliest (PSFS: by the
        activities rated at both); None when recorded at one visit only, or for PSFS
        when no activity was rated at both its earliest and latest visit.
    passed_mic: the change improved by at least the MIC (NPRS: fell by at least 2);
        None exactly when `change` is None.
    """

    measure: Measure
    values: tuple[tuple[date, Fraction], ...]
    change: Fraction | None
    passed_mic: bool | None

    def to_json(self) -> dict[str, Any]:
        """One entry of `measures` in `clinic-intake progress --json`."""
        return {
            "measure": self.measure.name,
            "values": [
                {"date": day.isoformat(), "value": json_number(value)} for day, value in self.values
            ],
            "change": None if self.change is None else json_number(self.change),
            "mic": self.measure.mic,
            "passed_mic": self.passed_mic,
        }


def measure_progress(course: Course, measure: Measure) -> MeasureProgress | None:
    """The measure over the course; None when no visit recorded it."""
    recorded = [
        (visit, value)
        for visit in course.visits
        if (value := score_of(visit, measure.name)) is not None
    ]
    if not recorded:
        return None
    values = tuple((visit.visit_date, value) for visit, value in recorded)
    change = None
    if len(recorded) > 1:
        change = change_between(measure.name, recorded[0][0], recorded[-1][0])
    passed = None if change is None else measure.improved_enough(change)
    return MeasureProgress(measure, values, change, passed)


def progress(course: Course) -> tuple[MeasureProgress, ...]:
    """Every measure recorded in the course, in follow-ups.md's order; one never recorded
    is left out (NPRS, required at every visit, is always there)."""
    found = (measure_progress(course, measure) for measure in MEASURES)
    return tuple(entry for entry in found if entry is not None)
