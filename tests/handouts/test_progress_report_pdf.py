"""The progress report (follow-ups.md, "Progress"): real PDFs, read back with pypdf.

The course: an intake and three follow-ups, with pain at every visit, the PSFS at all
four (one activity, so its value is its score), the LEFS at the first and the last, and
no FAAM. Its figures, worked out by hand: pain 6, 5, 3, 2 (change −4, MIC 2, passed);
PSFS 3, 4, 6, 7 (+4, passed); LEFS 40 then 46 (+6, MIC 9, not passed). Plans: walk-run
with pain above 2 and no earlier stage gives stage 1, then 1 again (not below 1), then
pain 2 gives stage 2.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import textstat
from follow_up_documents import course
from reportlab.platypus import Flowable, KeepTogether, Table

from clinic_app.followups import Course, plans
from clinic_app.handouts.charts import ChartDrawing
from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.progress_render import progress_story, render_story
from clinic_app.handouts.progress_report import build_progress_report, progress_report_pdf
from clinic_app.handouts.render import styles

PRINTED = date(2026, 12, 11)
CLINIC = Letterhead("Riverside Running Clinic", "12 Mill Lane, Springfield", "555-0199")
PAPERS: tuple[Paper, ...] = ("a4", "letter")


def visit(day: str, pain: int, psfs: int, **more: object) -> dict[str, object]:
    return {
        "visit_date": day,
        "symptoms.pain_now": pain,
        "measures.psfs": [{"activity": "Running 5 km", "score": psfs}],
        **more,
    }


def three_follow_ups() -> Course:
    return course(
        {
            "symptoms.pain_now": 6,
            "measures.psfs": [{"activity": "running 5 km", "score": 3}],
            "measures.lefs_total": 40,
            "running.weekly_distance": 30,
        },
        visit("2026-11-27", 5, 4, **{"running.weekly_distance": 4}),
        visit("2026-12-04", 3, 6, **{"running.weekly_distance": 6}),
        visit(
            "2026-12-11",
            2,
            7,
            **{"measures.lefs_total": 46, "running.weekly_distance": 9.5},
        ),
    )


def six_visits() -> Course:
    """The benchmark's shape: an intake and five follow-ups, every measure recorded."""
    every = {"measures.lefs_total": 40, "measures.faam_adl_percent": 55.5}
    every_sports = {"measures.faam_sports_percent": 30}
    return course(
        {
            "symptoms.pain_now": 7,
            "measures.psfs": [{"activity": "running 5 km", "score": 2}],
            **every,
            **every_sports,
        },
        *(
            visit(f"2026-12-{day:02d}", 6 - index, 3 + index, **every, **every_sports)
            for index, day in enumerate((1, 8, 15, 22, 29))
        ),
    )


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return progress_report_pdf(three_follow_ups(), letterhead=CLINIC, printed_on=PRINTED)


def charts_in(story: list[Flowable]) -> list[ChartDrawing]:
    """Every chart of a story, looked for inside KeepTogether blocks and table cells."""
    found: list[ChartDrawing] = []

    def walk(item: object) -> None:
        if isinstance(item, ChartDrawing):
            found.append(item)
        elif isinstance(item, KeepTogether):
            for inner in getattr(item, "_content", ()):  # ReportLab's, not in its stubs
                walk(inner)
        elif isinstance(item, Table):
            for row in getattr(item, "_cellvalues", ()):  # as above
                for cell in row:
                    walk(cell)
        elif isinstance(item, list | tuple):
            for inner in item:
                walk(inner)

    walk(story)
    return found


