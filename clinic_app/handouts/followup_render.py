"""Laying out the follow-up sheet with the care sheet's own pieces (render.py): the same
letterhead, boxes, sections, fonts and numbered footer, plus the small pain chart."""

import dataclasses
import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from clinic_app.handouts.charts import ChartSpec, line_chart
from clinic_app.handouts.content import Paper
from clinic_app.handouts.followup_content import FollowUpSheet
from clinic_app.handouts.render import (
    MAX_SHEET_PAGES,
    REGULAR,
    Styles,
    _build,
    _letterhead,
    _referral_box,
    _section,
    _table_style,
    _text,
    register_fonts,
    styles,
    wraps_cjk,
)

log = logging.getLogger(__name__)

CHART_WIDTH = 80 * mm
CHART_HEIGHT = 38 * mm


def render_followup_sheet(
    sheet: FollowUpSheet, *, paper: Paper = "a4", large_print: bool = False
) -> bytes:
    """The sheet as PDF bytes, on A4 or Letter, in normal or large print.

    Two pages for a typical visit; never more than three: should it run over, it is laid
    out again without relief's list, which the care sheet already gave at the first visit.
    """
    register_fonts()
    style = styles(large_print, wraps_cjk(sheet.language))
    pdf, pages = _build(followup_story(sheet, style), paper, sheet.footer, style, title=sheet.title)
    if pages > MAX_SHEET_PAGES:
        log.info("follow-up sheet ran to %d pages; laid out again without relief's list", pages)
        shorter = dataclasses.replace(sheet, relief=dataclasses.replace(sheet.relief, bullets=()))
        pdf, _ = _build(
            followup_story(shorter, style), paper, sheet.footer, style, title=sheet.title
        )
    return pdf


def followup_story(sheet: FollowUpSheet, style: Styles) -> list[Flowable]:
    """The sheet from the top, as render.py lays out the care sheet: an emergency box above
    the letterhead, the referral box under it, then the sections, the safety net unsplit."""
    story = _letterhead(
        sheet.letterhead, style, sheet.title, (sheet.patient, sheet.visit, sheet.first_visit)
    )
    if sheet.emergency is not None:
        story = [_referral_box(sheet.emergency, style), *story]
    if sheet.referral is not None:
        story.append(_referral_box(sheet.referral, style))
    story += _doing(sheet, style)
    story += _section(sheet.plan, style)
    story += _section(sheet.relief, style)
    story.append(KeepTogether(_section(sheet.help, style)))
    return story


def _doing(sheet: FollowUpSheet, style: Styles) -> list[Flowable]:
    """The numbers in words beside the pain chart (the words first: they are the message)."""
    scale = style.body.fontSize / 10.5
    chart = line_chart(
        ChartSpec(
            title=sheet.chart_title,
            axis=sheet.chart_axis,
            points=sheet.pain,
            low=0,
            high=10,
            step=2,
        ),
        width=CHART_WIDTH * scale,
        height=CHART_HEIGHT * scale,
        font=REGULAR,
        size=7.5 * scale,
    )
    words = [Paragraph(_text(line), style.body) for line in sheet.doing.paragraphs]
    heading = Paragraph(_text(sheet.doing.heading), style.heading)
    if style.body.fontSize > 12:  # large print: the chart under the words, full size
        return [heading, *words, chart]
    table = Table([[words, chart]], colWidths=[None, chart.width + style.body.fontSize * 0.5])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return [heading, table]
