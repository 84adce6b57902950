"""The draft journals on this computer are encrypted (security.md): a journal file's bytes
hold no patient's name, the app reads them back, and a plain journal from before still
loads once."""

from datetime import UTC, datetime

from clinic_app.services import entry_journal, journal
from clinic_app.services.journal import JournalEntry

NAME = "Zanele Okonkwo-Hartley"


def entry(key: str) -> JournalEntry:
    return JournalEntry(
        key=key,
        database="0123456789abcdef",
        intake_id=None,
        version=None,
        typed_at=datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
        typed_by="desk",
        document={"patient": {"first_name": "Zanele", "last_name": "Okonkwo-Hartley"}},
    )


def test_a_journal_file_holds_no_patient_name_and_reads_back() -> None:
    folder = journal.journal_dir()
    path = journal.path_of(folder, "draft1")

    journal.write_file(path, entry("draft1").to_json())

    raw = path.read_bytes()
    assert b"Zanele" not in raw
    assert b"Okonkwo" not in raw
    assert b"patient" not in raw
    assert journal.read_entries(folder) == [entry("draft1")]


def test_an_entry_check_file_is_sealed_too() -> None:
    folder = entry_journal.entry_journal_dir()
    entry_journal.keep(
        folder, "0123456789abcdef", 7, {"patient": {"last_name": NAME}}, ["patient"], None, "desk"
    )
    assert journal.WRITER.flush(10)
    path = entry_journal.path_of(folder, "0123456789abcdef", 7)
    assert NAME.encode() not in path.read_bytes()
    kept = entry_journal.kept_check(folder, "0123456789abcdef", 7)
    assert kept is not None
    assert kept.document == {"patient": {"last_name": NAME}}


def test_a_plain_journal_from_before_still_loads_and_is_sealed_on_its_next_write() -> None:
    folder = journal.journal_dir()
    path = journal.path_of(folder, "older")
    path.write_bytes(entry("older").to_json())  # as written before journals were encrypted

    assert journal.read_entries(folder) == [entry("older")]

    journal.write_file(path, entry("older").to_json())
    assert b"Zanele" not in path.read_bytes()
    assert journal.read_entries(folder) == [entry("older")]


def test_a_journal_sealed_elsewhere_is_left_alone() -> None:
    folder = journal.journal_dir()
    path = journal.path_of(folder, "foreign")
    journal.write_file(path, entry("foreign").to_json())
    from clinic_app.storage import encryption

    encryption.key_file().unlink()  # this computer's key is gone
    encryption.forget_cache()

    assert journal.read_entries(folder) == []
    assert path.exists()  # it may be someone's only copy
