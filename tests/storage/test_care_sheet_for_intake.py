"""The care sheet of a stored intake: made from the flags stored with it, not a fresh look.

Every check reads the real PDF back with pypdf. The stored rows are changed by hand here
(as a later rules update never would) to show the sheet follows them and not the rules.
"""

import dataclasses
import io
import unicodedata
from collections import Counter
from datetime import date
from typing import Any

import pypdf
import pytest
from intake_documents import document
from sqlalchemy import delete, select, update

from clinic_app.handouts.content import Paper
from clinic_app.rules import RULES_VERSION
from clinic_app.services import clinic_settings, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.handouts import CareSheetPdf, NotSubmitted, care_sheet_for
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import Assessment, FlagRecord

ADMIN = Actor(name="admin", role="admin")
PRINTED_ON = date(2026, 11, 23)
A4 = (595, 842)
LETTER = (612, 792)

NUMBNESS = "You feel numbness or tingling."
SOON = "See a clinician in the next few days"
URGENT = "See a clinician today"
CHECKED = "Some of your answers need to be checked by a clinician"


def text_of(pdf: bytes) -> str:
    """The whole document's text, NFC, every run of whitespace made one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return {(round(page.mediabox.width), round(page.mediabox.height)) for page in reader.pages}


def body_size(pdf: bytes) -> float:
    """The font size that carries the most characters: the body text."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        sizes[round(float(size), 2)] += len(text.strip())

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def submit(database: Database, desk: Actor, **overrides: object) -> int:
    return intakes.submit(database, desk, document(dict(overrides))).intake_id


def sheet(
    database: Database, intake_id: int, *, large_print: bool = False, paper: Paper | None = None
) -> CareSheetPdf:
    return care_sheet_for(
        database, intake_id, large_print=large_print, paper=paper, printed_on=PRINTED_ON
    )


def set_clinic(database: Database, **changes: Any) -> None:
    details = clinic_settings.load(database)
    clinic_settings.save(database, ADMIN, dataclasses.replace(details, **changes))


def flag_rows(database: Database, intake_id: int) -> list[tuple[int, str, int]]:
    """(row id, code, position) of the stored flags of the intake's assessment."""
    with database.reading() as session:
        rows = session.execute(
            select(FlagRecord.id, FlagRecord.code, FlagRecord.position)
            .join(Assessment, Assessment.id == FlagRecord.assessment_id)
            .where(Assessment.intake_id == intake_id)
            .order_by(FlagRecord.position)
        )
        return [(row.id, row.code, row.position) for row in rows]


def test_the_sheet_names_the_patient_and_says_what_the_stored_flags_mean(
    database: Database, desk: Actor
) -> None:
    intake_id = submit(
        database,
        desk,
        **{
            "patient.first_name": "Ingrid",
            "patient.last_name": "Søndergaard",
            "symptoms.numbness_or_tingling": True,
        },
    )
    made = sheet(database, intake_id)
    text = text_of(made.pdf)
    assert made.pdf.startswith(b"%PDF-")
    assert (made.paper, made.large_print, made.language) == ("a4", False, "en")
    assert "For Ingrid Søndergaard" in text
    assert SOON in text
    assert NUMBNESS in text
    assert f"Rule set {RULES_VERSION}" in text
    assert "Printed 23 November 2026" in text


def test_a_stored_urgency_prints_even_where_the_rules_would_now_say_otherwise(
    database: Database, desk: Actor
) -> None:
    intake_id = submit(database, desk, **{"symptoms.numbness_or_tingling": True})
    [(row_id, code, _)] = flag_rows(database, intake_id)
    assert code == "numbness_tingling"
    with database.writing() as session:
        session.execute(update(FlagRecord).where(FlagRecord.id == row_id).values(urgency="urgent"))
    text = text_of(sheet(database, intake_id).pdf)
    assert URGENT in text
    assert SOON not in text
    assert NUMBNESS in text


