"""Turning an untrusted document into a `FollowUp`, or into the problems found.

The refusal is a `DocumentInvalid`, like the intake's, with the same dotted paths and
wording, so a command or an import reports a bad follow-up exactly as a bad intake.
"""

from collections.abc import Iterable

from pydantic import ValidationError

from clinic_app.followups.fields import FOLLOW_UP_FORMATS
from clinic_app.followups.model import FollowUp
from clinic_app.intake.fields import described
from clinic_app.intake.validation import (
    DocumentInvalid,
    Problem,
    dated_problems,
    field_problems,
    psfs_problems,
)


class FollowUpInvalid(DocumentInvalid):
    """A document that is not a valid follow-up; nothing may be saved from it."""


def parse_follow_up(document: object) -> FollowUp:
    """Validate a document (as decoded from JSON) and return the follow-up it describes.

    Raises `FollowUpInvalid` listing every problem found.
    """
    if not isinstance(document, dict):
        raise FollowUpInvalid(
            [Problem("", f"the document must be a JSON object (got {described(document)})")]
        )
    try:
        follow_up = FollowUp.model_validate(document)
    except ValidationError as error:
        raise FollowUpInvalid(list(field_problems(error, FollowUp, FOLLOW_UP_FORMATS))) from None
    problems = list(_cross_field_problems(follow_up))
    if problems:
        raise FollowUpInvalid(problems)
    return follow_up


def _cross_field_problems(follow_up: FollowUp) -> Iterable[Problem]:
    visit = follow_up.visit_date
    yield from dated_problems(visit, follow_up.patient.date_of_birth, follow_up.symptoms)
    started = follow_up.course_started
    if started is not None and started >= visit:
        yield Problem(
            "course_started",
            f"must be before visit_date {visit.isoformat()}: a follow-up comes after the "
            f"course's first visit (got {started.isoformat()})",
        )
    yield from psfs_problems("measures.psfs", follow_up.measures.psfs)
