"""An intake or a follow-up, with its flags, decisions and printed PDFs, as one FHIR R4
Bundle (type collection) for an EHR (fhir.md, "The record out").

Pure: the services read the records and pass them in as the plain values below. Every
reference inside the Bundle is a `urn:uuid:` derived (uuid5) from the record's own id, and
nothing in it depends on the time of export, so the same record gives the same Bundle
every time it is exported: an EHR can tell a re-export from a new record.
"""

import base64
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.fhir.answers import response_items
from clinic_app.fhir.questionnaire import QUESTIONNAIRE_URL
from clinic_app.intake import Intake

PATIENT_SYSTEM = "urn:clinic-intake:patient"
"""The default system of the clinic's patient numbers (the clinic may set its own)."""
RECORD_SYSTEM = "urn:clinic-intake:patient-record"
FLAG_SYSTEM = "urn:clinic-intake:flag"
MEASURE_SYSTEM = "urn:clinic-intake:measure"
RULES_VERSION_SYSTEM = "urn:clinic-intake:rules-version"
LOINC = "http://loinc.org"
NPRS_LOINC = "72514-3"
UCUM = "http://unitsofmeasure.org"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
PRIORITY = {"emergency": "stat", "urgent": "asap", "soon": "urgent", None: "routine"}
"""A referral's urgency as ServiceRequest.priority (fhir.md)."""
GENDER = {"female": "female", "male": "male", "other": "other", "unspecified": "unknown"}
HANDOUT_TYPES = {
    "care_sheet": "Home-care sheet",
    "referral_letter": "Referral letter",
    "followup_sheet": "Follow-up sheet",
    "progress_report": "Progress report",
}
DESTINATIONS = {
    "sports_medicine": "Sports medicine physician",
    "podiatrist": "Podiatrist",
    "gp": "General practitioner (GP)",
    "emergency": "Emergency department",
}
DECISION_WORDS = {
    "refer": "Refer",
    "manage_in_clinic": "Manage in clinic",
    "not_needed": "Referral not needed",
}
REFERRAL_KINDS = ("referral", "follow_up")
_NAMESPACE = uuid.UUID("5b0c6c3e-8f43-5d7e-9a51-2f1d6c0e7a10")


@dataclass(frozen=True)
class PatientRecord:
    id: int
    first_name: str
    last_name: str
    date_of_birth: date
    sex: str
    clinic_number: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class FlagRecord:
    id: int
    code: str
    kind: str
    urgency: str | None
    title: str
    rules_version: str
    assessed_at: datetime


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    flag_id: int | None
    """None: a decision on the whole visit, which closes every flag of it."""
    decision: str
    destination: str | None
    urgency: str | None
    reason: str
    clinician: str
    decided_at: datetime


@dataclass(frozen=True)
class HandoutRecord:
    id: int
    kind: str
    pdf: bytes
    created_at: datetime
    language: str = "en"


@dataclass(frozen=True)
class VisitRecord:
    """One submitted intake (intake set) or follow-up (follow-up measures set)."""

    kind: str  # "intake" or "followup"
    id: int
    patient: PatientRecord
    visit_date: date
    submitted_at: datetime
    author: str
    """Who submitted it: the desk user's name."""
    intake: Intake | None = None
    self_entered: bool = False
    pain_now: int | None = None
    pain_worst: int | None = None
    measures: dict[str, Any] = field(default_factory=dict)
    """psfs (list of {activity, score}), lefs_total, faam_adl_percent, faam_sports_percent."""
    flags: Sequence[FlagRecord] = ()
    decisions: Sequence[DecisionRecord] = ()
    handouts: Sequence[HandoutRecord] = ()
    questionnaire_version: str | None = None


