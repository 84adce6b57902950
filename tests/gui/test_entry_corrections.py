"""The review pane's words for an intake made from a patient's entry: where the patient
answered, and each correction with the form's label and the answer renderer's words."""

from datetime import UTC, datetime

from clinic_app.gui.common.form_labels import field_label
from clinic_app.gui.review.entry_corrections import (
    answer_words,
    correction_words,
    entered_words,
    entry_html,
)
from clinic_app.services.patient_entries import Correction, EntryCheck, StoredEntry

AT = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def stored(source: str, corrections: tuple[Correction, ...]) -> StoredEntry:
    check = EntryCheck("checked_in", 7, "", corrections, "desk", AT)
    return StoredEntry(1, source, "en", {}, True, None, None, None, AT, AT, check)


def test_answers_are_worded_as_the_form_words_them() -> None:
    assert answer_words("symptoms.fever", True) == "“yes”"
    assert answer_words("symptoms.fever", False) == "“no”"
    assert answer_words("history.medications", None) == "nothing"
    assert answer_words("symptoms.swelling", "mild") == "“Mild”"
    assert answer_words("running.surfaces", ["road", "trail"]) == "“Road, Trail”"
    assert answer_words("not.a_field", "as typed") == "“as typed”"


def test_a_correction_names_the_field_by_its_label() -> None:
    words = correction_words(Correction("symptoms.pain_now", 2, 5))
    label = field_label("symptoms.pain_now")
    assert words == f"{label}: the patient said “2 / 10”; the desk recorded “5 / 10”"


def test_where_the_patient_answered_and_what_changed() -> None:
    assert entered_words(stored("Waiting room", ())) == "Entered by the patient at Waiting room"
    assert entered_words(stored("fhir", ())) == "Entered by the patient on a FHIR form"
    unchanged = entry_html(stored("Waiting room", ()))
    assert "changed none of the patient's answers" in unchanged.replace("&#x27;", "'")
    changed = entry_html(stored("Waiting <room>", (Correction("symptoms.fever", False, True),)))
    assert "Waiting &lt;room&gt;" in changed  # the kiosk's name is escaped
    assert "the patient said “no”; the desk recorded “yes”" in changed
