"""`clinic-intake`: the desktop app with no command, the tools with one.

Exit codes (architecture.md): 0 success; 2 invalid input, one line per problem naming
the file and the field path; 1 anything else, in one line, with the details in the log.
No traceback ever reaches the user. Heavy modules are imported by the command that
needs them, so `--help` and `--version` answer at once.
"""

import argparse
import logging
import sys
from collections.abc import Sequence

from clinic_app import APP_NAME, __version__
from clinic_app.cli.audit import add_commands as add_audit_commands
from clinic_app.cli.fhir import add_commands as add_fhir_commands
from clinic_app.cli.handouts import add_commands as add_handout_commands
from clinic_app.cli.kiosk import add_commands as add_kiosk_commands
from clinic_app.cli.problems import InvalidInput
from clinic_app.cli.records import add_commands as add_record_commands
from clinic_app.cli.restore import add_commands as add_restore_commands
from clinic_app.storage.errors import StorageError

log = logging.getLogger("clinic_app.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinic-intake",
        description=(
            f"{APP_NAME}: intake, red-flag review and home-care handouts for runners with "
            "foot pain. With no command, starts the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"clinic-intake {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the desktop app, exit 0 once its first window is shown (for checks)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this copy of the app (imports, database, PDF, Qt offscreen) and exit: "
        "0 when sound",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the database: sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME "
        "(default: $CLINIC_INTAKE_DB, else the SQLite file in the data folder)",
    )
    parser.set_defaults(handler=_desktop)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    assess = commands.add_parser(
        "assess",
        help="validate one intake document and print its flags",
        description="Validate one intake document and print the flags the rules raise.",
    )
    assess.add_argument("file", metavar="FILE", help="the intake document; - reads standard input")
    assess.add_argument("--json", action="store_true", help="print the assessment as JSON")
    assess.add_argument(
        "--rules",
        metavar="VERSION",
        choices=("2026.1", "2027.1"),
        default="2027.1",
        help="the rule set to assess with: 2026.1 or 2027.1 (default: 2027.1, the newest); "
        "rules_version in the output says which ran",
    )
    assess.set_defaults(handler=_assess)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the intake document",
        description="Print the JSON Schema of intake documents (format clinic-intake/1).",
    )
    schema.set_defaults(handler=_schema)
    add_handout_commands(commands)
    add_record_commands(commands)
    add_restore_commands(commands)
    add_fhir_commands(commands)
    add_kiosk_commands(commands)
    add_audit_commands(commands)
    _add_followup_commands(commands)
    return parser


def _add_followup_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    followup = commands.add_parser(
        "followup",
        help="follow-up visit documents (format clinic-followup/1)",
        description="Commands on follow-up visit documents (format clinic-followup/1).",
    )
    followup_commands = followup.add_subparsers(title="commands", metavar="COMMAND", required=True)
    assess = followup_commands.add_parser(
        "assess",
        help="validate one follow-up document and print its flags and scores",
        description=(
            "Validate one follow-up document and print the flags the referral and advice "
            "rules raise on its symptoms, and its scores. Needs no database: with no earlier "
            "visits, there are no follow-up flags."
        ),
    )
    assess.add_argument(
        "file", metavar="FILE", help="the follow-up document; - reads standard input"
    )
    assess.add_argument("--json", action="store_true", help="print the flags and scores as JSON")
    assess.set_defaults(handler=_followup_assess)


def _desktop(args: argparse.Namespace) -> int:
    if args.self_test:
        from clinic_app.cli.self_test import self_test_command

        return self_test_command()
    from clinic_app.gui.launch import start_desktop

    return start_desktop(database_url=args.db, exit_when_ready=args.exit_when_ready)


def _assess(args: argparse.Namespace) -> int:
    from clinic_app.cli.assess import assess_command

    return assess_command(args.file, as_json=args.json, rules=args.rules)


def _followup_assess(args: argparse.Namespace) -> int:
    from clinic_app.cli.followups import followup_assess_command

    return followup_assess_command(args.file, as_json=args.json)


def _schema(args: argparse.Namespace) -> int:
    import json

    from clinic_app.intake import intake_json_schema

    print(json.dumps(intake_json_schema(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except InvalidInput as invalid:
        for line in invalid.lines:
            print(line, file=sys.stderr)
        return 2
    except StorageError as error:  # the database refused, in words meant for the user
        print(f"clinic-intake: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("clinic-intake: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # a bug or an environment failure: one line here, details logged
        return _unexpected(error)
    return result


def _unexpected(error: Exception) -> int:
    from clinic_app.logs import configure_logging

    log_path = configure_logging()
    log.exception("unexpected failure")
    where = f"; details in {log_path}" if log_path else ""
    print(f"clinic-intake: failed unexpectedly ({type(error).__name__}){where}", file=sys.stderr)
    return 1


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
