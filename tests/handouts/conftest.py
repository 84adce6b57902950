"""Shared fixtures for the handout tests: the intakes, and what is read back out of a PDF.

Every check here reads the real PDF bytes with pypdf, as a patient's viewer or a search
would, never the records the renderer was given. Extracted text is normalised (NFC, runs
of whitespace made one space) before it is searched, since ReportLab wraps lines wherever
the paper width puts them.

The helpers are handed to tests as session-scoped fixtures (a conftest is not imported
by test modules), each typed with plain types so mypy --strict checks their use.
"""

import copy
import io
import json
import math
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

import pypdf
import pytest
from intake_documents import document
from pypdf.generic import ArrayObject, DictionaryObject, PdfObject

from clinic_app.handouts.content import Letterhead
from clinic_app.paths import resources_dir

PRINTED_ON = date(2026, 11, 23)
"""The day every sheet and letter built directly (not through the CLI) says it was printed."""

CLINIC = Letterhead("Riverside Running Clinic", "12 Mill Lane, Springfield", "555-0199")

# --- The intakes ------------------------------------------------------------------------------

_TYPICAL: dict[str, Any] = json.loads(
    (resources_dir() / "examples" / "maya-okafor.json").read_text(encoding="utf-8")
)

# Advice only: the load rose (28 -> 33 km, +17.9 %) and the shoes are due a check (500 km),
# but nothing calls for a clinician; the baseline of intake_documents raises no flag at all.
_NO_REFERRAL = document(
    {
        "patient.first_name": "Tomás",
        "patient.last_name": "Reyes",
        "visit_date": "2026-10-05",
        "running.weekly_distance": 33,
        "running.previous_weekly_distance": 28,
        "running.shoe_distance": 500,
    }
)

# As many flags as one intake can raise. Only the pairs the rules make exclusive are left
# out: difficulty_walking (weight bearing "difficult", here "unable") and achilles_rupture
# (injury "pop", here "twist" for the Ottawa rules). energy_availability fires too, from
# irregular periods and restricted eating; diabetes with fever and redness fires both the
# infection and the diabetic-foot rules.
_EVERY_FLAG = document(
    {
        "patient.first_name": "Zoë",
        "patient.last_name": "Dvořák-Łukasiewicz",
        "patient.sex": "female",
        "patient.date_of_birth": "1988-02-29",
        "patient.clinic_number": "Z-0077",
        "visit_date": "2026-11-20",
        "running.weekly_distance": 60,
        "running.previous_weekly_distance": 40,
        "running.recent_changes": ["distance", "surface"],
        "running.surfaces": ["road", "concrete"],
        "running.shoe_distance": 900,
        "running.shoe_pairs_in_rotation": 1,
        "running.shoe_fit_problems": True,
        "running.cross_training": False,
        "symptoms.locations": ["heel", "arch", "inner_midfoot", "ankle", "achilles"],
        "symptoms.onset_date": "2026-11-01",
        "symptoms.pain_now": 8,
        "symptoms.pain_worst": 10,
        "symptoms.pain_character": ["sharp", "stabbing"],
        "symptoms.pain_localized": True,
        "symptoms.bone_point_tenderness": True,
        "symptoms.numbness_or_tingling": True,
        "symptoms.swelling": "significant",
        "symptoms.redness": True,
        "symptoms.warmth": True,
        "symptoms.fever": True,
        "symptoms.weight_bearing": "unable",
        "symptoms.worse_with_activity": True,
        "symptoms.night_pain": True,
        "symptoms.first_step_morning_pain": True,
        "symptoms.self_care_days": 10,
        "symptoms.improving": False,
        "symptoms.injury": "twist",
        "history.diabetes": True,
        "history.peripheral_neuropathy": True,
        "history.previous_stress_fracture": True,
        "history.low_bone_density": True,
        "history.irregular_periods": True,
        "history.restricted_eating": True,
        "history.medications": "Metformin",
    }
)

# In miles: 21.5 -> 30 mi; next week's ceiling 21.5 x 1.1 = 23.65, printed 23.7 (half up).
# Numbness makes it a "soon" referral; 350 mi on the shoes asks for a check.
_MILES = document(
    {
        "patient.first_name": "Siobhán",
        "patient.last_name": "O'Neill",
        "visit_date": "2026-03-02",
        "running.distance_unit": "mi",
        "running.weekly_distance": 30,
        "running.previous_weekly_distance": 21.5,
        "running.shoe_distance": 350,
        "symptoms.side": "right",
        "symptoms.locations": ["ball_of_foot", "toes"],
        "symptoms.numbness_or_tingling": True,
        "symptoms.pain_now": 5,
    }
)

DOCUMENTS: dict[str, dict[str, Any]] = {
    "typical": _TYPICAL,
    "no-referral": _NO_REFERRAL,
    "every-flag": _EVERY_FLAG,
    "miles": _MILES,
}


@pytest.fixture(scope="session")
def intake_document() -> Callable[[str], dict[str, Any]]:
    """A fresh copy of a named intake document: typical, no-referral, every-flag, miles."""

    def fresh(name: str) -> dict[str, Any]:
        return copy.deepcopy(DOCUMENTS[name])

    return fresh


