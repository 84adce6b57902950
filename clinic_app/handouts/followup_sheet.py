"""The follow-up sheet (follow-ups.md): the care sheet's shape for a follow-up visit.

From the top: the emergency and referral boxes when a referral flag of this visit fired
(the care sheet's own boxes), how the patient is doing against the first visit (in words
and a small pain chart), this week's plan (the stage's session in words, or, under a
referral, "do not run until a clinician has checked your foot", or strength work and what
is still missing), relief, and when to get help (the care sheet's list).

Pure: it reads the course, the visit's assessment and its plan as given, no database.
"""

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from clinic_app.followups import (
    STAGES,
    Course,
    FollowUp,
    MeasureProgress,
    ReturnToRun,
    intake_for,
    progress,
)
from clinic_app.handouts.content import Footer, Letterhead, Paper, Section, plain
from clinic_app.handouts.followup_content import FollowUpSheet
from clinic_app.handouts.sheet import MIN_CEILING, help_section, referral_boxes, relief_section
from clinic_app.handouts.text import DEFAULT_LANGUAGE, HandoutText, handout_text
from clinic_app.rules import Assessment, RuleSettings
from clinic_app.rules.evidence import number
from clinic_app.rules.measures import as_percent, ceiling_after

CEILING_STAGES = frozenset({STAGES[-1].number})
"""The stages whose sheet gives the weekly ceiling (and full training, which has none)."""


def followup_sheet_pdf(
    course: Course,
    follow_up: FollowUp,
    assessment: Assessment,
    return_to_run: ReturnToRun,
    *,
    letterhead: Letterhead | None = None,
    paper: Paper = "a4",
    large_print: bool = False,
    settings: RuleSettings | None = None,
    printed_on: date | None = None,
    language: str = DEFAULT_LANGUAGE,
    with_exercises: bool = False,
) -> bytes:
    """The follow-up sheet of one visit of the course, as PDF bytes.

    assessment: the visit's flags (`assess_follow_up`, or the stored ones); return_to_run:
    its plan (`plans`, or the stored stage); settings: those the assessment was made under
    (the weekly limit of the ceiling); printed_on: today unless given. with_exercises: the
    exercise sheet of the visit's plan follows on a new page of the same PDF, unless the
    rules give no exercise (then the sheet goes alone).
    """
    # ReportLab: on use
    from clinic_app.handouts.followup_render import render_followup_sheet

    printed_on = printed_on or date.today()
    sheet = build_followup_sheet(
        course,
        follow_up,
        assessment,
        return_to_run,
        settings=settings,
        letterhead=letterhead,
        printed_on=printed_on,
        language=language,
    )
    if with_exercises:
        from clinic_app.handouts.exercise_render import render_followup_sheet_with_exercises
        from clinic_app.handouts.exercise_sheet import build_followup_exercise_sheet

        exercises = build_followup_exercise_sheet(
            course,
            follow_up,
            assessment,
            return_to_run,
            letterhead=letterhead,
            printed_on=printed_on,
            language=language,
        )
        if exercises.cards:
            return render_followup_sheet_with_exercises(
                sheet, exercises, paper=paper, large_print=large_print
            )
    return render_followup_sheet(sheet, paper=paper, large_print=large_print)


def build_followup_sheet(
    course: Course,
    follow_up: FollowUp,
    assessment: Assessment,
    return_to_run: ReturnToRun,
    *,
    settings: RuleSettings | None = None,
    letterhead: Letterhead | None = None,
    printed_on: date,
    language: str = DEFAULT_LANGUAGE,
) -> FollowUpSheet:
    """What the sheet says; ValueError when the follow-up is not one of the course's."""
    text = handout_text(language)
    settings = settings or RuleSettings()
    letterhead = (letterhead or Letterhead()).printable()
    so_far = course.up_to(course.index_of(follow_up))  # a sheet reprinted later says the same
    document = intake_for(follow_up, course.intake)  # the rules' view: history carries over
    flags = tuple(flag for flag in assessment.flags if not flag.clinician_only)
    emergency, referral = referral_boxes(document, flags, letterhead, text)
    patient = course.intake.patient
    stopped = any(flag.kind == "referral" for flag in flags)
    return FollowUpSheet(
        language=text.language,
        letterhead=letterhead,
        title=text("followup.title"),
        patient=text("sheet.patient", name=plain(f"{patient.first_name} {patient.last_name}")),
        visit=text("sheet.visit", date=text.date(follow_up.visit_date)),
        first_visit=text("followup.first_visit", date=text.date(course.started)),
        emergency=emergency,
        referral=referral,
        doing=Section(
            heading=text("followup.doing.heading"),
            paragraphs=doing_sentences(so_far, progress(so_far), text),
        ),
        chart_title=text("followup.doing.chart"),
        chart_axis=text("followup.doing.chart_axis"),
        pain=tuple(
            (short_date(visit.visit_date, text), float(visit.symptoms.pain_now))
            for visit in so_far.visits
        ),
        plan=plan_section(follow_up, return_to_run, settings, text, stopped=stopped),
        relief=relief_section(document, flags, text),
        help=help_section(letterhead, text),
        footer=Footer(
            notice=text("footer.notice"),
            page_template=text.template("footer.page"),
            printed=text("footer.printed", date=text.date(printed_on)),
            rules=text("footer.rules", version=assessment.rules_version),
        ),
    )


