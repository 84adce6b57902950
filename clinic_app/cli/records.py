"""The commands that work on the clinic's database: db, import, export, backup, users,
demo-data. Each opens the database named by --db or CLINIC_INTAKE_DB (else the default
SQLite file), does one thing, and reports in a line or two.
"""

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.cli.languages import add_language_option
from clinic_app.cli.problems import InvalidInput
from clinic_app.services.actor import command_line_actor

if TYPE_CHECKING:
    from clinic_app.storage.database import Database


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    db = commands.add_parser(
        "db",
        help="show or upgrade the database schema; encrypt, decrypt or recover its file",
        description=(
            "Show the database's schema version, or bring it up to date. For a SQLite file: "
            "encrypt a plain one in place; decrypt writes a plain copy (-o FILE) for a "
            "support case; recover keeps a typed recovery key on this computer."
        ),
    )
    db.add_argument(
        "action",
        choices=("upgrade", "current", "encrypt", "decrypt", "recover"),
        help="what to do",
    )
    db.add_argument("-o", "--output", metavar="FILE", help="decrypt: the plain copy to write")
    db.add_argument(
        "--key", metavar="RECOVERY_KEY", help="recover: the recovery key (else it is asked for)"
    )
    db.set_defaults(handler=db_command)

    db.add_argument(  # `db current --db URL` as well as `--db URL db current`
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,  # else it would hide a --db given before "db"
        help="the database (as for the desktop app)",
    )
    to_import = commands.add_parser(
        "import",
        help="import intake and follow-up documents (all or none)",
        description=(
            "Import intake (clinic-intake/1) and follow-up (clinic-followup/1) documents: "
            "intakes first, then follow-ups by visit date, each into its patient's course. "
            "Validate every document first; if any is invalid, or a follow-up has no "
            "patient or course to go in, nothing is imported and each problem is listed "
            "with its file name (exit 2)."
        ),
    )
    to_import.add_argument("paths", nargs="+", metavar="PATH", help="a file, or a folder of *.json")
    to_import.set_defaults(handler=import_command)

    export = commands.add_parser(
        "export",
        help="write submitted intakes and follow-ups as documents",
        description=(
            "Write one <intake id>.json per submitted intake and one followup-<id>.json per "
            "submitted follow-up, each exactly as it was received; with --format fhir, one "
            "FHIR R4 Bundle per visit instead (<id>.fhir.json, followup-<id>.fhir.json)."
        ),
    )
    export.add_argument(
        "--format",
        choices=("json", "fhir"),
        default="json",
        help="json: the documents as received (default); fhir: a FHIR R4 Bundle per visit",
    )
    export.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to fill")
    export.add_argument("--since", metavar="DATE", help="only visits on or after YYYY-MM-DD")
    export.add_argument("--patient", metavar="ID", help="only this patient (id or clinic number)")
    export.set_defaults(handler=export_command)

    progress = commands.add_parser(
        "progress",
        help="how a patient's newest course of care is going",
        description=(
            "Each outcome measure over the patient's newest course of care, its change "
            "against the minimal important change, the return-to-run stage and the newest "
            "visit's flags (follow-ups.md). PATIENT is a clinic number or a database id."
        ),
    )
    progress.add_argument("patient", metavar="PATIENT", help="a clinic number or a database id")
    progress.add_argument("--json", action="store_true", help="print the progress as JSON")
    progress.add_argument(
        "-o", "--output", metavar="REPORT.pdf", help="write the progress report PDF instead"
    )
    progress.add_argument(
        "--paper", choices=("a4", "letter"), help="the report's paper size (default: the clinic's)"
    )
    add_language_option(progress, "the report")
    progress.set_defaults(handler=progress_command)

    backup = commands.add_parser(
        "backup",
        help="copy the SQLite database, safely while in use",
        description="Copy the SQLite database to FILE with SQLite's online backup.",
    )
    backup.add_argument("file", metavar="FILE", help="the new backup file")
    backup.set_defaults(handler=backup_command)

    users = commands.add_parser(
        "users", help="add, list or deactivate accounts, or lift a sign-in lockout"
    )
    actions = users.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=("front_desk", "clinician", "admin"))
    add.add_argument("--name", help="the display name (default: the username)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=users_add_command)
    listing = actions.add_parser("list", help="list the accounts")
    listing.set_defaults(handler=users_list_command)
    deactivate = actions.add_parser("deactivate", help="switch an account off")
    deactivate.add_argument("username")
    deactivate.set_defaults(handler=users_deactivate_command)
    unlock = actions.add_parser(
        "unlock",
        help="lift a sign-in lockout",
        description=(
            "Let NAME sign in again at once after too many failed sign-ins, with a fresh "
            "count (NAME need not be an account: unknown names are locked out too). With "
            "--workstation, NAME is a workstation as the audit trail names it."
        ),
    )
    unlock.add_argument(
        "name", metavar="NAME", help="a username (or, with --workstation, a workstation)"
    )
    unlock.add_argument(
        "--workstation", action="store_true", help="NAME is a workstation, not a username"
    )
    unlock.set_defaults(handler=users_unlock_command)

    demo = commands.add_parser(
        "demo-data",
        help="fill the database with synthetic records (demos, benchmarks)",
        description="Add realistic, seeded, entirely made-up patients and intakes.",
    )
    demo.add_argument("--patients", type=_count, default=100, metavar="N")
    demo.add_argument("--intakes", type=_count, default=300, metavar="M")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=demo_data_command)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError(f"{value} is out of range (0 to 10000000)")
    return value


