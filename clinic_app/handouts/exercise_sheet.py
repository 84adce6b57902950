"""What the exercise sheet says: the exercises chosen for this patient, each in their words.

A handout of its own (issue 24), printed with the care sheet by default: the exercises of
`choose_exercises` (or those a clinician picked), each with how to do it, how many, how
long to hold, how often, and when to stop. The words come from the language files'
`[exercises]` sections; the drawing is made from the code by the renderer. Pure, like
sheet.py: the records are checked without a PDF, the PDF tests read back what was said.
"""

from dataclasses import dataclass
from datetime import date

from clinic_app.exercises.catalogue import CATALOGUE, in_print_order
from clinic_app.exercises.choice import LAST_STAGE, NOT_YET_RUNNING, choose_exercises
from clinic_app.exercises.codes import ExerciseCode
from clinic_app.followups import Course, FollowUp, ReturnToRun, intake_for
from clinic_app.handouts.content import Footer, Letterhead, plain
from clinic_app.handouts.text import DEFAULT_LANGUAGE, HandoutText, handout_text
from clinic_app.intake import Intake
from clinic_app.rules import Assessment


@dataclass(frozen=True)
class ExerciseCard:
    """One exercise as printed: its drawing (by code) beside its words."""

    code: ExerciseCode
    name: str
    how: str
    dose: str
    often: str
    stop: str
    picture: str
    """What the drawing shows, for a screen reader; not printed (the drawing is)."""

    def prose(self) -> tuple[str, ...]:
        """The card's printed sentences (its name is a heading, not a sentence)."""
        return (self.how, self.dose, self.often, self.stop)


@dataclass(frozen=True)
class ExerciseSheet:
    language: str
    letterhead: Letterhead
    title: str
    patient: str
    intro: str
    note: str
    """The plain warning above the cards: gentle ones only until a clinician has seen the
    foot, no exercise at all for now (emergency), or none until it has been checked;
    empty when there is nothing to warn of."""
    cards: tuple[ExerciseCard, ...]
    stop: str
    footer: Footer
    stop_heading: str = ""

    def prose(self) -> tuple[str, ...]:
        """Every sentence written for the patient, in reading order (for reading-grade checks)."""
        note = (self.note,) if self.note else ()
        stop = (self.stop,) if self.cards else ()  # no "stop any exercise" without one
        return (
            self.intro,
            *note,
            *(sentence for card in self.cards for sentence in card.prose()),
            *stop,
        )


def build_exercise_sheet(
    intake: Intake,
    assessment: Assessment,
    *,
    codes: tuple[ExerciseCode, ...] | None = None,
    plan_stage: int | None = None,
    letterhead: Letterhead | None = None,
    printed_on: date,
    language: str = DEFAULT_LANGUAGE,
) -> ExerciseSheet:
    """The exercise sheet for one intake (or, with `plan_stage`, a follow-up's stage).

    codes: None prints the exercises `choose_exercises` gives; a tuple is a clinician's own
    choice (exercises added or taken away), printed in the sheet's order. The "gentle ones
    only" note is printed while a referral is open and every printed exercise is gentle: a
    clinician who adds strength work has seen the patient. An emergency with no codes
    given prints no exercise, only what to do first.
    """
    text = handout_text(language)
    letterhead = (letterhead or Letterhead()).printable()
    choice = choose_exercises(intake, assessment, plan_stage=plan_stage)
    chosen = choice.codes if codes is None else in_print_order(set(codes))
    if choice.withheld and codes is None:
        note = text("exercises.withheld")
    elif choice.gentle_only and not chosen:
        note = text("exercises.none")
    elif choice.gentle_only and all(CATALOGUE[code].gentle for code in chosen):
        note = text("exercises.gentle")
    else:
        note = ""
    patient = intake.patient
    return ExerciseSheet(
        language=text.language,
        letterhead=letterhead,
        title=text("exercises.title"),
        patient=text("sheet.patient", name=plain(f"{patient.first_name} {patient.last_name}")),
        intro=text("exercises.intro"),
        note=note,
        cards=tuple(exercise_card(code, text) for code in chosen),
        stop=text("exercises.stop"),
        footer=exercise_footer(text, printed_on=printed_on, rules_version=assessment.rules_version),
        stop_heading=text("exercises.stop_heading"),
    )


def exercise_card(code: ExerciseCode, text: HandoutText) -> ExerciseCard:
    """One exercise's words in the sheet's language."""
    key = f"exercises.{code}"
    return ExerciseCard(
        code=code,
        name=text(f"{key}.name"),
        how=text(f"{key}.how"),
        dose=text(f"{key}.dose"),
        often=text(f"{key}.often"),
        stop=text(f"{key}.stop"),
        picture=text(f"{key}.picture"),
    )


def exercise_footer(text: HandoutText, *, printed_on: date, rules_version: str) -> Footer:
    """The care sheet's footer (the same keys), so the two print as one document."""
    return Footer(
        notice=text("footer.notice"),
        page_template=text.template("footer.page"),
        printed=text("footer.printed", date=text.date(printed_on)),
        rules=text("footer.rules", version=rules_version),
    )


def follow_up_stage(follow_up: FollowUp, return_to_run: ReturnToRun) -> int:
    """The plan stage a follow-up's exercises go with (choose_exercises' `plan_stage`).

    The visit's stage when it gave one; full training, which has no stage, takes the last
    stage's set (its calf and balance work keep a runner strong); a visit with no stage
    otherwise (not ready to run, or a referral, which makes the choice gentle anyway)
    takes the strength work that comes before running (follow-ups.md: "the sheet gives
    strength work instead").
    """
    if return_to_run.stage is not None:
        return return_to_run.stage
    if follow_up.running.status == "full_training":
        return LAST_STAGE
    return NOT_YET_RUNNING


def build_followup_exercise_sheet(
    course: Course,
    follow_up: FollowUp,
    assessment: Assessment,
    return_to_run: ReturnToRun,
    *,
    codes: tuple[ExerciseCode, ...] | None = None,
    letterhead: Letterhead | None = None,
    printed_on: date,
    language: str = DEFAULT_LANGUAGE,
) -> ExerciseSheet:
    """The exercise sheet of one follow-up visit: the exercises that go with its plan.

    assessment and return_to_run are the visit's, as the follow-up sheet is given them
    (`assess_follow_up` and `plans`, or the stored ones). The rules' view of the visit
    (`intake_for`: the course's patient and history, the visit's symptoms) is what the
    cautions read, so a neuropathy recorded at the intake still keeps the marbles away.
    """
    return build_exercise_sheet(
        intake_for(follow_up, course.intake),
        assessment,
        codes=codes,
        plan_stage=follow_up_stage(follow_up, return_to_run),
        letterhead=letterhead,
        printed_on=printed_on,
        language=language,
    )
