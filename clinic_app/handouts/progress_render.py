"""Laying out the progress report with render.py's pieces: the letterhead, sections, fonts
and numbered footer of every handout, and one chart beside its values per measure."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from clinic_app.handouts.charts import line_chart
from clinic_app.handouts.content import Paper
from clinic_app.handouts.followup_content import MeasureBlock, ProgressReport
from clinic_app.handouts.render import (
    BOLD,
    REGULAR,
    RULE,
    Styles,
    _build,
    _letterhead,
    _section,
    _table_style,
    _text,
    register_fonts,
    styles,
    wraps_cjk,
)

CHART_WIDTH = 96 * mm
CHART_HEIGHT = 36 * mm


def render_progress_report(report: ProgressReport, *, paper: Paper = "a4") -> bytes:
    """The report as PDF bytes: two pages for a typical course."""
    register_fonts()
    return render_story(progress_story(report, report_styles(report)), report, paper=paper)


def report_styles(report: ProgressReport) -> Styles:
    """The report's styles: Chinese line breaking when either of its parts is Chinese."""
    return styles(False, wraps_cjk(report.language, report.clinician_language))


def render_story(story: list[Flowable], report: ProgressReport, *, paper: Paper = "a4") -> bytes:
    """An already built story of the report as PDF bytes (the benchmark's floor times this).

    The story can be laid out again: platypus empties the list it lays out, so it is given
    a copy, and it marks a flowable it has moved to the next page (`_postponed`), refusing
    to move it twice, so the marks of an earlier layout are cleared (a test holds this).
    """
    for flowable in story:
        flowable.__dict__.pop("_postponed", None)
    return _build(list(story), paper, report.footer, report_styles(report), title=report.title)[0]


def progress_story(report: ProgressReport, style: Styles) -> list[Flowable]:
    """The report from the top: the letterhead, the patient's part, one block per measure,
    the weekly distance, then the plan at each visit."""
    story = _letterhead(report.letterhead, style, report.title, report.lines)
    story += _section(report.yours, style)
    story += _section(report.plan, style)
    story.append(Paragraph(_text(report.measures_heading), style.heading))
    for block in (*report.measures, report.distance):
        story.append(_block(block, style))
    story.append(Paragraph(_text(report.plan_heading), style.heading))
    story.append(_plan_table(report, style))
    return story


def _block(block: MeasureBlock, style: Styles) -> Flowable:
    """The chart at the left; at the right, the measure, its values, change and verdict."""
    chart = line_chart(block.chart, width=CHART_WIDTH, height=CHART_HEIGHT, font=REGULAR)
    values = Table(
        [
            [Paragraph(f"<b>{_text(column)}</b>", style.small) for column in block.columns],
            *([Paragraph(_text(cell), style.small) for cell in row] for row in block.rows),
        ],
        hAlign="LEFT",
    )
    values.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    # The heading heads the values, beside the chart: a line of its own above both would
    # take a sixth visit's table onto a third Letter page.
    words: list[Flowable] = [Paragraph(f"<b>{_text(block.heading)}</b>", style.small), values]
    # The builder gives the change and verdict as one paragraph (progress_report.py).
    words += [Paragraph(_text(line), style.small) for line in block.lines]
    row = Table([[chart, words]], colWidths=[chart.width + style.body.fontSize, None])
    row.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), style.body.fontSize * 0.4),
            ]
        )
    )
    return row


def _plan_table(report: ProgressReport, style: Styles) -> Flowable:
    head = [Paragraph(f"<b>{_text(column)}</b>", style.small) for column in report.plan_columns]
    rows = [[Paragraph(_text(cell), style.small) for cell in row] for row in report.plan_rows]
    table = Table([head, *rows], colWidths=["20%", "16%", "9%", "55%"], repeatRows=1)
    table.setStyle(
        _table_style(
            [
                ("FONT", (0, 0), (-1, 0), BOLD),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table
