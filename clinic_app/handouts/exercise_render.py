"""Laying out the exercise sheet with the care sheet's own pieces (render.py): the same
letterhead, fonts and numbered footer; the exercises as cards, each drawing at the left
of its words. And the care sheet with the exercise sheet after it, as one PDF, so the
desk prints one job and previews one document.

One page in normal print for up to six cards, on A4 and on Letter; two in large print.
Should the words of a language run longer than the page, the cards are laid out again a
little tighter (a smaller drawing, then slightly smaller card text in normal print only;
large print keeps its 14 pt).
"""

import dataclasses
import io
import logging
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from clinic_app.handouts.content import CareSheet, Footer, Paper
from clinic_app.handouts.exercise_drawing import exercise_drawing
from clinic_app.handouts.exercise_sheet import ExerciseCard, ExerciseSheet
from clinic_app.handouts.followup_content import FollowUpSheet
from clinic_app.handouts.render import (
    BOLD,
    FOOTER_ROOM,
    MARGIN,
    MAX_SHEET_PAGES,
    PAGE_SIZES,
    REGULAR,
    RULE,
    Styles,
    _build,
    _letterhead,
    _sheet_story,
    _table_style,
    _text,
    register_fonts,
    styles,
    wraps_cjk,
)
from clinic_app.handouts.text import HandoutText, handout_text

log = logging.getLogger(__name__)

NOTE_COLOUR = colors.HexColor("#fff1d6")
"""The note's box: the care sheet's "soon" colour, which prints as a light grey."""


@dataclass(frozen=True)
class Fit:
    """How tightly the cards are laid out: the drawing's side, and the card text's size as
    a share of the body's."""

    drawing: float
    text_scale: float


NORMAL_FITS = (Fit(1.25 * inch, 1.0), Fit(1.2 * inch, 0.94), Fit(1.1 * inch, 0.88))
LARGE_FITS = (Fit(1.5 * inch, 1.0), Fit(1.3 * inch, 1.0), Fit(1.2 * inch, 1.0))
FRAME_PADDING = 6.0
"""The padding platypus's SimpleDocTemplate gives its frame on every side, in points."""
PAGES = {False: 1, True: 2}
"""The pages the sheet is laid out for, in normal and in large print."""


def render_exercise_sheet(
    sheet: ExerciseSheet, *, paper: Paper = "a4", large_print: bool = False
) -> bytes:
    """The exercise sheet as PDF bytes: one page in normal print, two in large print.

    The layout `_fit` picks is built once; only should the built sheet still run over
    (the estimate of `_fits_one_page` is exact in practice, so this is a safety net) is it
    built again tighter.
    """
    register_fonts()
    style = styles(large_print, wraps_cjk(sheet.language))
    fits = LARGE_FITS if large_print else NORMAL_FITS
    first = fits.index(_fit(sheet, style, paper, large_print))
    for fit in fits[first:]:
        story = exercise_story(sheet, style, fit, large_print=large_print)
        pdf, pages = _build(story, paper, sheet.footer, style, title=sheet.title)
        if pages <= PAGES[large_print]:
            break
        log.info("exercise sheet ran to %d pages; laid out again tighter", pages)
    return pdf


def render_care_sheet_with_exercises(
    care: CareSheet, exercises: ExerciseSheet, *, paper: Paper = "a4", large_print: bool = False
) -> bytes:
    """One PDF: the care sheet, then the exercise sheet from a new page.

    The footer is the care sheet's and numbers the whole document ("Page 3 of 3"), as the
    patient holds it: one set of pages. The care sheet keeps its own limit of three pages
    (laid out without the general prevention list should it run over, as on its own).
    """
    register_fonts()
    style = styles(large_print, wraps_cjk(care.language, exercises.language))
    _, care_pages = _build(_sheet_story(care, style), paper, care.footer, style, title=care.title)
    if care_pages > MAX_SHEET_PAGES:
        log.info("care sheet ran to %d pages; laid out again without the general list", care_pages)
        care = dataclasses.replace(care, plan=dataclasses.replace(care.plan, more_bullets=()))
    return _followed_by_exercises(
        _sheet_story(care, style), care.footer, care.title, exercises, style, paper, large_print
    )


def render_followup_sheet_with_exercises(
    sheet: FollowUpSheet,
    exercises: ExerciseSheet,
    *,
    paper: Paper = "a4",
    large_print: bool = False,
) -> bytes:
    """One PDF: a follow-up visit's sheet, then the exercise sheet of its plan from a new
    page, numbered as one document; the follow-up sheet keeps its limit of three pages
    (laid out without relief's list should it run over, as on its own)."""
    from clinic_app.handouts.followup_render import followup_story

    register_fonts()
    style = styles(large_print, wraps_cjk(sheet.language, exercises.language))
    _, pages = _build(followup_story(sheet, style), paper, sheet.footer, style, title=sheet.title)
    if pages > MAX_SHEET_PAGES:
        log.info("follow-up sheet ran to %d pages; laid out again without relief's list", pages)
        sheet = dataclasses.replace(sheet, relief=dataclasses.replace(sheet.relief, bullets=()))
    return _followed_by_exercises(
        followup_story(sheet, style),
        sheet.footer,
        sheet.title,
        exercises,
        style,
        paper,
        large_print,
    )


