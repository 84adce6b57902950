"""The follow-up sheet as the patient gets it (follow-ups.md): real PDFs, read back with pypdf.

The sentences expected here are written out by hand from follow-ups.md's stage table and
the courses below, not taken from the code under test; so are the ceilings (20 km + 10 %
= 22.0 km; 21.5 mi + 10 % = 23.65, printed 23.7 miles; 33 km + 10 % = 36.3 km).
"""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import textstat
from follow_up_documents import course

from clinic_app.followups import Course, ReturnToRun, assess_follow_up, plans
from clinic_app.followups.fields import READINESS_CHECKS
from clinic_app.followups.return_to_run import DROP_BACK, GET_HELP, MOVE_ON, NO_RUNNING
from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.followup_content import FollowUpSheet
from clinic_app.handouts.followup_sheet import build_followup_sheet, followup_sheet_pdf
from clinic_app.handouts.text import handout_text

SESSIONS = {
    1: "Run 1 minute, then walk 1 minute. Do this 10 times.",
    2: "Run 2 minutes, then walk 1 minute. Do this 7 times.",
    3: "Run 4 minutes, then walk 1 minute. Do this 5 times.",
    4: "Run 6 minutes, then walk 1 minute. Do this 4 times.",
    5: "Run 9 minutes, then walk 1 minute. Do this 3 times.",
    6: "Run 13 minutes, then walk 1 minute. Do this 2 times.",
    7: "Run for 25 minutes without stopping.",
    8: "Run for 30 minutes without stopping. Then you may add a little distance each week.",
}
EVERY_OTHER_DAY = "Do this every other day."
TWO_SESSIONS = "Do at least two sessions at this stage before you move on."
NO_RUN = "Do not run until a clinician has checked your foot."
WARM_UP = "Warm up before every run. Walk fast or jog slowly for 5 to 10 minutes first."
CHART = "Your pain at each visit"
ALL_READY = {f"measures.readiness.{check}": True for check in READINESS_CHECKS}
PAPERS: tuple[Paper, ...] = ("a4", "letter")


def psfs(score: int) -> dict[str, object]:
    return {"measures.psfs": [{"activity": "Running 5 km", "score": score}]}


def walking_course(unit: str = "km", weekly: float = 20) -> Course:
    """Intake (pain 6, PSFS 3), then two walk-run visits: pain 4, then 2."""
    return course(
        {"symptoms.pain_now": 6, **psfs(3)},
        {"visit_date": "2026-11-27", "symptoms.pain_now": 4, **psfs(5)},
        {
            "visit_date": "2026-12-04",
            "symptoms.pain_now": 2,
            "running.distance_unit": unit,
            "running.weekly_distance": weekly,
            **psfs(7),
        },
    )


def sheet_of(
    of: Course, plan: ReturnToRun | None = None, letterhead: Letterhead | None = None
) -> tuple[FollowUpSheet, bytes]:
    """The newest visit's sheet, as content and as A4 PDF; its plan from `plans` unless given."""
    visit = of.follow_ups[-1]
    assessment = assess_follow_up(of, visit)
    made = plan or plans(of)[-1]
    printed = date(2026, 12, 4)
    content = build_followup_sheet(of, visit, assessment, made, printed_on=printed)
    pdf = followup_sheet_pdf(of, visit, assessment, made, letterhead=letterhead, printed_on=printed)
    return content, pdf


@pytest.fixture(scope="module")
def typical() -> tuple[FollowUpSheet, bytes]:
    return sheet_of(walking_course(), letterhead=Letterhead("Riverside", "1 Mill Lane", "555-0199"))


