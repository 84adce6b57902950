"""`clinic-intake --self-test`: is this installed or frozen copy of the app sound?

Run after installing (and by CI on the bundle and the `.deb`), on a machine with or
without a display. Each check does the real thing on throwaway data in a temporary
folder, removed afterwards: every module imports, a new SQLite database is created and
migrated (encrypted, its key kept in the temporary folder: the user's keyring is only
asked which backend it has), the built-in example intake is stored and assessed, its
care sheet is laid out by ReportLab, drawn and printed to a file by QtPdf, and the main
window is shown on Qt's offscreen platform. One line per check; exit 0 only when every check passed.
"""

import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app import __version__, paths
from clinic_app.services.self_test import CheckFailed

if TYPE_CHECKING:
    from clinic_app.services.users import Account
    from clinic_app.storage.database import Database

EXAMPLE = "maya-okafor.json"
RESOURCE_FOLDERS = ("examples", "fonts", "foot", "handouts", "icons", "style")
# Loaded by name at run time, so a bundler's import scan cannot see them: checked here.
DYNAMIC_IMPORTS = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "_rl_accel",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "sqlcipher3.dbapi2",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "cryptography.hazmat.primitives.ciphers.aead",
)


@dataclass
class Workbench:
    """What the checks share: the temporary folder and what earlier checks made."""

    folder: Path
    database: "Database | None" = None
    account: "Account | None" = None
    intake_id: int | None = None
    pdf: bytes | None = None


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Workbench], str]
    """Does the check; returns a one-line detail, raises when something is wrong."""
    needs: tuple[str, ...] = ()


def check_imports(bench: Workbench) -> str:
    import importlib
    import pkgutil

    import clinic_app

    names = sorted(
        module.name
        for module in pkgutil.walk_packages(clinic_app.__path__, "clinic_app.")
        if module.name != "clinic_app.__main__"  # runs the app when imported
    )
    for name in (*names, *DYNAMIC_IMPORTS):
        importlib.import_module(name)
    from psycopg import pq
    from reportlab.lib import rl_accel

    if pq.__impl__ not in ("binary", "c"):
        raise CheckFailed(
            f"the PostgreSQL driver runs as {pq.__impl__!r}: its compiled part is missing"
        )
    if not getattr(rl_accel, "_c_funcs", None):
        raise CheckFailed("ReportLab's compiled helpers are missing")
    return f"{len(names)} app modules; PostgreSQL driver ({pq.__impl__}); ReportLab helpers"


def check_resources(bench: Workbench) -> str:
    folder = paths.resources_dir()
    missing = [name for name in RESOURCE_FOLDERS if not (folder / name).is_dir()]
    if missing:
        raise CheckFailed(f"{folder} has no {', '.join(missing)}")
    if not (folder / "examples" / EXAMPLE).is_file():
        raise CheckFailed(f"the example intake {EXAMPLE} is missing from {folder / 'examples'}")
    return str(folder)


def check_database(bench: Workbench) -> str:
    from clinic_app.services.users import create_user
    from clinic_app.storage import migrate
    from clinic_app.storage.database import open_database, schema_revision

    path = bench.folder / "data" / "self-test.sqlite3"
    bench.database = open_database(f"sqlite:///{path}")
    revision = schema_revision(bench.database)
    if revision != migrate.head():
        raise CheckFailed(f"the new database is at {revision}, not {migrate.head()}")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise CheckFailed(f"the database file is open to others ({oct(path.stat().st_mode)})")
    bench.account = create_user(
        bench.database,
        None,
        username="self-test",
        display_name="Self test",
        role="admin",
        password="self-test-only-password",
    )
    return f"a new SQLite file, migrated to {revision}, one account"


def check_keyring(bench: Workbench) -> str:
    """keyring finds its backends through entry points, which a bundle can lose: one must
    load, or the key file must be what is in use (said so, as the desk says it)."""
    from importlib.metadata import entry_points

    from clinic_app.storage import encryption

    found = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not found:
        raise CheckFailed("keyring's backends are missing (no keyring.backends entry points)")
    backend = encryption.keyring_backend_name()
    if backend is None:
        return (
            f"no usable keyring here (backends known: {', '.join(found)}); the database key "
            "goes to a key file readable by its owner only, and the desk warns of it"
        )
    return f"keys go to {backend}"


def check_encryption(bench: Workbench) -> str:
    """An encrypted database can be made and opened again (the one check_database made)."""
    from clinic_app.storage import encryption
    from clinic_app.storage.database import open_database

    assert bench.database is not None
    path = bench.database.sqlite_path
    if path is None or not encryption.is_encrypted(path):
        raise CheckFailed("the new database file is not encrypted")
    if path.read_bytes()[:16] == encryption.PLAIN_HEADER:
        raise CheckFailed("the new database file has a plain SQLite header")
    again = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        with again.reading() as session:
            from sqlalchemy import text

            accounts = session.execute(text("SELECT count(*) FROM users")).scalar_one()
    finally:
        again.close()
    version = encryption.DRIVER.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    return f"SQLCipher {version[0] if version else '?'}: encrypted file opened, {accounts} account"


