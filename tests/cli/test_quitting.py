"""Quitting the desktop app leaves no SQLite `-wal`/`-shm` files; a crash leaves them
for SQLite to recover at the next start, with nothing written before it lost.

The app is the real one in its own process (desk_worker.py drives it through sign-in
and into a draft), on a real SQLite file under CLINIC_INTAKE_HOME (the clinic_home
fixture's, inherited with the offscreen platform), never a database of the test's own.
"""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.services import intakes, users
from clinic_app.storage.database import DATABASE_FILE, open_database

WORKER = Path(__file__).with_name("desk_worker.py")
PASSWORD = "correct horse battery"  # desk_worker.py signs in with it


def with_desk(home: Path) -> Path:
    """The default database of `home`, with an admin and the `desk` account; its path."""
    path = home / "data" / DATABASE_FILE
    database = open_database(f"sqlite:///{path}")
    try:
        admin = users.create_user(
            database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
        )
        users.create_user(
            database,
            admin.actor(),
            username="desk",
            display_name="Dee Desk",
            role="front_desk",
            password=PASSWORD,
        )
    finally:
        database.close()
    assert not wal_files(path), "the test's own set-up left its connections open"
    return path


def wal_files(path: Path) -> list[str]:
    """The -wal and -shm files beside the database that exist."""
    return [
        beside.name
        for beside in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if beside.exists()
    ]


def drafted_names(path: Path) -> list[tuple[object, object]]:
    """(first, last) name of every unfinished draft, read after the app has gone."""
    database = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        drafts = intakes.unfinished_drafts(database)
    finally:
        database.close()
    names: list[tuple[object, object]] = []
    for draft in drafts:
        patient = draft.document.get("patient")
        assert isinstance(patient, dict)
        names.append((patient.get("first_name"), patient.get("last_name")))
    return names


def start_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def said(worker: subprocess.Popen[str]) -> str:
    """The worker's next line on stdout (its stderr too, should it have ended instead)."""
    assert worker.stdout is not None
    line = worker.stdout.readline().strip()
    if not line:
        _, errors = worker.communicate(timeout=60)
        pytest.fail(f"the worker ended ({worker.returncode}) without a word: {errors}")
    return line


@pytest.mark.slow
@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_quits_keeping_the_draft_and_closing_every_connection(
    clinic_home: Path, sent: signal.Signals
) -> None:
    path = with_desk(clinic_home)
    worker = start_worker("Kit", "Marlowe")
    try:
        assert said(worker) == "typed"  # and not yet autosaved
        assert wal_files(path), "signed in, the app has the database open"
        worker.send_signal(sent)
        _, errors = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()

    assert worker.returncode == 0, errors
    assert "Traceback" not in errors
    assert wal_files(path) == []
    assert drafted_names(path) == [("Kit", "Marlowe")]  # saved as the window closed


@pytest.mark.slow
def test_quit_from_the_menu_closes_every_connection(clinic_home: Path) -> None:
    path = with_desk(clinic_home)
    worker = start_worker("Kit", "Marlowe", "--quit")
    try:
        _, errors = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()

    assert worker.returncode == 0, errors
    assert "Traceback" not in errors
    assert wal_files(path) == []
    assert drafted_names(path) == [("Kit", "Marlowe")]


@pytest.mark.slow
def test_after_a_crash_the_next_start_recovers_the_wal(clinic_home: Path) -> None:
    path = with_desk(clinic_home)
    worker = start_worker("Kit", "Marlowe", "--autosave")
    try:
        assert said(worker) == "saved"
    finally:
        worker.send_signal(signal.SIGKILL)
        _, errors = worker.communicate(timeout=60)
    assert worker.returncode == -signal.SIGKILL
    assert "Traceback" not in errors
    # The draft is in the WAL only: no checkpoint ran, nothing was closed.
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0

    # The next start (CLINIC_INTAKE_HOME and the offscreen platform are inherited).
    again = subprocess.run(
        [sys.executable, "-m", "clinic_app", "--exit-when-ready"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert again.returncode == 0, again.stderr
    assert wal_files(path) == []  # recovered into the database, then closed
    assert drafted_names(path) == [("Kit", "Marlowe")]
