"""Regenerate the README's example pages: `make docs-images` (needs pdftoppm).

The example intake with a made-up clinic letterhead, printed on its visit date so the
images change only when the sheet's content or layout does. The care sheet is drawn in
every language the patient's text is written in (care-sheet-1.png for English,
care-sheet-es-1.png, care-sheet-zh-Hans-1.png...), and so is the exercise sheet
(exercise-sheet-1.png, exercise-sheet-es-1.png...).
"""

import json
import subprocess
import sys
from pathlib import Path

from clinic_app.handouts.content import Letterhead
from clinic_app.handouts.exercise_render import render_exercise_sheet
from clinic_app.handouts.exercise_sheet import build_exercise_sheet
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import render_care_sheet, render_referral_letter
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.languages import ENGLISH, KNOWN_LANGUAGES
from clinic_app.rules import assess

ROOT = Path(__file__).resolve().parent.parent
CLINIC = Letterhead("Riverside Running Physio", "12 Mill Lane, Riverside", "555-0100")


def main() -> int:
    document = json.loads((ROOT / "resources/examples/maya-okafor.json").read_text())
    intake = parse_intake(document)
    assessment = assess(intake)
    letter = build_referral_letter(
        intake,
        assessment,
        destination="podiatrist",
        clinician="Sam Reyes, physiotherapist",
        letterhead=CLINIC,
        written_on=intake.visit_date,
    )
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    images = ROOT / "docs/images"
    sheets = [
        (
            "care-sheet" if language == ENGLISH else f"care-sheet-{language}",
            render_care_sheet(
                build_care_sheet(
                    intake,
                    assessment,
                    letterhead=CLINIC,
                    printed_on=intake.visit_date,
                    language=language,
                ),
                paper="a4",
            ),
        )
        for language in KNOWN_LANGUAGES
    ]
    sheets += [
        (
            "exercise-sheet" if language == ENGLISH else f"exercise-sheet-{language}",
            render_exercise_sheet(
                build_exercise_sheet(
                    intake,
                    assessment,
                    letterhead=CLINIC,
                    printed_on=intake.visit_date,
                    language=language,
                ),
                paper="a4",
            ),
        )
        for language in KNOWN_LANGUAGES
    ]
    for name, pdf in (*sheets, ("referral-letter", render_referral_letter(letter, paper="a4"))):
        path = build / f"example-{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), str(images / name)], check=True)
    print(f"wrote {', '.join(sorted(p.name for p in images.glob('*.png')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
