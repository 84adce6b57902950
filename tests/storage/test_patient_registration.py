"""Registering a patient from the desk's form, on both databases: the duplicate checks
before saving, the checks of what was typed, and the section that starts an intake."""

from datetime import date

import pytest
from intake_documents import document
from sqlalchemy import func, select

from clinic_app.intake import IntakeInvalid, Problem, parse_intake
from clinic_app.intake import Patient as PatientDetails
from clinic_app.services import intakes, patients
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound
from clinic_app.storage.models import AuditEvent, Patient

TODAY = date(2026, 11, 20)


def details(
    first: str = "Maya",
    last: str = "Okafor",
    born: str = "1991-03-14",
    number: str | None = None,
    **more: object,
) -> PatientDetails:
    return patients.parse_patient(
        {
            "first_name": first,
            "last_name": last,
            "date_of_birth": born,
            "clinic_number": number,
            **more,
        }
    )


def patient_count(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Patient)) or 0)


# --- registering ----------------------------------------------------------------------------


def test_registering_creates_the_patient_once_and_audits_it(
    database: Database, desk: Actor
) -> None:
    first = patients.register_patient(database, desk, details(number="P-1", phone="555-0134"))
    again = patients.register_patient(database, desk, details(number="P-1"))

    assert first.created
    assert first.likely_duplicates == ()
    assert not again.created
    assert again.patient.id == first.patient.id
    assert patient_count(database) == 1
    with database.reading() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.record_id == first.patient.id)
        ).all()
    assert list(actions) == ["patient.created"]


def test_registering_a_near_miss_makes_a_new_patient_and_names_the_likely_duplicate(
    database: Database, desk: Actor
) -> None:
    maya = patients.register_patient(database, desk, details()).patient
    other_birthday = patients.register_patient(database, desk, details(born="1991-03-15"))

    assert other_birthday.created
    assert [row.id for row in other_birthday.likely_duplicates] == [maya.id]
    assert patient_count(database) == 2


def test_blank_optional_answers_are_stored_as_not_given(database: Database, desk: Actor) -> None:
    blank = PatientDetails.model_validate(
        {
            "first_name": "Ben",
            "last_name": "Smith",
            "date_of_birth": "1999-12-31",
            "phone": "  ",
            "email": "",
            "clinic_number": "",
        }
    )
    registered = patients.register_patient(database, desk, blank).patient

    section = patients.patient_section(database, registered.id)
    assert (section["phone"], section["email"], section["clinic_number"]) == (None, None, None)
    # Blank or absent, the number is the same "none": the same person, not a second record.
    again = patients.register_patient(database, desk, details("Ben", "Smith", "1999-12-31"))
    assert again.patient.id == registered.id


# --- before registering: who is already on record -----------------------------------------


def test_duplicates_of_lists_near_misses_before_anyone_is_registered(
    database: Database, desk: Actor
) -> None:
    maya = patients.register_patient(database, desk, details(number="P-1")).patient
    same_birthday = patients.register_patient(database, desk, details("Mara", "Okafor")).patient
    patients.register_patient(database, desk, details("Ben", "Smith", "1999-12-31"))

    typed = details(born="1991-03-15")  # Maya Okafor, another birth date
    found = patients.duplicates_of(database, typed)

    assert [row.id for row in found] == [maya.id]
    assert patients.already_registered(database, typed) is None
    # Same birth date and surname: Mara is listed beside Maya for a new Maya, unnumbered.
    assert {row.id for row in patients.duplicates_of(database, details(number="P-7"))} == {
        maya.id,
        same_birthday.id,
    }
    # Nothing written by looking.
    assert patient_count(database) == 3
    # Exactly the warning registering gives.
    assert patients.register_patient(database, desk, typed).likely_duplicates == found


def test_duplicates_of_leaves_out_the_patient_the_details_already_identify(
    database: Database, desk: Actor
) -> None:
    maya = patients.register_patient(database, desk, details()).patient
    other_birthday = patients.register_patient(database, desk, details(born="1991-03-15")).patient

    typed = details("MAYA", "okafor")  # the same person, typed differently
    existing = patients.already_registered(database, typed)

    assert existing is not None
    assert existing.id == maya.id
    assert [row.id for row in patients.duplicates_of(database, typed)] == [other_birthday.id]
    assert not patients.register_patient(database, desk, typed).created


def test_already_registered_finds_the_holder_of_a_clinic_number_under_another_name(
    database: Database, desk: Actor
) -> None:
    maya = patients.register_patient(database, desk, details(number="P-1")).patient

    holder = patients.already_registered(database, details("John", "Smith", number="P-1"))

    assert holder is not None
    assert holder.id == maya.id
    assert patients.already_registered(database, details("John", "Smith", number="P-2")) is None