def _followed_by_exercises(
    first: list[Flowable],
    footer: Footer,
    title: str,
    exercises: ExerciseSheet,
    style: Styles,
    paper: Paper,
    large_print: bool,
) -> bytes:
    """A sheet's story, then the exercise sheet from a new page, under the sheet's footer."""
    fit = _fit(exercises, style, paper, large_print)
    story = [
        *first,
        PageBreak(),
        *exercise_story(exercises, style, fit, large_print=large_print),
    ]
    return _build(story, paper, footer, style, title=title)[0]


def _fit(sheet: ExerciseSheet, style: Styles, paper: Paper, large_print: bool) -> Fit:
    """The loosest layout that keeps the sheet to its pages (the tightest, if none does).

    In normal print the story's height is measured against one page's frame, which costs a
    fraction of laying the PDF out; large print runs over two pages, where cards kept whole
    leave gaps a sum of heights cannot foresee, so it is laid out to count its pages.
    """
    fits = LARGE_FITS if large_print else NORMAL_FITS
    for fit in fits[:-1]:
        story = exercise_story(sheet, style, fit, large_print=large_print)
        if not large_print:
            if _fits_one_page(story, paper):
                return fit
            continue
        _, pages = _build(story, paper, sheet.footer, style, title=sheet.title)
        if pages <= PAGES[large_print]:
            return fit
        log.info("exercise sheet ran to %d pages; laid out again tighter", pages)
    return fits[-1]


def _fits_one_page(story: list[Flowable], paper: Paper) -> bool:
    """Whether the story fits the one frame of a page, measured as platypus's frame adds
    flowables: each one's wrapped height, and between two the larger of the space after
    the one and the space before the next (none before the first)."""
    width, height = PAGE_SIZES[paper]
    frame_width = width - 2 * MARGIN - 2 * FRAME_PADDING
    room = height - 2 * MARGIN - FOOTER_ROOM - 2 * FRAME_PADDING
    canvas = Canvas(io.BytesIO(), pagesize=PAGE_SIZES[paper])
    used = 0.0
    after = None
    for flowable in _unkept(story):
        _, tall = flowable.wrapOn(canvas, frame_width, room)
        before = flowable.getSpaceBefore()
        used += tall + (0.0 if after is None else max(before, after))
        after = flowable.getSpaceAfter()
        if used > room:
            return False
    return True


def _unkept(story: list[Flowable]) -> list[Flowable]:
    """The story with each KeepTogether opened: its wrap always answers "too tall", to make
    the frame split it, so the height is that of what it holds."""
    flat: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            flat += _unkept(list(flowable._content))  # type: ignore[attr-defined]
        else:
            flat.append(flowable)
    return flat


def exercise_story(
    sheet: ExerciseSheet, style: Styles, fit: Fit, *, large_print: bool = False
) -> list[Flowable]:
    """The sheet from the top: a compact letterhead, the intro, the note (boxed), the
    cards, and when to stop."""
    story = _letterhead(sheet.letterhead, style, sheet.title, (sheet.patient,))
    gap = style.body.fontSize * 0.4
    story += [Spacer(0, gap), Paragraph(_text(sheet.intro), style.body)]
    if sheet.note:
        story.append(_note_box(sheet.note, style))
    card_styles = _card_styles(style, fit.text_scale)
    text = handout_text(sheet.language)
    for card in sheet.cards:
        story.append(_card(card, card_styles, fit, text, large_print=large_print))
    if sheet.cards:
        story.append(
            KeepTogether(
                [
                    Paragraph(_text(sheet.stop_heading), style.subheading),
                    Paragraph(_text(sheet.stop), style.caution),
                ]
            )
        )
    return story


@dataclass(frozen=True)
class _CardStyles:
    name: ParagraphStyle
    text: ParagraphStyle


def _card_styles(style: Styles, scale: float) -> _CardStyles:
    size = style.body.fontSize * scale
    text = ParagraphStyle(
        f"card_{scale}",
        parent=style.body,
        fontSize=size,
        leading=size * 1.2,
        spaceAfter=size * 0.15,
    )
    name = ParagraphStyle(
        f"card_name_{scale}",
        parent=text,
        fontName=BOLD,
        fontSize=size * 1.1,
        leading=size * 1.35,
        keepWithNext=True,
    )
    return _CardStyles(name=name, text=text)


def _card(
    card: ExerciseCard, style: _CardStyles, fit: Fit, text: HandoutText, *, large_print: bool
) -> Flowable:
    """The drawing at the left; the name, how to do it, how many and how often (one
    paragraph, joined as the language joins sentences), and when to stop at its right.
    Kept whole on one page."""
    drawing = exercise_drawing(card.code, fit.drawing, large_print=large_print)
    # A Drawing starts in Helvetica, which is never embedded: name the embedded font, so
    # the PDF names no other font whatever the drawing holds.
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]  # ReportLab stubs lack it
    words = [
        Paragraph(_text(card.name), style.name),
        Paragraph(_text(card.how), style.text),
        Paragraph(_text(text.together(card.dose, card.often)), style.text),
        Paragraph(_text(card.stop), style.text),
    ]
    pad = style.text.fontSize * 0.35
    table = Table([[drawing, words]], colWidths=[fit.drawing + style.text.fontSize, None])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return KeepTogether([table])


def _note_box(note: str, style: Styles) -> Flowable:
    table = Table([[Paragraph(_text(note), style.caution)]], colWidths=["100%"])
    pad = style.body.fontSize * 0.5
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#111111")),
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_COLOUR),
                *(
                    (edge, (0, 0), (-1, -1), pad)
                    for edge in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                ),
            ]
        )
    )
    return KeepTogether([Spacer(0, pad), table, Spacer(0, pad * 0.5)])
