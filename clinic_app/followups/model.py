"""The follow-up document, format `clinic-followup/1`, as pydantic models (follow-ups.md).

As strict as the intake: every model forbids unknown keys, and the shared fields
(`symptoms`, the patient's identity, distances, measures) are the intake's own types.
"""

from pydantic import BaseModel, ConfigDict, Field

from clinic_app.followups.fields import (
    READINESS_CHECKS,
    FollowUpFormat,
    RunMinutes,
    RunningStatus,
)
from clinic_app.intake.fields import DistanceUnit, Flag, IsoDate, Notes, WeeklyDistance
from clinic_app.intake.model import Measures, Patient, Symptoms


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FollowUpRunning(_Part):
    """What the runner does now. Distances are in `distance_unit`."""

    status: RunningStatus
    weekly_distance: WeeklyDistance = Field(description="Distance run in the last 7 days.")
    distance_unit: DistanceUnit = "km"
    longest_run_minutes: RunMinutes | None = Field(
        default=None, description="The longest run of the last 7 days, in minutes."
    )


class Readiness(_Part):
    """The clinician's return-to-run checks: true, false, or null when not done."""

    walk_30_min_pain_free: Flag | None = None
    hop_10_pain_free: Flag | None = Field(
        default=None, description="Ten single-leg hops on the painful side without pain."
    )
    calf_raises_20: Flag | None = Field(
        default=None, description="Twenty single-leg calf raises on the painful side."
    )
    no_pain_next_morning: Flag | None = None


if tuple(Readiness.model_fields) != READINESS_CHECKS:  # pragma: no cover - a drift is a bug
    raise RuntimeError("Readiness's fields drifted from READINESS_CHECKS")


class FollowUpMeasures(Measures):
    """The intake's outcome measures, plus the return-to-run checks of a follow-up."""

    readiness: Readiness = Field(default_factory=Readiness)


class FollowUp(_Part):
    """One follow-up visit of a course of care."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="clinic-followup/1",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format: FollowUpFormat
    # The intake's patient object: import finds the patient by clinic_number, else by
    # first_name, last_name and date_of_birth (follow-ups.md); sex, phone and email may
    # ride along as in the intake, so a desk can copy the object, and are not read.
    patient: Patient
    visit_date: IsoDate = Field(description="After the course's first visit.")
    course_started: IsoDate | None = Field(
        default=None,
        description="The first visit's date: chooses the course when several are open.",
    )
    symptoms: Symptoms
    running: FollowUpRunning
    measures: FollowUpMeasures = Field(default_factory=FollowUpMeasures)
    notes: Notes = ""

    def to_document(self) -> dict[str, object]:
        """The document as JSON-ready data, every default filled in."""
        return self.model_dump(mode="json")
