"""The schema comes from the shipped Alembic migrations, and upgrades never cost a record."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from clinic_app.storage import migrate
from clinic_app.storage.database import SCHEMA_HEAD, Database, connect, open_database
from clinic_app.storage.encryption import open_file
from clinic_app.storage.errors import DatabaseUnavailable, SchemaOutOfDate
from clinic_app.storage.models import Base


def test_the_app_expects_the_newest_shipped_migration() -> None:
    assert migrate.head() == SCHEMA_HEAD


def test_the_migrations_build_exactly_the_models_tables(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_new_sqlite_file_is_private_and_set_up_for_safe_writing(tmp_path: Path) -> None:
    path = tmp_path / "records" / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        with database.engine.connect() as connection:
            pragma = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
            }
    finally:
        database.close()
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,  # the desk's bound (issue 16); commands keep 30 s
        "synchronous": 2,
    }
    assert path.stat().st_mode & 0o777 == 0o600
    assert not list(path.parent.glob("*.before-upgrade-*")), "an empty file needs no copy"


def test_the_default_database_lives_in_a_private_data_folder(clinic_home: Path) -> None:
    open_database().close()
    data = clinic_home / "data"
    assert (data / "clinic-intake.sqlite3").stat().st_mode & 0o777 == 0o600
    assert data.stat().st_mode & 0o777 == 0o700


def test_an_older_sqlite_file_is_copied_aside_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    url = f"sqlite:///{path}"
    database = open_database(url)
    config = migrate._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        from alembic import command

        command.downgrade(config, "base")
        connection.exec_driver_sql("CREATE TABLE clinic_notes (line TEXT)")
        connection.exec_driver_sql("INSERT INTO clinic_notes VALUES ('kept')")
    database.close()

    open_database(url).close()

    [aside] = path.parent.glob("clinic.before-upgrade-*.sqlite3")
    assert aside.stat().st_mode & 0o777 == 0o600
    with open_file(aside) as copy:
        assert copy.execute("SELECT line FROM clinic_notes").fetchall() == [("kept",)]
    with open_file(path) as upgraded:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
        assert upgraded.execute("SELECT line FROM clinic_notes").fetchall() == [("kept",)]


def test_a_failed_upgrade_puts_the_original_file_back(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    # A file from elsewhere whose table clashes with ours: the upgrade must fail half-way.
    with sqlite3.connect(path) as original:
        original.execute("CREATE TABLE audit_events_old (what TEXT)")
        original.execute("CREATE TABLE patients (legacy_name TEXT)")
        original.execute("INSERT INTO patients VALUES ('row written before the upgrade')")
    original.close()

    with pytest.raises(SchemaOutOfDate, match="put back as it was"):
        open_database(f"sqlite:///{path}")

    with sqlite3.connect(path) as after:
        tables = {
            row[0] for row in after.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        rows = after.execute("SELECT legacy_name FROM patients").fetchall()
    assert tables == {"audit_events_old", "patients"}
    assert rows == [("row written before the upgrade",)]
    assert len(list(tmp_path.glob("clinic.before-upgrade-*.sqlite3"))) == 1


def test_a_database_from_a_newer_app_is_refused(database_url: str) -> None:
    database = connect(database_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    database.close()
    with pytest.raises(SchemaOutOfDate, match="newer version"):
        open_database(database_url)


def test_a_url_that_is_not_a_database_is_refused_in_words() -> None:
    with pytest.raises(DatabaseUnavailable, match="not a database URL"):
        open_database("clinic database please")
    with pytest.raises(DatabaseUnavailable, match="not supported"):
        open_database("mysql://clinic@localhost/records")
    with pytest.raises(DatabaseUnavailable, match="must be a file"):
        open_database("sqlite://")
