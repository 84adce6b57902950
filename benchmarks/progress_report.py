"""`progress_report`: the progress report of six visits, over the same report's story laid out.

The course is the example intake of intake-format.md (Maya Okafor, given every measure:
PSFS, LEFS and both FAAM scales) and five weekly follow-ups, parsed once, outside the
timing. The subject is the whole in-memory path the app takes to print the report:
`progress_report_pdf` with a clinic letterhead on A4, which works out the progress of
each measure, the plan at each visit (the rules run on every follow-up), the words, the
charts and the layout, and returns the PDF's bytes. The floor is the same report's
platypus story, its paragraphs, tables and chart drawings built once beforehand, laid
out by `doc.build` in the same document template (`render_story`: same fonts, footer,
paper). So the ratio is the cost of the app's own work above laying the report out:
the progress, the plans, the wording and building the charts and tables.

Registering the fonts and the first render fill per-process caches, so both are run once
before timing; that also checks that each produces a PDF and that both make one of the
same length (the floor lays out the very report the subject makes).
"""

import json
from datetime import date
from typing import Any

from benchmarks.harness import Figure, per_call
from clinic_app.followups import Course, parse_follow_up
from clinic_app.handouts.content import Letterhead
from clinic_app.handouts.progress_render import progress_story, render_story
from clinic_app.handouts.progress_report import build_progress_report, progress_report_pdf
from clinic_app.handouts.render import register_fonts, styles
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir

TARGET = 2.0
NAME = "progress_report"

CLINIC = Letterhead("Riverside Running Physio", "12 Mill Lane, Riverside", "555-0100")
PRINTED_ON = date(2026, 12, 24)
FOLLOW_UP_DAYS = ("2026-11-27", "2026-12-04", "2026-12-11", "2026-12-18", "2026-12-24")


def _measures(visit: int) -> dict[str, Any]:
    """Every measure, improving a little at each visit (visit 0 is the intake)."""
    return {
        "psfs": [
            {"activity": "Running 5 km", "score": min(2 + visit, 10)},
            {"activity": "Stairs", "score": min(5 + visit, 10)},
        ],
        "lefs_total": 44 + 4 * visit,
        "faam_adl_percent": 60.5 + 5 * visit,
        "faam_sports_percent": 35 + 8 * visit,
    }


def six_visits() -> Course:
    """The example intake and five follow-ups: walk-run, pain falling from 4 to 1."""
    path = resources_dir() / "examples" / "maya-okafor.json"
    intake_document = json.loads(path.read_text(encoding="utf-8"))
    intake_document["measures"] = _measures(0)
    intake = parse_intake(intake_document)
    patient = {
        key: intake_document["patient"][key]
        for key in ("first_name", "last_name", "date_of_birth", "clinic_number")
    }
    follow_ups = [
        parse_follow_up(
            {
                "format": "clinic-followup/1",
                "patient": patient,
                "visit_date": day,
                "course_started": intake_document["visit_date"],
                "symptoms": {
                    "side": intake_document["symptoms"]["side"],
                    "locations": intake_document["symptoms"]["locations"],
                    "pain_now": max(4 - visit, 1),
                    "improving": True,
                },
                "running": {"status": "walk_run", "weekly_distance": 6 * visit},
                "measures": _measures(visit),
            }
        )
        for visit, day in enumerate(FOLLOW_UP_DAYS, start=1)
    ]
    return Course(intake, follow_ups)


def report_pdf(course: Course) -> bytes:
    """What printing the report costs the app, from the course to the PDF's bytes."""
    return progress_report_pdf(course, letterhead=CLINIC, paper="a4", printed_on=PRINTED_ON)


def measure(*, rounds: int, round_seconds: float) -> Figure:
    register_fonts()
    course = six_visits()
    report = build_progress_report(course, letterhead=CLINIC, printed_on=PRINTED_ON)
    story = progress_story(report, styles(False))

    # Warm up both (font parsing, first-call caches), and check that each makes the PDF.
    subject, floor = report_pdf(course), render_story(story, report)
    if not (subject.startswith(b"%PDF-") and floor.startswith(b"%PDF-")):
        raise AssertionError(f"{NAME}: did not produce a PDF")
    if subject != floor:
        raise AssertionError(f"{NAME}: the floor does not lay out the report the app makes")
    value, floor_time = per_call(
        lambda: report_pdf(course),
        lambda: render_story(story, report),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure(NAME, value * 1e3, floor_time * 1e3, TARGET, "ms")