def _open(args: argparse.Namespace) -> "Database":
    from clinic_app.storage.bounds import COMMAND_LINE
    from clinic_app.storage.database import open_database  # SQLAlchemy loads only when needed

    # Nobody is waiting at a window: a command may wait out another workstation's save.
    return open_database(args.db, bounds=COMMAND_LINE)


def db_command(args: argparse.Namespace) -> int:
    if args.action in _FILE_ACTIONS:
        from clinic_app.cli import encryption

        return int(getattr(encryption, f"{args.action}_command")(args))
    from clinic_app.storage import migrate
    from clinic_app.storage.bounds import COMMAND_LINE
    from clinic_app.storage.database import connect, schema_revision
    from clinic_app.storage.errors import SchemaOutOfDate

    database = connect(args.db, bounds=COMMAND_LINE)
    try:
        before = schema_revision(database)
        if not migrate.is_known(before):
            raise SchemaOutOfDate(
                f"{database.describe()} was set up by a newer version of the app "
                f"(schema {before}); install that version or newer"
            )
        if args.action == "current":
            state = "up to date" if before == migrate.head() else f"needs {migrate.head()}"
            print(f"{database.describe()}: schema {before or 'empty'} ({state})")
            if database.sqlite_path is not None:  # how the records lie on this disk
                from clinic_app.storage import encryption as file_keys

                if file_keys.is_encrypted(database.sqlite_path):
                    where = file_keys.where_kept()
                    print(f"file: encrypted (SQLCipher), key in this computer's {where}")
                else:
                    print("file: NOT encrypted; `clinic-intake db encrypt` encrypts it")
            if not database.is_sqlite:  # how the records cross the network to the server
                from clinic_app.storage import postgresql

                with database.reading() as session:  # a refusal said in words, as any read's
                    travel = postgresql.transport(session.connection())
                print(f"connection: {travel.describe()}")
            return 0
        if before == migrate.head():
            print(f"{database.describe()}: schema {before}, already up to date")
            return 0
        if database.is_sqlite:
            aside = migrate.upgrade_sqlite(database.engine)
            kept = f"; the earlier file is kept at {aside}" if aside else ""
        else:
            migrate.upgrade(database.engine)
            kept = ""
        print(f"{database.describe()}: upgraded from {before or 'empty'} to {migrate.head()}{kept}")
        return 0
    finally:
        database.close()


_FILE_ACTIONS = ("encrypt", "decrypt", "recover")  # cli/encryption.py: <action>_command


