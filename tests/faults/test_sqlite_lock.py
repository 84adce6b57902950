"""A desk write waits seconds, not half a minute, for another workstation's SQLite lock."""

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from intake_documents import document
from sqlalchemy import text

from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.storage.bounds import COMMAND_LINE, DESK
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.errors import DatabaseBusy

HOLDER = Path(__file__).resolve().with_name("lock_holder.py")
MARGIN = 3.0
DESK_ACTOR = Actor(name="desk", role="front_desk")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def desk(path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{path}")
    yield opened
    opened.close()


@pytest.fixture
def holder(desk: Database, path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the write lock, until a line is written to its stdin."""
    process = subprocess.Popen(
        [sys.executable, str(HOLDER), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    assert process.stdin is not None
    process.stdin.close()
    process.stdout.close()


def release(process: "subprocess.Popen[str]") -> None:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("go\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "released"


def draft(name: str) -> dict[str, object]:
    return document({"patient.first_name": name, "patient.last_name": "Lock"})


@pytest.mark.slow
def test_a_desk_write_gives_up_within_seconds_in_words_then_saves_once_released(
    desk: Database, holder: "subprocess.Popen[str]"
) -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseBusy, match="another workstation is saving; trying again"):
        intakes.save_draft(desk, DESK_ACTOR, draft("Locked out"))
    seconds = time.monotonic() - started
    print(f"desk write under another's lock: failed after {seconds:.2f} s")
    assert DESK.lock_wait_seconds - 0.5 <= seconds < DESK.lock_wait_seconds + MARGIN
    with desk.reading() as session:  # reading goes on meanwhile (WAL)
        assert session.scalar(text("SELECT count(*) FROM intakes")) == 0
    release(holder)
    saved = intakes.save_draft(desk, DESK_ACTOR, draft("Saved afterwards"))
    with desk.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM intakes")) == 1
    assert saved.version == 1


def test_the_desk_and_the_command_line_wait_for_the_lock_as_long_as_their_bounds_say(
    desk: Database, path: Path
) -> None:
    command_line = open_database(f"sqlite:///{path}", bounds=COMMAND_LINE)
    try:
        for database, bounds in ((desk, DESK), (command_line, COMMAND_LINE)):
            with database.reading() as session:
                waits = session.scalar(text("PRAGMA busy_timeout"))
            assert waits == bounds.lock_wait_seconds * 1000
    finally:
        command_line.close()
    assert DESK.lock_wait_seconds <= 5 < COMMAND_LINE.lock_wait_seconds
