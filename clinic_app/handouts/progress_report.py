"""The progress report of a course (follow-ups.md, "Progress"): for the clinic, one line
chart per measure recorded, with its MIC marked, and its values, change and verdict as
text; the weekly distance over the visits; the plan at each follow-up. For the patient,
a part at the top in plain words: their numbers against the first visit, and this
week's plan, in the follow-up sheet's own sentences.

Pure: it reads the course alone, no database (storage passes the stored stages).
"""

from collections.abc import Sequence
from datetime import date

from clinic_app.followups import (
    STAGES,
    Course,
    FollowUp,
    MeasureProgress,
    ReturnToRun,
    plans,
    progress,
)
from clinic_app.handouts.charts import ChartSpec, value_range
from clinic_app.handouts.content import Footer, Letterhead, Paper, Section, plain
from clinic_app.handouts.followup_content import MeasureBlock, ProgressReport
from clinic_app.handouts.followup_sheet import (
    doing_sentences,
    plan_section,
    session_words,
    short_date,
    shown,
)
from clinic_app.handouts.text import DEFAULT_LANGUAGE, HandoutText, handout_text
from clinic_app.intake import Intake
from clinic_app.rules import RuleSettings
from clinic_app.rules.engine import NEWEST
from clinic_app.rules.evidence import number

KM_PER_MILE = 1.609344
SCALES: dict[str, tuple[float, float, float]] = {
    "nprs": (0, 10, 2),
    "psfs": (0, 10, 2),
    "lefs": (0, 80, 20),
    "faam_adl": (0, 100, 20),
    "faam_sports": (0, 100, 20),
}
"""Each measure's axis (lowest, highest, step): the whole of its scale, so a chart never
makes a small change look large."""


def progress_report_pdf(
    course: Course,
    *,
    letterhead: Letterhead | None = None,
    paper: Paper = "a4",
    language: str = DEFAULT_LANGUAGE,
    clinician_language: str | None = None,
    stages: Sequence[int | None] | None = None,
    settings: RuleSettings | None = None,
    printed_on: date | None = None,
    rules_version: str = NEWEST,
) -> bytes:
    """The progress report of the course, as PDF bytes.

    language: the patient's part (their numbers in words, this week's plan);
    clinician_language: the clinic's part (measures, charts, tables), `language` when None.

    stages: the stage stored with each follow-up, in date order (None where a visit gave
    no plan); without them, each is worked out afresh (`plans`) under `settings` and
    `rules_version`.
    """
    from clinic_app.handouts.progress_render import render_progress_report  # ReportLab: on use

    report = build_progress_report(
        course,
        letterhead=letterhead,
        language=language,
        clinician_language=clinician_language,
        stages=stages,
        settings=settings,
        printed_on=printed_on or date.today(),
        rules_version=rules_version,
    )
    return render_progress_report(report, paper=paper)


def build_progress_report(
    course: Course,
    *,
    letterhead: Letterhead | None = None,
    language: str = DEFAULT_LANGUAGE,
    clinician_language: str | None = None,
    stages: Sequence[int | None] | None = None,
    settings: RuleSettings | None = None,
    printed_on: date,
    rules_version: str = NEWEST,
) -> ProgressReport:
    """What the report says; ValueError when `stages` is not one per follow-up.

    The patient's part is in `language`; the rest, read by clinicians and payers, in
    `clinician_language` (the clinic's letter language), `language` when None.
    """
    yours = handout_text(language)
    text = handout_text(clinician_language or language)
    settings = settings or RuleSettings()
    letterhead = (letterhead or Letterhead()).printable()
    worked_out = plans(course, settings, version=rules_version)
    if stages is None:
        stages = [plan.stage for plan in worked_out]
    if len(stages) != len(course.follow_ups):
        raise ValueError(
            f"{len(stages)} stages for {len(course.follow_ups)} follow-ups: give one for each"
        )
    measures = progress(course)
    patient = course.intake.patient
    lines = [
        text("progress.patient", name=plain(f"{patient.first_name} {patient.last_name}")),
        text("progress.course", date=text.date(course.started), visits=len(course.visits)),
        text("progress.printed_for", date=text.date(course.newest.visit_date)),
    ]
    if patient.clinic_number:
        lines.insert(1, text("progress.clinic_number", number=plain(patient.clinic_number)))
    return ProgressReport(
        language=text.language,
        letterhead=letterhead,
        title=text("progress.title"),
        lines=tuple(lines),
        yours=Section(
            heading=yours("progress.yours_heading"),
            paragraphs=doing_sentences(course, measures, yours),
        ),
        plan=_newest_plan(course, worked_out, stages, settings, yours),
        measures_heading=text("progress.measures_heading"),
        measures=tuple(_measure_block(entry, text) for entry in measures),
        distance=_distance_block(course, text),
        plan_heading=text("progress.plan_heading"),
        plan_columns=(
            text("progress.plan_date"),
            text("progress.plan_status"),
            text("progress.plan_stage"),
            text("progress.plan_session"),
        ),
        plan_rows=_plan_rows(course, stages, text),
        clinician_language=text.language,
        footer=Footer(
            notice=yours("progress.notice"),
            page_template=text.template("footer.page"),
            printed=text("footer.printed", date=text.date(printed_on)),
            rules=text("footer.rules", version=rules_version),
        ),
    )