def import_command(args: argparse.Namespace) -> int:
    from clinic_app.services.transfer import ImportRefused, import_documents

    database = _open(args)
    try:
        result = import_documents(database, command_line_actor(), args.paths)
    except ImportRefused as refused:
        raise InvalidInput([*refused.lines, "nothing was imported"]) from None
    finally:
        database.close()
    count = len(result.intake_ids)
    follow_ups = len(result.followup_ids)
    also = f" and {_plural(follow_ups, 'follow-up')}" if follow_ups else ""
    waiting = (
        f"; {_plural(result.follow_ups_for_review, 'follow-up')} for review" if follow_ups else ""
    )
    print(
        f"imported {_plural(count, 'intake')}{also} "
        f"({_plural(result.new_patients, 'new patient')}, "
        f"{result.referrals} with referral flags{waiting})"
    )
    return 0


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def export_command(args: argparse.Namespace) -> int:
    from clinic_app.services.transfer import MERGES_FILE, export_documents

    since = None
    if args.since is not None:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise InvalidInput([f"--since: {args.since!r} is not a date (YYYY-MM-DD)"]) from None
    database = _open(args)
    try:
        if args.format == "fhir":
            from clinic_app.services.fhir_transfer import export_bundles

            written = export_bundles(
                database, command_line_actor(), Path(args.output), since=since, patient=args.patient
            )
        else:
            written = export_documents(
                database, command_line_actor(), Path(args.output), since=since, patient=args.patient
            )
    finally:
        database.close()
    follow_ups = sum(path.name.startswith("followup-") for path in written)
    merges = sum(path.name == MERGES_FILE for path in written)
    intakes = len(written) - follow_ups - merges
    also = f" and {_plural(follow_ups, 'follow-up')}" if follow_ups else ""
    as_fhir = " as FHIR Bundles" if args.format == "fhir" else ""
    merged = f" (merged patients listed in {MERGES_FILE})" if merges else ""
    print(f"exported {_plural(intakes, 'intake')}{also}{as_fhir} to {args.output}{merged}")
    return 0


def progress_command(args: argparse.Namespace) -> int:
    from clinic_app.cli.progress import progress_command as show_progress
    from clinic_app.storage.errors import RecordNotFound

    database = _open(args)
    try:
        return show_progress(args, database)
    except RecordNotFound as unknown:  # PATIENT names nobody (or nobody with a course)
        raise InvalidInput([f"PATIENT: {unknown}"]) from None
    finally:
        database.close()


def backup_command(args: argparse.Namespace) -> int:
    from clinic_app.services.backup import backup

    database = _open(args)
    try:
        target = backup(database, command_line_actor(), Path(args.file))
    finally:
        database.close()
    print(f"backed up {database.describe()} to {target}")
    return 0


def users_add_command(args: argparse.Namespace) -> int:
    from clinic_app.services.users import AccountRefused, create_user

    password = _read_password(args.password_stdin)
    database = _open(args)
    try:
        account = create_user(
            database,
            command_line_actor(),
            username=args.username,
            display_name=args.name or args.username,
            role=args.role,
            password=password,
        )
    except AccountRefused as refused:
        raise InvalidInput([str(refused)]) from None
    finally:
        database.close()
    print(f"added {account.username} ({account.role})")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput(["no terminal to ask for the password; use --password-stdin"])
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise InvalidInput(["the two passwords differ; nothing was changed"])
    return first


def users_list_command(args: argparse.Namespace) -> int:
    from clinic_app.services.users import list_users

    database = _open(args)
    try:
        accounts = list_users(database)
    finally:
        database.close()
    for account in accounts:
        state = "active" if account.active else "deactivated"
        print(f"{account.username:<24} {account.role:<11} {state:<12} {account.display_name}")
    if not accounts:
        print("no accounts yet")
    return 0


def users_deactivate_command(args: argparse.Namespace) -> int:
    from clinic_app.services.users import AccountRefused, deactivate_user
    from clinic_app.storage.errors import RecordNotFound

    database = _open(args)
    try:
        account = deactivate_user(database, command_line_actor(), args.username)
    except (AccountRefused, RecordNotFound) as refused:
        raise InvalidInput([str(refused)]) from None
    finally:
        database.close()
    print(f"deactivated {account.username}")
    return 0


def users_unlock_command(args: argparse.Namespace) -> int:
    from clinic_app.services.users import lift_lockout, lift_workstation_lockout

    lift = lift_workstation_lockout if args.workstation else lift_lockout
    database = _open(args)
    try:
        lifted = lift(database, command_line_actor(), args.name)
    finally:
        database.close()
    print(
        f"lifted the sign-in lockout of {args.name}"
        if lifted
        else f"{args.name} was not locked out"
    )
    return 0


def demo_data_command(args: argparse.Namespace) -> int:
    from clinic_app.services.demo_data import generate

    database = _open(args)
    try:
        summary = generate(database, patients=args.patients, intakes=args.intakes, seed=args.seed)
    finally:
        database.close()
    print(
        f"added {summary.patients} made-up patients and {summary.intakes} intakes "
        f"({summary.referrals} with referral flags), with {summary.follow_ups} follow-up "
        f"visits ({summary.follow_ups_for_review} for review; {summary.closed_courses} "
        f"courses closed), to {database.describe()}"
    )
    return 0
