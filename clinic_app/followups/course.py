"""A course of care as plain data: the intake (the first visit), then its follow-ups.

Storage keeps courses; everything here is computed from the documents alone, so the
command line, the services and the tests all get the same answers from the same visits.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from clinic_app.followups.model import FollowUp
from clinic_app.intake.model import Intake

CourseStatus = Literal["open", "closed"]


class NotInCourse(ValueError):
    """A follow-up that cannot belong to the course: not after its first visit."""


@dataclass(frozen=True)
class Course:
    """One problem of one patient: the intake, and its follow-ups in date order.

    The follow-ups may be given in any order: they are kept sorted by visit date (two on
    the same date keep the order given). One dated on or before the intake's visit is
    refused with `NotInCourse`: a follow-up comes after the first visit (follow-ups.md).
    """

    intake: Intake
    follow_ups: tuple[FollowUp, ...] = ()
    status: CourseStatus = "open"

    def __init__(
        self, intake: Intake, follow_ups: Iterable[FollowUp] = (), status: CourseStatus = "open"
    ) -> None:
        ordered = tuple(sorted(follow_ups, key=lambda follow_up: follow_up.visit_date))
        for follow_up in ordered:
            if follow_up.visit_date <= intake.visit_date:
                raise NotInCourse(
                    f"a follow-up of {follow_up.visit_date.isoformat()} is not after the "
                    f"course's first visit, {intake.visit_date.isoformat()}"
                )
        object.__setattr__(self, "intake", intake)
        object.__setattr__(self, "follow_ups", ordered)
        object.__setattr__(self, "status", status)

    @property
    def started(self) -> date:
        """The first visit's date (what a follow-up's `course_started` names)."""
        return self.intake.visit_date

    @property
    def visits(self) -> tuple[Intake | FollowUp, ...]:
        """Every visit, the intake first, then the follow-ups in date order."""
        return (self.intake, *self.follow_ups)

    @property
    def newest(self) -> Intake | FollowUp:
        return self.visits[-1]

    def index_of(self, follow_up: FollowUp) -> int:
        """The follow-up's place among `follow_ups`; ValueError when not one of them."""
        for index, candidate in enumerate(self.follow_ups):
            if candidate is follow_up:
                return index
        return self.follow_ups.index(follow_up)

    def up_to(self, index: int) -> "Course":
        """The course as it stood at follow-up `index`: that visit and the ones before."""
        return Course(self.intake, self.follow_ups[: index + 1], self.status)
