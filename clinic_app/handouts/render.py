"""Laying out a sheet or a letter as a PDF with ReportLab's platypus.

Only layout lives here: every word comes from the records `sheet.py` and `letter.py`
build. The fonts are DejaVu Sans from `resources/fonts`, embedded (subset) in every PDF,
so accented names print on any machine and the text can be searched and copied; Chinese
text is printed in the Chinese font of fonts.py, embedded only where it is used, and a
Chinese sheet's lines break between any two characters, as Chinese is written.
"""

import dataclasses
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from clinic_app.handouts.content import (
    PAPERS,
    CareSheet,
    Footer,
    Letterhead,
    Paper,
    ReferralBox,
    ReferralLetter,
    Section,
)
from clinic_app.handouts.drawing import foot_drawing
from clinic_app.handouts.fonts import BOLD, REGULAR, markup, register_fonts, run_font, runs
from clinic_app.languages import CHINESE

log = logging.getLogger(__name__)

PAGE_SIZES: dict[Paper, tuple[float, float]] = {"a4": A4, "letter": LETTER}
if set(PAGE_SIZES) != set(PAPERS):
    raise AssertionError("PAGE_SIZES must give the size of every paper of PAPERS")
MARGIN = 16 * mm
FOOTER_ROOM = 14 * mm
MAX_SHEET_PAGES = 3
# The logo is drawn this high (narrower if it would be wider than LOGO_MAX_WIDTH), at the
# top left of the letterhead, whatever its size in pixels.
LOGO_HEIGHT = 15 * mm
LOGO_MAX_WIDTH = 60 * mm
# Far more than a 15 mm logo needs at any printer's resolution; a larger picture would only
# make every stored handout bigger (and, decoded, take a lot of memory).
MAX_LOGO_PIXELS = 2000
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"

__all__ = ["BOLD", "REGULAR", "register_fonts"]  # with the names below, for the renderers
CJK_WRAPPED = frozenset({CHINESE})
"""The languages whose lines break between any two characters (wordWrap="CJK")."""
URGENCY_COLOURS = {
    "emergency": colors.HexColor("#f6c2bc"),
    "urgent": colors.HexColor("#fbe3e1"),
    "soon": colors.HexColor("#fff1d6"),
}
BOX_LINE = {"emergency": 3.5}
"""The box's border in points where it is heavier than the usual 2: an emergency stands out
on a black-and-white printer too, where the colours are all one grey."""
INK = colors.HexColor("#111111")
RULE = colors.HexColor("#888888")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bullet: ParagraphStyle
    caution: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    box_heading: ParagraphStyle
    footer_size: float
    drawing_scale: float


def wraps_cjk(*languages: str) -> bool:
    """True when a printout in these languages breaks its lines as Chinese does."""
    return any(language in CJK_WRAPPED for language in languages)


@cache
def styles(large_print: bool, cjk: bool = False) -> Styles:
    """Normal print: 10.5 pt body. Large print: 14 pt body, everything scaled with it.

    cjk: lines may break between any two characters (Chinese has no spaces); every style
    inherits it from the body's. Latin printouts keep ReportLab's word wrapping.
    """
    size = 14.0 if large_print else 10.5
    lead = size * 1.25
    body = ParagraphStyle(
        "body",
        wordWrap="CJK" if cjk else None,
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default bullet font is Helvetica, which is not embedded
        bulletFontSize=size,  # and 10 pt, too small beside large print
        fontSize=size,
        leading=lead,
        textColor=INK,
        spaceAfter=size * 0.2,
    )
    return Styles(
        body=body,
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=size * 1.3,
            bulletIndent=size * 0.2,
            spaceAfter=size * 0.15,
        ),
        caution=ParagraphStyle("caution", parent=body, fontName=BOLD),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.6,
            leading=size * 1.9,
            spaceAfter=size * 0.2,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.2,
            leading=size * 1.5,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.2,
            keepWithNext=True,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=BOLD, spaceBefore=size * 0.3, keepWithNext=True
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=size * 0.85, leading=size * 1.1, spaceAfter=0
        ),
        small_right=ParagraphStyle(
            "small_right",
            parent=body,
            fontSize=size * 0.85,
            leading=size * 1.1,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        box_heading=ParagraphStyle(
            "box_heading", parent=body, fontName=BOLD, fontSize=size * 1.3, leading=size * 1.6
        ),
        footer_size=10.0 if large_print else 7.5,
        drawing_scale=0.62 if large_print else 0.6,
    )


