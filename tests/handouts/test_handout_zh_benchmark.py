"""`benchmarks/handout_pdf_zh.py` measures what it says: the Chinese sheet against a bare
document of the same text in the same fonts."""

import io

import pypdf

from benchmarks import handout_pdf_zh
from benchmarks.__main__ import BENCHMARKS
from benchmarks.handout_pdf import CLINIC, PRINTED_ON, example_intake, sentences
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.rules import assess


def fonts_of(pdf: bytes) -> set[str]:
    """Every font the pages name, without its subset tag."""
    names: set[str] = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, pypdf.generic.DictionaryObject)
        for font in fonts.values():
            font_dict = font.get_object()
            assert isinstance(font_dict, pypdf.generic.DictionaryObject)
            names.add(str(font_dict["/BaseFont"]).split("+")[-1])
    return names


def test_the_floor_holds_the_sheets_text_in_the_same_fonts() -> None:
    intake = example_intake()
    sheet = build_care_sheet(
        intake,
        assess(intake),
        letterhead=CLINIC,
        printed_on=PRINTED_ON,
        language="zh-Hans",
    )
    floor = handout_pdf_zh.bare_pdf(sentences(sheet))
    text = "".join(
        "".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(floor)).pages
    )
    assert "上周你跑了48公里。" in text
    assert fonts_of(floor) == fonts_of(handout_pdf_zh.sheet_pdf(intake))


def test_the_benchmark_runs_and_is_registered() -> None:
    figure = handout_pdf_zh.measure(rounds=1, round_seconds=0.001)
    assert figure.name == handout_pdf_zh.NAME == "handout_pdf_zh"
    assert BENCHMARKS["handout_pdf_zh"] is handout_pdf_zh.measure
    assert figure.target == 2.0
    assert figure.value > 0
    assert figure.floor > 0