def stable_urn(*parts: object) -> str:
    """The `urn:uuid:` of one record's resource: the same for the same record, always."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(str(part) for part in parts))}"


def _id(urn: str) -> str:
    return urn.removeprefix("urn:uuid:")


def instant(moment: datetime) -> str:
    """A FHIR instant: UTC, to the second, with its zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def build_bundle(visit: VisitRecord, *, patient_system: str = PATIENT_SYSTEM) -> dict[str, Any]:
    """The Bundle of one visit; see the module's docstring for what makes it stable."""
    patient_urn = stable_urn("patient", visit.patient.id)
    subject = {"reference": patient_urn}
    entries: list[tuple[str, dict[str, Any]]] = [
        (patient_urn, _patient(visit.patient, patient_system))
    ]
    response_urn: str | None = None
    if visit.intake is not None:
        response_urn = stable_urn(visit.kind, visit.id, "questionnaire-response")
        entries.append((response_urn, _response(visit, subject)))
    entries.extend(_observations(visit, subject, response_urn))
    flags = [flag for flag in visit.flags if flag.kind in REFERRAL_KINDS]
    flag_urns = {flag.id: stable_urn("flag", flag.id) for flag in flags}
    closed = _closed_flags(flags, visit.decisions)
    entries.extend((flag_urns[flag.id], _flag(flag, subject, flag.id in closed)) for flag in flags)
    for decision in visit.decisions:
        targets = _targets(decision, flag_urns)
        if decision.decision == "refer":
            urn = stable_urn("review", decision.id, "service-request")
            entries.append((urn, _service_request(decision, subject, targets)))
        provenance_targets = targets or ([response_urn] if response_urn else [patient_urn])
        entries.append(
            (
                stable_urn("review", decision.id, "provenance"),
                _provenance(decision, provenance_targets),
            )
        )
    entries.extend(
        (stable_urn("handout", handout.id), _document_reference(handout, subject))
        for handout in visit.handouts
    )
    bundle_urn = stable_urn(visit.kind, visit.id, "bundle")
    return {
        "resourceType": "Bundle",
        "id": _id(bundle_urn),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": bundle_urn},
        "type": "collection",
        "timestamp": instant(visit.submitted_at),
        "entry": [
            {"fullUrl": urn, "resource": {"id": _id(urn), **resource}} for urn, resource in entries
        ],
    }


def _patient(patient: PatientRecord, system: str) -> dict[str, Any]:
    identifiers = [{"system": RECORD_SYSTEM, "value": str(patient.id)}]
    if patient.clinic_number:
        identifiers.insert(0, {"use": "official", "system": system, "value": patient.clinic_number})
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": identifiers,
        "name": [{"family": patient.last_name, "given": [patient.first_name]}],
        "gender": GENDER.get(patient.sex, "unknown"),
        "birthDate": patient.date_of_birth.isoformat(),
    }
    telecom = [
        {"system": kind, "value": value}
        for kind, value in (("phone", patient.phone), ("email", patient.email))
        if value
    ]
    if telecom:
        resource["telecom"] = telecom
    return resource


def _response(visit: VisitRecord, subject: dict[str, Any]) -> dict[str, Any]:
    assert visit.intake is not None
    version = visit.questionnaire_version
    author = subject if visit.self_entered else {"display": visit.author}
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": QUESTIONNAIRE_URL if version is None else f"{QUESTIONNAIRE_URL}|{version}",
        "status": "completed",
        "subject": subject,
        "authored": instant(visit.submitted_at),
        "author": author,
        "item": response_items(visit.intake),
    }


