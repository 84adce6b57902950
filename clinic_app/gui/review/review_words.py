"""The words of the review pane: an intake's answers, its decisions, flags and handouts
as plain lines or small pieces of HTML, worded as the desk's form words them.

Kept apart from `review_detail` (the widget) so that module stays about layout and
behaviour, and so the wording can be read and tested without building the pane. Nothing
here holds state; `form_labels` reads the desk's Designer pages once and remembers them.
"""

import html
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtWidgets import QWidget

from clinic_app.gui.common.intake_fields import CHECKS, CHOICES, FIELDS, STEPS, Kind, step_of
from clinic_app.gui.intake.intake_binding import shown_number
from clinic_app.gui.review.decision_dialog import decision_words
from clinic_app.intake.answers import MISSING, answer_at
from clinic_app.intake.fields import REGIONS
from clinic_app.intake.regions import foot_map
from clinic_app.services.reviews import Decision, FlagOnRecord, IntakeUnderReview

REVIEW_STATUS_WORDS = {
    "unreviewed": "Waiting for a clinician's decision",
    "reviewed": "Reviewed",
    "none": "No referral flags: no review needed",
}
HANDOUT_WORDS = {"care_sheet": "Care sheet", "referral_letter": "Referral letter"}
_SEX_WORDS = {value: words for value, words in CHOICES["patient.sex"] if isinstance(value, str)}


@cache
def form_labels() -> dict[str, str]:
    """Each field's label on the desk's form, read once off the form's own Designer pages,
    so a label reworded there is reworded here too."""
    from clinic_app.gui.common import designer
    from clinic_app.gui.forms.ui_intake_history import Ui_IntakeHistoryStep
    from clinic_app.gui.forms.ui_intake_patient import Ui_IntakePatientStep
    from clinic_app.gui.forms.ui_intake_running import Ui_IntakeRunningStep
    from clinic_app.gui.forms.ui_intake_symptoms import Ui_IntakeSymptomsStep
    from clinic_app.gui.intake.intake_binding import IntakeBinding

    pages = QWidget()  # never shown, and gone when this returns
    forms: tuple[designer.CompiledForm, ...] = (
        Ui_IntakePatientStep(),
        Ui_IntakeRunningStep(),
        Ui_IntakeSymptomsStep(),
        Ui_IntakeHistoryStep(),
    )
    for form in forms:
        designer.set_up(form, QWidget(pages))
    binding = IntakeBinding(pages)
    return {path: binding.label(path) for path in FIELDS}


def answer_text(document: Mapping[str, Any], path: str) -> str:
    """One answer as the desk's form shows it; empty when not given (then left out)."""
    value = answer_at(document, path)
    kind = FIELDS[path]
    if value is MISSING or value is None or value == "" or value == []:
        return ""
    if kind is Kind.FLAG:  # an unticked box is left out, as on the desk's review step
        return "Yes" if value is True else ""
    if kind is Kind.CHOICE:
        words = [
            label
            for choice, label in CHOICES[path]
            if choice is not None and type(choice) is type(value) and choice == value
        ]
        return words[0] if words else str(value)
    if kind is Kind.CHOICES and isinstance(value, list):
        named = dict(CHECKS[path])
        return ", ".join(named.get(str(item), str(item)) for item in value)
    if kind is Kind.REGIONS and isinstance(value, list):
        return ", ".join(foot_map().label(item) if item in REGIONS else str(item) for item in value)
    if kind in (Kind.PAIN, Kind.OPTIONAL_PAIN):
        return f"{value} / 10"
    if kind in (Kind.NUMBER, Kind.OPTIONAL_NUMBER):
        shown = shown_number(value)
        unit = answer_at(document, "running.distance_unit")
        distance = path.endswith("distance") and unit in ("km", "mi")
        return f"{shown} {unit}" if distance else shown
    return str(value).strip()


def answers_html(document: Mapping[str, Any]) -> str:
    """The answers, grouped under the form's step titles, each with the form's label."""
    labels = form_labels()
    parts = []
    for step, title in STEPS[:-1]:
        rows = [
            (labels[path], shown)
            for path in FIELDS
            if step_of(path) == step and (shown := answer_text(document, path))
        ]
        parts.append(f"<h4>{html.escape(title)}</h4>")
        parts.extend(
            f"<div><b>{html.escape(label)}:</b> {_lines(answer)}</div>" for label, answer in rows
        )
        if not rows:
            parts.append("<div>Nothing answered.</div>")
    return "".join(parts)


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


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
