"""Automatic backups (services/auto_backup.py) on real SQLite files, on a clock the test
sets: the day's first start backs up and a later start the same day does not; every
backup is checked, private and on the audit trail; a copy that fails its check is not
kept; the backup folder setting refuses a folder that cannot be written; the 2-day
warning; PostgreSQL is left to the server.

The tests never read a backup's bytes as plain SQLite: they trust only check_copy, which
opens whatever copy_database writes (an encrypted database's backups are encrypted too).
"""

import json
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from clinic_app import paths
from clinic_app.services import audit
from clinic_app.services.auto_backup import (
    AUTOMATIC,
    BackupState,
    KeptBackup,
    back_up,
    back_up_at_exit,
    back_up_at_start,
    backup_folder,
    backup_name,
    choose_folder,
    list_backups,
)
from clinic_app.services.backup import BackupRefused, check_copy
from clinic_app.services.demo_data import generate
from clinic_app.storage.database import Database, open_database

MORNING = datetime(2026, 12, 4, 8, 30, 0)


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    generate(database, patients=3, intakes=4)
    yield database
    database.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_first_start_of_the_day_backs_up_into_a_private_folder_and_checks_it(
    sqlite_database: Database,
) -> None:
    outcome = back_up_at_start(sqlite_database, now=MORNING)

    assert outcome.failure is None
    assert outcome.made is not None
    folder = paths.data_dir() / "backups"
    assert outcome.made.path == folder / "clinic-intake-2026-12-04T083000-start.sqlite3"
    assert mode(folder) == 0o700
    assert mode(outcome.made.path) == 0o600
    assert check_copy(outcome.made.path)["patients"] == 3
    assert outcome.state.last == outcome.made
    assert [p.name for p in folder.iterdir()] == [outcome.made.path.name]  # no partial left
    (event,) = audit.events(sqlite_database, action="database.backed_up")
    assert event.actor == AUTOMATIC.name
    assert outcome.made.path.name in event.detail


def test_a_later_start_the_same_day_makes_no_backup_and_the_next_day_does(
    sqlite_database: Database,
) -> None:
    back_up_at_start(sqlite_database, now=MORNING)

    later = back_up_at_start(sqlite_database, now=MORNING + timedelta(hours=5))
    assert later.made is None
    assert later.failure is None
    assert len(list_backups(backup_folder())) == 1

    tomorrow = back_up_at_start(sqlite_database, now=MORNING + timedelta(days=1))
    assert tomorrow.made is not None
    assert len(list_backups(backup_folder())) == 2


def test_an_exit_backup_in_the_same_second_as_the_start_one_gets_its_own_name(
    sqlite_database: Database,
) -> None:
    start = back_up_at_start(sqlite_database, now=MORNING)
    exit_ = back_up_at_exit(sqlite_database, now=MORNING)

    assert start.made is not None
    assert exit_.made is not None
    assert exit_.made.path.name == "clinic-intake-2026-12-04T083001-exit.sqlite3"
    assert [b.occasion for b in list_backups(backup_folder())] == ["exit", "start"]
    assert len(audit.events(sqlite_database, action="database.backed_up")) == 2


def test_each_backup_rotates_the_folder_and_leaves_other_files_alone(
    sqlite_database: Database,
) -> None:
    folder = paths.private_dir(backup_folder())
    # Thirty days of old exit backups (empty files: rotation reads names, not contents).
    for day in range(1, 31):
        (folder / backup_name(MORNING - timedelta(days=day), "exit")).write_bytes(b"")
    (folder / "notes.txt").write_text("the clinic's own file\n", encoding="utf-8")

    back_up(sqlite_database, "now", now=MORNING)

    names = sorted(p.name for p in folder.iterdir())
    assert "notes.txt" in names
    kept = list_backups(folder)
    assert len(kept) <= 7 + 4 + 12
    assert {b.taken.date() for b in kept} >= {
        (MORNING - timedelta(days=day)).date() for day in range(7)
    }  # the 7 daily ones
    assert (MORNING - timedelta(days=8)).date() not in {b.taken.date() for b in kept}


