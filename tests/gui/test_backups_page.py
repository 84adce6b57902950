"""Settings, Backups on a real SQLite file, through real widgets (pytest-qt): "Back up
now" makes a checked backup and the list shows it; the folder is chosen (a folder that
cannot be written is refused in words, and the setting stays); the 2-day warning on the
page and on the desk's status bar after sign-in. No database call on the GUI thread.
"""

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app import paths
from clinic_app.gui.admin.backups_page import BackupsPage
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.desk import BACKUP_WARNING, Desk
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import audit, auto_backup
from clinic_app.services.auto_backup import backup_folder, list_backups
from clinic_app.services.backup import check_copy
from gui.driving import PASSWORD
from gui.gui_thread import no_database_on_gui_thread

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def shown(qtbot: QtBot, admin: Workstation, folders: list[str] | None = None) -> BackupsPage:
    """The page, shown and loaded; "Choose folder…" answers from `folders` in turn."""
    answers = folders if folders is not None else []
    page = BackupsPage(admin, choose_folder=lambda _parent, _start: answers.pop(0))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy() and page.message() == "")
    return page


def click(page: QWidget, name: str) -> None:
    QTest.mouseClick(child(page, QPushButton, name), LEFT)


def test_back_up_now_makes_a_checked_backup_and_the_list_shows_it(
    qtbot: QtBot, admin: Workstation
) -> None:
    with no_database_on_gui_thread(admin.database) as guard:
        page = shown(qtbot, admin)
        assert page.kept() == []
        assert "No backup has been made on this computer yet." in page.warning()
        assert child(page, QLabel, "backups.folder").text() == str(paths.data_dir() / "backups")
        assert child(page, QLabel, "backups.last").text() == "None yet"

        click(page, "backups.backUpNow")
        qtbot.waitUntil(lambda: not page.is_busy() and page.message().startswith("Backed up"))

        with guard.aside():
            (made,) = list_backups(backup_folder())
            assert made.occasion == "now"
            assert check_copy(made.path)["users"] == 1
            (event,) = audit.events(admin.database, action="database.backed_up")
            assert event.actor == "admin"
        assert page.message() == f"Backed up and checked: {made.path.name}."
        (line,) = page.kept()
        assert line.endswith(f"(Back up now): {made.path.name}")
        assert "(Back up now)" in child(page, QLabel, "backups.last").text()
        assert page.warning() == ""


def test_a_folder_is_chosen_and_one_that_cannot_be_written_is_refused(
    qtbot: QtBot, admin: Workstation, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    unwritable = tmp_path / "a-file" / "backups"
    with no_database_on_gui_thread(admin.database):
        page = shown(qtbot, admin, [str(share), str(unwritable), ""])
        folder = child(page, QLabel, "backups.folder")

        click(page, "backups.chooseFolder")
        qtbot.waitUntil(lambda: not page.is_busy() and "now go to" in page.message())
        assert page.message() == f"Backups now go to {share}."
        assert folder.text() == str(share)

        click(page, "backups.chooseFolder")
        qtbot.waitUntil(lambda: not page.is_busy() and "cannot be written" in page.message())
        assert page.message().startswith(f"the backup folder {unwritable} cannot be written (")
        assert folder.text() == str(share)  # the setting stayed

        click(page, "backups.chooseFolder")  # cancelled: nothing happens
        assert not page.is_busy()

        click(page, "backups.backUpNow")
        qtbot.waitUntil(lambda: not page.is_busy() and page.message().startswith("Backed up"))
    assert [b.path.parent for b in list_backups(share)] == [share]


def test_no_backup_for_two_days_is_a_warning_on_the_page(qtbot: QtBot, admin: Workstation) -> None:
    auto_backup.back_up(admin.database, "exit", now=datetime.now() - timedelta(days=3))
    page = shown(qtbot, admin)
    assert "No backup in the last 2 days (the newest is from " in page.warning()
    assert len(page.kept()) == 1

    click(page, "backups.backUpNow")
    qtbot.waitUntil(lambda: not page.is_busy() and page.message().startswith("Backed up"))
    assert page.warning() == ""
    assert len(page.kept()) == 2


def test_the_desk_shows_the_warning_on_the_status_bar_after_sign_in(
    qtbot: QtBot, qapp: QApplication, admin: Workstation
) -> None:
    auto_backup.back_up(admin.database, "exit", now=datetime.now() - timedelta(days=5))
    desk = Desk(qapp, LazyDatabase.of(admin.database))
    with no_database_on_gui_thread(admin.database):
        desk.start(has_users=True)
        dialog = desk.window
        assert isinstance(dialog, SignInDialog)
        qtbot.addWidget(dialog)
        QTest.keyClicks(child(dialog, QLineEdit, "signIn.username"), "admin")
        QTest.keyClicks(child(dialog, QLineEdit, "signIn.password"), PASSWORD)
        QTest.keyClick(child(dialog, QLineEdit, "signIn.password"), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
        window = desk.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.findChild(QLabel, BACKUP_WARNING) is not None)
        warning = child(window, QLabel, BACKUP_WARNING)
        assert warning.isVisible()
        assert "No backup in the last 2 days" in warning.text()
        assert "Settings, Backups" in warning.text()
        window.close()


def test_the_desk_shows_no_warning_when_todays_backup_is_there(
    qtbot: QtBot, qapp: QApplication, admin: Workstation
) -> None:
    desk = Desk(qapp, LazyDatabase.of(admin.database))
    task = desk.back_up_at_start()
    qtbot.waitUntil(lambda: not task.is_running())
    assert [b.occasion for b in list_backups(backup_folder())] == ["start"]
    desk.start(has_users=True)
    dialog = desk.window
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    QTest.keyClicks(child(dialog, QLineEdit, "signIn.username"), "admin")
    QTest.keyClicks(child(dialog, QLineEdit, "signIn.password"), PASSWORD)
    QTest.keyClick(child(dialog, QLineEdit, "signIn.password"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
    window = desk.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert QThreadPool.globalInstance().waitForDone(30_000)  # the look at the folder
    qapp.processEvents()  # ... and its answer delivered: nothing to say
    label = window.findChild(QLabel, BACKUP_WARNING)
    assert label is None or not label.isVisible()
    window.close()


def test_a_backup_folder_that_cannot_be_written_is_a_warning_and_back_up_now_says_so(
    qtbot: QtBot, admin: Workstation, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    gone = tmp_path / "a-file" / "backups"  # e.g. a share that is no longer there
    settings = paths.private_dir(paths.config_dir()) / "backups.json"
    settings.write_text(json.dumps({"folder": str(gone)}), encoding="utf-8")
    with no_database_on_gui_thread(admin.database) as guard:
        page = shown(qtbot, admin)
        assert page.warning().startswith(f"The backup folder {gone} cannot be written (")

        click(page, "backups.backUpNow")
        qtbot.waitUntil(lambda: not page.is_busy() and "cannot be written" in page.message())

        assert page.message().startswith(f"the backup folder {gone} cannot be written (")
        assert page.kept() == []
        with guard.aside():
            (event,) = audit.events(admin.database, action="database.backup_failed")
            assert event.actor == "admin"
