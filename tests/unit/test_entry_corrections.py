"""corrections(): each answer the desk changed on a patient's own entry, as (field path,
what the patient said, what the desk recorded), for the review pane."""

from intake_documents import document

from clinic_app.services.entry_answers import Correction, corrections


def test_the_same_answers_have_no_corrections() -> None:
    assert corrections(document(), document()) == ()


def test_each_changed_answer_by_path_in_the_patients_order() -> None:
    patient = document({"symptoms.pain_now": 3, "running.weekly_distance": 20})
    desk = document(
        {
            "symptoms.pain_now": 6,
            "running.weekly_distance": 20,
            "symptoms.locations": ["arch", "heel"],
        }
    )
    assert corrections(patient, desk) == (
        Correction("symptoms.locations", ["arch"], ["arch", "heel"]),
        Correction("symptoms.pain_now", 3, 6),
    )


def test_answers_only_one_side_gave_come_with_none_for_the_other() -> None:
    patient = document({"history.diabetes": True})
    desk = document({"symptoms.night_pain": True})
    assert corrections(patient, desk) == (
        Correction("history.diabetes", True, None),
        Correction("symptoms.night_pain", None, True),
    )


def test_blank_text_is_no_answer_but_true_is_not_one() -> None:
    patient = document({"patient.phone": "  ", "symptoms.pain_now": 1})
    desk = document({"symptoms.pain_now": True})
    assert corrections(patient, desk) == (Correction("symptoms.pain_now", 1, True),)
