"""Clinician review on both databases: reading an intake (on the audit trail), deciding on
its flags, and the referral letter made from a decision to refer."""

import io
import unicodedata
from datetime import date

import pypdf
import pytest
from intake_documents import document
from sqlalchemy import delete, select

from clinic_app.services import audit, handouts, intakes, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordNotFound, StorageError
from clinic_app.storage.models import Assessment, FlagRecord

ADMIN = Actor(name="admin", role="admin")
# An urgent and a "soon" referral flag, and one advice flag (no cross-training).
TWO_REFERRALS: dict[str, object] = {
    "symptoms.weight_bearing": "unable",
    "symptoms.numbness_or_tingling": True,
    "running.cross_training": False,
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "patient.clinic_number": "P-10442",
}
WRITTEN_ON = date(2026, 11, 23)


def clinician(database: Database, username: str = "dr-lee", name: str = "Dr Lena Lee") -> Actor:
    account = accounts.create_user(
        database,
        ADMIN,
        username=username,
        display_name=name,
        role="clinician",
        password="correct horse battery",
    )
    return account.actor()


def submitted(database: Database, desk: Actor, **overrides: object) -> int:
    fields = {**TWO_REFERRALS, **overrides}
    return intakes.submit(database, desk, document(fields)).intake_id


def viewed(database: Database) -> list[tuple[str, int | None]]:
    return [(e.actor, e.record_id) for e in audit.events(database, action="intake.viewed")]


