"""The fonts of every printout, and how text that needs two of them is printed.

DejaVu Sans prints Latin, Greek and Cyrillic text: English and Spanish sheets, and every
digit and Latin letter of a Chinese one (a name, "km", a date's numbers). Its files have
no Chinese, so a run of characters DejaVu lacks is printed in Droid Sans Fallback (both
TrueType, embedded as subsets by ReportLab). The Chinese font is loaded, and so embedded,
only when a printout holds such a character: a Latin sheet is exactly what it was, and
its PDF carries no 4 MB font parse's worth of work.

Platypus paragraphs get the runs as `<font>` markup (`markup`); the graphics of the foot
drawing, the charts and the page footer draw each run as its own string (`runs`,
`run_width`).
"""

from functools import cache
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clinic_app import paths

REGULAR = "ClinicSans"
BOLD = "ClinicSans-Bold"
CJK = "ClinicCJK"
"""Droid Sans Fallback: it has one weight, so bold Chinese prints in the same face (the
headings still stand out by their size)."""
CJK_FILE = "DroidSansFallbackFull.ttf"


@cache
def register_fonts() -> None:
    """Load the Latin fonts once per process (parsing a TrueType file is not cheap)."""
    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


@cache
def register_cjk_font() -> frozenset[int]:
    """Load the Chinese font once per process; the code points it can print."""
    font = TTFont(CJK, str(paths.resources_dir() / "fonts" / CJK_FILE))
    pdfmetrics.registerFont(font)
    # One weight: <b> inside Chinese text stays in this face rather than failing.
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return frozenset(font.face.charToGlyph)


@cache
def _latin() -> frozenset[str]:
    """The characters DejaVu Sans prints."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face  # type: ignore[attr-defined]  # a TTFont's
    return frozenset(map(chr, face.charToGlyph))


def needs_cjk(character: str) -> bool:
    """True for a character DejaVu cannot print and the Chinese font can."""
    return character not in _latin() and ord(character) in register_cjk_font()


def runs(text: str) -> list[tuple[str, bool]]:
    """`text` cut where the font changes: (piece, printed in the Chinese font)."""
    if not text:
        return []
    if text.isascii() or _latin().issuperset(text):  # every Latin sheet: one run, at C speed
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    for character in text:
        chinese = needs_cjk(character)
        if pieces and pieces[-1][1] == chinese:
            pieces[-1] = (pieces[-1][0] + character, chinese)
        else:
            pieces.append((character, chinese))
    return pieces


def markup(text: str) -> str:
    """Plain text as platypus markup: escaped ("&" prints as typed), each Chinese run in
    the Chinese font, the rest in the paragraph's own (regular or bold) DejaVu."""
    return "".join(
        f'<font name="{CJK}">{escape(piece)}</font>' if chinese else escape(piece)
        for piece, chinese in runs(text)
    )


def run_font(chinese: bool, font: str) -> str:
    return CJK if chinese else font


def run_width(text: str, font: str, size: float) -> float:
    """The printed width of `text` in `font`, its Chinese runs in the Chinese font."""
    return sum(
        pdfmetrics.stringWidth(piece, run_font(chinese, font), size)
        for piece, chinese in runs(text)
    )


def mixed_string(
    x: float, y: float, text: str, *, font: str, size: float, anchor: str = "start"
) -> Group:
    """A line of text for reportlab.graphics (the foot drawing, the charts), each run in
    its font; `anchor` "start" or "middle", as String's textAnchor."""
    left = x - run_width(text, font, size) / 2 if anchor == "middle" else x
    group = Group()
    for piece, chinese in runs(text):
        name = run_font(chinese, font)
        group.add(String(left, y, piece, fontName=name, fontSize=size))
        left += pdfmetrics.stringWidth(piece, name, size)
    return group
