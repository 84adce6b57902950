"""`clinic-intake audit verify [--db URL]`: is the audit trail as it was written?

Exit 0 with the number of events when every event matches its hash and follows the one
before it; exit 1 naming the first that does not, by id, time (UTC) and action only, so
the line can go into a ticket or a log without anyone's details. How the chain is made:
clinic_app/storage/audit_chain.py.
"""

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_app.services.audit_chain import ChainCheck

_PROBLEMS = {
    "changed": "its content does not match its hash",
    "unlinked": "it does not follow the event before it (an event was removed or moved)",
}


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    audit = commands.add_parser(
        "audit",
        help="check the audit trail",
        description="Commands on the audit trail.",
    )
    audit_commands = audit.add_subparsers(title="commands", metavar="COMMAND", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check that no audit event was edited, removed or moved",
        description=(
            "Recompute the audit trail's hash chain. Exit 0 with the number of events when "
            "it is intact; exit 1 naming the first event that does not match (its id, time "
            "and action)."
        ),
    )
    verify.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,  # else it would hide a --db given before "audit"
        help="the database (as for the desktop app)",
    )
    verify.set_defaults(handler=verify_command)


def events_words(number: int) -> str:
    return f"{number} event" if number == 1 else f"{number} events"


def describe(check: "ChainCheck") -> str:
    """The one line the command prints for a check."""
    if check.broken is None:
        return f"audit trail intact: {events_words(check.events)}"
    broken = check.broken
    moment = broken.at.strftime("%Y-%m-%d %H:%M:%S UTC")
    return (
        f"audit trail altered at event {broken.event_id} ({moment}, {broken.action}): "
        f"{_PROBLEMS[broken.problem]}; {events_words(check.events)} before it"
        f" {'is' if check.events == 1 else 'are'} intact"
    )


def verify_command(args: argparse.Namespace) -> int:
    from clinic_app.services.audit_chain import verify
    from clinic_app.storage.bounds import COMMAND_LINE
    from clinic_app.storage.database import open_database  # SQLAlchemy loads only when needed

    database = open_database(args.db, bounds=COMMAND_LINE)
    try:
        check = verify(database)
    finally:
        database.close()
    if check.intact:
        print(describe(check))
        return 0
    print(f"clinic-intake: {describe(check)}", file=sys.stderr)
    return 1
