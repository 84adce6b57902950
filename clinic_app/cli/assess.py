"""`clinic-intake assess`: the flags of one intake, as a table or as JSON."""

import json
import shutil
import textwrap

from clinic_app.cli.documents import load_intake
from clinic_app.rules import Assessment, Flag, assess

HOW_SOON = {
    "emergency": "get emergency care now",
    "urgent": "see a clinician today",
    "soon": "see a clinician within a few days",
}


def assess_command(source: str, *, as_json: bool, rules: str) -> int:
    """Print the flags of one document under rule set `rules` (a version of RULE_SETS)."""
    assessment = assess(load_intake(source), version=rules)
    if as_json:
        print(json.dumps(assessment.to_json(), indent=2))
    else:
        print(format_table(assessment))
    return 0


def format_table(assessment: Assessment) -> str:
    """A table for people: one row per flag, its evidence, action and source beneath it."""
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    urgency = assessment.highest_urgency
    if urgency is None:
        summary = "No referral flag: no clinician review needed on these answers."
    else:
        summary = f"Referral recommended: {urgency.upper()} ({HOW_SOON[urgency]})."
    lines = [f"Rule set {assessment.rules_version}. {summary}"]
    if not assessment.flags:
        lines.append("No flags.")
        return "\n".join(lines)
    code_width = max(len(flag.code) for flag in assessment.flags)
    lines += ["", f"{'KIND':<9} {'URGENCY':<9} {'CODE':<{code_width}}  TITLE"]
    indent = " " * (9 + 1 + 9 + 1)
    for flag in assessment.flags:
        lines.append(
            f"{flag.kind:<9} {flag.urgency or '-':<9} {flag.code:<{code_width}}  {flag.title}"
        )
        lines += _details(flag, indent, width)
    return "\n".join(lines)


def _details(flag: Flag, indent: str, width: int) -> list[str]:
    lines = []
    for label, texts in (
        ("why:", flag.evidence),
        ("action:", (flag.action,)),
        ("source:", (flag.source,)),
    ):
        for number, text in enumerate(texts):
            lead = f"{indent}{label if number == 0 else '':<8}"
            lines += textwrap.wrap(
                text, width, initial_indent=lead, subsequent_indent=" " * len(lead)
            )
    return lines
