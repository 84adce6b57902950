"""`clinic-intake followup assess`: the flags and scores of one follow-up document.

No database: the document alone, so the referral and advice rules run on its symptoms
(with the follow-up's own patient and no known history) and there are no earlier visits
to raise a follow-up flag against (follow-ups.md, "Assessing a follow-up").
"""

import json

from clinic_app.cli.assess import format_table
from clinic_app.cli.documents import load_follow_up
from clinic_app.followups import MEASURES, assess_alone, follow_up_json, json_number, scores
from clinic_app.rules.evidence import number


def followup_assess_command(source: str, *, as_json: bool) -> int:
    """Print the flags and scores of one follow-up, as a table or as JSON.

    The parser for it is in cli/main.py, built at every start, so it stays light; this
    module loads the rules and the document models and runs only for the command.
    """
    follow_up = load_follow_up(source)
    assessment = assess_alone(follow_up)
    if as_json:
        print(json.dumps(follow_up_json(assessment, follow_up), indent=2))
        return 0
    found = scores(follow_up)
    shown = [
        f"{measure.name} {number(json_number(found[measure.name]))}"
        for measure in MEASURES
        if measure.name in found
    ]
    print(format_table(assessment))
    print("")
    print(f"Scores: {', '.join(shown)}.")
    return 0
