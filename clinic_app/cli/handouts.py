"""`clinic-intake handout`, `exercises` and `letter`: one intake document in, one PDF out.

The clinic's letterhead, paper size and rule thresholds come from its database when
there is one (--db, CLINIC_INTAKE_DB or the default file), so a sheet printed here says
what the desktop app would print. The PDF is written beside its destination and moved
into place only when complete: an interrupted run never leaves half a file.
"""

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.cli.languages import add_language_option, chosen_language
from clinic_app.cli.problems import InvalidInput
from clinic_app.handouts.content import (
    DESTINATIONS,
    PAPER_NAMES,
    PAPERS,
    REFERRAL_URGENCIES,
)
from clinic_app.services.files import write_private

if TYPE_CHECKING:
    from clinic_app.handouts.content import Paper
    from clinic_app.handouts.exercise_sheet import ExerciseCard, ExerciseSheet
    from clinic_app.intake import Intake
    from clinic_app.rules import Assessment, RuleSettings
    from clinic_app.services.clinic_settings import ClinicDetails


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    handout = commands.add_parser(
        "handout",
        help="write the home-care sheet for one intake document as a PDF",
        description=(
            "Write the patient's take-home care sheet for one intake document. The clinic's "
            "name, address, phone and paper size come from its database when there is one."
        ),
    )
    _file_and_output(handout)
    handout.add_argument("--paper", choices=PAPERS, help="paper size (default: the clinic's)")
    handout.add_argument(
        "--large-print", action="store_true", help="large print: 14 pt text, for patients who ask"
    )
    handout.add_argument(
        "--with-exercises",
        action="store_true",
        help="add the exercise sheet on the pages after it, in the same PDF",
    )
    add_language_option(handout, "the sheet")
    handout.set_defaults(handler=handout_command)

    exercises = commands.add_parser(
        "exercises",
        help="write the drawn exercise sheet for one intake document as a PDF",
        description=(
            "Write the patient's exercise sheet for one intake document: the home exercises "
            "the rules choose from the flags and answers, each drawn, with how many, how "
            "long to hold, how often and when to stop. While a referral flag is open only "
            "gentle ones are given; after an emergency flag, none."
        ),
    )
    _file_and_output(exercises)
    exercises.add_argument("--paper", choices=PAPERS, help="paper size (default: the clinic's)")
    exercises.add_argument(
        "--large-print", action="store_true", help="large print: 14 pt text, on two pages"
    )
    exercises.add_argument(
        "--stage",
        type=_stage,
        metavar="N",
        help="the follow-up's stage of the way back to running (1-8): the strength work for it",
    )
    add_language_option(exercises, "the sheet")
    exercises.set_defaults(handler=exercises_command)

    letter = commands.add_parser(
        "letter",
        help="write a referral letter for one intake document as a PDF",
        description="Write a clinician's referral letter for one intake document.",
    )
    _file_and_output(letter)
    letter.add_argument(
        "--to",
        choices=DESTINATIONS,
        metavar="DESTINATION",
        help=(
            f"who the patient is referred to: {', '.join(DESTINATIONS)} (required, but for "
            "an emergency, which goes to the emergency department unless told otherwise)"
        ),
    )
    letter.add_argument("--clinician", default="", metavar="NAME", help="the referring clinician")
    letter.add_argument(
        "--urgency",
        choices=REFERRAL_URGENCIES,
        help="how soon (default: from the flags, else routine)",
    )
    letter.add_argument("--paper", choices=PAPERS, help="paper size (default: the clinic's)")
    add_language_option(letter, "the letter", default="the clinic's letter language")
    letter.set_defaults(handler=letter_command)


def _file_and_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the intake document; - reads standard input")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")


def handout_command(args: argparse.Namespace) -> int:
    from clinic_app.handouts.render import render_care_sheet
    from clinic_app.handouts.sheet import build_care_sheet

    printing = _Printing.read(args)
    sheet = build_care_sheet(
        printing.intake,
        printing.assessment,
        settings=printing.settings,
        letterhead=printing.clinic.letterhead(),
        printed_on=date.today(),
        language=printing.language,
    )
    size = "large print, " if args.large_print else ""
    if not args.with_exercises:
        pdf = render_care_sheet(sheet, paper=printing.paper, large_print=args.large_print)
        write_private(printing.output, pdf, what="the PDF")
        print(
            f"Wrote the home-care sheet ({size}{PAPER_NAMES[printing.paper]}) to {printing.output}"
        )
        return 0

    from clinic_app.handouts.exercise_render import render_care_sheet_with_exercises

    exercise_sheet = printing.exercise_sheet()
    pdf = render_care_sheet_with_exercises(
        sheet, exercise_sheet, paper=printing.paper, large_print=args.large_print
    )
    write_private(printing.output, pdf, what="the PDF")
    print(
        f"Wrote the home-care sheet and its exercise sheet ({size}{PAPER_NAMES[printing.paper]}) "
        f"to {printing.output}: {_exercises_said(exercise_sheet.cards)}"
    )
    return 0


