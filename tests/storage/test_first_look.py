"""The quick look at a SQLite file that picks the first window before SQLAlchemy loads."""

from pathlib import Path

from clinic_app.services import users
from clinic_app.storage.database import open_database
from clinic_app.storage.encryption import open_file
from clinic_app.storage.location import first_look, sqlite_path


def test_a_current_file_says_whether_it_has_accounts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    database = open_database(url)
    try:
        look = first_look(url)
        assert look is not None
        assert not look.has_users
        users.create_user(
            database, None, username="admin", display_name="A", role="admin", password="x" * 12
        )
        look = first_look(url)
        assert look is not None
        assert look.has_users
    finally:
        database.close()


def test_what_the_quick_look_cannot_vouch_for_goes_the_full_way(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    url = f"sqlite:///{old}"
    open_database(url).close()
    with open_file(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    (tmp_path / "text.db").write_text("not a database\n")
    assert first_look(url) is None  # an older schema: the full way upgrades it
    assert first_look(f"sqlite:///{tmp_path / 'missing.db'}") is None  # first run creates it
    assert not (tmp_path / "missing.db").exists()  # and the look did not
    assert first_look(f"sqlite:///{tmp_path / 'text.db'}") is None
    assert first_look("postgresql+psycopg://clinic@db.example/clinic") is None
    assert first_look(f"sqlite:///{old}?mode=ro") is None


def test_sqlite_paths_as_sqlalchemy_reads_them(tmp_path: Path) -> None:
    assert sqlite_path(f"sqlite:///{tmp_path}/a.db") == tmp_path / "a.db"
    assert sqlite_path("sqlite:///relative.db") == Path("relative.db").absolute()
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite://") is None
