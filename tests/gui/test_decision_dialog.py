"""The decision dialog on its own: what it asks for before OK is allowed, what it stores,
and what it says when the service refuses (then nothing is stored)."""

import io
import json
from functools import partial
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.decision_dialog import (
    CHOOSE_DECISION,
    CHOOSE_DESTINATION,
    REASON_NEEDED,
    DecisionDialog,
)
from clinic_app.paths import resources_dir
from clinic_app.rules import engine
from clinic_app.services import audit, intakes, reviews
from clinic_app.services.reviews import FlagOnRecord
from gui.driving import Key, Mod, focused, press, type_text, wait_focus


def urgent_and_soon() -> dict[str, Any]:
    """Maya, who now cannot take weight on the foot (urgent) and has numbness (soon)."""
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    document["symptoms"]["weight_bearing"] = "unable"
    document["symptoms"]["numbness_or_tingling"] = True
    return document


@pytest.fixture
def intake_id(front_desk: Workstation) -> int:
    return intakes.submit(front_desk.database, front_desk.actor, urgent_and_soon()).intake_id


def flag(workstation: Workstation, intake_id: int, code: str) -> FlagOnRecord:
    [found] = [f for f in reviews.flags_of(workstation.database, intake_id) if f.code == code]
    return found


def opened(qtbot: QtBot, dialog: DecisionDialog) -> DecisionDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def child(dialog: QWidget, kind: type[QWidget], name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def shown_message(dialog: QWidget, name: str) -> str:
    label: QLabel = child(dialog, QLabel, name)
    return label.text() if label.isVisibleTo(dialog) else ""


def choose(qtbot: QtBot, key: Key, radio: QRadioButton) -> None:
    """Pick a decision by its mnemonic (Alt+key), as the clinician would."""
    press(key, Mod.AltModifier)
    qtbot.waitUntil(radio.isChecked)


def wait_recorded(qtbot: QtBot, dialog: DecisionDialog) -> None:
    """Wait for the decision's answer (it is recorded off the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.is_recording())


def test_ok_waits_for_a_choice_and_for_a_reason_unless_it_is_a_referral(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    numbness = flag(clinician, intake_id, "numbness_tingling")
    dialog = opened(qtbot, DecisionDialog(clinician, intake_id, numbness))
    ok: QPushButton = child(dialog, QPushButton, "decision.ok")
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert "Numbness or tingling" in child(dialog, QLabel, "decision.about").text()
    assert not ok.isEnabled()
    assert shown_message(dialog, "decision.hint") == CHOOSE_DECISION
    assert focused() is child(dialog, QRadioButton, "decision.refer")

    for key, name in ((Key.Key_M, "decision.manage"), (Key.Key_N, "decision.notNeeded")):
        choose(qtbot, key, child(dialog, QRadioButton, name))
        assert not ok.isEnabled()
        assert shown_message(dialog, "decision.reason.message") == REASON_NEEDED
        assert shown_message(dialog, "decision.hint") == ""
        assert not child(dialog, QComboBox, "decision.destination").isEnabled()
        press(Key.Key_Return)  # Enter does nothing while OK is held back
        assert dialog.isVisible()

    press(Key.Key_E, Mod.AltModifier)
    wait_focus(qtbot, "decision.reason")
    type_text("   ")
    assert not ok.isEnabled()  # blanks are no reason
    type_text("seen before, settling")
    assert ok.isEnabled()
    assert shown_message(dialog, "decision.reason.message") == ""

    choose(qtbot, Key.Key_R, child(dialog, QRadioButton, "decision.refer"))
    assert not ok.isEnabled()
    assert shown_message(dialog, "decision.destination.message") == CHOOSE_DESTINATION
    assert shown_message(dialog, "decision.reason.message") == ""
    urgency: QComboBox = child(dialog, QComboBox, "decision.urgency")
    assert urgency.isEnabled()
    assert urgency.currentData() == "soon"  # the flag's own urgency
    press(Key.Key_D, Mod.AltModifier)
    wait_focus(qtbot, "decision.destination")
    press(Key.Key_Down)
    assert child(dialog, QComboBox, "decision.destination").currentText() == (
        "Sports medicine physician"
    )
    assert ok.isEnabled()
    assert reviews.decisions_of(clinician.database, intake_id) == []


def test_enter_records_the_decision_and_closes(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    numbness = flag(clinician, intake_id, "numbness_tingling")
    dialog = opened(qtbot, DecisionDialog(clinician, intake_id, numbness))
    choose(qtbot, Key.Key_N, child(dialog, QRadioButton, "decision.notNeeded"))
    press(Key.Key_E, Mod.AltModifier)
    wait_focus(qtbot, "decision.reason")
    type_text("known, stable for years")
    with qtbot.waitSignal(dialog.decided) as decided, qtbot.waitSignal(dialog.finished):
        press(Key.Key_Return)
    [stored] = reviews.decisions_of(clinician.database, intake_id)
    assert decided.args == [stored]
    assert (stored.flag_id, stored.decision, stored.reason) == (
        numbness.id,
        "not_needed",
        "known, stable for years",
    )
    assert stored.decided_by_name == "Dr Cora Clinician"
    assert not dialog.isVisible()


def test_a_referral_for_the_whole_intake_takes_the_urgency_offered(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    dialog = opened(qtbot, DecisionDialog(clinician, intake_id, None, default_urgency="urgent"))
    assert "whole intake" in child(dialog, QLabel, "decision.about").text()
    choose(qtbot, Key.Key_R, child(dialog, QRadioButton, "decision.refer"))
    destination: QComboBox = child(dialog, QComboBox, "decision.destination")
    destination.setCurrentIndex(destination.findData("emergency"))
    assert child(dialog, QComboBox, "decision.urgency").currentData() == "urgent"
    with qtbot.waitSignal(dialog.decided):
        QTest.mouseClick(child(dialog, QPushButton, "decision.ok"), Qt.MouseButton.LeftButton)
    [stored] = reviews.decisions_of(clinician.database, intake_id)
    assert (stored.flag_id, stored.destination, stored.urgency, stored.reason) == (
        None,
        "emergency",
        "urgent",
        "",
    )


def test_a_refusal_is_shown_in_words_and_nothing_is_stored(
    qtbot: QtBot, front_desk: Workstation, admin: Workstation, intake_id: int
) -> None:
    # The pane never offers these people the dialog; the service refuses them regardless.
    for workstation in (front_desk, admin):
        dialog = opened(qtbot, DecisionDialog(workstation, intake_id, None))
        choose(qtbot, Key.Key_M, child(dialog, QRadioButton, "decision.manage"))
        press(Key.Key_E, Mod.AltModifier)
        wait_focus(qtbot, "decision.reason")
        type_text("rest")
        with qtbot.assertNotEmitted(dialog.decided):
            press(Key.Key_Return)
            wait_recorded(qtbot, dialog)
        assert dialog.isVisible()
        assert shown_message(dialog, "decision.message") == (
            "Not recorded: only a clinician user may decide on flags "
            f"(you are {workstation.account.username})."
        )
        dialog.reject()
    assert reviews.decisions_of(front_desk.database, intake_id) == []
    assert audit.events(front_desk.database, action="review.decided") == []


def test_a_draft_cannot_be_decided_on_and_cancel_keeps_nothing(
    qtbot: QtBot, clinician: Workstation, front_desk: Workstation
) -> None:
    draft = intakes.save_draft(front_desk.database, front_desk.actor, urgent_and_soon())
    dialog = opened(qtbot, DecisionDialog(clinician, draft.intake_id, None))
    choose(qtbot, Key.Key_N, child(dialog, QRadioButton, "decision.notNeeded"))
    reason: QLineEdit = child(dialog, QLineEdit, "decision.reason")
    reason.setText("nothing to do")
    QTest.mouseClick(child(dialog, QPushButton, "decision.ok"), Qt.MouseButton.LeftButton)
    wait_recorded(qtbot, dialog)
    assert shown_message(dialog, "decision.message") == (
        f"Not recorded: intake {draft.intake_id} is not a submitted intake."
    )
    with qtbot.waitSignal(dialog.rejected), qtbot.assertNotEmitted(dialog.decided):
        QTest.mouseClick(child(dialog, QPushButton, "decision.cancel"), Qt.MouseButton.LeftButton)
    assert reviews.decisions_of(clinician.database, draft.intake_id) == []


@pytest.fixture
def emergency_intake_id(front_desk: Workstation, monkeypatch: pytest.MonkeyPatch) -> int:
    """Maya with a mottled, cold foot (emergency) and numbness (soon), submitted under rule
    set 2027.1: the app's RULES_VERSION is still 2026.1 until issue 17 is done."""
    monkeypatch.setattr(intakes, "assess", partial(engine.assess, version="2027.1"))
    document = urgent_and_soon()
    document["symptoms"]["foot_colour"] = "mottled"
    document["symptoms"]["foot_cold"] = True
    submitted = intakes.submit(front_desk.database, front_desk.actor, document)
    assert submitted.assessment.highest_urgency == "emergency"
    return submitted.intake_id


def test_urgencies_are_offered_from_emergency_down(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    dialog = opened(qtbot, DecisionDialog(clinician, intake_id, None, default_urgency="urgent"))
    urgency: QComboBox = child(dialog, QComboBox, "decision.urgency")
    offered = [(urgency.itemData(i), urgency.itemText(i)) for i in range(urgency.count())]
    assert offered == [
        ("emergency", "Emergency — care now"),
        ("urgent", "Urgent — same day"),
        ("soon", "Soon — within days"),
        ("routine", "Routine"),
    ]
    # Not an emergency: no destination is chosen for the clinician.
    assert child(dialog, QComboBox, "decision.destination").currentData() is None


def test_an_emergency_intake_defaults_to_emergency_and_the_emergency_department(
    qtbot: QtBot, clinician: Workstation, emergency_intake_id: int
) -> None:
    dialog = opened(
        qtbot, DecisionDialog(clinician, emergency_intake_id, None, default_urgency="emergency")
    )
    assert child(dialog, QComboBox, "decision.urgency").currentData() == "emergency"
    destination: QComboBox = child(dialog, QComboBox, "decision.destination")
    assert destination.currentData() == "emergency"
    assert destination.currentText() == "Emergency department"
    choose(qtbot, Key.Key_R, child(dialog, QRadioButton, "decision.refer"))
    assert dialog.problem() is None  # nothing left to choose: Enter records it
    with qtbot.waitSignal(dialog.decided):
        press(Key.Key_Return)
    [stored] = reviews.decisions_of(clinician.database, emergency_intake_id)
    assert (stored.destination, stored.urgency) == ("emergency", "emergency")

    # The letter made from that decision leads with the emergency, to the department.
    letter = reviews.referral_letter_for(
        clinician.database, clinician.actor, emergency_intake_id, stored.id
    )
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(letter.pdf)).pages
    )
    assert "To: Emergency department" in text
    assert text.index("Emergency: please assess now, on arrival.") < text.index("Patient")


def test_deciding_on_a_lesser_flag_of_an_emergency_intake_still_offers_the_emergency(
    qtbot: QtBot, clinician: Workstation, emergency_intake_id: int
) -> None:
    numbness = flag(clinician, emergency_intake_id, "numbness_tingling")
    assert numbness.urgency == "soon"
    dialog = opened(
        qtbot,
        DecisionDialog(clinician, emergency_intake_id, numbness, default_urgency="emergency"),
    )
    assert child(dialog, QComboBox, "decision.urgency").currentData() == "emergency"
    assert child(dialog, QComboBox, "decision.destination").currentData() == "emergency"
    # And an emergency flag alone is enough, whatever the pane passed.
    colour = flag(clinician, emergency_intake_id, "circulation_compromise")
    alone = opened(qtbot, DecisionDialog(clinician, emergency_intake_id, colour))
    assert child(alone, QComboBox, "decision.urgency").currentData() == "emergency"
    assert child(alone, QComboBox, "decision.destination").currentData() == "emergency"