def _newest_plan(
    course: Course,
    worked_out: Sequence[ReturnToRun],
    stages: Sequence[int | None],
    settings: RuleSettings,
    text: HandoutText,
) -> Section:
    """This week's plan in the follow-up sheet's words: the newest follow-up's, its stage
    as stored when given (what the patient was told), its readiness as worked out."""
    newest = course.newest
    if not isinstance(newest, FollowUp):
        return Section(
            heading=text("followup.plan.heading"), paragraphs=(text("progress.no_stage_yet"),)
        )
    plan = worked_out[-1]
    stored = stages[-1]
    if stored != plan.stage:
        # The stored stage is what the patient was told. None stored where a stage is
        # worked out now: no plan was given then, so the report gives none either.
        plan = ReturnToRun(stored, ready=stored is not None)
    return plan_section(newest, plan, settings, text, stopped=False)


def _measure_block(entry: MeasureProgress, text: HandoutText) -> MeasureBlock:
    measure = entry.measure
    low, high, step = SCALES[measure.name]
    first = float(entry.values[0][1])
    towards = measure.mic if measure.higher_is_better else -measure.mic
    heading = text(f"progress.measures.{measure.name}")
    lines = [
        text("progress.change", change=_signed(entry, text))
        if entry.change is not None
        else text("progress.no_change" if len(entry.values) == 1 else "progress.no_match"),
        text("progress.mic", mic=text.number(str(measure.mic))),
    ]
    if entry.passed_mic is not None:
        lines.append(text("progress.passed" if entry.passed_mic else "progress.not_passed"))
    return MeasureBlock(
        heading=heading,
        chart=ChartSpec(
            title=text("progress.chart", measure=heading),
            axis=text("progress.values_axis"),
            points=tuple((short_date(day, text), float(value)) for day, value in entry.values),
            low=low,
            high=high,
            step=step,
            band=(first, first + towards),
            band_label=text("progress.mic_band", mic=text.number(str(measure.mic))),
        ),
        columns=(text("progress.date"), text("progress.value")),
        rows=tuple((text.date(day), text.number(shown(value))) for day, value in entry.values),
        # One paragraph beside the chart (a line each would make the block taller than
        # it), its sentences put side by side the language's way.
        lines=(text.together(*lines),),
    )


def _signed(entry: MeasureProgress, text: HandoutText) -> str:
    assert entry.change is not None
    words = text.number(shown(abs(entry.change)))
    return words if entry.change == 0 else ("+" if entry.change > 0 else "−") + words


def _distance_block(course: Course, text: HandoutText) -> MeasureBlock:
    """The weekly distance at each visit, in the newest visit's unit (a visit in the other
    unit converted, rounded to 0.1)."""
    unit = course.newest.running.distance_unit
    distances = [(visit.visit_date, _distance(visit, unit)) for visit in course.visits]
    low, high = value_range([value for _, value in distances], low=0, high=None)
    unit_words = text(f"units.{unit}")
    return MeasureBlock(
        heading=text("progress.distance_heading"),
        chart=ChartSpec(
            title=text("progress.distance_chart", unit=unit_words),
            axis=text("progress.distance_axis", unit=unit_words),
            points=tuple((short_date(day, text), value) for day, value in distances),
            low=low,
            high=high,
            step=high / 4,
        ),
        columns=(text("progress.date"), text("progress.distance_rows")),
        rows=tuple(
            (
                text.date(day),
                text("progress.unit_value", value=text.number(number(value)), unit=unit_words),
            )
            for day, value in distances
        ),
        lines=(),
    )


def _distance(visit: Intake | FollowUp, unit: str) -> float:
    running = visit.running
    if running.distance_unit == unit:
        return float(running.weekly_distance)
    factor = KM_PER_MILE if unit == "km" else 1 / KM_PER_MILE
    return round(running.weekly_distance * factor, 1)


def _plan_rows(
    course: Course, stages: Sequence[int | None], text: HandoutText
) -> tuple[tuple[str, str, str, str], ...]:
    """The first visit, then each follow-up: its running status, stage and session."""
    none = text("progress.no_value")
    rows = [(text.date(course.started), text("progress.statuses.intake"), none, none)]
    for follow_up, stage in zip(course.follow_ups, stages, strict=True):
        rows.append(
            (
                text.date(follow_up.visit_date),
                text(f"progress.statuses.{follow_up.running.status}"),
                none if stage is None else f"{stage} / {len(STAGES)}",
                text("progress.no_plan") if stage is None else session_words(stage, text),
            )
        )
    return tuple(rows)