def render_care_sheet(sheet: CareSheet, *, paper: Paper = "a4", large_print: bool = False) -> bytes:
    """The sheet as PDF bytes, on A4 or Letter, in normal or large print.

    Never more than three pages: should a long sheet in large print run over (every flag
    at once, a long address), it is laid out again without the general prevention list,
    the one part that is not about this patient.
    """
    register_fonts()
    style = styles(large_print, wraps_cjk(sheet.language))
    pdf, pages = _build(_sheet_story(sheet, style), paper, sheet.footer, style, title=sheet.title)
    if pages > MAX_SHEET_PAGES:
        log.info("care sheet ran to %d pages; laid out again without the general list", pages)
        shorter = dataclasses.replace(sheet, plan=dataclasses.replace(sheet.plan, more_bullets=()))
        pdf, _ = _build(_sheet_story(shorter, style), paper, sheet.footer, style, title=sheet.title)
    return pdf


def _sheet_story(sheet: CareSheet, style: Styles) -> list[Flowable]:
    """The sheet from the top: the letterhead, then the referral box, if any, then the rest.

    An emergency box goes above the letterhead, as the very first thing on the page: the
    person holding the sheet must read "Get emergency care now" and the number to call
    before the clinic's name and the title, and a logo band could otherwise push it down a
    third of the page. The letterhead follows it, so the sheet still names the patient.
    """
    story = _letterhead(sheet.letterhead, style, sheet.title, (sheet.patient, sheet.visit))
    if sheet.emergency is not None:
        story = [_referral_box(sheet.emergency, style), *story]
    if sheet.referral is not None:
        story.append(_referral_box(sheet.referral, style))
    story += _where(sheet, style)
    for section in (sheet.relief, sheet.plan):
        story += _section(section, style)
    story.append(KeepTogether(_section(sheet.help, style)))  # the safety net, never split
    return story


def render_referral_letter(letter: ReferralLetter, *, paper: Paper = "a4") -> bytes:
    """The letter as PDF bytes: one page for a typical case."""
    register_fonts()
    style = styles(False, wraps_cjk(letter.language))
    story: list[Flowable] = [
        *_letterhead(letter.letterhead, style, letter.title, (letter.date, letter.to))
    ]
    urgency = [
        Paragraph(_text(letter.urgency_heading), style.heading),
        Paragraph(_text(letter.urgency), style.caution),
    ]
    if letter.emergency:
        # Boxed straight under the letterhead, above the patient's identity: the first
        # thing the receiving clinician reads is that this patient needs care now.
        story.append(Spacer(0, style.body.fontSize * 0.6))
        story.append(_emergency_urgency(letter, style))
    story.append(Paragraph(_text(letter.patient_heading), style.heading))
    story += [Paragraph(_text(line), style.body) for line in letter.patient]
    if not letter.emergency:
        story += urgency
    story.append(Paragraph(_text(letter.reasons_heading), style.heading))
    story.append(Paragraph(_text(letter.reasons_intro), style.body))
    for reason in letter.reasons:
        story.append(
            KeepTogether(
                [
                    Paragraph(_text(reason.title), style.caution, bulletText="•"),
                    Paragraph(_text(reason.evidence), style.bullet),
                    Paragraph(
                        _text(reason.source),
                        ParagraphStyle(
                            "source",
                            parent=style.bullet,
                            fontSize=style.small.fontSize,
                            leading=style.small.leading,
                        ),
                    ),
                ]
            )
        )
    if letter.note:
        story.append(Paragraph(_text(letter.note), style.body))
    for section in letter.details:
        story += _section(section, style)
    story += [
        Spacer(0, style.body.fontSize),
        Paragraph(_text(letter.closing), style.body),
        Spacer(0, style.body.fontSize * 2.5),
        _signature_line(letter.signature, style),
        Paragraph(_text(letter.signed), style.body),
    ]
    assert letter.footer is not None
    return _build(story, paper, letter.footer, style, title=letter.title)[0]


