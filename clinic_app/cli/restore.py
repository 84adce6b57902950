"""`clinic-intake restore BACKUP [--db URL]`: put a backup back in place of the database.

The work is services/restore.py's. Here it is said: a backup that cannot be restored
(missing, damaged, not this app's, from a newer version) is invalid input, one line
naming the file, exit 2; a restore that cannot be done now (the database open elsewhere,
PostgreSQL) is one line, exit 1. Either way the current database is untouched. Done,
the report says what was restored (the backup's time, its patients and intakes) and
where the file it replaced was kept.
"""

import argparse
from pathlib import Path

from clinic_app.cli.problems import InvalidInput


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of the SQLite database",
        description=(
            "Check BACKUP, keep the current database file aside "
            "(NAME.before-restore-<time>), and put the backup in its place. Refused, with "
            "nothing changed, when the backup is damaged or not a clinic-intake database, "
            "or while the database is open in the app. A PostgreSQL database is restored "
            "on the server with pg_restore."
        ),
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to put back")
    restore.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,  # else it would hide a --db given before "restore"
        help="the database to restore (as for the desktop app)",
    )
    restore.set_defaults(handler=restore_command)


def restore_command(args: argparse.Namespace) -> int:
    from clinic_app.services.restore import BackupUnusable, restore
    from clinic_app.storage.location import SCHEMA_HEAD, database_url

    try:
        restored = restore(database_url(args.db), Path(args.backup))
    except BackupUnusable as unusable:
        raise InvalidInput([f"{unusable}; nothing was changed"]) from None
    counts = restored.counts
    print(
        f"restored {restored.database} from {restored.backup} "
        f"(backup taken {restored.taken:%Y-%m-%d %H:%M:%S}): "
        f"{_plural(counts.get('patients', 0), 'patient')}, "
        f"{_plural(counts.get('intakes', 0), 'intake')}"
    )
    if restored.kept_aside is not None:
        print(f"the file it replaced is kept at {restored.kept_aside}")
    if restored.revision != SCHEMA_HEAD:
        print(
            f"its schema ({restored.revision or 'empty'}) is brought up to date the next "
            "time the app or a command opens it"
        )
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