def test_each_measures_values_change_and_verdict_are_text(
    report_pdf: bytes, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(report_pdf)
    for row in (
        "20 November 2026 6",
        "27 November 2026 5",
        "4 December 2026 3",
        "11 December 2026 2",
    ):
        assert row in text  # pain
    for row in ("20 November 2026 3", "27 November 2026 4", "4 December 2026 6"):
        assert row in text  # PSFS
    assert "20 November 2026 40" in text  # LEFS, at the first visit
    assert "11 December 2026 46" in text  # and the last
    assert "Change, first to latest: −4. MIC: 2. Passed: yes." in text
    assert "Change, first to latest: +4. MIC: 2. Passed: yes." in text
    assert "Change, first to latest: +6. MIC: 9. Passed: no." in text
    assert "FAAM" not in text  # never recorded: left out


def test_one_chart_per_measure_recorded_and_one_of_the_weekly_distance(
    report_pdf: bytes, pdf_text: Callable[[bytes], str]
) -> None:
    report = build_progress_report(three_follow_ups(), printed_on=PRINTED)
    charts = charts_in(progress_story(report, styles(False)))
    titles = [chart.spec.title for chart in charts]
    assert titles == [
        "Chart: Pain now (NPRS, 0 to 10)",
        "Chart: Patient-Specific Functional Scale (0 to 10)",
        "Chart: Lower Extremity Functional Scale (0 to 80)",
        "Chart: weekly distance (km)",
    ]
    text = pdf_text(report_pdf)
    assert text.count("Chart: ") == len(titles)
    for title in titles:
        assert title in text
    pain = charts[0].spec
    assert [value for _, value in pain.points] == [6, 5, 3, 2]
    assert [label for label, _ in pain.points] == ["20 Nov", "27 Nov", "4 Dec", "11 Dec"]
    assert pain.band == (6.0, 4.0)  # the MIC marked from the first value, towards better
    assert charts[1].spec.band == (3.0, 5.0)
    assert charts[2].spec.band == (40.0, 49.0)
    assert "Shaded: within the minimal important change (MIC, 2) of the first value" in text


def test_the_weekly_distance_over_the_visits(
    report_pdf: bytes, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(report_pdf)
    assert "Weekly distance" in text
    for row in ("20 November 2026 30 km", "27 November 2026 4 km", "11 December 2026 9.5 km"):
        assert row in text


def test_a_visit_in_the_other_unit_is_converted_to_the_newest_ones(
    pdf_text: Callable[[bytes], str],
) -> None:
    of = course(
        {"running.weekly_distance": 16.1},
        visit("2026-11-27", 3, 5, **{"running.distance_unit": "mi", "running.weekly_distance": 5}),
    )
    text = pdf_text(progress_report_pdf(of, printed_on=PRINTED))
    assert "20 November 2026 10 miles" in text  # 16.1 km is 10.0 miles
    assert "27 November 2026 5 miles" in text
    assert "Chart: weekly distance (miles)" in text


def test_the_plan_at_each_visit_and_this_weeks_plan_in_words(
    report_pdf: bytes, pdf_text: Callable[[bytes], str]
) -> None:
    assert [plan.stage for plan in plans(three_follow_ups())] == [1, 1, 2]
    text = pdf_text(report_pdf)
    assert "The way back to running" in text
    assert "20 November 2026 first visit" in text
    assert (
        "27 November 2026 walk and run 1 / 8 Run 1 minute, then walk 1 minute. Do this 10 times."
    ) in text
    assert "11 December 2026 walk and run 2 / 8 Run 2 minutes, then walk 1 minute." in text
    assert "You are at stage 2 of 8." in text  # the patient's part: this week's plan


def test_the_stored_stages_are_the_ones_printed(pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(progress_report_pdf(three_follow_ups(), stages=[1, 2, 3], printed_on=PRINTED))
    assert "4 December 2026 walk and run 2 / 8" in text
    assert "You are at stage 3 of 8." in text
    assert "Run 4 minutes, then walk 1 minute. Do this 5 times." in text
    stopped = pdf_text(
        progress_report_pdf(three_follow_ups(), stages=[1, 1, None], printed_on=PRINTED)
    )
    assert "11 December 2026 walk and run – no plan" in stopped
    assert "Do not run until a clinician has checked your foot." in stopped


def test_stages_must_be_one_per_follow_up() -> None:
    with pytest.raises(ValueError, match="2 stages for 3 follow-ups"):
        build_progress_report(three_follow_ups(), stages=[1, 2], printed_on=PRINTED)


def test_the_patients_part_is_in_plain_words(
    report_pdf: bytes, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(report_pdf)
    assert "Your pain is 2 out of 10. At your first visit it was 6." in text
    assert "Your score for using your legs in daily life is 46 out of 80." in text
    report = build_progress_report(three_follow_ups(), printed_on=PRINTED)
    prose = " ".join(report.patient_prose())
    grade: Any = textstat.flesch_kincaid_grade(prose)
    assert float(grade) <= 8, prose
    for section in (report.yours.prose(), report.plan.prose()):
        part: Any = textstat.flesch_kincaid_grade(" ".join(section))
        assert float(part) <= 8, section


def test_a_course_of_the_first_visit_alone_has_no_plan_yet(
    pdf_text: Callable[[bytes], str],
) -> None:
    text = pdf_text(progress_report_pdf(course({"symptoms.pain_now": 4}), printed_on=PRINTED))
    assert "Your pain is 4 out of 10." in text
    assert "Recorded at one visit only: no change yet." in text
    assert "No follow-up yet, so no running plan." in text


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("make", [three_follow_ups, six_visits], ids=["4-visits", "6-visits"])
def test_a_typical_report_fits_on_two_pages_in_embedded_fonts(
    paper: Paper,
    make: Callable[[], Course],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    unembedded_fonts: Callable[[bytes], set[str]],
) -> None:
    pdf = progress_report_pdf(make(), letterhead=CLINIC, paper=paper, printed_on=PRINTED)
    pages = pdf_pages(pdf)
    assert len(pages) <= 2
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert unembedded_fonts(pdf) == set()


def test_a_built_story_renders_again_the_same(report_pdf: bytes) -> None:
    """The benchmark's floor builds one story many times: it must stay whole."""
    report = build_progress_report(three_follow_ups(), letterhead=CLINIC, printed_on=PRINTED)
    story = progress_story(report, styles(False))
    first = render_story(story, report)
    assert render_story(story, report) == first == report_pdf
