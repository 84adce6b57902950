"""The three-page ceiling holds even for a sheet longer than any intake makes today.

Every flag at once fits in three large-print pages (the PDF tests check that); this
stretches a real sheet past it to prove the fallback: the general prevention list, the one
part not about this patient, is dropped, and the safety net stays.
"""

import dataclasses
import io
from datetime import date

import pypdf
from intake_documents import document

from clinic_app.handouts.content import CareSheet
from clinic_app.handouts.render import MAX_SHEET_PAGES, render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.rules import assess


def _sheet() -> CareSheet:
    intake = parse_intake(document())
    return build_care_sheet(intake, assess(intake), printed_on=date(2026, 11, 20))


def _pages(pdf: bytes) -> list[str]:
    return [
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


def _stretched(sheet: CareSheet, extra: int) -> CareSheet:
    """The sheet with `extra` more advice points (each a distinct, realistic sentence)."""
    more = tuple(
        f"Point {number}: walk for ten minutes on flat ground, then rest your foot."
        for number in range(extra)
    )
    return dataclasses.replace(
        sheet, plan=dataclasses.replace(sheet.plan, bullets=sheet.plan.bullets + more)
    )


def test_a_sheet_too_long_for_three_pages_drops_the_general_list_and_keeps_the_safety_net() -> None:
    sheet = _sheet()
    general = " ".join(sheet.plan.more_bullets[0].split())
    previous: list[str] = []
    # Lengthen the sheet two points at a time until the renderer gives up the general list.
    for extra in range(0, 80, 2):
        pages = _pages(render_care_sheet(_stretched(sheet, extra), large_print=True))
        if general not in " ".join(pages):
            break
        assert len(pages) <= MAX_SHEET_PAGES
        previous = pages
    else:
        raise AssertionError("the general list was never dropped, however long the sheet")

    assert len(previous) == MAX_SHEET_PAGES, "dropped before the sheet filled three pages"
    text = " ".join(pages)
    assert len(pages) <= MAX_SHEET_PAGES
    assert "When to get help" in text
    assert sheet.help.bullets[-1] in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_a_sheet_that_fits_keeps_its_general_list() -> None:
    sheet = _sheet()
    text = " ".join(_pages(render_care_sheet(sheet, large_print=True)))
    assert " ".join(sheet.plan.more_bullets[0].split()) in text