def _build(
    story: list[Flowable], paper: Paper, footer: Footer, style: Styles, *, title: str
) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    output = io.BytesIO()
    pages: list[int] = []
    document = SimpleDocTemplate(
        output,
        pagesize=PAGE_SIZES[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_ROOM,
        title=title,
        author="",
        subject="",
        creator="Runner Foot Clinic Intake",
        invariant=True,
        initialFontName=REGULAR,  # else every page names Helvetica, which is never embedded
    )
    document.build(
        story,
        canvasmaker=partial(
            _FooterCanvas,
            footer=footer,
            size=style.footer_size,
            counted=pages,
        ),
    )
    return output.getvalue(), pages[0]


class _FooterCanvas(Canvas):
    """Holds each page back until the last is laid out, so every footer can say "of m"."""

    def __init__(
        self, *args: Any, footer: Footer, size: float, counted: list[int], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._counted = counted
        self._footer = footer
        self._footer_size = size
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        self._counted.append(total)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        footer, size = self._footer, self._footer_size
        width = self._pagesize[0]  # type: ignore[attr-defined]  # as above
        lowest = MARGIN - size
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, lowest + 2.6 * size, width - MARGIN, lowest + 2.6 * size)
        self.setFillColor(INK)
        if footer.notice:
            self._draw_runs(MARGIN, lowest + 1.3 * size, footer.notice)
        self._draw_runs(MARGIN, lowest, f"{footer.printed} · {footer.rules}")
        numbered = footer.page_template.format(page=page, pages=pages)
        self._draw_runs(width - MARGIN - self._width(numbered), lowest, numbered)
        self.restoreState()

    def _width(self, text: str) -> float:
        return sum(
            pdfmetrics.stringWidth(piece, run_font(chinese, REGULAR), self._footer_size)
            for piece, chinese in runs(text)
        )

    def _draw_runs(self, x: float, y: float, text: str) -> None:
        """One line of the footer, a Chinese run in the Chinese font, the rest in DejaVu."""
        for piece, chinese in runs(text):
            font = run_font(chinese, REGULAR)
            self.setFont(font, self._footer_size)
            self.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, font, self._footer_size)


def logo_image(logo: bytes) -> ImageReader:
    """The clinic's logo as the renderer will draw it, or ValueError saying, in words, why
    it cannot be used.

    The picture is decoded whole here, so a damaged file is found before a PDF is begun
    rather than half-way through one. The settings check a logo with this before storing
    it, and the renderer again before drawing it (the stored bytes may have been damaged
    since).
    """
    if not logo.startswith((_PNG, _JPEG)):
        raise ValueError("the logo must be a PNG or JPEG picture")
    damaged = "the logo cannot be read as a picture; the file may be damaged"
    try:
        image = ImageReader(io.BytesIO(logo))
        width, height = image.getSize()
    except Exception:  # PIL raises many kinds for a damaged file; each means the same here
        raise ValueError(damaged) from None
    if not (0 < width <= MAX_LOGO_PIXELS and 0 < height <= MAX_LOGO_PIXELS):
        raise ValueError(
            f"the logo is {width} × {height} pixels; make it at most "
            f"{MAX_LOGO_PIXELS} × {MAX_LOGO_PIXELS} (a few hundred pixels high is plenty)"
        )
    try:
        image.getRGBData()  # type: ignore[no-untyped-call]  # untyped in ReportLab's stubs
    except Exception:  # as above
        raise ValueError(damaged) from None
    return image


class _Logo(Flowable):
    """The logo at LOGO_HEIGHT, its proportions kept (narrower only if it is very wide)."""

    def __init__(self, image: ImageReader) -> None:
        super().__init__()
        pixels_wide, pixels_high = image.getSize()
        scale = min(LOGO_HEIGHT / pixels_high, LOGO_MAX_WIDTH / pixels_wide)
        self._image = image
        self.width = pixels_wide * scale
        self.height = pixels_high * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._image, 0, 0, self.width, self.height, mask="auto")


def _logo(logo: bytes | None) -> _Logo | None:
    """The logo to draw, or None when there is none or it cannot be drawn."""
    if not logo:
        return None
    try:
        return _Logo(logo_image(logo))
    except ValueError as error:
        # No patient data here: only what is wrong with the clinic's own picture.
        log.warning("the clinic's logo was left off the printout: %s", error)
        return None


def _letterhead(
    letterhead: Letterhead, style: Styles, title: str, lines: Iterable[str]
) -> list[Flowable]:
    left: list[Flowable] = [Paragraph(_text(title), style.title)]
    left += [Paragraph(_text(line), style.body) for line in lines]
    name = [f"<b>{_text(letterhead.name)}</b>"] if letterhead.name.strip() else []
    details = [_text(part) for part in (letterhead.address, letterhead.phone) if part.strip()]
    right: list[Flowable] = [Paragraph(part, style.small_right) for part in name + details]
    logo = _logo(letterhead.logo)
    if logo is not None:
        return [_logo_band(logo, right, style), *left, _rule()]
    if not right:
        return [*left, _rule()]
    # Shares of the frame, which is narrower on A4 than on Letter.
    table = Table([[left, right]], colWidths=["60%", "40%"])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return [table, _rule()]


