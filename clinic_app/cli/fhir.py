"""The FHIR commands (fhir.md): `fhir questionnaire`, `import-response`, and the Bundle half
of `export --format fhir`. `clinic_app.fhir` is imported by the handlers only, so no FHIR
code loads for any other command or at the desktop's start.
"""

import argparse
import json
import sys
from pathlib import Path

from clinic_app.cli.languages import add_language_option, chosen_language
from clinic_app.cli.problems import InvalidInput
from clinic_app.services.actor import command_line_actor


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    fhir = commands.add_parser(
        "fhir",
        help="the intake as FHIR R4 (Questionnaire)",
        description="FHIR R4 resources of the intake, for portals and form renderers.",
    )
    fhir_commands = fhir.add_subparsers(title="commands", metavar="COMMAND", required=True)
    questionnaire = fhir_commands.add_parser(
        "questionnaire",
        help="write the intake as a FHIR R4 Questionnaire",
        description=(
            "Write the intake as a FHIR R4 Questionnaire (JSON), canonical "
            "urn:clinic-intake:questionnaire:intake, for a portal or any SDC form renderer."
        ),
    )
    questionnaire.add_argument("-o", "--output", metavar="FILE", help="write here, not stdout")
    add_language_option(questionnaire, "the questions", default="en")
    questionnaire.set_defaults(handler=questionnaire_command)

    responses = commands.add_parser(
        "import-response",
        help="import FHIR QuestionnaireResponses as patient entries (all or none)",
        description=(
            "Import FHIR R4 QuestionnaireResponses (JSON) answering the intake Questionnaire "
            "as patient entries awaiting the desk's check. If any response is refused, "
            "nothing is imported and each problem is listed as FILE: linkId: what (exit 2)."
        ),
    )
    responses.add_argument(
        "paths", nargs="+", metavar="FILE", help="a response file, or a folder of *.json"
    )
    responses.set_defaults(handler=import_response_command)


def questionnaire_command(args: argparse.Namespace) -> int:
    from clinic_app.fhir.questionnaire import build_questionnaire

    language = chosen_language(args)
    text = json.dumps(build_questionnaire(language), indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    from clinic_app.services.files import write_private

    write_private(Path(args.output), text.encode("utf-8"), what="the Questionnaire")
    print(f"wrote the {language} Questionnaire to {args.output}")
    return 0


def import_response_command(args: argparse.Namespace) -> int:
    from clinic_app.services.fhir_transfer import import_responses
    from clinic_app.services.transfer import ImportRefused
    from clinic_app.storage.bounds import COMMAND_LINE
    from clinic_app.storage.database import open_database

    database = open_database(args.db, bounds=COMMAND_LINE)
    try:
        result = import_responses(database, command_line_actor(), args.paths)
    except ImportRefused as refused:
        raise InvalidInput([*refused.lines, "nothing was imported"]) from None
    finally:
        database.close()
    count = len(result.entry_ids)
    alerted = f"; {result.alerted} raised the desk's alert" if result.alerted else ""
    print(
        f"imported {count} patient entr{'y' if count == 1 else 'ies'}, "
        f"waiting for the desk's check{alerted}"
    )
    return 0
