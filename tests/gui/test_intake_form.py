"""The intake form: inline messages, blocked steps, live flags, autosave and resuming."""

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.intake_fields import step_of
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.services import intakes
from gui.driving import find

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"


@pytest.fixture
def form(qtbot: QtBot, front_desk: Workstation) -> IntakeForm:
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return document


def line(form: IntakeForm, path: str) -> QLineEdit:
    widget = find(form, path)
    assert isinstance(widget, QLineEdit)
    return widget


def message(form: IntakeForm, path: str) -> QLabel:
    label = find(form, f"{path}.message")
    assert isinstance(label, QLabel)
    return label


def button(form: IntakeForm, name: str) -> QPushButton:
    widget = find(form, name)
    assert isinstance(widget, QPushButton)
    return widget


def flag_shown(root: QWidget, code: str) -> bool:
    """A flag's card is on the panel (cards are kept, hidden, when their flag goes)."""
    card = root.findChild(QWidget, f"flag.{code}")
    return card is not None and not card.isHidden()


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    QTest.keyClicks(field, text) if text else field.clear()
    if not text:
        QTest.keyClick(field, Qt.Key.Key_Backspace)


@pytest.mark.parametrize(
    ("path", "typed", "expected"),
    [
        ("patient.email", "maya.example.org", "Must look like an email address"),
        ("patient.date_of_birth", "14/03/1991", "Must be a date written YYYY-MM-DD"),
        ("patient.date_of_birth", "1991-02-30", "Is not a real calendar date"),
        ("patient.date_of_birth", "2030-01-01", "visit"),
        ("patient.first_name", "x" * 101, "Must be at most 100 characters"),
        ("visit_date", "tomorrow", "Must be a date written YYYY-MM-DD"),
        ("running.weekly_distance", "lots", "Must be a number"),
        ("running.weekly_distance", "401", "Must be between 0 and 400"),
        ("running.shoe_pairs_in_rotation", "1.5", "Must be a whole number"),
        ("running.years_running", "-2", "Must be between 0 and 80"),
        ("symptoms.self_care_days", "400", "Must be between 0 and 365"),
        ("symptoms.onset_date", "2099-01-01", "visit"),
    ],
)
def test_a_wrong_answer_is_outlined_with_its_message_under_it(
    qtbot: QtBot, form: IntakeForm, path: str, typed: str, expected: str
) -> None:
    form.binding.load(example())
    form.go_to(STEP_NAMES.index(step_of(path)))
    field = line(form, path)
    assert not message(form, path).isVisible()
    retype(qtbot, field, typed)
    label = message(form, path)
    assert label.isVisible()
    assert expected.lower() in label.text().lower()
    assert field.property("invalid") is True
    # ...and nothing else on the form is marked.
    marked = [w.objectName() for w in form.findChildren(QWidget) if w.property("invalid")]
    assert marked == [path]


def test_an_empty_required_answer_says_so_once_touched(qtbot: QtBot, form: IntakeForm) -> None:
    field = line(form, "patient.first_name")
    assert not message(form, "patient.first_name").isVisible()  # a fresh form is not red
    QTest.keyClicks(field, "M")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert message(form, "patient.first_name").text() == "Must not be empty."


def test_next_is_disabled_with_the_reason_until_the_step_is_right(
    qtbot: QtBot, form: IntakeForm
) -> None:
    next_button = button(form, "intake.next")
    blocked = find(form, "intake.blocked")
    assert isinstance(blocked, QLabel)
    assert not next_button.isEnabled()
    assert "First name" in blocked.text()
    QTest.keyClicks(line(form, "patient.first_name"), "Maya")
    assert "Last name" in blocked.text()
    QTest.keyClicks(line(form, "patient.last_name"), "Okafor")
    QTest.keyClicks(line(form, "patient.date_of_birth"), "1991-03-14")
    assert next_button.isEnabled()
    assert blocked.text() == ""
    QTest.keyClicks(line(form, "patient.email"), "nope")
    assert not next_button.isEnabled()
    assert "Email" in blocked.text()


def test_leaving_a_step_shows_what_is_wrong_on_it(qtbot: QtBot, form: IntakeForm) -> None:
    button(form, "intake.step.running").click()
    assert form.current_step() == STEP_NAMES.index("running")
    # The patient step is out of sight now; its messages wait there, shown.
    assert not message(form, "patient.first_name").isHidden()
    assert message(form, "patient.date_of_birth").text() == "Is required."
    assert message(form, "running.weekly_distance").isHidden()


