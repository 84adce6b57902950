"""FHIR R4 for the intake (fhir.md): the Questionnaire, reading QuestionnaireResponses, and
the Bundle of a visit for an EHR.

Pure, like `intake/` and `rules/`: plain dicts in FHIR's JSON shape, no Qt, no database,
no FHIR library. Imported only by the FHIR commands and services, never at start-up.
"""
