"""A stand-in for clinic_app.services.followups (being written on the storage branch):
the same names, over courses kept in memory, answering on whatever thread calls them
(the windows call them on the background runner, and `threads` shows it)."""

import io
import threading
from types import SimpleNamespace
from typing import Any

from reportlab.pdfgen import canvas

from clinic_app.followups import Course, parse_follow_up
from clinic_app.followups.assessment import assess_follow_up, plans

COURSE_ID = 7


def sheet_pdf(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


class StandIn:
    """The services' names, over one course kept in memory."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.submitted: list[dict[str, Any]] = []
        self.drafts: list[dict[str, Any]] = []
        self.threads: set[str] = set()
        self.submit_options: list[dict[str, Any]] = []
        self.draft_gate: threading.Event | None = None
        """When set, a draft save waits for it (a slow database)."""

    def _seen(self) -> None:
        self.threads.add(threading.current_thread().name)

    def courses_of(self, _database: object, patient_id: int) -> list[object]:
        self._seen()
        plan = plans(self.course)
        return [
            SimpleNamespace(
                course_id=COURSE_ID,
                intake_id=1,
                patient_id=patient_id,
                started_on=self.course.started,
                status=self.course.status,
                visits=len(self.course.visits),
                closed_reason="",
                newest_visit=self.course.newest.visit_date,
                stage=plan[-1].stage if plan else None,
            )
        ]

    def course_of(self, _database: object, course_id: int) -> Course:
        self._seen()
        assert course_id == COURSE_ID
        return self.course

    def save_follow_up_draft(
        self, _database: object, _actor: object, document: dict[str, Any], **kwargs: Any
    ) -> tuple[int, int]:
        self._seen()
        if self.draft_gate is not None:
            assert self.draft_gate.wait(30)
        self.drafts.append(document)
        return (41, len(self.drafts))

    def submit_follow_up(
        self, _database: object, _actor: object, document: dict[str, Any], **kwargs: Any
    ) -> object:
        self._seen()
        follow_up = parse_follow_up(document)
        self.submitted.append(document)
        self.submit_options.append(kwargs)
        self.course = Course(self.course.intake, (*self.course.follow_ups, follow_up))
        return SimpleNamespace(
            followup_id=41,
            course_id=kwargs["course_id"],
            assessment=assess_follow_up(self.course, follow_up),
            return_to_run=plans(self.course)[-1],
        )

    def followup_sheet_for(self, _database: object, followup_id: int) -> bytes:
        self._seen()
        return sheet_pdf(f"Follow-up sheet {followup_id}")