def test_a_flag_missing_from_the_stored_assessment_does_not_print(
    database: Database, desk: Actor
) -> None:
    intake_id = submit(database, desk, **{"symptoms.numbness_or_tingling": True})
    [(row_id, _, _)] = flag_rows(database, intake_id)
    with database.writing() as session:
        session.execute(delete(FlagRecord).where(FlagRecord.id == row_id))
    text = text_of(sheet(database, intake_id).pdf)
    assert CHECKED not in text
    assert NUMBNESS not in text
    assert SOON not in text


def test_the_flags_print_in_their_stored_order(database: Database, desk: Actor) -> None:
    single_pair = "You run in one pair of shoes."
    hard_ground = "You run only on hard ground."
    intake_id = submit(
        database,
        desk,
        **{"running.shoe_pairs_in_rotation": 1, "running.surfaces": ["road", "concrete"]},
    )
    rows = flag_rows(database, intake_id)
    assert [code for _, code, _ in rows] == ["single_pair", "hard_surfaces"]
    text = text_of(sheet(database, intake_id).pdf)
    assert text.index(single_pair) < text.index(hard_ground)
    with database.writing() as session:
        for (row_id, _, _), position in zip(rows, (1, 0), strict=True):
            session.execute(
                update(FlagRecord).where(FlagRecord.id == row_id).values(position=position)
            )
    text = text_of(sheet(database, intake_id).pdf)
    assert text.index(hard_ground) < text.index(single_pair)


def test_the_stored_rule_set_and_thresholds_are_used_not_the_clinics_current_ones(
    database: Database, desk: Actor
) -> None:
    # 28 -> 33 km is a rise of 17.9 %: over the 10 % in force when it was submitted.
    intake_id = submit(
        database,
        desk,
        **{"running.weekly_distance": 33, "running.previous_weekly_distance": 28},
    )
    assert [code for _, code, _ in flag_rows(database, intake_id)] == ["load_spike"]
    # Under 50 % a fresh assessment would raise nothing; the sheet keeps what was assessed.
    set_clinic(database, max_weekly_increase=0.5)
    with database.writing() as session:
        session.execute(
            update(Assessment)
            .where(Assessment.intake_id == intake_id)
            .values(rules_version="2025.9")
        )
    text = text_of(sheet(database, intake_id).pdf)
    assert "That is a rise of 17.9%" in text
    assert "Adding no more than about 10% a week" in text
    assert "Next week, run no more than 30.8 km." in text
    assert "Rule set 2025.9" in text
    assert RULES_VERSION not in text


def test_a_draft_is_refused_in_words(database: Database, desk: Actor) -> None:
    draft = intakes.save_draft(database, desk, document())
    with pytest.raises(NotSubmitted, match=r"draft .*not been submitted; submit it first"):
        sheet(database, draft.intake_id)
    assert issubclass(NotSubmitted, StorageError)


def test_a_missing_intake_is_refused_in_words(database: Database) -> None:
    with pytest.raises(RecordNotFound, match="intake 999 does not exist"):
        sheet(database, 999)


def test_the_paper_is_the_clinics_unless_one_is_asked_for(database: Database, desk: Actor) -> None:
    intake_id = submit(database, desk)
    assert page_sizes(sheet(database, intake_id).pdf) == {A4}
    set_clinic(database, paper_size="letter")
    made = sheet(database, intake_id)
    assert made.paper == "letter"
    assert page_sizes(made.pdf) == {LETTER}
    asked = sheet(database, intake_id, paper="a4")
    assert asked.paper == "a4"
    assert page_sizes(asked.pdf) == {A4}


def test_large_print_is_honoured(database: Database, desk: Actor) -> None:
    intake_id = submit(database, desk)
    normal = sheet(database, intake_id)
    large = sheet(database, intake_id, large_print=True)
    assert not normal.large_print
    assert large.large_print
    assert body_size(normal.pdf) == 10.5
    assert body_size(large.pdf) == 14


def test_the_clinics_letterhead_is_printed(database: Database, desk: Actor) -> None:
    set_clinic(
        database,
        clinic_name="Riverside Running Clinic",
        address="12 Mill Lane, Springfield",
        phone="555-0199",
    )
    text = text_of(sheet(database, submit(database, desk)).pdf)
    assert "Riverside Running Clinic" in text
    assert "12 Mill Lane, Springfield" in text
    assert "Our phone number is 555-0199." in text