def exercises_command(args: argparse.Namespace) -> int:
    from clinic_app.handouts.exercise_render import render_exercise_sheet

    printing = _Printing.read(args)
    exercise_sheet = printing.exercise_sheet(plan_stage=args.stage)
    pdf = render_exercise_sheet(exercise_sheet, paper=printing.paper, large_print=args.large_print)
    write_private(printing.output, pdf, what="the PDF")
    size = "large print, " if args.large_print else ""
    print(
        f"Wrote the exercise sheet ({size}{PAPER_NAMES[printing.paper]}) to {printing.output}: "
        f"{_exercises_said(exercise_sheet.cards)}"
    )
    return 0


@dataclass(frozen=True)
class _Printing:
    """One intake document read for a patient's printout, with the clinic's details."""

    intake: "Intake"
    assessment: "Assessment"
    settings: "RuleSettings"
    clinic: "ClinicDetails"
    language: str
    paper: "Paper"
    output: Path

    @classmethod
    def read(cls, args: argparse.Namespace) -> "_Printing":
        """Every check before any work: the language tag, the document, the output path."""
        from clinic_app.cli.documents import load_intake
        from clinic_app.rules import assess
        from clinic_app.services import clinic_settings
        from clinic_app.services.handouts import paper_named

        chosen_language(args)  # an unknown tag is refused before any file is read
        intake = load_intake(args.file)
        output = _output_path(args.output)
        clinic = clinic_settings.for_printing(args.db)
        settings = clinic.rule_settings()
        return cls(
            intake=intake,
            assessment=assess(intake, settings),
            settings=settings,
            clinic=clinic,
            language=chosen_language(args, default=sheet_language(intake, clinic)),
            paper=paper_named(args.paper or clinic.paper_size),
            output=output,
        )

    def exercise_sheet(self, *, plan_stage: int | None = None) -> "ExerciseSheet":
        from clinic_app.handouts.exercise_sheet import build_exercise_sheet

        return build_exercise_sheet(
            self.intake,
            self.assessment,
            plan_stage=plan_stage,
            letterhead=self.clinic.letterhead(),
            printed_on=date.today(),
            language=self.language,
        )


def _exercises_said(cards: "tuple[ExerciseCard, ...]") -> str:
    """The exercises printed, by code, for the person at the terminal (English by design)."""
    if not cards:
        return "no exercises (emergency care or a clinician's check first; the sheet says which)"
    return ", ".join(card.code for card in cards)


def _stage(raw: str) -> int:
    """--stage: a stage of the way back to running, 1 to 8."""
    from clinic_app.followups.return_to_run import FIRST_STAGE, LAST_STAGE

    try:
        stage = int(raw)
    except ValueError:
        stage = 0
    if not FIRST_STAGE <= stage <= LAST_STAGE:
        raise argparse.ArgumentTypeError(
            f"{raw!r}: a stage is a whole number from {FIRST_STAGE} to {LAST_STAGE}"
        )
    return stage


def letter_command(args: argparse.Namespace) -> int:
    from clinic_app.cli.documents import load_intake
    from clinic_app.handouts.letter import (
        build_referral_letter,
        default_destination,
        default_urgency,
    )
    from clinic_app.handouts.render import render_referral_letter
    from clinic_app.rules import assess
    from clinic_app.services import clinic_settings
    from clinic_app.services.handouts import paper_named

    chosen_language(args)  # an unknown tag is refused before any file is read
    intake = load_intake(args.file)
    output = _output_path(args.output)
    clinic = clinic_settings.for_printing(args.db)
    assessment = assess(intake, clinic.rule_settings())
    urgency = args.urgency or default_urgency(assessment)
    destination = args.to or default_destination(urgency)
    if destination is None:
        raise InvalidInput(
            [
                f"--to: say who the patient is referred to ({', '.join(DESTINATIONS)}); "
                f"only an emergency goes to the emergency department by default, and this "
                f"referral is {urgency}"
            ]
        )
    letter = build_referral_letter(
        intake,
        assessment,
        destination=destination,
        urgency=urgency,
        clinician=args.clinician,
        letterhead=clinic.letterhead(),
        written_on=date.today(),
        language=chosen_language(args, default=clinic.letters_in()),
    )
    paper = paper_named(args.paper or clinic.paper_size)
    write_private(output, render_referral_letter(letter, paper=paper), what="the PDF")
    print(f"Wrote the referral letter ({PAPER_NAMES[paper]}) to {output}")
    return 0


def sheet_language(intake: "Intake", clinic: "ClinicDetails") -> str:
    """The care sheet's language when --language does not say: the document's
    `patient.language`, else the clinic's default patient language, which is English when
    there is no database (languages.md)."""
    from clinic_app.languages import patient_text_language

    return patient_text_language(intake.patient.language, clinic.default_patient_language)


def _output_path(raw: str) -> Path:
    """Where to write, checked before any work is done: an existing folder, a .pdf name."""
    path = Path(raw)
    if path.is_dir():
        raise InvalidInput([f"{raw}: is a folder; give the PDF file to write"])
    if path.suffix.lower() != ".pdf":
        raise InvalidInput([f"{raw}: the output must be a .pdf file"])
    if not path.parent.resolve().is_dir():
        raise InvalidInput([f"{raw}: the folder {path.parent} does not exist"])
    return path