def test_submit_waits_for_a_valid_intake_and_stores_exactly_what_was_typed(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation
) -> None:
    document = example()
    form.binding.load({**document, "patient": {**document["patient"], "first_name": ""}})
    form.go_to(STEP_NAMES.index("review"))
    submit = button(form, "intake.submit")
    assert submit.isVisible()
    assert not submit.isEnabled()
    assert "First name" in form.findChild(QLabel, "intake.blocked").text()  # type: ignore[union-attr]
    review = find(form, "intake.review")
    assert isinstance(review, QLabel)
    assert "To fix: First name" in review.text()
    form.go_to(0)
    QTest.keyClicks(line(form, "patient.first_name"), "Maya")
    form.go_to(STEP_NAMES.index("review"))
    assert submit.isEnabled()
    assert "Okafor" in review.text()
    with qtbot.waitSignal(form.submitted) as signal:
        submit.click()
    submitted = signal.args[0]
    stored = intakes.get_intake(front_desk.database, submitted.intake_id)
    assert stored.status == "submitted"
    expected = {**document, "running": {**document["running"]}}
    for section in ("patient", "running", "symptoms"):
        for key, value in expected[section].items():
            assert stored.document[section][key] == value, f"{section}.{key}"
    assert stored.document["visit_date"] == document["visit_date"]


def test_flags_follow_every_change(qtbot: QtBot, form: IntakeForm) -> None:
    form.binding.load(example())
    form.go_to(STEP_NAMES.index("symptoms"))
    assert not flag_shown(form, "worsening_or_night_pain")
    night = find(form, "symptoms.night_pain")
    assert isinstance(night, QCheckBox)
    night.click()
    qtbot.waitUntil(lambda: flag_shown(form, "worsening_or_night_pain"))
    night.click()
    qtbot.waitUntil(lambda: not flag_shown(form, "worsening_or_night_pain"))


def test_the_unit_switch_says_which_unit_distances_are_in(form: IntakeForm) -> None:
    unit = find(form, "running.distance_unit")
    assert isinstance(unit, QComboBox)
    assert line(form, "running.weekly_distance").placeholderText() == "in km"
    unit.setCurrentIndex(unit.findData("mi"))
    assert line(form, "running.shoe_distance").placeholderText() == "in miles"
    assert form.binding.document()["running"]["distance_unit"] == "mi"


def test_the_side_mirrors_the_foot_map(form: IntakeForm) -> None:
    side = find(form, "symptoms.side")
    foot = find(form, "symptoms.locations")
    assert isinstance(side, QComboBox)
    assert isinstance(foot, FootMap)
    side.setCurrentIndex(side.findData("left"))
    assert foot.side() == "left"


def test_the_visit_date_defaults_to_today(form: IntakeForm) -> None:
    from datetime import date

    assert line(form, "visit_date").text() == date.today().isoformat()


def test_a_draft_is_saved_a_second_after_typing_into_one_row(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation
) -> None:
    field = line(form, "patient.first_name")
    QTest.keyClicks(field, "Maya")
    assert intakes.unfinished_drafts(front_desk.database) == []  # not on every keystroke
    with qtbot.waitSignal(form.keeper.saved, timeout=3000):
        pass
    QTest.keyClicks(line(form, "patient.last_name"), "Okafor")
    with qtbot.waitSignal(form.keeper.saved, timeout=3000):
        pass
    drafts = intakes.unfinished_drafts(front_desk.database)
    assert len(drafts) == 1
    assert drafts[0].document["patient"]["first_name"] == "Maya"
    assert drafts[0].document["patient"]["last_name"] == "Okafor"
    status = find(form, "intake.draftStatus")
    assert isinstance(status, QLabel)
    assert status.text().startswith("Draft saved at")


def test_a_resumed_draft_shows_every_answer_and_keeps_saving_into_it(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation
) -> None:
    document = example()
    document["running"]["weekly_distance"] = "4x"  # kept as typed, even when wrong
    saved = intakes.save_draft(front_desk.database, front_desk.actor, document)
    draft = intakes.unfinished_drafts(front_desk.database)[0]
    form.resume(draft)
    assert line(form, "patient.last_name").text() == "Okafor"
    assert line(form, "running.weekly_distance").text() == "4x"
    foot = find(form, "symptoms.locations")
    assert isinstance(foot, FootMap)
    assert foot.locations() == ["heel", "arch"]
    pain = find(form, "symptoms.pain_worst")
    assert isinstance(pain, PainScale)
    assert pain.value() == 7
    assert not message(form, "running.weekly_distance").isHidden()
    assert form.binding.document() == {**document, **_defaults_filled(form, document)}
    retype(qtbot, line(form, "running.weekly_distance"), "48")
    with qtbot.waitSignal(form.keeper.saved, timeout=3000):
        pass
    drafts = intakes.unfinished_drafts(front_desk.database)
    assert [d.intake_id for d in drafts] == [saved.intake_id]
    assert drafts[0].document["running"]["weekly_distance"] == 48


def _defaults_filled(form: IntakeForm, document: dict[str, Any]) -> dict[str, Any]:
    """The sections as the form reads them back: the example plus the form's defaults."""
    read = form.binding.document()
    for section in ("patient", "running", "symptoms", "history"):
        for key, value in document.get(section, {}).items():
            assert read[section][key] == value, f"{section}.{key}"
    return {section: read[section] for section in ("patient", "running", "symptoms", "history")} | {
        "notes": read["notes"]
    }