def test_a_copy_that_fails_its_check_is_removed_and_the_failure_said(
    sqlite_database: Database,
) -> None:
    path = sqlite_database.sqlite_path
    assert path is not None
    generate(sqlite_database, patients=60, intakes=120, seed=2)  # pages to damage
    sqlite_database.engine.dispose()
    size = path.stat().st_size
    with path.open("r+b") as damaged:  # bytes overwritten in the middle of the file
        damaged.seek(size // 2)
        damaged.write(b"\xff" * 8192)
    with pytest.raises(BackupRefused) as refused:
        check_copy(path)
    assert "damaged" in str(refused.value) or "not a readable" in str(refused.value)

    outcome = back_up_at_start(sqlite_database, now=MORNING)

    assert outcome.made is None
    assert outcome.failure is not None
    assert "clinic-intake-2026-12-04T083000" in outcome.failure
    assert list(backup_folder().iterdir()) == []  # never kept as if it were good


def test_a_folder_that_cannot_be_written_is_refused_in_words_and_on_the_trail(
    sqlite_database: Database, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    unwritable = tmp_path / "a-file" / "backups"  # its "parent" is a file: even root fails

    with pytest.raises(BackupRefused) as refused:
        back_up(sqlite_database, "now", now=MORNING, folder=unwritable)

    assert str(refused.value).startswith(f"the backup folder {unwritable} cannot be written (")
    (event,) = audit.events(sqlite_database, action="database.backup_failed")
    assert "cannot be written" in event.detail


def test_choosing_a_folder_keeps_it_in_a_private_settings_file(
    sqlite_database: Database, tmp_path: Path
) -> None:
    share = tmp_path / "share" / "clinic backups"

    state = choose_folder(share)

    assert state.folder == share
    assert state.folder_problem is None
    settings = paths.config_dir() / "backups.json"
    assert mode(settings) == 0o600
    assert json.loads(settings.read_text(encoding="utf-8")) == {"folder": str(share)}
    assert backup_folder() == share
    made = back_up(sqlite_database, "now", now=MORNING)
    assert made.path.parent == share


@pytest.mark.parametrize("kind", ["parent-is-a-file", "is-a-file"])
def test_choosing_a_folder_that_cannot_be_written_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    chosen = tmp_path / "a-file" / "backups" if kind == "parent-is-a-file" else tmp_path / "a-file"
    choose_folder(tmp_path / "good")

    with pytest.raises(BackupRefused) as refused:
        choose_folder(chosen)

    line = str(refused.value)
    assert len(line.splitlines()) == 1
    assert line.startswith(f"the backup folder {chosen} cannot be written (")
    assert backup_folder() == tmp_path / "good"


def test_an_unreadable_settings_file_falls_back_to_the_default_folder() -> None:
    settings = paths.private_dir(paths.config_dir()) / "backups.json"
    settings.write_text("{not json", encoding="utf-8")
    assert backup_folder() == paths.data_dir() / "backups"


def kept_at(*moments: datetime) -> BackupState:
    backups = tuple(
        KeptBackup(Path(backup_name(moment, "exit")), moment, "exit")
        for moment in sorted(moments, reverse=True)
    )
    return BackupState(Path("backups"), backups)


@pytest.mark.parametrize(
    ("state", "stale"),
    [
        (kept_at(MORNING - timedelta(hours=47)), False),
        (kept_at(MORNING - timedelta(days=2, minutes=1)), True),
        (kept_at(MORNING - timedelta(days=9), MORNING - timedelta(days=1)), False),
        (kept_at(), True),
        (BackupState(Path("backups"), (), on_server=True), False),
    ],
    ids=["47-hours", "2-days-and-a-minute", "yesterday", "none", "postgresql"],
)
def test_no_backup_newer_than_two_days_is_a_warning(state: BackupState, stale: bool) -> None:
    assert state.is_stale(MORNING) is stale
    assert state.needs_warning(MORNING) is stale


def test_a_folder_problem_is_a_warning_even_with_a_fresh_backup() -> None:
    fresh = kept_at(MORNING - timedelta(hours=1))
    state = BackupState(fresh.folder, fresh.backups, folder_problem="Permission denied")
    assert not state.is_stale(MORNING)
    assert state.needs_warning(MORNING)


def test_postgresql_is_left_to_the_server(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("the PostgreSQL half")
    database = open_database(database_url)
    try:
        outcome = back_up_at_start(database, now=MORNING)
        assert outcome.made is None
        assert outcome.failure is None
        assert outcome.state.on_server
        assert back_up_at_exit(database, now=MORNING).made is None
        with pytest.raises(BackupRefused) as refused:
            back_up(database, "now", now=MORNING)
        assert "backed up on the server with pg_dump" in str(refused.value)
        assert not backup_folder().exists()
    finally:
        database.close()
