"""The intake document, format `clinic-intake/1`, as pydantic models.

The field names, types, ranges and defaults are a contract (intake-format.md): add
optional fields, never rename, drop or re-type one. Every model forbids unknown keys so
a typo such as `symtoms` is refused instead of silently ignored.
"""

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from clinic_app.intake.fields import (
    PSFS_MAX_ACTIVITIES,
    DistanceUnit,
    Email,
    FaamPercent,
    Flag,
    FootColour,
    Format,
    HistoryText,
    Injury,
    IsoDate,
    Language,
    LefsTotal,
    Locations,
    Name,
    Notes,
    PainCharacters,
    PainScore,
    PsfsActivityText,
    PsfsScore,
    RecentChanges,
    SelfCareDays,
    Sex,
    ShoeDistance,
    ShoePairs,
    ShortText,
    Side,
    StiffnessMinutes,
    Surfaces,
    Swelling,
    WeeklyDistance,
    WeightBearing,
    YearsRunning,
)


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Patient(_Part):
    """Who the patient is."""

    first_name: Name
    last_name: Name
    date_of_birth: IsoDate
    sex: Sex = "unspecified"
    phone: ShortText | None = None
    email: Email | None = None
    clinic_number: ShortText | None = Field(
        default=None, description="The clinic's own patient number."
    )
    # Added for languages (languages.md); optional, so every earlier document is valid.
    language: Language | None = Field(
        default=None,
        description=(
            "The language the patient reads best, for their sheets (en, es, zh-Hans); "
            "null or absent: the clinic's default patient language."
        ),
    )


class Running(_Part):
    """The running load and kit. Distances are in `distance_unit`."""

    distance_unit: DistanceUnit = "km"
    weekly_distance: WeeklyDistance = Field(description="Distance run in the last 7 days.")
    previous_weekly_distance: WeeklyDistance | None = Field(
        default=None, description="The week before that: the usual load."
    )
    years_running: YearsRunning | None = None
    recent_changes: RecentChanges = Field(
        default_factory=list, description="Changes in the last 4 weeks."
    )
    surfaces: Surfaces = Field(default_factory=list)
    shoe_distance: ShoeDistance | None = Field(
        default=None, description="Distance on the current main pair."
    )
    shoe_pairs_in_rotation: ShoePairs | None = None
    shoe_fit_problems: Flag = False
    shoe_cushioning_worn: Flag = False
    uses_orthotics: Flag = False
    cross_training: Flag = False
    stretches_after_running: Flag | None = None


class Symptoms(_Part):
    """Where and how it hurts."""

    side: Side
    locations: Locations = Field(description="Regions of the foot; the foot map writes this.")
    onset_date: IsoDate | None = None
    pain_now: PainScore
    pain_worst: PainScore | None = None
    pain_character: PainCharacters = Field(default_factory=list)
    pain_localized: Flag = False
    bone_point_tenderness: Flag = False
    numbness_or_tingling: Flag = False
    swelling: Swelling = "none"
    redness: Flag = False
    warmth: Flag = False
    fever: Flag = False
    weight_bearing: WeightBearing = "normal"
    worse_with_activity: Flag = False
    night_pain: Flag = False
    first_step_morning_pain: Flag = False
    self_care_days: SelfCareDays | None = None
    improving: Flag | None = None
    injury: Injury = "none"
    # Added for rule set 2027.1 (rules-2027.md); optional, so every earlier document is
    # still valid and 2026.1 simply does not read them.
    foot_colour: FootColour = "normal"
    foot_cold: Flag = False
    pain_out_of_proportion: Flag = False
    redness_spreading: Flag = False
    feels_very_unwell: Flag = False
    open_wound: Flag = False
    morning_stiffness_minutes: StiffnessMinutes | None = Field(
        default=None, description="How long the foot is stiff after getting up, in minutes."
    )


class History(_Part):
    """Conditions that change what a flag means or what the handout says."""

    previous_stress_fracture: Flag = False
    diabetes: Flag = False
    peripheral_neuropathy: Flag = False
    low_bone_density: Flag = False
    irregular_periods: Flag = False
    restricted_eating: Flag = False
    medications: HistoryText = ""
    allergies: HistoryText = ""
    other_conditions: HistoryText = ""
    # Added for rule set 2027.1 (rules-2027.md).
    other_joints_affected: Flag = False
    fluoroquinolone_recent: Flag = Field(
        default=False,
        description="A fluoroquinolone antibiotic (such as ciprofloxacin) in the last 3 months.",
    )
    unexplained_weight_loss: Flag = False
    cancer_history: Flag = Field(default=False, description="Cancer now or in the past.")


class PsfsActivity(_Part):
    """One activity of the Patient-Specific Functional Scale, as the patient named and rated it."""

    activity: PsfsActivityText = Field(
        description="An activity the foot makes hard, in the patient's words."
    )
    score: PsfsScore = Field(description="0: cannot do it; 10: as before the problem.")


Psfs = Annotated[list[PsfsActivity], Field(min_length=1, max_length=PSFS_MAX_ACTIVITIES)]


class Measures(_Part):
    """Outcome measures of one visit (follow-ups.md): a baseline for the course of care.

    LEFS and FAAM are the clinic's licensed questionnaires: only the totals the clinician
    scored are recorded here, never their items. Null (or absent) means not recorded.
    """

    psfs: Psfs | None = Field(
        default=None, description="Patient-Specific Functional Scale: 1 to 5 activities."
    )
    lefs_total: LefsTotal | None = Field(
        default=None, description="Lower Extremity Functional Scale total, 0-80."
    )
    faam_adl_percent: FaamPercent | None = Field(
        default=None, description="Foot and Ankle Ability Measure, daily living, in %."
    )
    faam_sports_percent: FaamPercent | None = Field(
        default=None, description="Foot and Ankle Ability Measure, sports, in %."
    )


class Intake(_Part):
    """One intake: what the front desk (or the patient) answered at one visit."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="clinic-intake/1",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format: Format
    patient: Patient
    visit_date: IsoDate
    running: Running
    symptoms: Symptoms
    history: History = Field(default_factory=History)
    notes: Notes = ""
    # Added for follow-ups (follow-ups.md); optional, so every earlier document is valid.
    measures: Measures = Field(default_factory=Measures)

    @property
    def days_since_onset(self) -> int | None:
        """Days from onset to the visit, when the onset date was given."""
        onset: date | None = self.symptoms.onset_date
        return None if onset is None else (self.visit_date - onset).days

    def to_document(self) -> dict[str, Any]:
        """The document as JSON-ready data, every default filled in."""
        return self.model_dump(mode="json")
