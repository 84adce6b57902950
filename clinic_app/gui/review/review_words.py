"""The words of the review pane: an intake's patient, decisions, flags' status and
handouts as plain lines or small pieces of HTML.

Kept apart from `review_detail` (the widget) so that module stays about layout and
behaviour, and so the wording can be read and tested without building the pane. The
answers are not worded here: the pane shows them through the desk's own answer renderer
(gui/common/answers.py). Nothing here holds state.
"""

import html
from collections.abc import Mapping
from datetime import date, datetime

from clinic_app.gui.common.intake_fields import CHOICES
from clinic_app.gui.review.decision_dialog import decision_words
from clinic_app.services.reviews import Decision, FlagOnRecord, IntakeUnderReview

REVIEW_STATUS_WORDS = {
    "unreviewed": "Waiting for a clinician's decision",
    "reviewed": "Reviewed",
    "none": "No referral flags: no review needed",
}
HANDOUT_WORDS = {"care_sheet": "Care sheet", "referral_letter": "Referral letter"}
_SEX_WORDS = {value: words for value, words in CHOICES["patient.sex"] if isinstance(value, str)}


def when(moment: datetime) -> str:
    """A stored moment (UTC) in this computer's local time."""
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value is not None else "not given"


def decision_line(decision: Decision, flags: Mapping[int, FlagOnRecord]) -> str:
    """ "20 Nov 2026 14:05 — Dr Cora Clinician: Refer to Podiatrist (Soon) — on “…”. Reason: …"."""
    flag = flags.get(decision.flag_id) if decision.flag_id is not None else None
    about = f"on “{flag.title}”" if flag is not None else "for the whole intake"
    line = f"{when(decision.decided_at)} — {decision.decided_by_name}: {decision_words(decision)}, "
    line += about + "."
    if decision.reason:
        label = "Note" if decision.decision == "refer" else "Reason"
        line += f" {label}: {decision.reason}"
    return line


def flag_status(shown: IntakeUnderReview, flag: FlagOnRecord) -> str:
    if flag.kind != "referral":
        return "Advice for the patient's care sheet: no decision needed."
    if shown.is_open(flag):
        return "Open: waiting for a clinician's decision."
    decision = shown.decision_on(flag)
    if decision is None:  # not reachable: a closed referral flag has a decision
        return "Decided."
    whole = " (for the whole intake)" if decision.flag_id is None else ""
    return (
        f"Decided{whole}: {decision_words(decision)} — {decision.decided_by_name}, "
        f"{when(decision.decided_at)}."
    )


def patient_html(shown: IntakeUnderReview) -> str:
    """Who the intake is about, and where it stands, for the top of the review."""
    patient = shown.patient
    facts = [
        f"Born {day(patient.date_of_birth)}",
        f"Clinic number {patient.clinic_number}" if patient.clinic_number else "No clinic number",
        _SEX_WORDS.get(patient.sex, patient.sex),
    ]
    if patient.phone:
        facts.append(f"Phone {patient.phone}")
    if patient.email:
        facts.append(f"Email {patient.email}")
    status = REVIEW_STATUS_WORDS.get(shown.review_status, shown.review_status)
    visit = f"Visit {day(shown.visit_date)} · intake {shown.intake_id} · {status}"
    name = f"{patient.first_name} {patient.last_name}"
    return (
        f"<h2>{html.escape(name)}</h2>"
        f"<p>{html.escape(' · '.join(facts))}</p><p>{html.escape(visit)}</p>"
    )
