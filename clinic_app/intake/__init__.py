"""The intake document, format `clinic-intake/1`: models, validation and reading."""

from clinic_app.intake.model import History, Intake, Patient, Running, Symptoms
from clinic_app.intake.reading import DocumentUnreadable, parse_document_text, read_document
from clinic_app.intake.validation import IntakeInvalid, Problem, parse_intake

__all__ = [
    "DocumentUnreadable",
    "History",
    "Intake",
    "IntakeInvalid",
    "Patient",
    "Problem",
    "Running",
    "Symptoms",
    "intake_json_schema",
    "parse_document_text",
    "parse_intake",
    "read_document",
]


def intake_json_schema() -> dict[str, object]:
    """The JSON Schema of the document, for integrators (`clinic-intake schema`)."""
    return Intake.model_json_schema(mode="validation")