@pytest.fixture(scope="session")
def clinic_letterhead() -> Letterhead:
    return CLINIC


@pytest.fixture(scope="session")
def printed_on() -> date:
    """The date sheets and letters built in the tests are printed on: 23 November 2026."""
    return PRINTED_ON


# --- Reading a PDF back ------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFC, with every run of whitespace (line wraps included) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@cache
def _page_texts(pdf: bytes) -> tuple[str, ...]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return tuple(normalise(page.extract_text()) for page in reader.pages)


@cache
def _page_sizes(pdf: bytes) -> tuple[tuple[float, float], ...]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return tuple((float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages)


def _multiply(
    first: tuple[float, ...] | list[float], second: tuple[float, ...] | list[float]
) -> tuple[float, float, float, float]:
    """The 2x2 part of two PDF matrices [a b c d e f] multiplied (first, then second)."""
    a, b, c, d = first[:4]
    e, f, g, h = second[:4]
    return (a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)


@cache
def _text_runs(pdf: bytes) -> tuple[tuple[str, float, str], ...]:
    """Each piece of visible text with the size it is printed at (points) and its font.

    pypdf's visitor_text hands over, for every text-showing operator, the font size set
    by Tf together with the text matrix (Tm) and the current transformation (cm). The
    height on paper is the Tf size scaled by the vertical scale of Tm x CTM; ReportLab
    writes both without scaling today, but multiplying them in keeps the check honest
    should it ever scale text through a matrix instead of Tf. Reading the sizes this way,
    rather than grepping "/F3+0 14 Tf" in the content stream, ties each size to the words
    printed with it.
    """
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    runs: list[tuple[str, float, str]] = []

    def visit(
        text: str,
        cm: list[float],
        tm: list[float],
        font: dict[str, Any] | None,
        size: float,
    ) -> None:
        if not text.strip():
            return
        a, b, c, d = _multiply(tm, cm)
        scale = math.sqrt(abs(a * d - b * c))
        name = str(font.get("/BaseFont", "")) if font else ""
        runs.append((normalise(text), float(size) * scale, name))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return tuple(runs)


def _body_size(pdf: bytes) -> float:
    """The size most of the text is printed at, counted in characters: the body text."""
    sizes: Counter[float] = Counter()
    for text, size, _ in _text_runs(pdf):
        sizes[round(size, 2)] += len(text.replace(" ", ""))
    return sizes.most_common(1)[0][0]


@pytest.fixture(scope="session")
def pdf_pages() -> Callable[[bytes], tuple[str, ...]]:
    """The normalised text of each page."""
    return _page_texts


@pytest.fixture(scope="session")
def pdf_text() -> Callable[[bytes], str]:
    """The normalised text of the whole document."""
    return lambda pdf: " ".join(_page_texts(pdf))


@pytest.fixture(scope="session")
def page_sizes() -> Callable[[bytes], tuple[tuple[float, float], ...]]:
    """Each page's mediabox (width, height) in points."""
    return _page_sizes


@pytest.fixture(scope="session")
def text_runs() -> Callable[[bytes], tuple[tuple[str, float, str], ...]]:
    """(text, printed size in points, font name) for each piece of text shown."""
    return _text_runs


@pytest.fixture(scope="session")
def body_size() -> Callable[[bytes], float]:
    """The printed size, in points, that carries the most characters of the document."""
    return _body_size


def _dictionary(value: object) -> DictionaryObject:
    """A PDF dictionary, followed through its indirect reference if it is one."""
    resolved = value.get_object() if isinstance(value, PdfObject) else value
    assert isinstance(resolved, DictionaryObject), f"not a PDF dictionary: {resolved!r}"
    return resolved


@pytest.fixture(scope="session")
def unembedded_fonts() -> Callable[[bytes], set[str]]:
    """The fonts named in any page's resources whose glyphs are not inside the PDF.

    A font counts as embedded when its descriptor (for a composite font, its descendant's)
    carries a FontFile, FontFile2 or FontFile3 stream. Only DejaVu Sans is embedded by the
    renderer, and as a subset, so its name also starts with a six-letter tag ("ABCDEF+").
    """

    def missing(pdf: bytes) -> set[str]:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        found: set[str] = set()
        for page in reader.pages:
            fonts = _dictionary(page["/Resources"]).get("/Font")
            if fonts is None:
                continue
            for reference in _dictionary(fonts).values():
                font = _dictionary(reference)
                name = str(font.get("/BaseFont", "?"))
                target = font
                if "/DescendantFonts" in font:
                    descendants = font["/DescendantFonts"].get_object()
                    assert isinstance(descendants, ArrayObject)
                    target = _dictionary(descendants[0])
                descriptor = target.get("/FontDescriptor")
                streams = (
                    {"/FontFile", "/FontFile2", "/FontFile3"} & set(_dictionary(descriptor))
                    if descriptor is not None
                    else set()
                )
                subset = len(name) > 8 and name[7] == "+" and name[1:7].isupper()
                if not streams or not subset or "DejaVuSans" not in name:
                    found.add(name)
        return found

    return missing
