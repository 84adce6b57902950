"""Choosing what a referral letter says: who, how soon, why, and the background.

Written for the receiving clinician, so it keeps each flag's evidence and source as the
rules gave them, and it says plainly that the flags screen rather than diagnose.
"""

from datetime import date

from clinic_app.handouts.content import (
    DESTINATIONS,
    EMERGENCY_DESTINATION,
    REFERRAL_URGENCIES,
    Footer,
    Letterhead,
    LetterReason,
    ReferralLetter,
    Section,
    plain,
)
from clinic_app.handouts.text import DEFAULT_LANGUAGE, HandoutText, handout_text
from clinic_app.intake import Intake
from clinic_app.rules import Assessment
from clinic_app.rules.evidence import number

HISTORY_FLAGS = (
    "previous_stress_fracture",
    "diabetes",
    "peripheral_neuropathy",
    "low_bone_density",
    "irregular_periods",
    "restricted_eating",
)


def default_urgency(assessment: Assessment) -> str:
    """The letter's urgency when the clinician gives none: the flags' highest, else routine."""
    return assessment.highest_urgency or "routine"


def default_destination(urgency: str | None) -> str | None:
    """Where a referral goes unless the clinician chooses: the emergency department for an
    emergency (rules-2027.md); for anything less there is no default, the clinician says."""
    return EMERGENCY_DESTINATION if urgency == "emergency" else None


def build_referral_letter(
    intake: Intake,
    assessment: Assessment,
    *,
    destination: str | None = None,
    urgency: str | None = None,
    clinician: str = "",
    reason: str = "",
    letterhead: Letterhead | None = None,
    written_on: date,
    language: str = DEFAULT_LANGUAGE,
) -> ReferralLetter:
    """The letter for one intake; `destination` is one of DESTINATIONS, and may be left out
    only for an emergency, which goes to the emergency department (`default_destination`)."""
    urgency = urgency or default_urgency(assessment)
    if urgency not in REFERRAL_URGENCIES:
        raise ValueError(f"urgency {urgency!r}: must be one of {', '.join(REFERRAL_URGENCIES)}")
    destination = destination or default_destination(urgency)
    if destination not in DESTINATIONS:
        raise ValueError(f"destination {destination!r}: must be one of {', '.join(DESTINATIONS)}")
    text = handout_text(language)
    patient = intake.patient
    letterhead = (letterhead or Letterhead()).printable()
    identity = [
        text("letter.name", name=plain(f"{patient.first_name} {patient.last_name}")),
        text("letter.born", date=text.date(patient.date_of_birth)),
        text("letter.clinic_number", number=plain(patient.clinic_number))
        if patient.clinic_number
        else text("letter.no_clinic_number"),
        text("letter.visit", date=text.date(intake.visit_date)),
    ]
    reasons = tuple(
        LetterReason(
            title=flag.title,
            evidence=text("letter.evidence", evidence=text.listed_items(flag.evidence)),
            source=text("letter.source", source=flag.source),
        )
        for flag in assessment.referral_flags
    )
    note = text("letter.reason", reason=plain(reason.strip())) if reason.strip() else ""
    return ReferralLetter(
        language=text.language,
        letterhead=letterhead,
        title=text("letter.title"),
        date=text("letter.date", date=text.date(written_on)),
        to=text("letter.to", destination=text(f"letter.destinations.{destination}")),
        patient_heading=text("letter.patient_heading"),
        patient=tuple(identity),
        urgency_heading=text("letter.urgency_heading"),
        urgency=text(f"letter.urgencies.{urgency}"),
        emergency=urgency == "emergency",
        reasons_heading=text("letter.reasons_heading"),
        reasons_intro=text("letter.reasons_intro") if reasons else text("letter.no_reasons"),
        reasons=reasons,
        note=note,
        details=(_symptoms(intake, text), _running(intake, text), _history(intake, text)),
        closing=text("letter.closing"),
        signed=text("letter.signed", name=plain(clinician.strip()))
        if clinician.strip()
        else text("letter.unsigned"),
        signature=text("letter.signature"),
        footer=Footer(
            notice="",
            page_template=text.template("footer.page"),
            printed=text("footer.printed", date=text.date(written_on)),
            rules=text("letter.rules", version=assessment.rules_version),
        ),
    )


def _symptoms(intake: Intake, text: HandoutText) -> Section:
    symptoms = intake.symptoms
    worst = symptoms.pain_worst
    onset = symptoms.onset_date
    line = text(
        "letter.symptoms" if worst is None else "letter.symptoms_worst",
        side=text(f"letter.sides.{symptoms.side}"),
        regions=text.regions(symptoms.locations),
        now=symptoms.pain_now,
        worst=worst,
        onset=text.date(onset) if onset else text("letter.onset_unknown"),
    )
    return Section(heading=text("letter.symptoms_heading"), paragraphs=(line,))


def _running(intake: Intake, text: HandoutText) -> Section:
    running = intake.running
    unit = text(f"units.{running.distance_unit}")
    not_given = text("letter.not_given")

    def distance(value: float | None) -> str:
        if value is None:
            return not_given
        return text("letter.distance", value=text.number(number(value)), unit=unit)

    years = running.years_running
    lines = [
        text(
            "letter.running",
            weekly=text.number(number(running.weekly_distance)),
            unit=unit,
            previous=distance(running.previous_weekly_distance),
            years=text.number(number(years)) if years is not None else not_given,
        ),
        text(
            "letter.shoes",
            shoes=distance(running.shoe_distance),
            pairs=running.shoe_pairs_in_rotation or not_given,
        ),
        text(
            "letter.changes",
            changes=text.listed(
                text(f"letter.recent_changes.{change}") for change in running.recent_changes
            )
            or text("letter.no_changes"),
        ),
    ]
    return Section(heading=text("letter.running_heading"), paragraphs=tuple(lines))


def _history(intake: Intake, text: HandoutText) -> Section:
    history = intake.history
    conditions = [
        text(f"letter.history.{name}") for name in HISTORY_FLAGS if getattr(history, name)
    ]
    lines = (
        [text("letter.conditions", conditions=text.listed_items(conditions))] if conditions else []
    )
    for name in ("medications", "allergies", "other_conditions"):
        value = getattr(history, name).strip()
        if value:
            lines.append(text(f"letter.{name}", text=plain(value)))
    return Section(
        heading=text("letter.history_heading"),
        paragraphs=tuple(lines) or (text("letter.no_history"),),
    )
