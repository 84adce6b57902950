"""The clinic's logo: kept in the database (so every workstation prints it), checked before
it is stored, printed on the care sheet, and brought in by migration 0002 without costing
an older database any of its settings.
"""

import dataclasses
import logging
from pathlib import Path

import pytest
from alembic import command
from handouts.logos import images_on_pages, picture
from intake_documents import document
from sqlalchemy import text, update

from clinic_app.services import clinic_settings, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import MAX_LOGO_BYTES
from clinic_app.services.handouts import care_sheet_for
from clinic_app.storage import migrate
from clinic_app.storage.database import (
    SCHEMA_HEAD,
    Database,
    connect,
    open_database,
    schema_revision,
)
from clinic_app.storage.encryption import open_file
from clinic_app.storage.errors import NotAllowed, StorageError
from clinic_app.storage.models import ClinicSettings

ADMIN = Actor(name="admin", role="admin")


def with_logo(database: Database, logo: bytes | None) -> clinic_settings.ClinicDetails:
    details = clinic_settings.load(database)
    return clinic_settings.save(database, ADMIN, dataclasses.replace(details, logo=logo))


def test_a_logo_saved_on_one_workstation_is_read_on_another(
    database: Database, database_url: str
) -> None:
    logo = picture()
    saved = with_logo(database, logo)
    elsewhere = open_database(database_url)
    try:
        assert clinic_settings.load(elsewhere).logo == logo
        assert clinic_settings.load(elsewhere).letterhead().logo == logo
    finally:
        elsewhere.close()

    clinic_settings.save(database, ADMIN, dataclasses.replace(saved, logo=None))
    assert clinic_settings.load(database).logo is None


def test_the_care_sheet_carries_the_stored_logo(database: Database, desk: Actor) -> None:
    intake_id = intakes.submit(database, desk, document()).intake_id
    assert sum(images_on_pages(care_sheet_for(database, intake_id).pdf)) == 0
    with_logo(database, picture(kind="JPEG"))
    assert images_on_pages(care_sheet_for(database, intake_id).pdf)[0] == 1


@pytest.mark.parametrize(
    ("logo", "words"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"not a picture at all", "PNG or JPEG", id="text"),
        pytest.param(picture()[:70], "damaged", id="truncated"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n" + bytes(MAX_LOGO_BYTES), "at most 512 KB", id="too-large"
        ),
    ],
)
def test_a_logo_that_cannot_print_is_refused_in_words_and_nothing_changes(
    database: Database, logo: bytes, words: str
) -> None:
    before = clinic_settings.load(database)
    with pytest.raises(StorageError, match=words):
        clinic_settings.save(database, ADMIN, dataclasses.replace(before, logo=logo))
    assert clinic_settings.load(database) == before


def test_only_an_admin_may_change_the_logo(database: Database, desk: Actor) -> None:
    details = clinic_settings.load(database)
    with pytest.raises(NotAllowed, match="only an admin"):
        clinic_settings.save(database, desk, dataclasses.replace(details, logo=picture()))
    assert clinic_settings.load(database).logo is None


def test_a_logo_file_is_read_and_checked(tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(picture())
    assert clinic_settings.read_logo(good) == picture()

    huge = tmp_path / "poster.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(MAX_LOGO_BYTES))
    with pytest.raises(
        StorageError, match=r"the file poster\.png is 513 KB; a logo must be at most 512 KB"
    ):
        clinic_settings.read_logo(huge)

    words = tmp_path / "notes.png"
    words.write_text("a picture, honestly", encoding="utf-8")
    with pytest.raises(
        StorageError, match=r"the logo must be a PNG or JPEG picture \(notes\.png\)"
    ):
        clinic_settings.read_logo(words)

    with pytest.raises(StorageError, match=r"cannot read missing\.png"):
        clinic_settings.read_logo(tmp_path / "missing.png")


def test_a_logo_damaged_in_the_database_leaves_the_sheet_printable(
    database: Database, desk: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    intake_id = intakes.submit(
        database, desk, document({"patient.last_name": "Vasquez-Lindqvist"})
    ).intake_id
    with database.writing() as session:  # as a disk fault or a hand edit might leave it
        session.execute(update(ClinicSettings).values(logo=picture()[:80]))

    with caplog.at_level(logging.WARNING):
        made = care_sheet_for(database, intake_id)

    assert made.pdf.startswith(b"%PDF-")
    assert sum(images_on_pages(made.pdf)) == 0
    assert "logo was left off" in caplog.text
    assert "Vasquez" not in caplog.text


def test_a_0001_database_upgrades_to_0002_keeping_its_settings_and_records(
    database: Database, database_url: str, desk: Actor
) -> None:
    """A clinic's database from before the logo: its settings and records survive."""
    intake_id = intakes.submit(database, desk, document()).intake_id
    details = clinic_settings.load(database)
    clinic_settings.save(
        database,
        ADMIN,
        dataclasses.replace(details, clinic_name="Stride Physio", idle_lock_minutes=12),
    )
    config = migrate._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert schema_revision(database) == "0001"
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM clinic_settings")).keys()
    assert "logo" not in columns
    database.close()

    if database_url.startswith("sqlite"):
        upgraded = open_database(database_url)  # copied aside, then upgraded
        path = Path(database_url.removeprefix("sqlite:///"))
        [aside] = path.parent.glob(f"{path.stem}.before-upgrade-0001-*.sqlite3")
        with open_file(aside) as copy:
            assert copy.execute("SELECT clinic_name FROM clinic_settings").fetchall() == [
                ("Stride Physio",)
            ]
        copy.close()
    else:  # a server is upgraded by `clinic-intake db upgrade`, which does this
        upgraded = connect(database_url)
        migrate.upgrade(upgraded.engine)
    try:
        assert schema_revision(upgraded) == SCHEMA_HEAD
        kept = clinic_settings.load(upgraded)
        assert (kept.clinic_name, kept.idle_lock_minutes, kept.logo) == ("Stride Physio", 12, None)
        assert care_sheet_for(upgraded, intake_id).pdf.startswith(b"%PDF-")
        with_logo(upgraded, picture())
        assert clinic_settings.load(upgraded).logo == picture()
    finally:
        upgraded.close()