def test_no_duplicates_when_no_one_is_alike(database: Database, desk: Actor) -> None:
    patients.register_patient(database, desk, details())
    typed = details("Ben", "Smith", "1999-12-31")
    assert patients.duplicates_of(database, typed) == ()
    assert patients.already_registered(database, typed) is None


# --- the section that starts an intake -------------------------------------------------------


def test_patient_section_is_the_stored_patient_as_an_intake_section(
    database: Database, desk: Actor
) -> None:
    submitted = intakes.submit(
        database,
        desk,
        document(
            {
                "patient": {
                    "first_name": "Zoë",
                    "last_name": "Ångström",
                    "date_of_birth": "1991-03-14",
                    "sex": "female",
                    "phone": "555-0134",
                    "email": "zoe@example.org",
                    "clinic_number": "P-10442",
                }
            }
        ),
    )

    section = patients.patient_section(database, submitted.patient.patient.id)

    assert section == {
        "first_name": "Zoë",
        "last_name": "Ångström",
        "date_of_birth": "1991-03-14",
        "sex": "female",
        "phone": "555-0134",
        "email": "zoe@example.org",
        "clinic_number": "P-10442",
    }
    # It prefills an intake that is valid as it stands.
    assert parse_intake(document({"patient": section})).patient.first_name == "Zoë"


def test_patient_section_of_someone_not_on_record_is_refused(database: Database) -> None:
    with pytest.raises(RecordNotFound):
        patients.patient_section(database, 4242)


# --- checking what was typed (no database) ------------------------------------------------


def test_problems_are_the_intakes_own_with_patient_paths() -> None:
    section: dict[str, object] = {
        "first_name": " ",
        "last_name": "x" * 101,
        "date_of_birth": "14/03/1991",
        "email": "maya at example",
    }
    problems = patients.validate_patient(section)

    assert [problem.path for problem in problems] == [
        "patient.first_name",
        "patient.last_name",
        "patient.date_of_birth",
        "patient.email",
    ]
    # Worded by the intake's validation itself: the same problems an intake would list.
    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(document({"patient": section}))
    assert problems == [p for p in refused.value.problems if p.path.startswith("patient.")]
    assert problems[1].message == "must be at most 100 characters (got 101)"


def test_missing_names_and_birth_date_are_required() -> None:
    assert patients.validate_patient({}) == [
        Problem("patient.first_name", "is required"),
        Problem("patient.last_name", "is required"),
        Problem("patient.date_of_birth", "is required"),
    ]


def test_an_unknown_field_is_named() -> None:
    problems = patients.validate_patient(
        {"first_name": "A", "last_name": "B", "date_of_birth": "1990-01-01", "emial": "a@b.org"}
    )
    assert problems == [
        Problem("patient.emial", "is not a field of this format; did you mean 'email'?")
    ]


@pytest.mark.parametrize(
    ("born", "message"),
    [
        ("2026-11-21", "must not be after today, 2026-11-20 (got 2026-11-21)"),
        ("1905-11-20", "gives an age over 120 today (got 1905-11-20)"),
    ],
)
def test_a_birth_date_is_checked_against_today_when_given(born: str, message: str) -> None:
    section = {"first_name": "A", "last_name": "B", "date_of_birth": born}
    assert patients.validate_patient(section, today=TODAY) == [
        Problem("patient.date_of_birth", message)
    ]
    assert patients.validate_patient(section) == []  # no today, no visit: nothing to compare


def test_birth_dates_at_the_limits_are_accepted() -> None:
    for born in ("2026-11-20", "1905-11-21"):
        section = {"first_name": "A", "last_name": "B", "date_of_birth": born}
        assert patients.validate_patient(section, today=TODAY) == []


def test_parse_patient_refuses_with_the_same_problems_and_blanks_optional_text() -> None:
    with pytest.raises(IntakeInvalid) as refused:
        patients.parse_patient({"first_name": "A"})
    assert [problem.path for problem in refused.value.problems] == [
        "patient.last_name",
        "patient.date_of_birth",
    ]
    parsed = patients.parse_patient(
        {"first_name": " Ann ", "last_name": "Lee", "date_of_birth": "1980-02-29", "phone": ""}
    )
    assert (parsed.first_name, parsed.phone, parsed.date_of_birth) == (
        "Ann",
        None,
        date(1980, 2, 29),
    )


def test_an_intake_without_the_number_finds_the_numbered_patient(
    database: Database, desk: Actor
) -> None:
    """The desk often does not know a returning patient's number: same name and birth
    date, and no number given, is that patient, not a second record."""
    numbered = patients.register_patient(database, desk, details(number="P-7"))
    again = patients.register_patient(database, desk, details(number=None))
    other = patients.register_patient(database, desk, details(number="P-8"))

    assert not again.created
    assert again.patient.id == numbered.patient.id
    assert other.created  # another number is another person, whatever the name
    assert patient_count(database) == 2
