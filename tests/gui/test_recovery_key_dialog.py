"""The recovery key, shown once to the first administrator of an encrypted database, who
must type its last group back before going on; and the settings page that says where the
key is kept. Real widgets, real SQLite files, the key file of the test's own home."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.encryption_page import EncryptionPage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.recovery_key_dialog import RecoveryKeyDialog
from clinic_app.services import file_encryption, users
from clinic_app.storage import encryption
from clinic_app.storage.database import Database, open_database
from gui.driving import PASSWORD

KEY = encryption.recovery_key(bytes(range(32)))


def line(root: QWidget, name: str) -> QLineEdit:
    found = root.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label(root: QWidget, name: str) -> str:
    found = root.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_a_wrong_part_is_refused_and_the_last_group_accepted(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert label(dialog, "recoveryKey.key") == KEY

    QTest.keyClicks(line(dialog, "recoveryKey.lastGroup"), KEY[:4])
    QTest.keyClick(line(dialog, "recoveryKey.lastGroup"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "not the last group" in label(dialog, "recoveryKey.message")

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # no way round writing it down
    assert dialog.isVisible()
    dialog.close()
    assert dialog.isVisible()

    line(dialog, "recoveryKey.lastGroup").clear()
    QTest.keyClicks(line(dialog, "recoveryKey.lastGroup"), KEY.rsplit("-", 1)[-1].lower())
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(line(dialog, "recoveryKey.lastGroup"), Qt.Key.Key_Return)


def fill_first_run(dialog: FirstRunDialog) -> None:
    for name, value in (
        ("firstRun.username", "boss"),
        ("firstRun.displayName", "Bo Boss"),
        ("firstRun.password", PASSWORD),
        ("firstRun.repeat", PASSWORD),
    ):
        QTest.keyClicks(line(dialog, name), value)


def test_the_first_administrator_is_shown_the_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        key = encryption.key_for(path)
        dialog = FirstRunDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        fill_first_run(dialog)
        QTest.keyClick(line(dialog, "firstRun.repeat"), Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: dialog.recovery_dialog is not None)
        shown = dialog.recovery_dialog
        assert shown is not None
        assert label(shown, "recoveryKey.key") == encryption.recovery_key(key)
        assert dialog.isVisible()  # not signed in before it is written down
        assert not encryption.recovery_shown(key)
        QTest.keyClicks(line(shown, "recoveryKey.lastGroup"), encryption.last_group(key))
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            QTest.keyClick(line(shown, "recoveryKey.lastGroup"), Qt.Key.Key_Return)

        assert dialog.account is not None
        assert dialog.account.username == "boss"
        assert encryption.recovery_shown(key)  # noted beside the key
        assert file_encryption.recovery_key_to_show(database) is None  # never again
    finally:
        database.close()


def test_a_plain_database_shows_no_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE kept (line TEXT)")
    database = open_database(f"sqlite:///{path}")
    try:
        dialog = FirstRunDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        fill_first_run(dialog)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            QTest.keyClick(line(dialog, "firstRun.repeat"), Qt.Key.Key_Return)
        assert dialog.recovery_dialog is None
    finally:
        database.close()


def test_the_settings_page_says_encrypted_and_names_the_key_file(
    qtbot: QtBot, admin: Workstation
) -> None:
    page = EncryptionPage(admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.state_of is not None)

    assert "is encrypted" in label(page, "encryption.state")
    assert "file" in label(page, "encryption.key")
    assert str(encryption.key_file()) in label(page, "encryption.warning")
    assert "db recover" in label(page, "encryption.recovery")


def test_the_settings_page_says_a_plain_file_is_not_encrypted(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE kept (line TEXT)")
    database: Database = open_database(f"sqlite:///{path}")
    try:
        account = users.create_user(
            database, None, username="admin", display_name="A", role="admin", password=PASSWORD
        )
        page = EncryptionPage(Workstation(database, account))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.state_of is not None)
        assert "not encrypted" in label(page, "encryption.state")
        assert "clinic-intake db encrypt" in label(page, "encryption.state")
    finally:
        database.close()
