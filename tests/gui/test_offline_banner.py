"""The offline banner: when the database stops answering, the main window says so in
words and what still works, typing goes on, and the banner goes once the database
answers again and the draft has reached it. The outage is real to the app: every
statement fails in the driver (outage.py), as a dropped server or a broken disk makes it.
"""

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.offline_banner import OFFLINE
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes
from clinic_app.storage.encryption import open_file
from gui.outage import Outage
from gui.waiting import settle


def shown(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window


def test_no_banner_while_the_database_answers(qtbot: QtBot, front_desk: Workstation) -> None:
    window = shown(qtbot, front_desk)
    assert window.offline.isHidden()


def test_the_banner_comes_with_an_outage_and_goes_with_it(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = shown(qtbot, front_desk)
    first_name = window.findChild(QLineEdit, "patient.first_name")
    assert first_name is not None
    with Outage(front_desk.database) as outage:
        QTest.keyClicks(first_name, "Zebedee")
        window.form.keeper.save_now()
        qtbot.waitUntil(window.offline.isVisible, timeout=5000)
        assert window.offline.text() == OFFLINE
        assert "failing" in window.offline.toolTip()  # storage's words, for whoever looks after it
        assert "Zebedee" not in window.offline.text()  # no patient's name on it
        QTest.keyClicks(first_name, " Quill")  # typing goes on meanwhile
        assert first_name.text() == "Zebedee Quill"
        outage.on = False
        # The draft keeper tries again by itself; its save is the database answering.
        qtbot.waitUntil(window.offline.isHidden, timeout=15_000)
    qtbot.waitUntil(lambda: not window.form.keeper.busy, timeout=15_000)
    drafts = intakes.unfinished_drafts(front_desk.database)
    assert [d.document["patient"]["first_name"] for d in drafts] == ["Zebedee Quill"]


def test_a_busy_sqlite_file_is_not_called_offline(qtbot: QtBot, front_desk: Workstation) -> None:
    """Another workstation's save holding the file is the database answering "busy":
    the desk says that where the save is shown, and raises no offline banner."""

    window = shown(qtbot, front_desk)
    path = front_desk.database.sqlite_path
    assert path is not None
    holder = open_file(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    failures: list[str] = []
    window.form.keeper.failed.connect(failures.append)
    try:
        first_name = window.findChild(QLineEdit, "patient.first_name")
        assert first_name is not None
        QTest.keyClicks(first_name, "Maya")
        window.form.keeper.save_now()
        qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
        assert "another workstation is saving" in failures[0]
        assert window.offline.isHidden()
    finally:
        holder.rollback()
        holder.close()