def _logo_band(logo: _Logo, details: list[Flowable], style: Styles) -> Flowable:
    """As on a letterhead: the logo at the top left, the clinic's details at the right."""
    gap = style.body.fontSize
    band = Table([[logo, details or ""]], colWidths=[logo.width + gap, None])
    band.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), style.body.fontSize * 0.4),
            ]
        )
    )
    return band


def _rule() -> Flowable:
    line = Table([[""]], colWidths=["100%"], rowHeights=[2])
    line.setStyle(_table_style([("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    return line


def _referral_box(box: ReferralBox, style: Styles) -> Flowable:
    inside: list[Flowable] = [Paragraph(_text(box.heading), style.box_heading)]
    if box.call:  # the number to call, before the reasons: what to do comes first
        inside.append(Paragraph(_text(box.call), style.box_heading))
    inside += [
        Paragraph(_text(box.intro), style.body),
        *(Paragraph(_text(reason), style.bullet, bulletText="•") for reason in box.reasons),
        Paragraph(_text(box.rest), style.caution),
    ]
    table = Table([[inside]], colWidths=["100%"])
    pad = style.body.fontSize * 0.7
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), BOX_LINE.get(box.urgency, 2), INK),
                ("BACKGROUND", (0, 0), (-1, -1), URGENCY_COLOURS[box.urgency]),
                *(
                    (edge, (0, 0), (-1, -1), pad)
                    for edge in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                ),
            ]
        )
    )
    if box.emergency:  # at the very top of the page: the space goes below, not above
        return KeepTogether([table, Spacer(0, style.body.fontSize * 0.6)])
    return KeepTogether([Spacer(0, style.body.fontSize * 0.6), table])


def _emergency_urgency(letter: ReferralLetter, style: Styles) -> Flowable:
    """The letter's urgency, when it is emergency, in a box like the sheet's emergency box."""
    table = Table(
        [[[Paragraph(_text(letter.urgency), style.box_heading)]]],
        colWidths=["100%"],
    )
    pad = style.body.fontSize * 0.6
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), BOX_LINE["emergency"], INK),
                ("BACKGROUND", (0, 0), (-1, -1), URGENCY_COLOURS["emergency"]),
                *(
                    (edge, (0, 0), (-1, -1), pad)
                    for edge in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                ),
            ]
        )
    )
    return table


def _where(sheet: CareSheet, style: Styles) -> list[Flowable]:
    drawing = foot_drawing(
        sheet.drawing.side,
        sheet.drawing.regions,
        scale=style.drawing_scale,
        font=REGULAR,
        caption=sheet.drawing.caption,
        labels=dict(sheet.drawing.views),
    )
    words = [Paragraph(_text(line), style.body) for line in sheet.where.paragraphs]
    table = Table([[drawing, words]], colWidths=[drawing.width + style.body.fontSize, None])
    table.setStyle(
        _table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    return [Paragraph(_text(sheet.where.heading), style.heading), table]


def _section(section: Section, style: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(_text(section.heading), style.heading)]
    flowables += [Paragraph(_text(line), style.caution) for line in section.cautions]
    flowables += [Paragraph(_text(line), style.body) for line in section.paragraphs]
    flowables += _bullets(section.bullets, style)
    if section.more_bullets:
        flowables.append(Paragraph(_text(section.subheading), style.subheading))
        flowables += _bullets(section.more_bullets, style)
    flowables += [Paragraph(_text(line), style.caution) for line in section.closing]
    return flowables


def _bullets(lines: Iterable[str], style: Styles) -> list[Flowable]:
    return [Paragraph(_text(line), style.bullet, bulletText="•") for line in lines]


def _signature_line(label: str, style: Styles) -> Flowable:
    line = Table(
        [[Paragraph(_text(label), style.body), ""]],
        colWidths=[style.body.fontSize * 7, style.body.fontSize * 22],
        hAlign="LEFT",
    )
    line.setStyle(
        _table_style(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, style.body.fontSize),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return line


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style in the embedded font: a table's own default is Helvetica, which would
    put an unembedded font in the PDF even where the table holds no text of its own."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), *commands])


def _text(value: str) -> str:
    """Plain text made safe for platypus markup: a name with "&" or "<" prints as typed,
    and Chinese prints in the Chinese font (fonts.markup)."""
    return markup(value)