def check_assessment(bench: Workbench) -> str:
    from clinic_app.services.actor import command_line_actor
    from clinic_app.services.intakes import get_intake
    from clinic_app.services.transfer import import_documents

    assert bench.database is not None
    example = paths.resources_dir() / "examples" / EXAMPLE
    imported = import_documents(bench.database, command_line_actor(), [str(example)])
    (bench.intake_id,) = imported.intake_ids
    stored = get_intake(bench.database, bench.intake_id)
    if stored.status != "submitted":
        raise CheckFailed(f"the example was stored as {stored.status!r}, not submitted")
    if not imported.referrals:
        raise CheckFailed(f"the rules raised no referral flag on {EXAMPLE}, which has some")
    return f"{EXAMPLE} stored and assessed, with referral flags"


def check_handout(bench: Workbench) -> str:
    from clinic_app.services.handouts import care_sheet_for

    assert bench.database is not None
    assert bench.intake_id is not None
    # As the desk prints it: with the exercises the rules choose, drawn from the bundled
    # descriptions (resources/exercises), after the sheet in the same PDF.
    sheet = care_sheet_for(bench.database, bench.intake_id, exercises=None)
    if not sheet.pdf.startswith(b"%PDF-"):
        raise CheckFailed("the care sheet is not a PDF")
    if not sheet.exercises:
        raise CheckFailed("the example intake's care sheet came without its exercises")
    bench.pdf = sheet.pdf
    return (
        f"the care sheet with {len(sheet.exercises)} exercises drawn, {len(sheet.pdf) // 1024} KB"
    )


def check_pdf(bench: Workbench) -> str:
    from clinic_app.gui.self_check import check_pdf_rendering

    assert bench.pdf is not None
    return check_pdf_rendering(bench.pdf, bench.folder / "printed.pdf")


def check_plugins(bench: Workbench) -> str:
    from clinic_app.gui.self_check import check_plugins as check

    return check()


def check_translations(bench: Workbench) -> str:
    from clinic_app.gui.self_check import check_translations as check

    return check()


def check_window(bench: Workbench) -> str:
    from clinic_app.gui.self_check import check_main_window

    assert bench.database is not None
    assert bench.account is not None
    return check_main_window(bench.database, bench.account)


CHECKS = (
    Check("imports", check_imports),
    Check("resources", check_resources),
    Check("database", check_database),
    Check("keyring", check_keyring),
    Check("encryption", check_encryption, needs=("database",)),
    Check("assessment", check_assessment, needs=("database", "resources")),
    Check("handout", check_handout, needs=("assessment",)),
    Check("pdf", check_pdf, needs=("handout",)),
    Check("plugins", check_plugins),
    Check("translations", check_translations),
    Check("window", check_window, needs=("database",)),
)


def run_checks(checks: tuple[Check, ...] = CHECKS) -> int:
    """Run every check, print a line for each and a verdict; 0 only if all passed."""
    print(f"clinic-intake {__version__} self-test ({_where()})")
    passed: set[str] = set()
    with _workbench() as bench:
        for check in checks:
            waiting = [need for need in check.needs if need not in passed]
            if waiting:
                print(f"  not run  {check.name}: needs {', '.join(waiting)}")
                continue
            try:
                detail = check.run(bench)
            except Exception as error:
                print(f"  FAILED   {check.name}: {_one_line(error)}")
                if os.environ.get("CLINIC_INTAKE_SELF_TEST_TRACE"):
                    traceback.print_exc()
                continue
            passed.add(check.name)
            print(f"  ok       {check.name}: {detail}")
    failed = len(checks) - len(passed)
    if failed:
        print(f"self-test FAILED: {failed} of {len(checks)} checks did not pass")
        return 1
    print(f"self-test passed: {len(checks)} checks")
    return 0


def self_test_command() -> int:
    return run_checks()


def _where() -> str:
    frozen = getattr(sys, "frozen", False)
    return f"frozen bundle at {Path(sys.executable).parent}" if frozen else sys.executable


def _one_line(error: Exception) -> str:
    message = " ".join(str(error).split()) or "no message"
    return message if isinstance(error, CheckFailed) else f"{type(error).__name__}: {message}"


@contextmanager
def _workbench() -> Iterator[Workbench]:
    """A private temporary home for everything the checks write, removed afterwards.

    Qt is put on its offscreen platform, so the checks need no display and never show
    anything on one. The environment is restored afterwards, for callers in a process.
    """
    saved = {name: os.environ.get(name) for name in (paths.HOME_ENV, "QT_QPA_PLATFORM")}
    from clinic_app.storage import encryption

    # The throwaway database's key goes to the throwaway home, never to the keyring.
    with (
        tempfile.TemporaryDirectory(prefix="clinic-intake-self-test-") as folder,
        encryption.key_file_only(),
    ):
        os.environ[paths.HOME_ENV] = folder
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        bench = Workbench(Path(folder))
        try:
            yield bench
        finally:
            if bench.database is not None:
                bench.database.close()
            # Journal writes still queued (a window's first draft) land before the folder
            # they write into is removed.
            from clinic_app.services.journal import WRITER

            WRITER.flush(5)
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