def test_how_you_are_doing_gives_their_numbers_against_the_first_visit(
    typical: tuple[FollowUpSheet, bytes], pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(typical[1])
    assert "How you are doing" in text
    assert "Your pain is 2 out of 10. At your first visit it was 6." in text
    assert (
        "You rated the things you find hard at 7 out of 10, on average. "
        "At your first visit it was 3."
    ) in text
    assert "That is a real step forward." in text  # pain fell by 4, PSFS rose by 4
    assert CHART in text  # the small chart, its values printed beside each point
    assert "Visit on 4 December 2026" in text
    assert "First visit on 20 November 2026" in text


def test_a_change_short_of_the_mic_is_not_called_a_step_forward(
    pdf_text: Callable[[bytes], str],
) -> None:
    of = course({"symptoms.pain_now": 3}, {"visit_date": "2026-11-27", "symptoms.pain_now": 2})
    text = pdf_text(sheet_of(of)[1])
    assert "Your pain is 2 out of 10. At your first visit it was 3." in text
    assert "real step forward" not in text


@pytest.mark.parametrize("stage", sorted(SESSIONS))
def test_each_stage_gives_its_session_in_words(
    stage: int, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(sheet_of(walking_course(), ReturnToRun(stage, ready=True))[1])
    assert "This week's plan" in text
    assert f"You are at stage {stage} of 8." in text
    assert SESSIONS[stage] in text
    for other, words in SESSIONS.items():
        if other != stage:
            assert words not in text
    assert EVERY_OTHER_DAY in text
    assert TWO_SESSIONS in text
    for rule in (MOVE_ON, DROP_BACK, GET_HELP):
        assert rule in text
    assert ("run no more than" in text) == (stage == 8)
    assert NO_RUN not in text
    assert WARM_UP in text


def test_the_plan_a_course_gives_is_the_one_printed(pdf_text: Callable[[bytes], str]) -> None:
    """Walk-run, pain at most 2, no earlier stage: stage 2 (follow-ups.md)."""
    text = pdf_text(sheet_of(walking_course())[1])
    assert "You are at stage 2 of 8." in text
    assert SESSIONS[2] in text


@pytest.mark.parametrize(
    ("unit", "weekly", "ceiling"),
    [("km", 20, "22.0 km"), ("mi", 21.5, "23.7 miles")],
)
def test_stage_8_gives_the_weekly_ceiling_in_the_patients_unit(
    unit: str, weekly: float, ceiling: str, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(sheet_of(walking_course(unit, weekly), ReturnToRun(8, ready=True))[1])
    weekly_words = f"{weekly:g} {'km' if unit == 'km' else 'miles'}"
    assert (
        f"This week, run no more than {ceiling} in all. Last week you ran {weekly_words}." in text
    )
    assert "Do not add more than 10% a week." in text
    other = "miles" if unit == "km" else " km"
    assert other not in text


def test_full_training_gives_only_the_weekly_ceiling(pdf_text: Callable[[bytes], str]) -> None:
    of = course(
        {"symptoms.pain_now": 4},
        {
            "visit_date": "2026-12-01",
            "symptoms.pain_now": 1,
            "running.status": "full_training",
            "running.weekly_distance": 33,
        },
    )
    text = pdf_text(sheet_of(of)[1])
    assert "You are back to your usual training." in text
    assert "This week, run no more than 36.3 km in all. Last week you ran 33 km." in text
    assert "You are at stage" not in text
    assert not any(words in text for words in SESSIONS.values())
    assert WARM_UP in text


def test_a_week_of_nothing_gives_the_limit_without_a_figure(
    pdf_text: Callable[[bytes], str],
) -> None:
    text = pdf_text(sheet_of(walking_course("km", 0), ReturnToRun(8, ready=True))[1])
    assert "Add distance slowly. Do not add more than 10% a week." in text
    assert "run no more than" not in text


def test_a_referral_flag_replaces_the_plan_and_boxes_the_reasons(
    pdf_text: Callable[[bytes], str],
) -> None:
    of = course(
        {"symptoms.pain_now": 5},
        {
            "visit_date": "2026-11-27",
            "symptoms.pain_now": 3,
            "symptoms.numbness_or_tingling": True,
            "running.status": "walk_run",
        },
    )
    assert plans(of)[-1].stage is None
    content, pdf = sheet_of(of)
    text = pdf_text(pdf)
    assert content.referral is not None
    assert content.emergency is None
    assert "See a clinician in the next few days" in text
    assert "You feel numbness or tingling." in text
    assert NO_RUN in text
    assert NO_RUNNING == NO_RUN
    assert "You are at stage" not in text
    assert not any(words in text for words in SESSIONS.values())
    assert WARM_UP not in text  # no running this week: nothing to warm up for
    assert "When to get help" in text


def test_an_emergency_gets_the_care_sheets_emergency_box_first(
    pdf_pages: Callable[[bytes], tuple[str, ...]],
) -> None:
    of = course(
        {"symptoms.pain_now": 5},
        {
            "visit_date": "2026-11-27",
            "symptoms.foot_colour": "mottled",
            "symptoms.foot_cold": True,
        },
    )
    content, pdf = sheet_of(of)
    first = pdf_pages(pdf)[0]
    assert content.emergency is not None
    assert first.startswith("Get emergency care now")
    assert "Call your local emergency number now" in first
    assert NO_RUN in " ".join(pdf_pages(pdf))


def test_not_ready_gives_strength_work_and_what_is_still_missing(
    pdf_text: Callable[[bytes], str],
) -> None:
    of = course(
        {"symptoms.pain_now": 6},
        {
            "visit_date": "2026-11-27",
            "symptoms.pain_now": 3,
            "running.status": "not_running",
            **ALL_READY,
            "measures.readiness.hop_10_pain_free": False,
            "measures.readiness.no_pain_next_morning": None,
        },
    )
    made = plans(of)[-1]
    assert made.missing == ("hop_10_pain_free", "no_pain_next_morning", "pain_now")
    text = pdf_text(sheet_of(of)[1])
    assert "You are not ready to run yet. For now, do strength work instead." in text
    assert "Calf raises" in text
    assert "Before you run, we still need to see that:" in text
    assert "You can hop 10 times on your sore foot without pain." in text
    assert "Your foot does not hurt the next morning." in text
    assert "Your pain is 2 out of 10 or less." in text
    assert "You can walk for 30 minutes without pain." not in text  # done
    assert "You can do 20 calf raises" not in text  # done
    assert "You are at stage" not in text
    assert NO_RUN not in text


def _cases() -> dict[str, tuple[Course, ReturnToRun | None]]:
    not_ready = course(
        {"symptoms.pain_now": 6},
        {"visit_date": "2026-11-27", "symptoms.pain_now": 4, "running.status": "not_running"},
    )
    referral = course(
        {"symptoms.pain_now": 5},
        {
            "visit_date": "2026-11-27",
            "symptoms.pain_character": ["sharp"],
            "symptoms.night_pain": True,
        },
    )
    cases: dict[str, tuple[Course, ReturnToRun | None]] = {
        f"stage-{stage}": (walking_course(), ReturnToRun(stage, ready=True)) for stage in SESSIONS
    }
    cases["not-ready"] = (not_ready, None)
    cases["referral"] = (referral, None)
    return cases


CASES = _cases()


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("paper", PAPERS)
def test_a_typical_sheet_fits_on_two_pages_and_large_print_on_three(
    case: str, paper: Paper, pdf_pages: Callable[[bytes], tuple[str, ...]]
) -> None:
    of, plan = CASES[case]
    visit = of.follow_ups[-1]
    made = plan or plans(of)[-1]
    assessment = assess_follow_up(of, visit)
    normal = followup_sheet_pdf(of, visit, assessment, made, paper=paper)
    large = followup_sheet_pdf(of, visit, assessment, made, paper=paper, large_print=True)
    assert len(pdf_pages(normal)) <= 2
    assert len(pdf_pages(large)) <= 3
    assert "When to get help" in " ".join(pdf_pages(large))


@pytest.mark.parametrize("case", sorted(CASES))
def test_reading_grade_is_8_or_lower(case: str, pdf_text: Callable[[bytes], str]) -> None:
    of, plan = CASES[case]
    content, pdf = sheet_of(of, plan)
    prose = " ".join(content.prose())
    assert len(prose.split()) > 150
    whole: Any = textstat.flesch_kincaid_grade(prose)
    printed: Any = textstat.flesch_kincaid_grade(pdf_text(pdf))
    assert float(whole) <= 8, prose
    assert float(printed) <= 8
    for section in (content.doing.prose(), content.plan.prose()):
        grade: Any = textstat.flesch_kincaid_grade(" ".join(section))
        assert float(grade) <= 8, section


def test_every_new_sentence_reads_at_grade_8_or_lower() -> None:
    """Each sentence the follow-up sheet adds, alone, filled with typical numbers."""
    text = handout_text()
    keys = [
        *(f"followup.doing.{key}" for key in ("nprs", "psfs", "lefs", "faam_adl", "faam_sports")),
        *(f"followup.plan.{key}" for key in ("every_other_day", "two_sessions", "full_training")),
        *(f"followup.plan.{key}" for key in ("no_running_rest", "not_ready", "ceiling_none")),
        *(f"followup.missing.{check}" for check in (*READINESS_CHECKS, "pain_now")),
    ]
    values = {"now": 3, "first": 6, "limit": 10, "ceiling": "22.0", "unit": "km", "weekly": 20}
    for key in keys:
        template = text.template(key)
        sentence = template.format_map({name: values[name] for name in values if name in template})
        grade: Any = textstat.flesch_kincaid_grade(sentence)
        assert float(grade) <= 8, sentence
    for line in text.lines("followup.plan.strength"):
        grade = textstat.flesch_kincaid_grade(line)
        assert float(grade) <= 8, line


def test_the_sheet_says_the_rules_in_return_to_runs_words() -> None:
    text = handout_text()
    assert text("followup.plan.move_on") == MOVE_ON
    assert text("followup.plan.drop_back") == DROP_BACK
    assert text("followup.plan.get_help") == GET_HELP
    assert text("followup.plan.no_running") == NO_RUNNING


def test_an_earlier_visits_sheet_shows_the_course_as_it_stood_then(
    pdf_text: Callable[[bytes], str],
) -> None:
    of = walking_course()
    visit = of.follow_ups[0]
    assessment = assess_follow_up(of, visit)
    text = pdf_text(followup_sheet_pdf(of, visit, assessment, plans(of)[0]))
    assert "Your pain is 4 out of 10. At your first visit it was 6." in text
    assert "Visit on 27 November 2026" in text


def test_a_follow_up_of_another_course_is_refused() -> None:
    of, other = walking_course(), course({}, {"visit_date": "2026-11-28"})
    stranger = other.follow_ups[0]
    with pytest.raises(ValueError, match="not in"):
        build_followup_sheet(
            of,
            stranger,
            assess_follow_up(other, stranger),
            plans(other)[0],
            printed_on=date.today(),
        )