def pdf_text(pdf: bytes) -> str:
    """The letter's text as a reader finds it: NFC, whitespace runs (wraps) made one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_opening_an_intake_reads_it_whole_and_puts_the_view_on_the_trail(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submitted(database, desk)
    handouts.record_handout(
        database, desk, intake_id, b"%PDF-1.4 sheet", kind="care_sheet", paper="a4"
    )

    shown = reviews.intake_under_review(database, doctor, intake_id)

    assert shown.intake_id == intake_id
    assert (shown.patient.first_name, shown.patient.last_name) == ("Maya", "Okafor")
    assert shown.patient.clinic_number == "P-10442"
    assert shown.patient.date_of_birth == date(1990, 5, 1)
    assert shown.document["symptoms"]["weight_bearing"] == "unable"
    assert shown.visit_date == date(2026, 11, 20)
    assert shown.review_status == "unreviewed"
    assert [(f.code, f.kind, f.urgency) for f in shown.flags] == [
        ("cannot_bear_weight", "referral", "urgent"),
        ("numbness_tingling", "referral", "soon"),
        ("no_cross_training", "advice", None),
    ]
    assert all(f.rules_version and f.source and f.evidence for f in shown.flags)
    referral = {f.id for f in shown.flags if f.kind == "referral"}
    assert shown.open_flag_ids == referral
    assert shown.decisions == ()
    [sheet] = shown.handouts
    assert (sheet.kind, sheet.created_by) == ("care_sheet", "desk")
    # Who saw what: the clinician and the intake's id, no patient detail.
    [event] = audit.events(database, action="intake.viewed")
    assert (event.actor, event.record_type, event.record_id, event.detail) == (
        "dr-lee",
        "intake",
        intake_id,
        "",
    )
    # A refresh of the same intake is not a second view.
    reviews.intake_under_review(database, doctor, intake_id, record_view=False)
    assert viewed(database) == [("dr-lee", intake_id)]
    reviews.intake_under_review(database, doctor, intake_id)
    assert viewed(database) == [("dr-lee", intake_id)] * 2


def test_an_admin_may_read_an_intake_but_the_front_desk_may_not(
    database: Database, desk: Actor
) -> None:
    intake_id = submitted(database, desk)
    with pytest.raises(NotAllowed, match="only a clinician or admin user may review intakes"):
        reviews.intake_under_review(database, desk, intake_id)
    assert viewed(database) == []
    assert reviews.intake_under_review(database, ADMIN, intake_id).intake_id == intake_id
    assert viewed(database) == [("admin", intake_id)]


def test_a_draft_or_a_missing_intake_is_not_reviewed(database: Database, desk: Actor) -> None:
    doctor = clinician(database)
    draft = intakes.save_draft(database, desk, document(TWO_REFERRALS))
    for intake_id in (draft.intake_id, 999_999):
        with pytest.raises(RecordNotFound, match=f"intake {intake_id} is not a submitted intake"):
            reviews.intake_under_review(database, doctor, intake_id)
    assert viewed(database) == []


def test_each_decision_closes_its_flag_and_a_whole_intake_decision_closes_them_all(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    first = submitted(database, desk)
    urgent, soon, _advice = reviews.flags_of(database, first)

    reviews.record_decision(
        database, doctor, first, flag_id=soon.id, decision="manage_in_clinic", reason="taping"
    )
    shown = reviews.intake_under_review(database, doctor, first)
    assert shown.open_flag_ids == {urgent.id}
    assert shown.is_open(urgent)
    assert not shown.is_open(soon)
    decision = shown.decision_on(soon)
    assert decision is not None
    assert decision.reason == "taping"
    assert shown.decision_on(urgent) is None
    assert shown.review_status == "unreviewed"

    reviews.record_decision(
        database,
        doctor,
        first,
        flag_id=urgent.id,
        decision="refer",
        destination="emergency",
        urgency="urgent",
    )
    shown = reviews.intake_under_review(database, doctor, first)
    assert shown.open_flag_ids == frozenset()
    assert shown.review_status == "reviewed"

    second = submitted(database, desk)
    reviews.record_decision(database, doctor, second, decision="not_needed", reason="seen today")
    shown = reviews.intake_under_review(database, doctor, second)
    assert shown.open_flag_ids == frozenset()
    assert shown.review_status == "reviewed"
    whole = shown.decisions[0]
    assert all(shown.decision_on(flag) == whole for flag in shown.flags)


def test_only_a_clinician_decides(database: Database, desk: Actor) -> None:
    intake_id = submitted(database, desk)
    for actor in (desk, ADMIN):
        with pytest.raises(NotAllowed, match="only a clinician user may decide on flags"):
            reviews.record_decision(database, actor, intake_id, decision="not_needed", reason="ok")
    assert reviews.decisions_of(database, intake_id) == []
    assert audit.events(database, action="review.decided") == []


def test_decisions_are_kept_in_order_with_who_when_and_why(database: Database, desk: Actor) -> None:
    lee = clinician(database)
    ng = clinician(database, "dr-ng", "Dr Ama Ng")
    intake_id = submitted(database, desk)
    urgent, soon, _ = reviews.flags_of(database, intake_id)

    first = reviews.record_decision(
        database, lee, intake_id, flag_id=soon.id, decision="not_needed", reason="  old news "
    )
    second = reviews.record_decision(
        database,
        ng,
        intake_id,
        flag_id=urgent.id,
        decision="refer",
        destination="podiatrist",
        urgency="soon",
        reason="orthotics",
    )
    assert (first.decided_by, first.decided_by_name, first.reason) == (
        "dr-lee",
        "Dr Lena Lee",
        "old news",
    )
    assert (second.decided_by, second.decided_by_name) == ("dr-ng", "Dr Ama Ng")
    stored = reviews.decisions_of(database, intake_id)
    assert stored == [first, second]
    assert first.decided_at <= second.decided_at
    assert first.decided_at.tzinfo is not None
    # A non-referral decision keeps no destination even when one is passed.
    third = reviews.record_decision(
        database,
        lee,
        intake_id,
        decision="manage_in_clinic",
        reason="will treat",
        destination="gp",
        urgency="routine",
    )
    assert (third.destination, third.urgency, third.flag_id) == (None, None, None)
    assert len(reviews.decisions_of(database, intake_id)) == 3
    assert [(e.actor, e.detail) for e in audit.events(database, action="review.decided")] == [
        ("dr-lee", "manage_in_clinic"),
        ("dr-ng", "refer"),
        ("dr-lee", "not_needed"),
    ]


def test_the_referral_letter_says_where_why_who_and_which_flags(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submitted(database, desk)
    urgent, soon, _ = reviews.flags_of(database, intake_id)
    decided = reviews.record_decision(
        database,
        doctor,
        intake_id,
        flag_id=urgent.id,
        decision="refer",
        destination="podiatrist",
        urgency="soon",
        reason="Needs a scan of the fifth metatarsal",
    )

    letter = reviews.referral_letter_for(
        database, doctor, intake_id, decided.id, written_on=WRITTEN_ON
    )

    assert (letter.paper, letter.large_print, letter.language) == ("a4", False, "en")
    text = pdf_text(letter.pdf)
    assert "To: Podiatrist" in text
    assert "Soon: please see within a few days." in text
    assert "Clinician's note: Needs a scan of the fifth metatarsal" in text
    assert "Referring clinician: Dr Lena Lee" in text
    assert "Name: Maya Okafor" in text
    assert "Date: 23 November 2026" in text
    assert urgent.title in text
    assert soon.title in text
    assert f"Flags from rule set {urgent.rules_version}" in text
    on_letter = reviews.referral_letter_for(
        database, doctor, intake_id, decided.id, paper="letter", written_on=WRITTEN_ON
    )
    assert on_letter.paper == "letter"
    box = pypdf.PdfReader(io.BytesIO(on_letter.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_letter_needs_a_clinician_and_a_referral_of_this_intake(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submitted(database, desk)
    other = submitted(database, desk)
    kept = reviews.record_decision(
        database, doctor, intake_id, decision="manage_in_clinic", reason="rest and taping"
    )
    elsewhere = reviews.record_decision(
        database, doctor, other, decision="refer", destination="gp", urgency="routine"
    )
    with pytest.raises(
        reviews.DecisionRefused, match="decision to refer; this decision was manage"
    ):
        reviews.referral_letter_for(database, doctor, intake_id, kept.id)
    with pytest.raises(reviews.DecisionRefused, match=f"is not a decision on intake {intake_id}"):
        reviews.referral_letter_for(database, doctor, intake_id, elsewhere.id)
    with pytest.raises(reviews.DecisionRefused, match="is not a decision on intake"):
        reviews.referral_letter_for(database, doctor, intake_id, 999_999)
    for actor in (desk, ADMIN):
        with pytest.raises(NotAllowed, match="only a clinician user may make referral letters"):
            reviews.referral_letter_for(database, actor, other, elsewhere.id)
    assert reviews.referral_letter_for(database, doctor, other, elsewhere.id).pdf.startswith(
        b"%PDF-"
    )


def test_an_intake_whose_assessment_is_gone_prints_nothing_and_says_why(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submitted(database, desk)
    referral = reviews.record_decision(
        database, doctor, intake_id, decision="refer", destination="gp", urgency="soon"
    )
    # A database damaged by hand: the intake's flags and assessment deleted.
    with database.writing() as session:
        ids = select(Assessment.id).where(Assessment.intake_id == intake_id).scalar_subquery()
        session.execute(delete(FlagRecord).where(FlagRecord.assessment_id.in_(ids)))
        session.execute(delete(Assessment).where(Assessment.intake_id == intake_id))

    with pytest.raises(StorageError, match="no assessment on record, so no letter can be made"):
        reviews.referral_letter_for(database, doctor, intake_id, referral.id)
    with pytest.raises(StorageError, match="so no care sheet can be printed for it; ask"):
        handouts.care_sheet_for(database, intake_id)
