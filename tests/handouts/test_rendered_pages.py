"""Every page of the sheet and the letter, drawn to PNG by poppler's pdftoppm.

A second, independent PDF reader (poppler, as many print systems and viewers use) must
draw each page at the paper's size with ink on it. The PNGs, and the PDFs they came from,
are kept on purpose under build/artifacts/handouts/ for people to look at: a reviewer can
see the layout of each variant without running the app. Each run replaces them.
"""

import math
import struct
import subprocess
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import needs
import pytest
from PySide6.QtGui import QImage

from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import render_care_sheet, render_referral_letter
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.rules import assess

ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "artifacts" / "handouts"
DPI = 100
PAGE_POINTS = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
URGENT_TINT = bytes.fromhex("fbe3e1")  # the urgent referral box's background
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Variant:
    name: str
    """The artifacts' file name stem, saying what was drawn."""
    kind: str
    intake: str
    paper: Paper
    large_print: bool = False


VARIANTS = (
    *(
        Variant(
            f"care-sheet_typical_{paper}_{'large-print' if large else 'normal-print'}",
            "sheet",
            "typical",
            paper,
            large,
        )
        for paper in ("a4", "letter")
        for large in (False, True)
    ),
    Variant("care-sheet_every-flag_a4_normal-print", "sheet", "every-flag", "a4"),
    Variant("care-sheet_every-flag_letter_large-print", "sheet", "every-flag", "letter", True),
    Variant("referral-letter_typical_a4", "letter", "typical", "a4"),
    Variant("referral-letter_typical_letter", "letter", "typical", "letter"),
)
BY_NAME = {variant.name: variant for variant in VARIANTS}


@dataclass(frozen=True)
class Drawn:
    pdf_pages: int
    pngs: tuple[Path, ...]


@pytest.fixture(scope="module")
def pdftoppm() -> str:
    return needs.program("pdftoppm", "the pages cannot be drawn")


def _pdf(
    variant: Variant,
    document: dict[str, Any],
    letterhead: Letterhead,
    printed_on: date,
) -> bytes:
    intake = parse_intake(document)
    assessment = assess(intake)
    if variant.kind == "letter":
        letter = build_referral_letter(
            intake,
            assessment,
            destination="podiatrist",
            clinician="Dr Ada Brennan",
            letterhead=letterhead,
            written_on=printed_on,
        )
        return render_referral_letter(letter, paper=variant.paper)
    sheet = build_care_sheet(intake, assessment, letterhead=letterhead, printed_on=printed_on)
    return render_care_sheet(sheet, paper=variant.paper, large_print=variant.large_print)


def _page_number(png: Path) -> int:
    return int(png.stem.rsplit("-", 1)[1])


@pytest.fixture(scope="module")
def drawn(
    pdftoppm: str,
    intake_document: Callable[[str], dict[str, Any]],
    clinic_letterhead: Letterhead,
    printed_on: date,
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> dict[str, Drawn]:
    """Each variant's PDF and its pages as PNGs in the artifacts folder, made once."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    result = {}
    for variant in VARIANTS:
        for stale in ARTIFACTS.glob(f"{variant.name}-*.png"):
            stale.unlink()
        pdf = _pdf(variant, intake_document(variant.intake), clinic_letterhead, printed_on)
        source = ARTIFACTS / f"{variant.name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [pdftoppm, "-png", "-r", str(DPI), str(source), str(ARTIFACTS / variant.name)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        pngs = sorted(ARTIFACTS.glob(f"{variant.name}-*.png"), key=_page_number)
        result[variant.name] = Drawn(len(page_sizes(pdf)), tuple(pngs))
    return result


def _png_header(data: bytes) -> tuple[int, int]:
    """(width, height) of a well-formed PNG: signature, IHDR first, every CRC right, IEND last."""
    assert data.startswith(PNG_SIGNATURE)
    offset = len(PNG_SIGNATURE)
    kinds: list[bytes] = []
    size = (0, 0)
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in chunk {kind!r}"
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        kinds.append(kind)
        offset += 12 + length
    assert kinds[0] == b"IHDR"
    assert kinds[-1] == b"IEND"
    assert b"IDAT" in kinds
    return size


def _rows(image: QImage) -> list[bytes]:
    """The image's rows of pixel bytes, without the padding at the end of each row."""
    bits = bytes(image.constBits())
    per_line = image.bytesPerLine()
    used = image.width() * image.depth() // 8
    return [bits[row * per_line : row * per_line + used] for row in range(image.height())]


_DARK = bytes(1 if value < 128 else 0 for value in range(256))
_WHITE = bytes(1 if value > 245 else 0 for value in range(256))


def _ink_and_paper(png: Path) -> tuple[float, float]:
    """The share of pixels that are dark (ink) and that are white (bare paper)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull()
    rows = _rows(image)
    total = image.width() * image.height()
    dark = sum(row.translate(_DARK).count(1) for row in rows)
    white = sum(row.translate(_WHITE).count(1) for row in rows)
    return dark / total, white / total


def _pages() -> list[Any]:
    return [pytest.param(variant.name, id=variant.name) for variant in VARIANTS]


@pytest.mark.parametrize("name", _pages())
def test_every_page_is_drawn_as_a_png_of_the_paper_size(drawn: dict[str, Drawn], name: str) -> None:
    variant, result = BY_NAME[name], drawn[name]
    assert result.pdf_pages >= 1
    assert len(result.pngs) == result.pdf_pages
    assert [_page_number(png) for png in result.pngs] == list(range(1, result.pdf_pages + 1))
    width_pt, height_pt = PAGE_POINTS[variant.paper]
    expected = (math.ceil(width_pt * DPI / 72), math.ceil(height_pt * DPI / 72))
    for png in result.pngs:
        assert png.is_file()
        width, height = _png_header(png.read_bytes())
        assert abs(width - expected[0]) <= 1
        assert abs(height - expected[1]) <= 1
        image = QImage(str(png))
        assert not image.isNull()
        assert (image.width(), image.height()) == (width, height)


@pytest.mark.parametrize("name", _pages())
def test_no_page_is_blank(drawn: dict[str, Drawn], name: str) -> None:
    for png in drawn[name].pngs:
        ink, paper = _ink_and_paper(png)
        # Text on every page (at least the footer and some body), yet mostly paper.
        assert ink > 0.003, f"{png.name}: almost no ink ({ink:.4%})"
        assert paper > 0.5, f"{png.name}: mostly not white ({paper:.2%})"


def test_the_urgent_box_is_drawn_on_the_first_page(drawn: dict[str, Drawn]) -> None:
    def tinted(png: Path) -> int:
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
        return sum(row.count(URGENT_TINT) for row in _rows(image))

    for name in (
        "care-sheet_every-flag_a4_normal-print",
        "care-sheet_every-flag_letter_large-print",
    ):
        first, *rest = drawn[name].pngs
        assert tinted(first) > 10_000  # a filled box, not a stray pixel
        assert all(tinted(page) == 0 for page in rest)
    # The typical sheet's box is "soon", in another tint.
    assert tinted(drawn["care-sheet_typical_a4_normal-print"].pngs[0]) == 0
