"""The exercise sheet as the patient gets it: real PDFs from the real builder and renderer,
read back with pypdf.

The intakes: plantar heel pain with no referral (six cards), no flag at all (the general
six, calf raises among them), a follow-up at stage 6 (balance work), Maya Okafor (plantar
heel pain with a "soon" referral: the gentle ones only) and an emergency (no exercise).
The words expected are read from en.toml by key, not from the sheet under test; which
exercises each intake gets is written out by hand.
"""

import dataclasses
import io
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pypdf
import pytest
import textstat
from intake_documents import document
from pypdf.generic import ArrayObject, DictionaryObject

from clinic_app.exercises.codes import EXERCISE_CODES, ExerciseCode
from clinic_app.handouts import exercise_render
from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.exercise_drawing import exercise_drawing
from clinic_app.handouts.exercise_render import (
    render_care_sheet_with_exercises,
    render_exercise_sheet,
)
from clinic_app.handouts.exercise_sheet import ExerciseSheet, build_exercise_sheet
from clinic_app.handouts.render import MAX_SHEET_PAGES, render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.handouts.text import handout_text
from clinic_app.intake import Intake, parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess
from handouts.test_patient_languages import english_left, flat

EN = handout_text("en")
PAPERS: tuple[Paper, ...] = ("a4", "letter")
LANGUAGES = ("en", "es", "zh-Hans")
HEEL = {"symptoms.locations": ["heel"], "symptoms.first_step_morning_pain": True}
MAYA = json.loads((resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8"))
INTAKES: dict[str, dict[str, Any]] = {
    "heel": document(HEEL),
    "general": document(),
    "stage-6": document(),
    "maya": MAYA,
    "emergency": document({"symptoms.foot_colour": "mottled", "symptoms.foot_cold": True}),
}
STAGES = {"stage-6": 6}
CHOSEN = {
    "heel": (
        "calf_stretch_straight",
        "calf_stretch_bent",
        "arch_stretch",
        "ball_roll",
        "towel_curls",
        "short_foot",
    ),
    "general": (
        "calf_stretch_straight",
        "calf_stretch_bent",
        "towel_curls",
        "short_foot",
        "calf_raise_straight",
        "calf_raise_bent",
    ),
    "stage-6": (
        "calf_stretch_straight",
        "calf_stretch_bent",
        "short_foot",
        "calf_raise_straight",
        "calf_raise_bent",
        "single_leg_balance",
    ),
    "maya": (
        "calf_stretch_straight",
        "calf_stretch_bent",
        "arch_stretch",
        "ankle_circles",
        "ball_roll",
    ),
    "emergency": (),
}
SIX_CARDS = ("heel", "general", "stage-6")
STRENGTH = (
    "towel_curls",
    "marble_pickup",
    "short_foot",
    "calf_raise_straight",
    "calf_raise_bent",
    "single_leg_balance",
)

Key = tuple[str, str, Paper, bool]


def name(code: str) -> str:
    return EN(f"exercises.{code}.name")


def intake(case: str) -> Intake:
    return parse_intake(INTAKES[case])


@pytest.fixture(scope="module")
def sheets(clinic_letterhead: Letterhead, printed_on: date) -> dict[tuple[str, str], ExerciseSheet]:
    built = {}
    for case in INTAKES:
        for language in LANGUAGES:
            patient = intake(case)
            built[case, language] = build_exercise_sheet(
                patient,
                assess(patient),
                plan_stage=STAGES.get(case),
                letterhead=clinic_letterhead,
                printed_on=printed_on,
                language=language,
            )
    return built


@pytest.fixture(scope="module")
def pdfs(sheets: dict[tuple[str, str], ExerciseSheet]) -> Callable[[str, str, Paper, bool], bytes]:
    """Each sheet on each paper in each print size, rendered once, when first asked for."""
    made: dict[Key, bytes] = {}

    def pdf(case: str, language: str = "en", paper: Paper = "a4", large: bool = False) -> bytes:
        key = (case, language, paper, large)
        if key not in made:
            made[key] = render_exercise_sheet(
                sheets[case, language], paper=paper, large_print=large
            )
        return made[key]

    return pdf


def test_the_intakes_raise_what_the_cases_are_about() -> None:
    codes = {case: {flag.code for flag in assess(intake(case)).flags} for case in INTAKES}
    assert "plantar_heel_pain" in codes["heel"]
    assert not any(flag.kind == "referral" for flag in assess(intake("heel")).flags)
    assert {"plantar_heel_pain", "persistent_pain"} <= codes["maya"]
    assert "circulation_compromise" in codes["emergency"]


@pytest.mark.parametrize("case", list(INTAKES))
def test_each_chosen_exercise_is_printed_with_its_name_dose_and_stop(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str], case: str
) -> None:
    text = pdf_text(pdfs(case))
    for code in CHOSEN[case]:
        for part in ("name", "how", "dose", "often", "stop"):
            assert EN(f"exercises.{code}.{part}") in text, (code, part)
    for code in set(EXERCISE_CODES) - set(CHOSEN[case]):
        assert name(code) not in text, code
    # In the sheet's order: stretches, then strength, then balance.
    places = [text.index(name(code)) for code in CHOSEN[case]]
    assert places == sorted(places)


def test_plantar_heel_pain_gives_the_arch_stretch_the_ball_roll_and_the_calf_stretches(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(pdfs("heel"))
    for words in (
        "Arch stretch",
        "Ball roll",
        "Calf stretch, straight knee",
        "Calf stretch, bent knee",
    ):
        assert words in text
    assert EN("exercises.gentle") not in text  # no referral: nothing to hold back


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_a_referral_gives_the_gentle_sentence_and_no_strength_work(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str], paper: Paper, large: bool
) -> None:
    text = pdf_text(pdfs("maya", "en", paper, large))
    assert "Until a clinician has seen your foot, do only these gentle exercises." in text
    assert "Do not do any strength work yet." in text
    for code in STRENGTH:
        assert name(code) not in text, code
    assert "raise" not in text.lower()


def test_an_emergency_gives_the_withheld_sentence_and_no_exercise(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(pdfs("emergency"))
    assert "Do not do any exercises for now. Get emergency care first." in text
    for code in EXERCISE_CODES:
        assert name(code) not in text
    assert EN("exercises.stop_heading") not in text
    assert EN("exercises.gentle") not in text


def test_strength_work_a_clinician_adds_takes_the_gentle_note_away(
    pdf_text: Callable[[bytes], str], printed_on: date
) -> None:
    """A clinician who adds calf raises while the referral is open has seen the patient;
    the codes print in the sheet's order, however they were given."""
    patient = intake("maya")
    given: tuple[ExerciseCode, ...] = ("calf_raise_straight", "arch_stretch")
    sheet = build_exercise_sheet(patient, assess(patient), codes=given, printed_on=printed_on)
    assert [card.code for card in sheet.cards] == ["arch_stretch", "calf_raise_straight"]
    text = pdf_text(render_exercise_sheet(sheet))
    assert name("calf_raise_straight") in text
    assert EN("exercises.gentle") not in text
    gentle_only = build_exercise_sheet(
        patient, assess(patient), codes=("arch_stretch",), printed_on=printed_on
    )
    assert gentle_only.note == EN("exercises.gentle")


def test_a_possible_fracture_says_to_keep_the_foot_still(
    pdf_text: Callable[[bytes], str], printed_on: date
) -> None:
    patient = parse_intake(
        document(
            {
                "symptoms.injury": "twist",
                "symptoms.locations": ["ankle"],
                "symptoms.bone_point_tenderness": True,
            }
        )
    )
    text = pdf_text(
        render_exercise_sheet(build_exercise_sheet(patient, assess(patient), printed_on=printed_on))
    )
    assert EN("exercises.none") in text
    assert not any(name(code) in text for code in EXERCISE_CODES)


def test_each_card_has_its_drawing(
    sheets: dict[tuple[str, str], ExerciseSheet], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The renderer asks for one drawing per card, by the card's code, 1.1 to 1.5 inches."""
    drawn: list[tuple[str, float, bool]] = []
    real = exercise_drawing

    def spy(code: str, size: float, *, large_print: bool = False) -> Any:
        drawn.append((code, size, large_print))
        return real(code, size, large_print=large_print)

    monkeypatch.setattr(exercise_render, "exercise_drawing", spy)
    for large in (False, True):
        drawn.clear()
        pdf = render_exercise_sheet(sheets["heel", "en"], paper="letter", large_print=large)
        assert pdf.startswith(b"%PDF")
        last = drawn[-len(CHOSEN["heel"]) :]  # the layout that was kept is drawn last
        assert [code for code, _, _ in last] == list(CHOSEN["heel"])
        assert all(72 * 1.1 - 0.01 <= size <= 72 * 1.5 + 0.01 for _, size, _ in last)
        assert all(flag == large for _, _, flag in last)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("case", SIX_CARDS)
def test_six_cards_fit_one_page_in_normal_print_and_two_in_large(
    pdfs: Callable[..., bytes],
    sheets: dict[tuple[str, str], ExerciseSheet],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
    body_size: Callable[[bytes], float],
    case: str,
    paper: Paper,
    language: str,
) -> None:
    assert len(sheets[case, language].cards) == 6
    assert len(page_sizes(pdfs(case, language, paper, False))) == 1
    assert len(page_sizes(pdfs(case, language, paper, True))) == 2
    assert body_size(pdfs(case, language, paper, True)) >= 14
    assert body_size(pdfs(case, language, paper, False)) < 14


@pytest.mark.parametrize("case", list(INTAKES))
def test_every_page_has_the_care_sheets_footer(
    pdfs: Callable[..., bytes], pdf_pages: Callable[[bytes], tuple[str, ...]], case: str
) -> None:
    pages = pdf_pages(pdfs(case, "en", "letter", True))
    for number, page in enumerate(pages, start=1):
        assert EN("footer.notice") in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed 23 November 2026" in page


@pytest.mark.parametrize("case", list(INTAKES))
def test_the_english_sheet_reads_at_grade_8_or_lower(
    sheets: dict[tuple[str, str], ExerciseSheet],
    pdfs: Callable[..., bytes],
    pdf_text: Callable[[bytes], str],
    case: str,
) -> None:
    sheet = sheets[case, "en"]
    prose = " ".join(sheet.prose())
    grade: Any = textstat.flesch_kincaid_grade(prose)
    assert float(grade) <= 8, prose
    printed: Any = textstat.flesch_kincaid_grade(pdf_text(pdfs(case)))
    assert float(printed) <= 8
    for card in sheet.cards:  # one card in hard words could hide behind the plain ones
        card_grade: Any = textstat.flesch_kincaid_grade(" ".join(card.prose()))
        assert float(card_grade) <= 8, card


@pytest.mark.parametrize("case", list(INTAKES))
def test_the_spanish_sheet_reads_easily(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str], case: str
) -> None:
    text = flat(pdf_text(pdfs(case, "es")))
    assert english_left(text) == []
    textstat.set_lang("es")  # Spanish syllables; the module's setting is global
    try:
        score = textstat.fernandez_huerta(text)
    finally:
        textstat.set_lang("en_US")
    assert score >= 70, score


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font the pages name, and whether its glyphs are in the PDF (a FontFile stream)."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        for reference in fonts.values():
            font = reference.get_object()
            target = font
            if "/DescendantFonts" in font:
                descendants = font["/DescendantFonts"].get_object()
                assert isinstance(descendants, ArrayObject)
                target = descendants[0].get_object()
            descriptor = target.get("/FontDescriptor")
            streams = set(descriptor.get_object()) if descriptor is not None else set()
            found[str(font["/BaseFont"])] = bool(
                {"/FontFile", "/FontFile2", "/FontFile3"} & streams
            )
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_font_is_embedded(
    pdfs: Callable[..., bytes],
    unembedded_fonts: Callable[[bytes], set[str]],
    language: str,
    large: bool,
) -> None:
    """DejaVu only, as a subset: a drawing's default Helvetica never reaches the PDF."""
    for case in ("heel", "stage-6"):
        assert unembedded_fonts(pdfs(case, language, "letter", large)) == set()


@pytest.mark.parametrize("case", ["heel", "maya", "emergency"])
def test_the_chinese_sheet_embeds_its_font_and_leaves_no_english(
    pdfs: Callable[..., bytes], pdf_text: Callable[[bytes], str], case: str
) -> None:
    pdf = pdfs(case, "zh-Hans")
    fonts = embedded_fonts(pdf)
    assert any("DroidSansFallback" in font for font in fonts), fonts
    assert all(fonts.values()), fonts
    text = flat(pdf_text(pdf))
    assert english_left(text) == []
    assert "你的练习" in text
    zh = handout_text("zh-Hans")
    for code in CHOSEN[case]:
        assert zh(f"exercises.{code}.name") in text
        assert zh(f"exercises.{code}.dose") in text
    sentences = [part for part in re.split(r"[。！？]", "".join(text.split())) if part]
    assert sum(map(len, sentences)) / len(sentences) <= 25


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_care_sheet_and_the_exercises_print_as_one_document(
    sheets: dict[tuple[str, str], ExerciseSheet],
    clinic_letterhead: Letterhead,
    printed_on: date,
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    paper: Paper,
    large: bool,
) -> None:
    patient = intake("maya")
    care = build_care_sheet(
        patient, assess(patient), letterhead=clinic_letterhead, printed_on=printed_on
    )
    alone = pdf_pages(render_care_sheet(care, paper=paper, large_print=large))
    exercises = sheets["maya", "en"]
    pages = pdf_pages(
        render_care_sheet_with_exercises(care, exercises, paper=paper, large_print=large)
    )
    exercise_pages = 2 if large else 1
    assert len(pages) == len(alone) + exercise_pages
    # The care sheet's pages first, as they print alone, then the exercises from a new page.
    for together, by_itself in zip(pages, alone, strict=False):
        assert together.split("Page ")[0] == by_itself.split("Page ")[0]
    first_exercise_page = pages[len(alone)]
    assert EN("exercises.title") in first_exercise_page
    assert EN("exercises.title") not in " ".join(pages[: len(alone)])
    assert EN("sheet.title") in pages[0]
    # One document: its pages numbered through.
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_the_care_sheets_three_page_limit_holds_in_the_combined_document(
    sheets: dict[tuple[str, str], ExerciseSheet],
    printed_on: date,
    pdf_pages: Callable[[bytes], tuple[str, ...]],
) -> None:
    """A care sheet stretched past three pages in large print loses its general list, as
    on its own (test_page_limit.py), and the exercises still follow on their own pages."""
    patient = parse_intake(document())
    care = build_care_sheet(patient, assess(patient), printed_on=printed_on)
    more = tuple(
        f"Point {number}: walk for ten minutes on flat ground, then rest your foot."
        for number in range(60)
    )
    long = dataclasses.replace(care, plan=dataclasses.replace(care.plan, bullets=more))
    pages = pdf_pages(
        render_care_sheet_with_exercises(long, sheets["general", "en"], large_print=True)
    )
    exercises_from = next(n for n, page in enumerate(pages) if EN("exercises.title") in page)
    assert exercises_from <= MAX_SHEET_PAGES
    assert len(pages) - exercises_from == 2
    assert " ".join(care.plan.more_bullets[0].split()) not in " ".join(pages)


def test_nothing_for_clinicians_only_and_no_flag_code_reaches_the_sheet(
    intake_document: Callable[[str], dict[str, Any]],
    pdf_text: Callable[[bytes], str],
    printed_on: date,
) -> None:
    """Every flag one intake can raise, energy availability among them: the sheet names
    none, and with a bone that may be broken it gives no exercise, only to keep still."""
    patient = parse_intake(intake_document("every-flag"))
    assessment = assess(patient)
    assert any(flag.clinician_only for flag in assessment.flags)
    for language in ("en", "es"):
        sheet = build_exercise_sheet(patient, assessment, printed_on=printed_on, language=language)
        text = pdf_text(render_exercise_sheet(sheet)).lower()
        for word in ("energy", "periods", "eating", "red-s", "energía", "menstrua"):
            assert word not in text
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)
        assert sheet.cards == ()
        assert sheet.note == handout_text(language)("exercises.none")