def _observation(
    visit: VisitRecord,
    subject: dict[str, Any],
    response_urn: str | None,
    code: dict[str, Any],
    value: dict[str, Any],
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [
            {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
        ],
        "code": code,
        "subject": subject,
        "effectiveDateTime": visit.visit_date.isoformat(),
        **value,
    }
    if response_urn is not None:
        resource["derivedFrom"] = [{"reference": response_urn}]
    return resource


def _app_code(code: str, text: str, loinc: str | None = None) -> dict[str, Any]:
    codings = [{"system": MEASURE_SYSTEM, "code": code, "display": text}]
    if loinc is not None:
        codings.insert(0, {"system": LOINC, "code": loinc})
    return {"coding": codings, "text": text}


def _score(value: float | Decimal, unit: str = "{score}") -> dict[str, Any]:
    return {"valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit}}


def _observations(
    visit: VisitRecord, subject: dict[str, Any], response_urn: str | None
) -> Iterable[tuple[str, dict[str, Any]]]:
    def urn(name: str) -> str:
        return stable_urn(visit.kind, visit.id, "observation", name)

    if visit.pain_now is not None:
        code = _app_code("nprs-now", "Pain now (NPRS 0-10)", NPRS_LOINC)
        yield (
            urn("pain_now"),
            _observation(visit, subject, response_urn, code, {"valueInteger": visit.pain_now}),
        )
    if visit.pain_worst is not None:
        code = _app_code("nprs-worst", "Worst pain (NPRS 0-10)", NPRS_LOINC)
        yield (
            urn("pain_worst"),
            _observation(visit, subject, response_urn, code, {"valueInteger": visit.pain_worst}),
        )
    measures = visit.measures
    psfs = measures.get("psfs")
    if psfs:
        scores = [Decimal(row["score"]) for row in psfs]
        mean = sum(scores, Decimal(0)) / len(scores)
        value = _score(float(round(mean, 2)))
        value["component"] = [
            {"code": {"text": row["activity"]}, "valueInteger": row["score"]} for row in psfs
        ]
        code = _app_code("psfs", "Patient-Specific Functional Scale (mean, 0-10)")
        yield urn("psfs"), _observation(visit, subject, response_urn, code, value)
    if measures.get("lefs_total") is not None:
        code = _app_code("lefs", "Lower Extremity Functional Scale total (0-80)")
        yield (
            urn("lefs"),
            _observation(
                visit, subject, response_urn, code, {"valueInteger": measures["lefs_total"]}
            ),
        )
    for name, text in (
        ("faam_adl_percent", "FAAM activities of daily living (%)"),
        ("faam_sports_percent", "FAAM sports (%)"),
    ):
        if measures.get(name) is not None:
            code = _app_code(name.removesuffix("_percent").replace("_", "-"), text)
            yield (
                urn(name),
                _observation(visit, subject, response_urn, code, _score(measures[name], "%")),
            )


def _closed_flags(flags: Sequence[FlagRecord], decisions: Sequence[DecisionRecord]) -> set[int]:
    if any(decision.flag_id is None for decision in decisions):
        return {flag.id for flag in flags}
    return {decision.flag_id for decision in decisions if decision.flag_id is not None}


def _targets(decision: DecisionRecord, flag_urns: dict[int, str]) -> list[str]:
    if decision.flag_id is None:
        return list(flag_urns.values())
    found = flag_urns.get(decision.flag_id)
    return [found] if found else []


def _flag(flag: FlagRecord, subject: dict[str, Any], closed: bool) -> dict[str, Any]:
    return {
        "resourceType": "Flag",
        "meta": {"tag": [{"system": RULES_VERSION_SYSTEM, "code": flag.rules_version}]},
        "status": "inactive" if closed else "active",
        "category": [
            {"coding": [{"system": FLAG_CATEGORY, "code": "clinical", "display": "Clinical"}]}
        ],
        "code": {
            "coding": [{"system": FLAG_SYSTEM, "code": flag.code, "display": flag.title}],
            "text": flag.title,
        },
        "subject": subject,
        "period": {"start": instant(flag.assessed_at)},
    }


def _service_request(
    decision: DecisionRecord, subject: dict[str, Any], flags: list[str]
) -> dict[str, Any]:
    destination = DESTINATIONS.get(decision.destination or "", decision.destination or "")
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "priority": PRIORITY.get(decision.urgency, "routine"),
        "code": {"text": "Referral"},
        "subject": subject,
        "authoredOn": instant(decision.decided_at),
        "requester": {"display": decision.clinician},
    }
    if destination:
        resource["performerType"] = {"text": destination}
    if flags:
        resource["reasonReference"] = [{"reference": urn} for urn in flags]
    if decision.reason:
        resource["note"] = [{"text": decision.reason}]
    return resource


def _provenance(decision: DecisionRecord, targets: list[str]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Provenance",
        "target": [{"reference": urn} for urn in targets],
        "recorded": instant(decision.decided_at),
        "activity": {"text": DECISION_WORDS.get(decision.decision, decision.decision)},
        "agent": [{"who": {"display": decision.clinician}}],
    }
    if decision.reason:
        resource["reason"] = [{"text": decision.reason}]
    return resource


def _document_reference(handout: HandoutRecord, subject: dict[str, Any]) -> dict[str, Any]:
    kind = HANDOUT_TYPES.get(handout.kind, handout.kind)
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": {"text": kind},
        "subject": subject,
        "date": instant(handout.created_at),
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": handout.language,
                    "data": base64.b64encode(handout.pdf).decode("ascii"),
                    "hash": base64.b64encode(hashlib.sha1(handout.pdf).digest()).decode("ascii"),
                    "size": len(handout.pdf),
                    "title": kind,
                    "creation": instant(handout.created_at),
                }
            }
        ],
    }
