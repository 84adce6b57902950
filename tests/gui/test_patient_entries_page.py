"""The desk's "Patient entries" list (self-entry.md): what patients answered for themselves,
newest first, with the kiosk and the alert in words; refreshed by itself; Enter opens the
selected entry; discarding needs a reason."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from storage.patient_entry_helpers import KIOSK, finished_entry

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.entries_page import ALERT, NAME, SOURCE, STATE, EntriesPage
from clinic_app.services import patient_entries

LEFT = Qt.MouseButton.LeftButton
PALE: dict[str, object] = {"symptoms.foot_colour": "pale"}
"""An emergency on the patient's own answers (circulation_compromise)."""


@pytest.fixture
def page(qtbot: QtBot, front_desk: Workstation) -> EntriesPage:
    page = EntriesPage(front_desk, refresh_ms=50)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_busy())
    return page


def cell(page: EntriesPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def test_a_new_entry_shows_within_the_refresh_newest_first_with_its_alert(
    qtbot: QtBot, page: EntriesPage, front_desk: Workstation
) -> None:
    assert page.model.rowCount() == 0
    first = finished_entry(front_desk.database).entry_id
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    newest = finished_entry(
        front_desk.database, {**PALE, "patient.first_name": "Lin", "patient.last_name": "Wei"}
    ).entry_id

    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the poll, not a click
    assert [entry.entry_id for entry in page.model.entries()] == [newest, first]
    assert (cell(page, 0, NAME), cell(page, 0, SOURCE), cell(page, 0, STATE)) == (
        "Lin Wei",
        KIOSK,
        "Finished",
    )
    assert cell(page, 0, ALERT) == "Emergency — care now"  # in words, not colour alone
    assert cell(page, 1, ALERT) == "None"
    assert page.selected() is not None  # the selection survived the poll
    assert page.selected().entry_id == first  # type: ignore[union-attr]


def test_enter_opens_the_selected_entry(
    qtbot: QtBot, page: EntriesPage, front_desk: Workstation
) -> None:
    entry_id = finished_entry(front_desk.database).entry_id
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    opened: list[int] = []
    page.entryOpened.connect(opened.append)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [entry_id]


def test_discarding_needs_a_reason_and_removes_the_entry(
    qtbot: QtBot, page: EntriesPage, front_desk: Workstation
) -> None:
    entry_id = finished_entry(front_desk.database).entry_id
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    discard = page.findChild(QPushButton, "entries.discard")
    assert discard is not None
    QTest.mouseClick(discard, LEFT)
    dialog = page.dialog
    assert dialog is not None

    QTest.mouseClick(dialog.confirm, LEFT)  # no reason: refused in words, nothing changed
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "Say why" in dialog.message.text()
    assert patient_entries.entry(front_desk.database, entry_id).check is None

    QTest.keyClicks(dialog.reason, "a test entry by the physio")
    QTest.mouseClick(dialog.confirm, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    check = patient_entries.entry(front_desk.database, entry_id).check
    assert check is not None
    assert (check.outcome, check.reason, check.checked_by) == (
        "discarded",
        "a test entry by the physio",
        front_desk.actor.name,
    )
    assert page.dialog is None


def test_the_entry_table_is_a_sound_model(
    qtbot: QtBot, qtmodeltester: ModelTester, page: EntriesPage, front_desk: Workstation
) -> None:
    finished_entry(front_desk.database)
    finished_entry(front_desk.database, {**PALE, "patient.first_name": "Lin"})
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check  # untyped in pytest-qt
    check(page.model)
    entries = page.model.entries()
    page.model.set_entries(entries[1:])  # one checked elsewhere: removed in place
    assert page.model.entries() == entries[1:]
    page.model.set_entries(list(reversed(entries)))  # another order: shown as given
    assert page.model.entries() == list(reversed(entries))
