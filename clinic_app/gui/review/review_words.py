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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinic_app.gui.common.intake_fields import CHOICES
from clinic_app.gui.common.intake_fields import words as choice_words
from clinic_app.gui.review.decision_dialog import decision_words
from clinic_app.services.reviews import Decision, FlagOnRecord, IntakeUnderReview

# English sources, shown through `words` in the window's language.
REVIEW_STATUS_WORDS = {
    "unreviewed": str(QT_TRANSLATE_NOOP("ReviewWords", "Waiting for a clinician's decision")),
    "reviewed": str(QT_TRANSLATE_NOOP("ReviewWords", "Reviewed")),
    "none": str(QT_TRANSLATE_NOOP("ReviewWords", "No referral flags: no review needed")),
}
HANDOUT_WORDS = {
    "care_sheet": str(QT_TRANSLATE_NOOP("ReviewWords", "Care sheet")),
    "referral_letter": str(QT_TRANSLATE_NOOP("ReviewWords", "Referral letter")),
    "followup_sheet": str(QT_TRANSLATE_NOOP("ReviewWords", "Follow-up sheet")),
    "progress_report": str(QT_TRANSLATE_NOOP("ReviewWords", "Progress report")),
}
_SEX_WORDS = {value: words for value, words in CHOICES["patient.sex"] if isinstance(value, str)}


def words(english: str) -> str:
    """One of this module's English sources (`HANDOUT_WORDS`...) in the window's language."""
    return QCoreApplication.translate("ReviewWords", english)


def when(moment: datetime) -> str:
    """A stored moment (UTC) in this computer's local time."""
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def day(value: date | None) -> str:
    if value is None:
        return QCoreApplication.translate("ReviewWords", "not given")
    return value.strftime("%d %b %Y")


def decision_line(decision: Decision, flags: Mapping[int, FlagOnRecord]) -> str:
    """ "20 Nov 2026 14:05 — Dr Cora Clinician: Refer to Podiatrist (Soon) — on “…”. Reason: …"."""
    flag = flags.get(decision.flag_id) if decision.flag_id is not None else None
    if flag is not None:
        line = QCoreApplication.translate("ReviewWords", "{when} — {who}: {decision}, on “{flag}”.")
    else:
        line = QCoreApplication.translate(
            "ReviewWords", "{when} — {who}: {decision}, for the whole intake."
        )
    line = line.format(
        when=when(decision.decided_at),
        who=decision.decided_by_name,
        decision=decision_words(decision),
        flag=flag.title if flag is not None else "",
    )
    if decision.reason:
        if decision.decision == "refer":
            why = QCoreApplication.translate("ReviewWords", "Note: {reason}")
        else:
            why = QCoreApplication.translate("ReviewWords", "Reason: {reason}")
        line += " " + why.format(reason=decision.reason)
    return line


def flag_status(shown: IntakeUnderReview, flag: FlagOnRecord) -> str:
    if flag.kind != "referral":
        return QCoreApplication.translate(
            "ReviewWords", "Advice for the patient's care sheet: no decision needed."
        )
    if shown.is_open(flag):
        return QCoreApplication.translate(
            "ReviewWords", "Open: waiting for a clinician's decision."
        )
    decision = shown.decision_on(flag)
    if decision is None:  # not reachable: a closed referral flag has a decision
        return QCoreApplication.translate("ReviewWords", "Decided.")
    if decision.flag_id is None:
        text = QCoreApplication.translate(
            "ReviewWords", "Decided (for the whole intake): {decision} — {who}, {when}."
        )
    else:
        text = QCoreApplication.translate("ReviewWords", "Decided: {decision} — {who}, {when}.")
    return text.format(
        decision=decision_words(decision),
        who=decision.decided_by_name,
        when=when(decision.decided_at),
    )


def patient_html(shown: IntakeUnderReview) -> str:
    """Who the intake is about, and where it stands, for the top of the review."""
    patient = shown.patient
    facts = [
        QCoreApplication.translate("ReviewWords", "Born {date}").format(
            date=day(patient.date_of_birth)
        ),
        QCoreApplication.translate("ReviewWords", "Clinic number {number}").format(
            number=patient.clinic_number
        )
        if patient.clinic_number
        else QCoreApplication.translate("ReviewWords", "No clinic number"),
        choice_words(_SEX_WORDS[patient.sex]) if patient.sex in _SEX_WORDS else patient.sex,
    ]
    if patient.phone:
        facts.append(
            QCoreApplication.translate("ReviewWords", "Phone {phone}").format(phone=patient.phone)
        )
    if patient.email:
        facts.append(
            QCoreApplication.translate("ReviewWords", "Email {email}").format(email=patient.email)
        )
    status = words(REVIEW_STATUS_WORDS.get(shown.review_status, shown.review_status))
    visit = QCoreApplication.translate(
        "ReviewWords", "Visit {date} · intake {intake} · {status}"
    ).format(date=day(shown.visit_date), intake=shown.intake_id, status=status)
    name = f"{patient.first_name} {patient.last_name}"
    return (
        f"<h2>{html.escape(name)}</h2>"
        f"<p>{html.escape(' · '.join(facts))}</p><p>{html.escape(visit)}</p>"
    )
