"""The one flag card: the desk's live panel, the review pane and the decision dialog all
show a flag on it, so a flag reads the same wherever it is met.

The cross-place tests take one stored intake and compare what each place shows of the
same flag; a place that drew its own card again would fail them.
"""

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.flag_card import DECIDE, FlagCard
from clinic_app.gui.common.flag_words import CLINICIAN_ONLY, badge_words, card_lines
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.flags_panel import FlagsPanel
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.review.review_detail import ReviewDetail
from clinic_app.paths import resources_dir
from clinic_app.rules import RULES_VERSION
from clinic_app.services import intakes, reviews
from clinic_app.services.live_flags import assess_as_typed
from clinic_app.services.reviews import FlagOnRecord


def urgent_and_soon() -> dict[str, Any]:
    """Maya, who cannot take weight on the foot (urgent) and has numbness (soon)."""
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    document["symptoms"]["weight_bearing"] = "unable"
    document["symptoms"]["numbness_or_tingling"] = True
    document["history"] = {"irregular_periods": True}  # a flag for the clinician only
    return document


@pytest.fixture
def intake_id(front_desk: Workstation) -> int:
    return intakes.submit(front_desk.database, front_desk.actor, urgent_and_soon()).intake_id


def on_record(workstation: Workstation, intake_id: int, code: str) -> FlagOnRecord:
    [found] = [f for f in reviews.flags_of(workstation.database, intake_id) if f.code == code]
    return found


def label(card: FlagCard, name: str) -> str:
    found = card.findChild(QLabel, name)
    assert found is not None, f"{card.objectName()} has no {name}"
    return found.text()


def shown(card: FlagCard, prefix: str) -> tuple[str, str, str, str, str]:
    """What a card says, with its place's prefix taken off the names."""
    badge = card.findChild(QLabel, f"{prefix}flagBadge")
    assert badge is not None
    return (
        f"{badge.text()} ({badge.property('urgency')})",
        label(card, f"{prefix}flagTitle"),
        label(card, f"{prefix}flagDetails"),
        card.accessibleName(),
        card.objectName().removeprefix(prefix),
    )


def review_card(qtbot: QtBot, workstation: Workstation, intake_id: int, code: str) -> FlagCard:
    pane = ReviewDetail(workstation)
    qtbot.addWidget(pane)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    card = pane.findChild(FlagCard, f"review.flag.{code}")
    assert card is not None
    return card


@pytest.mark.parametrize("code", ["cannot_bear_weight", "numbness_tingling", "energy_availability"])
def test_the_review_pane_and_the_decision_dialog_show_a_flag_on_the_same_card(
    qtbot: QtBot, clinician: Workstation, intake_id: int, code: str
) -> None:
    flag = on_record(clinician, intake_id, code)
    in_pane = review_card(qtbot, clinician, intake_id, code)
    dialog = DecisionDialog(clinician, intake_id, flag)
    qtbot.addWidget(dialog)
    in_dialog = dialog.findChild(FlagCard, f"decision.flag.{code}")
    assert in_dialog is not None
    assert dialog.card is in_dialog
    assert shown(in_dialog, "decision.") == shown(in_pane, "review.")
    details = label(in_dialog, "decision.flagDetails").split("\n")
    assert details == card_lines(flag, RULES_VERSION)
    assert details[0].startswith("Why: ")  # the why and the rests-on, in the dialog too
    assert details[1] == f"Rests on: {flag.source}"
    assert details[2] == f"Rule set: {RULES_VERSION}"
    # Only the pane says where the flag stands and offers the button: the dialog is the
    # decision itself.
    assert in_pane.status().startswith(("Open: ", "Advice for the patient's care sheet"))
    assert in_dialog.status() == ""
    assert in_dialog.decide_button() is None


def test_a_decision_for_the_whole_intake_shows_no_card(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    dialog = DecisionDialog(clinician, intake_id, None)
    qtbot.addWidget(dialog)
    assert dialog.card is None
    assert dialog.findChildren(FlagCard) == []


def test_the_desk_and_the_review_pane_word_a_flag_alike(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    """The same flag, live on the desk and on record for the clinician: the same badge,
    title and lines, the record adding only its rule set."""
    panel = FlagsPanel()
    qtbot.addWidget(panel)
    panel.show_flags(assess_as_typed(urgent_and_soon()))
    for code in ("cannot_bear_weight", "numbness_tingling", "energy_availability"):
        live = panel.findChild(FlagCard, f"flag.{code}")
        assert live is not None
        record = review_card(qtbot, clinician, intake_id, code)
        badge, title, details, name, objectname = shown(record, "review.")
        lines = details.split("\n")
        assert lines.pop(2) == f"Rule set: {RULES_VERSION}"
        assert shown(live, "") == (badge, title, "\n".join(lines), name, objectname)


def test_a_card_on_record_with_a_status_and_a_button(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    flag = on_record(clinician, intake_id, "energy_availability")
    card = FlagCard(flag.code, prefix="review.")
    qtbot.addWidget(card)
    card.show_flag(flag, rules_version=flag.rules_version)
    assert card.accessibleName() == f"{badge_words(flag.urgency)}: {flag.title}. {CLINICIAN_ONLY}"
    assert card.findChild(QLabel, "review.flagStatus") is None  # made only when needed
    assert card.decide_button() is None

    card.set_status("Open: waiting for a clinician's decision.")
    assert card.accessibleDescription() == " ".join(
        [*card_lines(flag, flag.rules_version), "Open: waiting for a clinician's decision."]
    )
    card.offer_decision(True)
    button = card.findChild(QPushButton, "review.decide.energy_availability")
    assert button is not None
    assert card.decide_button() is button
    assert (button.text(), button.accessibleName()) == (DECIDE, f"Decide on: {flag.title}")
    with qtbot.waitSignal(card.decisionRequested):
        button.click()

    card.offer_decision(False)
    assert card.decide_button() is None
    card.set_status("")
    assert card.accessibleDescription() == " ".join(card_lines(flag, flag.rules_version))


def test_a_card_filled_in_again_with_the_same_flag_sets_nothing(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    flag = on_record(clinician, intake_id, "cannot_bear_weight")
    card = FlagCard(flag.code)
    qtbot.addWidget(card)
    card.show_flag(flag)
    details = card.findChild(QLabel, "flagDetails")
    assert details is not None
    details.setText("touched")
    card.show_flag(flag)  # the same flag: left as it is
    assert details.text() == "touched"
    card.show_flag(flag, rules_version=flag.rules_version)  # more to say: filled in
    assert details.text().split("\n") == card_lines(flag, flag.rules_version)
