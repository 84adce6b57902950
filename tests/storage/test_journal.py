"""The journal's files and what the next start makes of them (services/journal.py):
a whole-file write, private; a journal the database has is removed; one it lacks, or
has an older copy of, is offered (in place of that older draft); another database's
journals are left alone."""

from pathlib import Path

from sqlalchemy import update

from clinic_app.services import intakes, journal
from clinic_app.services.actor import Actor
from clinic_app.storage.database import open_database
from clinic_app.storage.models import Intake

DESK = Actor("desk", "front_desk")


def kept(folder: Path, mark: str, document: dict[str, object], **ids: int | None) -> Path:
    entry = journal.Journal(folder, mark)
    entry.keep(
        document,
        intake_id=ids.get("intake_id"),
        version=ids.get("version"),
        typed_by="desk",
    )
    assert journal.WRITER.flush(5)
    return entry.path


def test_a_write_is_whole_and_private(tmp_path: Path) -> None:
    folder = journal.journal_dir()
    assert folder.stat().st_mode & 0o777 == 0o700
    path = journal.path_of(folder, "k")
    journal.write_file(path, b"one")
    journal.write_file(path, b"two")
    assert journal.read_file(path) == b"two"  # sealed on disk, read back whole
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["k.json"]


def test_the_offer_keeps_only_what_the_database_lacks(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.db'}")
    try:
        folder = journal.journal_dir()
        mark = journal.database_mark(database)
        saved = intakes.save_draft(database, DESK, {"patient": {"first_name": "Al"}})
        older = intakes.save_draft(database, DESK, {"patient": {"first_name": "Bo"}})
        has_it = kept(folder, mark, {"patient": {"first_name": "Al"}}, **vars(saved))
        newer: dict[str, object] = {"patient": {"first_name": "Bob"}}
        typed_further = kept(folder, mark, newer, **vars(older))
        never_saved = kept(folder, mark, {"patient": {"first_name": "Cy"}})
        elsewhere = kept(folder, "another-database", {"patient": {"first_name": "Di"}})

        offered = journal.offered(database, folder)

        assert [d.intake_id for d in offered.drafts] == [saved.intake_id]  # Bo: superseded
        assert [(e.document, e.intake_id) for e in offered.journals] == [
            (newer, older.intake_id),
            ({"patient": {"first_name": "Cy"}}, None),
        ]
        assert not has_it.exists()
        assert typed_further.exists()
        assert never_saved.exists()
        assert elsewhere.exists()
    finally:
        database.close()


def test_a_journal_of_a_submitted_intake_is_removed(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.db'}")
    try:
        folder = journal.journal_dir()
        saved = intakes.save_draft(database, DESK, {"patient": {"first_name": "Al"}})
        with database.writing() as session:
            session.execute(update(Intake).values(status="submitted"))
        path = kept(
            folder,
            journal.database_mark(database),
            {"patient": {"first_name": "Alf"}},
            **vars(saved),
        )
        offered = journal.offered(database, folder)
        assert offered.journals == []
        assert offered.drafts == []
        assert not path.exists()
    finally:
        database.close()
