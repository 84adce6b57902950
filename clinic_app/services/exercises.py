"""The exercises a submitted intake is given, as the windows show them before printing.

The choice is the rules' (`clinic_app.exercises.choice`) from the intake's stored flags, the
names and picture descriptions the sheet's own words in the patient's language, so what
the desk shows the patient is what the sheet will print.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.services.handouts import stored_for_printing
from clinic_app.storage.database import Database

if TYPE_CHECKING:
    from clinic_app.exercises.choice import ExerciseChoice
    from clinic_app.exercises.codes import ExerciseCode


@dataclass(frozen=True)
class ExerciseOffer:
    """What the print pane shows: the choice, and every exercise's name and picture text.

    `names` and `pictures` hold all the exercises, chosen or not, so that a clinician can add
    one. They are in the sheet's language, as the sheet will print them.
    """

    choice: "ExerciseChoice"
    names: "dict[ExerciseCode, str]"
    pictures: "dict[ExerciseCode, str]"


def exercises_for(database: Database, intake_id: int) -> ExerciseOffer:
    """The exercises the rules choose for a submitted intake, with every exercise's words."""
    from clinic_app.exercises.choice import choose_exercises
    from clinic_app.exercises.codes import EXERCISE_CODES
    from clinic_app.handouts.text import handout_text

    stored = stored_for_printing(database, intake_id, "exercise sheet")
    text = handout_text(stored.language)
    return ExerciseOffer(
        choice=choose_exercises(stored.intake, stored.assessment),
        names={code: text(f"exercises.{code}.name") for code in EXERCISE_CODES},
        pictures={code: text(f"exercises.{code}.picture") for code in EXERCISE_CODES},
    )
