"""The one answer renderer and the one source of the form's labels.

The desk's review step and the clinician's review pane render the same document's answers
through `gui/common/answers.py`; the cross-place test reads both off their widgets and
fails if either words an answer its own way. The labels are read from the `.ui` sources
without building a widget, and a test holds them equal to what the built form shows.
"""

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from clinic_app import paths
from clinic_app.gui.common.answers import (
    NOTHING_ANSWERED,
    answer_text,
    answered_steps,
    answers_html,
    shown_number,
)
from clinic_app.gui.common.form_labels import field_label, form_files, form_labels, label_sources
from clinic_app.gui.common.intake_fields import FIELDS, STEPS
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.review.review_detail import ReviewDetail
from clinic_app.services import intakes
from gui.driving import find

ROOT = Path(__file__).resolve().parents[2]
_ROW = re.compile(r"<div><b>(?P<label>[^<]*):</b> (?P<words>.*?)</div>")
_HEADING = re.compile(r"<h[34]>(?P<title>[^<]*)</h[34]>")


def maya(**history: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (paths.resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    document["symptoms"]["weight_bearing"] = "unable"
    document["history"] = {"medications": "Ibuprofen when needed\nParacetamol", **history}
    document["notes"] = "Runs with a club on Sundays"
    return document


def rows_by_step(markup: str) -> dict[str, list[tuple[str, str]]]:
    """{step title: [(label, words)]} read back off the rendered answers."""
    found: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for piece in re.split(r"(?=<h[34]>)", markup):
        heading = _HEADING.match(piece)
        if heading is None:
            continue
        current = found.setdefault(heading["title"], [])
        current.extend((row["label"], row["words"]) for row in _ROW.finditer(piece))
    return found


@pytest.fixture
def form(qtbot: QtBot, front_desk: Workstation) -> IntakeForm:
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def review_step(form: IntakeForm, document: dict[str, Any]) -> str:
    form.binding.load(document)
    form.go_to(STEP_NAMES.index("review"))
    review = find(form, "intake.review")
    assert isinstance(review, QLabel)
    return review.text()


def test_the_desk_and_the_clinician_read_the_same_answers(
    qtbot: QtBot, form: IntakeForm, clinician: Workstation, front_desk: Workstation
) -> None:
    on_desk = rows_by_step(review_step(form, maya(diabetes=True)))
    document = form.binding.document()  # what the desk submits: every choice the form holds
    intake_id = intakes.submit(front_desk.database, front_desk.actor, document).intake_id
    pane = ReviewDetail(clinician)
    qtbot.addWidget(pane)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    answers = find(pane, "review.answers")
    assert isinstance(answers, QLabel)
    in_review = rows_by_step(answers.text())
    assert list(on_desk) == list(in_review) == [title for _, title in STEPS[:-1]]
    assert on_desk == in_review
    assert ("Distance in the last 7 days", "48 km") in on_desk["Running"]
    assert ("Diabetes", "Yes") in on_desk["History and notes"]
    assert ("Medications", "Ibuprofen when needed<br>Paracetamol") in on_desk["History and notes"]
    assert answers.text() == answers_html(document, level=4)


def test_the_review_step_shows_what_will_be_stored_and_what_is_to_fix(form: IntakeForm) -> None:
    document = maya()
    document["running"]["previous_weekly_distance"] = "4x"  # typed, not a number
    document["running"]["shoe_distance"] = 4.5
    document["patient"]["first_name"] = ""
    markup = review_step(form, document)
    assert markup.startswith("<h2>Review before submitting</h2><h3>Patient</h3>")
    rows = rows_by_step(markup)
    assert ("The week before", "4x") in rows["Running"]  # as typed: no unit after it
    assert ("Distance on the main pair", "4.5 km") in rows["Running"]
    assert "First name" not in dict(rows["Patient"])
    patient = markup[: markup.index("<h3>Running</h3>")]
    assert "To fix: First name" in patient
    running = markup[markup.index("<h3>Running</h3>") : markup.index("<h3>Symptoms</h3>")]
    assert "To fix: The week before" in running
    assert "To fix" not in markup[markup.index("<h3>Symptoms</h3>") :]


def test_a_step_with_nothing_answered_says_so() -> None:
    markup = answers_html({"patient": {}, "running": {}, "symptoms": {}}, level=4)
    assert markup.count(f"<div>{NOTHING_ANSWERED}</div>") == len(STEPS) - 1
    assert [step.answers for step in answered_steps({})] == [()] * (len(STEPS) - 1)


@pytest.mark.parametrize(
    ("path", "answer", "words"),
    [
        ("running.weekly_distance", 48.0, "48 km"),
        ("running.weekly_distance", "4x", "4x"),
        ("running.years_running", 6, "6"),  # not a distance: no unit
        ("symptoms.pain_now", 4, "4 / 10"),
        ("symptoms.swelling", "significant", "A lot"),
        ("running.stretches_after_running", False, "No"),
        ("running.stretches_after_running", None, ""),
        ("running.surfaces", ["road", "trail"], "Road, Trail"),
        ("symptoms.locations", ["heel", "arch"], "Heel, Arch"),
        ("symptoms.fever", False, ""),  # an unticked box is left out
        ("symptoms.fever", True, "Yes"),
        ("patient.first_name", "  Maya ", "Maya"),
    ],
)
def test_each_kind_of_answer_in_words(path: str, answer: object, words: str) -> None:
    section, _, name = path.rpartition(".")
    document: dict[str, Any] = {"running": {"distance_unit": "km"}}
    document.setdefault(section, {})[name] = answer
    assert answer_text(document, path) == words


def test_numbers_are_shown_as_typed_not_as_floats() -> None:
    assert [shown_number(value) for value in (48.0, 4.5, 7, None, "4x")] == [
        "48",
        "4.5",
        "7",
        "",
        "4x",
    ]


def test_the_labels_are_the_ones_the_built_form_shows(form: IntakeForm) -> None:
    """One source, the `.ui` files: what the running form draws for each field is what
    the renderer names it. A label set or changed in code after setupUi fails here."""
    drawn: dict[str, str] = {}
    for path in FIELDS:
        widget = find(form, path)
        if isinstance(widget, QCheckBox):
            drawn[path] = widget.text().replace("&", "")
            continue
        labels = [label for label in form.findChildren(QLabel) if label.buddy() is widget]
        assert labels, f"the form shows no label for {path}"
        drawn[path] = labels[0].text().replace("&", "")
    assert form_labels() == drawn
    assert field_label("running.weekly_distance") == "Distance in the last 7 days"
    assert field_label("not.a.field") == "not.a.field"


def test_the_labels_are_read_without_building_a_widget(qtbot: QtBot) -> None:
    before = len(QApplication.allWidgets())
    label_sources.cache_clear()
    try:
        labels = form_labels()
    finally:
        assert len(QApplication.allWidgets()) == before
    assert set(labels) == set(FIELDS)
    assert labels["patient.first_name"] == "First name"  # the mnemonic's & dropped


def test_the_ui_sources_travel_with_every_copy_of_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout reads ui/ at the root; the wheel carries it as clinic_app/ui; the frozen
    bundle as ui/ beside resources/."""
    assert paths.ui_dir() == ROOT / "ui"
    assert all(path.is_file() for path in form_files())
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert wheel["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]["ui"] == (
        "clinic_app/ui"
    )
    spec = (ROOT / "installer" / "clinic-intake.spec").read_text("utf-8")
    assert '(str(ROOT / "ui" / "*.ui"), "ui")' in spec
    (tmp_path / "ui").mkdir()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.ui_dir() == tmp_path / "ui"
