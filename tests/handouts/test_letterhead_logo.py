"""The clinic's logo on the letterhead: drawn at the top left of both the care sheet and
the referral letter, 15 mm high, without lengthening a typical handout; a logo that cannot
be drawn is left off (with a warning in the log), never a reason for a sheet not to print.
"""

import dataclasses
import io
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

import pypdf
import pytest

from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import (
    MAX_LOGO_PIXELS,
    logo_image,
    render_care_sheet,
    render_referral_letter,
)
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.rules import assess
from handouts.logos import LOGO_POINTS, drawn_image_heights, images_on_pages, picture

PAPERS: tuple[Paper, ...] = ("a4", "letter")
Documents = Callable[[str], dict[str, Any]]


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def sheet_pdf(
    document: dict[str, Any],
    letterhead: Letterhead,
    printed_on: date,
    *,
    paper: Paper = "a4",
    large_print: bool = False,
) -> bytes:
    intake = parse_intake(document)
    sheet = build_care_sheet(intake, assess(intake), letterhead=letterhead, printed_on=printed_on)
    return render_care_sheet(sheet, paper=paper, large_print=large_print)


def letter_pdf(
    document: dict[str, Any], letterhead: Letterhead, printed_on: date, *, paper: Paper = "a4"
) -> bytes:
    intake = parse_intake(document)
    letter = build_referral_letter(
        intake,
        assess(intake),
        destination="podiatrist",
        letterhead=letterhead,
        written_on=printed_on,
    )
    return render_referral_letter(letter, paper=paper)


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_both_handouts_carry_the_logo_on_their_first_page_only(
    intake_document: Documents, clinic_letterhead: Letterhead, printed_on: date, kind: str
) -> None:
    with_logo = dataclasses.replace(clinic_letterhead, logo=picture(kind=kind))
    for make in (sheet_pdf, letter_pdf):
        pdf = make(intake_document("typical"), with_logo, printed_on)
        pictures = images_on_pages(pdf)
        assert pictures[0] == 1, make.__name__
        assert sum(pictures) == 1, "the letterhead heads the first page only"
        [height] = drawn_image_heights(pdf)
        assert height == pytest.approx(LOGO_POINTS, abs=0.5)


def test_without_a_logo_no_picture_is_printed(
    intake_document: Documents, clinic_letterhead: Letterhead, printed_on: date
) -> None:
    assert clinic_letterhead.logo is None
    for make in (sheet_pdf, letter_pdf):
        pictures = images_on_pages(make(intake_document("typical"), clinic_letterhead, printed_on))
        assert pictures
        assert sum(pictures) == 0


def test_a_very_wide_logo_is_drawn_lower_to_stay_within_its_room(
    intake_document: Documents, clinic_letterhead: Letterhead, printed_on: date
) -> None:
    wide = dataclasses.replace(clinic_letterhead, logo=picture(1200, 60))
    [height] = drawn_image_heights(sheet_pdf(intake_document("typical"), wide, printed_on))
    assert height < LOGO_POINTS
    # 60 mm wide at most: 1200 × 60 pixels is 20:1, so 3 mm high.
    assert height == pytest.approx(60 / 1200 * 60 * 72 / 25.4, abs=0.5)


@pytest.mark.parametrize("paper", PAPERS)
def test_the_logo_does_not_lengthen_a_typical_handout(
    intake_document: Documents, clinic_letterhead: Letterhead, printed_on: date, paper: Paper
) -> None:
    with_logo = dataclasses.replace(clinic_letterhead, logo=picture())
    typical = intake_document("typical")
    for large_print in (False, True):
        plain = sheet_pdf(
            typical, clinic_letterhead, printed_on, paper=paper, large_print=large_print
        )
        logo = sheet_pdf(typical, with_logo, printed_on, paper=paper, large_print=large_print)
        assert pages(logo) == pages(plain), f"large print: {large_print}"
        # Nothing was given up to fit: the general prevention list is still there.
        assert pdf_text(logo).count("•") == pdf_text(plain).count("•")
    assert pages(letter_pdf(typical, with_logo, printed_on, paper=paper)) == 1


def test_a_damaged_logo_is_left_off_and_the_handouts_still_print(
    intake_document: Documents,
    clinic_letterhead: Letterhead,
    printed_on: date,
    caplog: pytest.LogCaptureFixture,
) -> None:
    whole = picture()
    damaged = dataclasses.replace(clinic_letterhead, logo=whole[: len(whole) // 2])
    document = intake_document("typical")
    with caplog.at_level(logging.WARNING, logger="clinic_app.handouts.render"):
        for make in (sheet_pdf, letter_pdf):
            pdf = make(document, damaged, printed_on)
            assert pdf.startswith(b"%PDF-")
            assert sum(images_on_pages(pdf)) == 0
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 2
    assert all("logo was left off" in message for message in warnings)
    assert not any("Okafor" in message or "Maya" in message for message in warnings)


@pytest.mark.parametrize(
    ("logo", "words"),
    [
        pytest.param(b"GIF89a" + bytes(40), "must be a PNG or JPEG", id="gif"),
        pytest.param(b"hello, clinic", "must be a PNG or JPEG", id="text"),
        pytest.param(picture()[:60], "damaged", id="truncated-png"),
        pytest.param(picture(kind="JPEG")[:200], "damaged", id="truncated-jpeg"),
        pytest.param(picture(MAX_LOGO_PIXELS + 1, 10), "at most", id="too-wide"),
    ],
)
def test_a_logo_that_cannot_be_drawn_is_refused_in_words(logo: bytes, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        logo_image(logo)


def test_the_printable_letterhead_keeps_the_logo() -> None:
    logo = picture()
    assert Letterhead("Cli\u0301nica", "", "", logo).printable().logo == logo
