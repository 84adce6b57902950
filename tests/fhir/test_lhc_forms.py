"""The Questionnaire in a real SDC renderer (fhir.md: "It must render and be answerable in a
real SDC renderer unchanged"): LHC-Forms in headless Chromium, answered through its own
widgets as a patient would, in each language; the QuestionnaireResponse it gives imports as
exactly the answers given."""

import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import needs
import pytest
from fhir_schema import assert_valid
from lhc_forms import CHROMIUM_FLAGS, served_site

from clinic_app.fhir.questionnaire import build_questionnaire
from clinic_app.fhir.response import read_response
from clinic_app.fhir.words import words_for
from clinic_app.intake import parse_intake
from clinic_app.languages import KNOWN_LANGUAGES

pytestmark = pytest.mark.slow

playwright_api = pytest.importorskip("playwright.sync_api")

ANSWERS: dict[str, Any] = {
    "format": "clinic-intake/1",
    "patient": {
        "first_name": "Maya",
        "last_name": "Okafor",
        "date_of_birth": "1991-03-14",
        "sex": "female",
    },
    "visit_date": "2026-11-20",
    "running": {
        "weekly_distance": 48.5,
        "recent_changes": ["distance", "hills"],
        "shoe_pairs_in_rotation": 2,
        "uses_orthotics": True,
    },
    "symptoms": {
        "side": "left",
        "locations": ["heel", "arch"],
        "pain_now": 4,
        "pain_worst": 7,
        "swelling": "mild",
        "first_step_morning_pain": True,
        "fever": False,
    },
    "history": {"medications": "Ibuprofen when needed"},
    "notes": "Worse on stairs",
    "measures": {"psfs": [{"activity": "Running 5 km", "score": 3}]},
}


NUMBERED = re.compile(r"^\d+:\s*")


class Form:
    """The rendered form, answered through LHC-Forms' own inputs by each item's linkId."""

    def __init__(self, page: Any, language: str) -> None:
        self.page = page
        self.words = words_for(language)

    @staticmethod
    def element_id(link_id: str) -> str:
        # LHC-Forms numbers each level of nesting: visit_date/1, patient.sex/1/1, ...
        return link_id + "/1" * (link_id.count(".") + 1)

    def field(self, link_id: str) -> Any:
        return self.page.locator(f'[id="{self.element_id(link_id)}"]')

    def type(self, link_id: str, value: object) -> None:
        box = self.field(link_id)
        box.click()
        box.fill(str(value))
        box.press("Tab")

    def date(self, link_id: str, iso: str) -> None:
        year, month, day = iso.split("-")
        box = self.page.locator(f'[id="{self.element_id(link_id)}"] input')
        box.click()
        box.fill(f"{month}/{day}/{year}")
        box.press("Enter")

    def choose(self, link_id: str, *codes: str) -> None:
        """Pick each choice by the words the patient reads, from the renderer's own list
        (which numbers its entries: "1:  Female")."""
        box = self.field(link_id)
        for code in codes:
            shown = self.words.option(link_id, code)
            box.click()
            listed = self.page.locator("#completionOptions li")
            listed.first.wait_for()
            texts = [NUMBERED.sub("", text).strip() for text in listed.all_inner_texts()]
            assert shown in texts, f"{link_id}: {shown!r} is not offered ({texts})"
            listed.nth(texts.index(shown)).click()
        box.press("Tab")

    def answer(self, link_id: str, value: bool) -> None:
        self.page.locator(f'[id="{self.element_id(link_id)}|{str(value).lower()}"]').click()

    def response(self) -> dict[str, Any]:
        found: dict[str, Any] = self.page.evaluate(
            "() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', "
            "document.getElementById('form'))"
        )
        return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium")
    if chromium is None:
        needs.missing("chromium", "chromium", "the Questionnaire is answered in a real browser")
    with tempfile.TemporaryDirectory() as profile, playwright_api.sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=list(CHROMIUM_FLAGS)
        )
        try:
            yield context
        finally:
            context.close()


def open_form(browser: Any, language: str) -> Iterator[Form]:
    questionnaire = build_questionnaire(language)
    with served_site(json.dumps(questionnaire, ensure_ascii=False)) as site:
        page = browser.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            page.goto(f"{site}/index.html")
            page.wait_for_function(
                "() => window.LForms && LForms.Util && LForms.Util.addFormToPage"
            )
            page.evaluate(
                "async () => { const q = await (await fetch('questionnaire.json')).json();"
                " await LForms.Util.addFormToPage(q, document.getElementById('form')); }"
            )
            page.wait_for_selector('[id="patient.first_name/1/1"]')
            assert errors == []
            yield Form(page, language)
        finally:
            page.close()


@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_the_questionnaire_is_answered_in_lhc_forms_and_its_response_imports_exactly(
    browser: Any, language: str
) -> None:
    for form in open_form(browser, language):
        # The patient reads the questions in their language.
        label = form.page.locator('[id="label-symptoms.side/1/1"]').inner_text()
        assert form.words.item("symptoms.side") in label
        form.type("patient.first_name", "Maya")
        form.type("patient.last_name", "Okafor")
        form.date("patient.date_of_birth", "1991-03-14")
        form.choose("patient.sex", "female")
        form.date("visit_date", "2026-11-20")
        form.type("running.weekly_distance", "48.5")
        form.choose("running.recent_changes", "distance", "hills")
        form.type("running.shoe_pairs_in_rotation", "2")
        form.answer("running.uses_orthotics", True)
        form.choose("symptoms.side", "left")
        form.choose("symptoms.locations", "heel", "arch")
        form.type("symptoms.pain_now", "4")
        form.type("symptoms.pain_worst", "7")
        form.choose("symptoms.swelling", "mild")
        form.answer("symptoms.first_step_morning_pain", True)
        form.answer("symptoms.fever", False)
        form.type("history.medications", "Ibuprofen when needed")
        form.type("notes", "Worse on stairs")
        form.type("measures.psfs.activity", "Running 5 km")
        form.type("measures.psfs.score", "3")
        response = form.response()
    assert_valid(response)
    assert response["status"] == "completed"
    read = read_response(response)
    assert read.value_problems == ()
    assert parse_intake(read.document) == parse_intake(ANSWERS)


def test_a_patient_who_skips_every_optional_question_can_finish(browser: Any) -> None:
    """Only the required answers: the optional PSFS group left alone imports cleanly."""
    for form in open_form(browser, "en"):
        form.type("patient.first_name", "Ana")
        form.type("patient.last_name", "Ruiz")
        form.date("patient.date_of_birth", "1988-07-02")
        form.date("visit_date", "2026-11-21")
        form.type("running.weekly_distance", "20")
        form.choose("symptoms.side", "both")
        form.choose("symptoms.locations", "achilles")
        form.type("symptoms.pain_now", "2")
        response = form.response()
    read = read_response(response)
    assert read.value_problems == ()
    intake = parse_intake(read.document)
    assert intake.symptoms.locations == ["achilles"]
    assert intake.measures.psfs is None
    assert intake.running.distance_unit == "km"  # unanswered: the document's default
