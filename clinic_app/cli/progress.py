"""`clinic-intake progress PATIENT`: how the patient's newest course of care is going.

`--json` prints follow-ups.md's object (`services.followups.progress_for_patient`), in the
style of `assess --json`; without it, a table for people. `-o report.pdf` writes the
progress report (clinic_app/handouts/progress_report.py, loaded only then) with the
clinic's letterhead and the stages stored with each visit, and keeps it on record as a
handout of the course's newest visit, as every printout is.
"""

import argparse
import json
from pathlib import Path
from typing import Any

from clinic_app.cli.languages import chosen_language
from clinic_app.followups import STAGES
from clinic_app.rules.evidence import number


def progress_command(args: argparse.Namespace, database: Any) -> int:
    """Print (or write as PDF) the progress of the newest course of args.patient."""
    from clinic_app.services import followups

    chosen_language(args)  # an unknown tag is refused before the course is read
    if args.output is not None:
        return _write_report(args, database, followups.newest_course_id(database, args.patient))
    found = followups.progress_for_patient(database, args.patient)
    if args.json:
        print(json.dumps(found, indent=2))
    else:
        print(format_progress(found))
    return 0


def _write_report(args: argparse.Namespace, database: Any, course_id: int) -> int:
    from clinic_app.handouts.progress_report import progress_report_pdf  # ReportLab: on use
    from clinic_app.services import clinic_settings, followups, patients
    from clinic_app.services.actor import command_line_actor
    from clinic_app.services.files import write_private
    from clinic_app.services.handouts import paper_named

    course = followups.course_of(database, course_id)
    clinic = clinic_settings.load(database)
    paper = args.paper if args.paper is not None else paper_named(clinic.paper_size)
    # The patient's part in their language unless --language says otherwise (languages.md).
    language = chosen_language(
        args,
        default=patients.sheet_language(
            database,
            course.intake.patient.language,
            followups.course_summary(database, course_id).patient_id,
        ),
    )
    pdf = progress_report_pdf(
        course,
        letterhead=clinic.letterhead(),
        paper=paper,
        language=language,
        # --language asks for the whole report in one language; without it the clinician's
        # part follows the clinic's letter language (languages.md).
        clinician_language=language if args.language is not None else clinic.letters_in(),
        stages=followups.stages_of(database, course_id),
        settings=clinic.rule_settings(),
    )
    output = Path(args.output)
    write_private(output, pdf)
    followups.record_progress_report(
        database, command_line_actor(), course_id, pdf, paper=paper, language=language
    )
    print(f"wrote the progress report to {output}")
    return 0


def format_progress(found: dict[str, Any]) -> str:
    """The progress object as a table: each measure's values, change, MIC and whether it
    passed; the stage and readiness; the newest visit's flags."""
    patient, course = found["patient"], found["course"]
    number_text = f" ({patient['clinic_number']})" if patient["clinic_number"] else ""
    visits = course["visits"]
    lines = [
        f"{patient['name']}{number_text}: course started {course['started']}, "
        f"{visits} visit{'s' if visits != 1 else ''}, {course['status']}.",
        "",
        f"{'MEASURE':<12} {'CHANGE':>7} {'MIC':>4}  {'PASSED':<7} VALUES",
    ]
    for entry in found["measures"]:
        change = "-" if entry["change"] is None else _signed(entry["change"])
        passed = {True: "yes", False: "no", None: "-"}[entry["passed_mic"]]
        values = ", ".join(f"{v['date']} {number(v['value'])}" for v in entry["values"])
        lines.append(f"{entry['measure']:<12} {change:>7} {entry['mic']:>4}  {passed:<7} {values}")
    lines += ["", _plan_line(found["return_to_run"])]
    flags = found["flags"]
    if not flags:
        lines.append("No referral or follow-up flag at the newest visit.")
    else:
        lines.append("Flags at the newest visit:")
        code_width = max(len(flag["code"]) for flag in flags)
        lines += [
            f"  {flag['urgency'] or '-':<9} {flag['code']:<{code_width}}  {flag['title']}"
            for flag in flags
        ]
    return "\n".join(lines)


def _signed(value: float) -> str:
    return number(value) if value <= 0 else f"+{number(value)}"


def _plan_line(plan: dict[str, Any] | None) -> str:
    if plan is None:
        return "Return to run: no follow-up yet, so no plan."
    stage = plan["stage"]
    ready = "ready" if plan["ready"] else "not ready"
    missing = f" (missing: {', '.join(plan['missing'])})" if plan["missing"] else ""
    if stage is None:
        return f"Return to run: no running plan this week; {ready}{missing}."
    return f"Return to run: stage {stage} ({STAGES[stage - 1].session}); {ready}{missing}."
