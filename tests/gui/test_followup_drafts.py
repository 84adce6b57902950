"""A follow-up left unfinished (the app quit, or the computer went off, after its draft was
kept) is offered again at the next start beside the unfinished intakes, and carries on
where it was; or it is discarded. On a SQLite file and on PostgreSQL, under the GUI-thread
guard.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import followup_drafts, followups
from clinic_app.services.followups import StoredFollowUp
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record, opened
from gui.driving import find
from gui.gui_thread import Guard, no_database_on_gui_thread

MAYA: dict[str, object] = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "symptoms.pain_now": 4,
    "measures.psfs": [{"activity": "Running 5 km", "score": 3}],
}


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    yield from opened(database_url)


@pytest.fixture
def guard(database: Database) -> Iterator[Guard]:
    with no_database_on_gui_thread(database) as guard:
        yield guard


def line(window: MainWindow, path: str, text: str) -> None:
    field = find(window.follow_up, path)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def on_record(guard: Guard, database: Database, course_id: int) -> list[StoredFollowUp]:
    with guard.aside():
        return followups.follow_ups_in(database, course_id)


def shown_window(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def half_typed(qtbot: QtBot, workstation: Workstation, guard: Guard, course_id: int) -> None:
    """A follow-up begun in one window, kept as a draft, then the window gone."""
    window = shown_window(qtbot, workstation)
    window.follow_up_of(course_id)
    form = window.follow_up
    qtbot.waitUntil(lambda: form.course() is not None)
    heel = find(form, "symptoms.locations.heel")
    heel.setFocus()
    QTest.keyClick(heel, Qt.Key.Key_Space)
    pain = find(form, "symptoms.pain_now")
    assert isinstance(pain, PainScale)
    pain.setFocus()
    QTest.keyClick(pain.focusProxy() or pain, Qt.Key.Key_6)
    line(window, "running.weekly_distance", "12")
    line(window, "measures.psfs.0.score", "5")
    line(window, "measures.lefs_total", "46")
    qtbot.waitUntil(
        lambda: (
            [
                (f.status, f.document.get("measures", {}).get("lefs_total"))
                for f in on_record(guard, workstation.database, course_id)
            ]
            == [("draft", 46)]
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not form.is_busy())
    window.close()


def offered(qtbot: QtBot, window: MainWindow) -> DraftsDialog:
    offer = window.offer_drafts()
    qtbot.waitUntil(lambda: offer.done)
    dialog = offer.dialog
    assert isinstance(dialog, DraftsDialog)
    return dialog


def test_an_unfinished_follow_up_is_offered_again_and_carries_on(
    qtbot: QtBot, front_desk: Workstation, guard: Guard
) -> None:
    with guard.aside():
        course_id = course_on_record(front_desk, MAYA)
    half_typed(qtbot, front_desk, guard, course_id)
    (draft,) = on_record(guard, front_desk.database, course_id)

    window = shown_window(qtbot, front_desk)  # the next start
    dialog = offered(qtbot, window)
    assert dialog.windowTitle() == "Unfinished intakes and follow-up visits"
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Maya Okafor — follow-up visit, last saved ")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on the draft resumes it
    form = window.follow_up
    assert window.tabs.currentWidget() is form
    qtbot.waitUntil(lambda: form.course() is not None)
    assert form.status_text() == "Carrying on with the follow-up kept as a draft."
    pain = find(form, "symptoms.pain_now")
    assert isinstance(pain, PainScale)
    assert pain.value() == 6
    assert form.document()["symptoms"]["locations"] == ["heel"]
    for path, text in (
        ("running.weekly_distance", "12"),
        ("measures.psfs.0.activity", "Running 5 km"),
        ("measures.psfs.0.score", "5"),
        ("measures.lefs_total", "46"),
    ):
        field = find(form, path)
        assert isinstance(field, QLineEdit)
        assert field.text() == text, path
    assert form.document()["measures"]["psfs"] == [{"activity": "Running 5 km", "score": 5}]

    # Finished and submitted: the draft's own row, not a second visit.
    status = find(form, "running.status")
    assert isinstance(status, QComboBox)
    status.setFocus()
    while status.currentData() != "walk_run":
        QTest.keyClick(status, Qt.Key.Key_Down)
    form.submit()
    qtbot.waitUntil(lambda: form.result.isVisible(), timeout=20_000)
    (stored,) = on_record(guard, front_desk.database, course_id)
    assert (stored.followup_id, stored.status) == (draft.followup_id, "submitted")
    assert stored.document["measures"]["lefs_total"] == 46
    qtbot.waitUntil(lambda: not form.is_busy())
    window.close()


def test_an_unfinished_follow_up_discarded_from_the_offer(
    qtbot: QtBot, front_desk: Workstation, guard: Guard
) -> None:
    with guard.aside():
        course_id = course_on_record(front_desk, MAYA)
    half_typed(qtbot, front_desk, guard, course_id)

    window = shown_window(qtbot, front_desk)
    dialog = offered(qtbot, window)
    discard = find(dialog, "drafts.discard")
    assert isinstance(discard, QPushButton)
    discard.click()
    assert dialog.message.text() == "Press Discard again to drop this draft for good."
    assert len(on_record(guard, front_desk.database, course_id)) == 1
    with qtbot.waitSignal(dialog.rejected):  # the last one gone: the dialog goes too
        discard.click()
    assert on_record(guard, front_desk.database, course_id) == []
    with guard.aside():
        assert followup_drafts.unfinished_follow_ups(front_desk.database) == []
    window.close()
