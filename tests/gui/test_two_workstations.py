"""Two workstations on one database: what the front desk submits on one desk reaches the
clinicians' queues on others, and a decision made on one shows on the other.

Each workstation is its own `Database` (its own engine and connections) on the same SQLite
file, then on the same PostgreSQL database (see tests/conftest.py's database_url): the way a
clinic with several desks runs. Nothing is restarted; the queues find out by their poll.
"""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.review_model import PATIENT, REVIEW_STATUS
from clinic_app.gui.review.review_page import ReviewPage
from clinic_app.paths import resources_dir
from clinic_app.services import audit, intakes, reviews, users
from clinic_app.storage.database import Database, open_database
from gui.driving import PASSWORD, find

POLL_MS = 200


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def desks(database_url: str) -> Iterator[tuple[Workstation, Workstation, Workstation]]:
    """The front desk, and two clinicians at two other workstations, on one database."""
    opened: list[Database] = [open_database(database_url) for _ in range(3)]
    admin = users.create_user(
        opened[0], None, username="admin", display_name="Ada Admin", role="admin", password=PASSWORD
    )
    accounts = [
        users.create_user(
            opened[0],
            admin.actor(),
            username=username,
            display_name=name,
            role=role,
            password=PASSWORD,
        )
        for username, name, role in (
            ("desk", "Dee Desk", "front_desk"),
            ("cora", "Dr Cora Clinician", "clinician"),
            ("dan", "Dr Dan Doctor", "clinician"),
        )
    ]
    yield (
        Workstation(opened[0], accounts[0]),
        Workstation(opened[1], accounts[1]),
        Workstation(opened[2], accounts[2]),
    )
    for database in opened:
        database.close()


def flagged_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    document["symptoms"]["weight_bearing"] = "unable"  # an urgent referral flag
    return document


def queue_on(qtbot: QtBot, workstation: Workstation) -> ReviewPage:
    page = ReviewPage(workstation, poll_ms=POLL_MS)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def rows(page: ReviewPage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (model.data(model.index(row, PATIENT)), model.data(model.index(row, REVIEW_STATUS)))
        for row in range(model.rowCount())
    ]


def child(root: QWidget, name: str, kind: type[Any]) -> Any:
    found = find(root, name)
    assert isinstance(found, kind), f"{name} is a {type(found).__name__}"
    return found


def test_a_decision_on_one_workstation_shows_on_the_other(
    qtbot: QtBot, desks: tuple[Workstation, Workstation, Workstation]
) -> None:
    desk, cora, dan = desks
    on_cora, on_dan = queue_on(qtbot, cora), queue_on(qtbot, dan)
    assert rows(on_cora) == rows(on_dan) == []

    # The front desk submits at its own desk; both queues find it without a restart.
    intake_id = intakes.submit(desk.database, desk.actor, flagged_document()).intake_id
    qtbot.waitUntil(lambda: rows(on_cora) == [("Okafor, Maya", "Waiting")], timeout=5000)
    qtbot.waitUntil(lambda: rows(on_dan) == [("Okafor, Maya", "Waiting")], timeout=5000)

    # Cora opens it and refers the whole intake to a podiatrist, through the dialog.
    child(on_cora, "queue.table", QTableView).selectRow(0)
    qtbot.waitUntil(lambda: on_cora.detail.intake_id == intake_id)
    child(on_cora.detail, "review.decideIntake", QPushButton).click()
    qtbot.waitUntil(lambda: on_cora.detail.dialog is not None)
    dialog = on_cora.detail.dialog
    assert dialog is not None
    child(dialog, "decision.refer", QRadioButton).click()
    destination = child(dialog, "decision.destination", QComboBox)
    destination.setCurrentIndex(destination.findData("podiatrist"))
    child(dialog, "decision.reason", QLineEdit).setText("Arch pain with numbness.")
    ok = child(dialog, "decision.ok", QPushButton)
    qtbot.waitUntil(ok.isEnabled)
    with qtbot.waitSignal(on_cora.detail.decided, timeout=5000):
        ok.click()

    # Dan's queue drops it by its poll; under "All" it is there, decided, by Cora.
    qtbot.waitUntil(lambda: rows(on_dan) == [], timeout=5000)
    scope = child(on_dan, "queue.scope", QComboBox)
    scope.setCurrentIndex(1 - scope.currentIndex())
    qtbot.waitUntil(lambda: rows(on_dan) == [("Okafor, Maya", "Decided")], timeout=5000)
    child(on_dan, "queue.table", QTableView).selectRow(0)
    qtbot.waitUntil(lambda: on_dan.detail.intake_id == intake_id)
    decisions = child(on_dan.detail, "review.decisions", QLabel).text()
    assert "Dr Cora Clinician" in decisions
    assert "Arch pain with numbness." in decisions
    assert "odiatrist" in decisions
    # Dan may write the letter from Cora's referral: it is on record for every desk.
    assert child(on_dan.detail, "review.letter", QPushButton).isEnabled()

    # On record once, with who decided; both views on the trail, by whom.
    [decision] = reviews.decisions_of(desk.database, intake_id)
    assert (decision.decision, decision.destination, decision.decided_by) == (
        "refer",
        "podiatrist",
        "cora",
    )
    viewers = [e.actor for e in audit.events(desk.database, action="intake.viewed")]
    assert sorted(viewers) == ["cora", "dan"]
