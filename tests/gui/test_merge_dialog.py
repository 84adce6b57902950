"""The Merge patients dialog on a real database: the first record found by search, its
likely duplicate offered as the second, both side by side, the kept one chosen, a
confirmation, the merge; a draft open refuses it in words with the button off."""

from typing import TypeVar

from intake_documents import document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import intakes, patients

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def rosa_twice(workstation: Workstation) -> tuple[int, int]:
    born = {"patient.last_name": "Delgado", "patient.date_of_birth": "1988-04-02"}
    kept = intakes.submit(
        workstation.database,
        workstation.actor,
        document({**born, "patient.first_name": "Rosa", "patient.clinic_number": "P-100"}),
    )
    again = intakes.submit(
        workstation.database,
        workstation.actor,
        document({**born, "patient.first_name": "Rossa", "patient.clinic_number": "P-200"}),
    )
    return kept.patient.patient.id, again.patient.patient.id


def opened(qtbot: QtBot, admin: Workstation, answer: bool = True) -> tuple[MergeDialog, list[str]]:
    asked: list[str] = []

    def confirm(_parent: QWidget, question: str) -> bool:
        asked.append(question)
        return answer

    dialog = MergeDialog(admin, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, asked


def pick_both(qtbot: QtBot, dialog: MergeDialog) -> None:
    """Search "rosa" for the first; the likely duplicate is offered as the second."""
    QTest.keyClicks(child(dialog, QLineEdit, "merge.first.search"), "rosa")
    first = child(dialog, QListWidget, "merge.first.results")
    qtbot.waitUntil(lambda: first.count() == 1)
    first.setCurrentRow(0)
    second = child(dialog, QListWidget, "merge.second.results")
    qtbot.waitUntil(lambda: second.count() == 1)
    assert "Rossa" in second.item(0).text()
    second.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Drafts open" in child(dialog, QLabel, "merge.second.details").text())
    qtbot.waitUntil(lambda: not dialog.is_busy())


def test_two_records_side_by_side_merged_into_the_one_kept(
    qtbot: QtBot, admin: Workstation
) -> None:
    kept, duplicate = rosa_twice(admin)
    dialog, asked = opened(qtbot, admin)
    merge = child(dialog, QPushButton, "merge.merge")
    assert not merge.isEnabled()
    pick_both(qtbot, dialog)
    first = child(dialog, QLabel, "merge.first.details").text()
    second = child(dialog, QLabel, "merge.second.details").text()
    assert "Delgado, Rosa" in first
    assert "P-100" in first
    assert "Intakes: 1" in first
    assert "Delgado, Rossa" in second
    assert "P-200" in second
    assert merge.isEnabled()

    child(dialog, QRadioButton, "merge.first.keep").setChecked(True)
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as done:
        QTest.mouseClick(merge, LEFT)
    assert "Delgado, Rossa (P-200) into Delgado, Rosa (P-100)" in asked[0]
    assert (done.args[0].survivor_id, done.args[0].merged_id) == (kept, duplicate)
    assert f"patient {duplicate} are now under patient {kept}" in dialog.message()
    assert [row.id for row in patients.search(admin.database, "Delgado")] == [kept]


def test_an_open_draft_refuses_the_merge_in_words(qtbot: QtBot, admin: Workstation) -> None:
    rosa_twice(admin)
    intakes.save_draft(
        admin.database,
        admin.actor,
        document({"patient.first_name": "Rossa", "patient.clinic_number": "P-200"}),
    )
    dialog, asked = opened(qtbot, admin)
    pick_both(qtbot, dialog)
    assert "cannot be merged yet: Delgado, Rossa" in dialog.message()
    assert "has drafts open (1)" in dialog.message()
    assert not child(dialog, QPushButton, "merge.merge").isEnabled()
    assert asked == []