def doing_sentences(
    course: Course, measures: Sequence[MeasureProgress], text: HandoutText
) -> tuple[str, ...]:
    """Each measure's newest value against its first, in words, in follow-ups.md's order:
    "Your pain is 3 out of 10. At your first visit it was 6." A change that passed its
    MIC adds that it is a real step forward; nothing is said of one that did not."""
    sentences: list[str] = []
    for entry in measures:
        name = entry.measure.name
        (first_day, first), (_, now) = entry.values[0], entry.values[-1]
        now_words, first_words = text.number(shown(now)), text.number(shown(first))
        if len(entry.values) == 1:
            sentence = text(f"followup.doing.{name}_only", now=now_words)
        elif first_day == course.started:
            sentence = text(f"followup.doing.{name}", now=now_words, first=first_words)
        else:
            sentence = text.together(
                text(f"followup.doing.{name}_only", now=now_words),
                text("followup.doing.earlier", date=text.date(first_day), first=first_words),
            )
        if entry.passed_mic:
            sentence = text.together(sentence, text("followup.doing.better"))
        sentences.append(sentence)
    return tuple(sentences)


def plan_section(
    follow_up: FollowUp,
    plan: ReturnToRun,
    settings: RuleSettings,
    text: HandoutText,
    *,
    stopped: bool,
) -> Section:
    """This week's plan. `stopped`: a referral flag of this visit fired, which replaces the
    plan whatever `plan` says (follow-ups.md)."""
    heading = text("followup.plan.heading")
    if stopped or (plan.stage is None and not plan.ready and not plan.missing):
        return Section(
            heading=heading,
            cautions=(text("followup.plan.no_running"),),
            paragraphs=(text("followup.plan.no_running_rest"),),
        )
    if plan.stage is None and not plan.ready:  # not_running, and not ready yet
        return Section(
            heading=heading,
            paragraphs=(text("followup.plan.not_ready"), text("followup.plan.strength_heading")),
            bullets=text.lines("followup.plan.strength"),
            subheading=text("followup.plan.missing_heading"),
            more_bullets=tuple(text(f"followup.missing.{check}") for check in plan.missing),
            closing=(text("followup.plan.strength_easy"),),
        )
    rules = (text("followup.plan.get_help"),)
    # Every week with running in it: warm up first, stretch after (the care sheet's words).
    warm_up = text("plan.warm_up")
    if plan.stage is None:  # full training: only the weekly ceiling
        return Section(
            heading=heading,
            paragraphs=(
                text("followup.plan.full_training"),
                *_ceiling(follow_up, settings, text),
                warm_up,
            ),
            bullets=rules,
        )
    stage = STAGES[plan.stage - 1]
    paragraphs = [
        text("followup.plan.stage", stage=stage.number, stages=len(STAGES)),
        session_words(stage.number, text),
        text("followup.plan.every_other_day"),
        text("followup.plan.two_sessions"),
    ]
    if stage.number in CEILING_STAGES:
        paragraphs += _ceiling(follow_up, settings, text)
    paragraphs.append(warm_up)
    return Section(
        heading=heading,
        paragraphs=tuple(paragraphs),
        bullets=(text("followup.plan.move_on"), text("followup.plan.drop_back"), *rules),
    )


def session_words(stage_number: int, text: HandoutText) -> str:
    """A stage's session as the patient reads it: "Run 4 minutes, then walk 1 minute. Do
    this 5 times." (follow-ups.md's table, from `STAGES`)."""
    stage = STAGES[stage_number - 1]
    if stage.walk_minutes == 0:
        words = text("followup.plan.continuous", run=_minutes(stage.run_minutes, text))
        if stage.number in CEILING_STAGES:
            words = text.together(words, text("followup.plan.add_distance"))
        return words
    return text(
        "followup.plan.intervals",
        run=_minutes(stage.run_minutes, text),
        walk=_minutes(stage.walk_minutes, text),
        repeats=text("units.time" if stage.repeats == 1 else "units.times", count=stage.repeats),
    )


def _minutes(count: int, text: HandoutText) -> str:
    return text("units.minute" if count == 1 else "units.minutes", count=count)


def _ceiling(follow_up: FollowUp, settings: RuleSettings, text: HandoutText) -> tuple[str, ...]:
    """The most to run this week, in the patient's unit: last week's distance plus the
    clinic's weekly limit (rules/measures.py), or the limit alone after a week of nothing."""
    running = follow_up.running
    unit = text(f"units.{running.distance_unit}")
    limit = text.number(as_percent(settings.max_weekly_increase))
    ceiling = ceiling_after(running.weekly_distance, settings)
    if ceiling < MIN_CEILING:
        return (text("followup.plan.ceiling_none", limit=limit),)
    return (
        text(
            "followup.plan.ceiling",
            ceiling=text.number(f"{ceiling:.1f}"),
            unit=unit,
            weekly=text.number(number(running.weekly_distance)),
        ),
        text("followup.plan.ceiling_limit", limit=limit),
    )


def shown(value: Fraction) -> str:
    """A score as a patient reads it: 3, 6.5, 6.7 (one decimal, rounded half up)."""
    if value.denominator == 1:
        return str(value.numerator)
    rounded = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return str(rounded).removesuffix(".0")


def short_date(day: date, text: HandoutText) -> str:
    """A date where a whole one does not fit, on a chart's axis: "20 Nov"."""
    return text.short_date(day)
