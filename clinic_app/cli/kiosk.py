"""`clinic-intake kiosk [--db URL] [--name NAME]`: this computer as a waiting-room kiosk.

NAME is what the desk sees an entry came from, and its alert names; by default the
computer's host name, so two kiosks in one clinic tell themselves apart with no set-up.
"""

import argparse
import socket


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    kiosk = commands.add_parser(
        "kiosk",
        help="run this screen as the waiting room's kiosk (patients answer for themselves)",
        description=(
            "Run full screen as a waiting-room kiosk: patients give their own answers, "
            "which wait for the desk's check. Leaving needs the kiosk PIN or a staff "
            "sign-in; then the app quits. Works on a kiosk's own PostgreSQL role."
        ),
    )
    kiosk.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,  # else it would hide a --db given before "kiosk"
        help="the database (as for the desktop app); a kiosk role's URL works",
    )
    kiosk.add_argument(
        "--name",
        metavar="NAME",
        default=None,
        help="the kiosk's name, shown to the desk with each entry (default: the host name)",
    )
    kiosk.set_defaults(handler=kiosk_command)


def kiosk_name(given: str | None) -> str:
    """The name given, else this computer's host name (else "kiosk")."""
    name = (given or "").strip() or socket.gethostname().strip() or "kiosk"
    return name[:120]


def kiosk_command(args: argparse.Namespace) -> int:
    from clinic_app.gui.kiosk_launch import start_kiosk_app

    return start_kiosk_app(
        database_url=args.db,
        kiosk_name=kiosk_name(args.name),
        exit_when_ready=args.exit_when_ready,
    )
