"""The follow-up services the GUI calls, by the names `clinic_app.services.followups` gives.

That module is being written beside the GUI (issue 18). Until it is on this branch the
windows call it through here, so the merge is one import: replace the body of this module
with `from clinic_app.services.followups import …` (or point the callers at it). While it
is missing every call raises `FollowUpServiceMissing`, a `StorageError`, so the windows
say so in words ("follow-up storage is not available in this build") instead of failing
at import; `available()` lets a window disable what cannot work and say why.

Every function here touches the database: call them on the background runner only.
"""

import importlib
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any, Protocol, cast

from clinic_app.followups.course import Course
from clinic_app.followups.return_to_run import ReturnToRun
from clinic_app.rules.model import Assessment
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError

SERVICE = "clinic_app.services.followups"
MISSING_WORDS = "follow-up storage is not available in this build of the app"
NO_SHEET_WORDS = "this build of the app cannot make a follow-up sheet yet"


class FollowUpServiceMissing(StorageError):
    """The follow-up services (or one of them) are not in this build."""


class CourseSummary(Protocol):
    """One course of a patient, as `courses_of` lists them (newest first)."""

    @property
    def course_id(self) -> int: ...
    @property
    def intake_id(self) -> int: ...
    @property
    def patient_id(self) -> int: ...
    @property
    def started_on(self) -> date | None: ...
    @property
    def status(self) -> str: ...
    @property
    def visits(self) -> int: ...
    @property
    def closed_reason(self) -> str: ...
    @property
    def newest_visit(self) -> date | None: ...
    @property
    def stage(self) -> int | None: ...


class SubmittedFollowUp(Protocol):
    @property
    def followup_id(self) -> int: ...
    @property
    def course_id(self) -> int: ...
    @property
    def assessment(self) -> Assessment: ...
    @property
    def return_to_run(self) -> ReturnToRun: ...


@cache
def _service() -> ModuleType | None:
    """The service module, or None while this build has none (looked for once)."""
    try:
        return importlib.import_module(SERVICE)
    except ModuleNotFoundError as error:
        if error.name != SERVICE:  # the module is there but something under it is broken
            raise
        return None


def available(name: str = "submit_follow_up") -> bool:
    """True when the service (and its function `name`) is in this build."""
    service = _service()
    return service is not None and callable(getattr(service, name, None))


def _call(name: str, *args: object, **kwargs: object) -> Any:
    service = _service()
    function = getattr(service, name, None) if service is not None else None
    if function is None:
        raise FollowUpServiceMissing(
            NO_SHEET_WORDS if name == "followup_sheet_for" else MISSING_WORDS
        )
    return function(*args, **kwargs)


def courses_of(database: Database, patient_id: int) -> list[CourseSummary]:
    return cast(list[CourseSummary], _call("courses_of", database, patient_id))


def course_of(database: Database, course_id: int) -> Course:
    return cast(Course, _call("course_of", database, course_id))


def submit_follow_up(
    database: Database,
    actor: Actor,
    document: dict[str, object],
    *,
    course_id: int | None = None,
    draft_id: int | None = None,
    draft_version: int | None = None,
) -> SubmittedFollowUp:
    return cast(
        SubmittedFollowUp,
        _call(
            "submit_follow_up",
            database,
            actor,
            document,
            course_id=course_id,
            draft_id=draft_id,
            draft_version=draft_version,
        ),
    )


def save_follow_up_draft(
    database: Database,
    actor: Actor,
    document: dict[str, object],
    *,
    course_id: int,
    followup_id: int | None = None,
    version: int | None = None,
) -> tuple[int, int]:
    """(followup_id, version) of the draft kept: the service answers with a
    FollowUpDraftSaved(followup_id, version), read here by name (a pair is taken too)."""
    saved = _call(
        "save_follow_up_draft",
        database,
        actor,
        document,
        course_id=course_id,
        followup_id=followup_id,
        version=version,
    )
    if isinstance(saved, tuple):
        return int(saved[0]), int(saved[1])
    return int(saved.followup_id), int(saved.version)


def close_course(database: Database, actor: Actor, course_id: int, reason: str) -> None:
    _call("close_course", database, actor, course_id, reason)


def followup_sheet_for(database: Database, followup_id: int) -> bytes:
    """The follow-up sheet's PDF for a stored follow-up."""
    return cast(bytes, _call("followup_sheet_for", database, followup_id))
