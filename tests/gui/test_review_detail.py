"""The review pane over a real SQLite file: what a clinician reads, deciding by keyboard,
the referral letter through its preview, and what other roles are (not) given.

Keys go to whatever has the focus (driving.py), so a control the keyboard cannot reach
fails the test. Only the file dialog behind "Save as PDF" is replaced, on the preview.
"""

import io
import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app import rules
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.review.review_detail import ReviewDetail
from clinic_app.paths import resources_dir
from clinic_app.rules import RULES_VERSION
from clinic_app.services import audit, handouts, intakes, reviews
from clinic_app.storage.errors import StorageError
from gui.driving import Key, Mod, find, focused, press, tab_to, type_text, wait_focus

# Maya's flags once she cannot take weight on the foot and has numbness: referral flags
# first (urgent, then soon, in the rules' order), then the advice ones.
REFERRAL_FLAGS = ["cannot_bear_weight", "numbness_tingling", "persistent_pain"]


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


def urgent_and_soon() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    document["symptoms"]["weight_bearing"] = "unable"
    document["symptoms"]["numbness_or_tingling"] = True
    document["history"] = {"medications": "Ibuprofen when needed"}
    return document


@pytest.fixture
def intake_id(front_desk: Workstation) -> int:
    return intakes.submit(front_desk.database, front_desk.actor, urgent_and_soon()).intake_id


def pane_for(qtbot: QtBot, workstation: Workstation) -> ReviewDetail:
    pane = ReviewDetail(workstation)
    qtbot.addWidget(pane)
    pane.resize(900, 900)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    return pane


def text_of(root: QWidget, name: str) -> str:
    label = find(root, name)
    assert isinstance(label, QLabel)
    return label.text()


def flag_frames(pane: ReviewDetail) -> list[QFrame]:
    return [
        frame
        for frame in pane.findChildren(QFrame)
        if frame.objectName().startswith("review.flag.") and frame.isVisibleTo(pane)
    ]


def frame_text(frame: QFrame, name: str) -> str:
    label = frame.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def decide_buttons(pane: ReviewDetail) -> list[str]:
    return [
        button.objectName()
        for button in pane.findChildren(QPushButton)
        if button.objectName().startswith("review.decide.") and button.isVisibleTo(pane)
    ]


def viewed(workstation: Workstation) -> list[int | None]:
    """The intakes whose opening is on the trail, oldest first."""
    events = audit.events(workstation.database, action="intake.viewed")
    return [event.record_id for event in reversed(events)]


def open_dialog(qtbot: QtBot, pane: ReviewDetail) -> DecisionDialog:
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.isActiveWindow())
    assert pane.dialog is not None
    return pane.dialog


def back_to(qtbot: QtBot, pane: ReviewDetail) -> None:
    """The dialog has closed: its window becomes active again, as a window manager would
    make it (the offscreen platform has none); the focus is then wherever the pane put it."""
    qtbot.waitUntil(lambda: pane.dialog is None)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)


def choose(qtbot: QtBot, dialog: DecisionDialog, key: Key, name: str) -> None:
    press(key, Mod.AltModifier)
    radio = dialog.findChild(QRadioButton, name)
    assert radio is not None
    qtbot.waitUntil(radio.isChecked)


def test_the_pane_shows_the_patient_the_flags_the_answers_and_the_foot(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    pane = pane_for(qtbot, clinician)
    before = pane.intake_id
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert (before, pane.intake_id) == (None, intake_id)

    patient = text_of(pane, "review.patient")
    assert "Maya Okafor" in patient
    assert "Born 14 Mar 1991 · Clinic number P-10442 · Female · Phone 555-0134" in patient
    assert "Visit 20 Nov 2026" in patient

    frames = flag_frames(pane)
    codes = [frame.objectName().removeprefix("review.flag.") for frame in frames]
    assert codes[:3] == REFERRAL_FLAGS
    assert len(codes) > 3  # advice flags follow
    shown = {flag.code: flag for flag in reviews.flags_of(clinician.database, intake_id)}
    assert all(shown[code].kind == "advice" for code in codes[3:])
    urgent = frames[0]
    badge = urgent.findChild(QLabel, "review.flagBadge")
    assert badge is not None
    assert (badge.text(), badge.property("urgency")) == ("Urgent — same day", "urgent")
    assert frame_text(urgent, "review.flagTitle") == "Cannot take weight on the foot"
    details = frame_text(urgent, "review.flagDetails")
    assert "Why: weight bearing: unable" in details  # in the desk's words, not the path's
    assert f"Rests on: {shown['cannot_bear_weight'].source}" in details
    assert f"Rule set: {RULES_VERSION}" in details
    assert frame_text(urgent, "review.flagStatus") == "Open: waiting for a clinician's decision."
    advice_badge = frames[3].findChild(QLabel, "review.flagBadge")
    assert advice_badge is not None
    assert advice_badge.property("urgency") == "advice"
    assert decide_buttons(pane) == [f"review.decide.{code}" for code in REFERRAL_FLAGS]

    answers = text_of(pane, "review.answers")
    steps = ["Patient", "Running", "Symptoms", "History and notes"]
    places = [answers.index(f"<h4>{step}</h4>") for step in steps]
    assert places == sorted(places)  # grouped, in the form's order
    running = answers[places[1] : places[2]]
    assert "<b>Distance in the last 7 days:</b> 48 km" in running
    assert "<b>Changes in the last 4 weeks:</b> More distance, More hills" in running
    symptoms = answers[places[2] : places[3]]
    assert "<b>Weight bearing:</b> Cannot take four steps on it" in symptoms
    assert "<b>Getting better:</b> No, it is not getting better" in symptoms
    assert "<b>Pain now (0–10):</b> 4 / 10" in symptoms
    assert "<b>Medications:</b> Ibuprofen when needed" in answers[places[3] :]
    assert "Swelling" not in answers  # not answered: left out

    foot = find(pane, "review.footMap")
    assert isinstance(foot, FootMap)
    assert foot.isReadOnly()
    assert (foot.side(), foot.locations()) == ("left", ["heel", "arch"])
    assert pane.findChild(QWidget, "symptoms.locations") is None  # never taken for the desk's
    assert pane.findChild(QWidget, "symptoms.locations.heel") is None

    assert text_of(pane, "review.decisions") == "No decisions yet."
    assert text_of(pane, "review.handouts") == "Nothing printed or saved yet."
    letter = find(pane, "review.letter")
    assert not letter.isEnabled()  # no referral to write a letter for yet
    assert find(pane, "review.decideIntake").isEnabled()
    assert viewed(clinician) == [intake_id]


def test_a_flag_is_decided_by_keyboard_and_the_pane_follows(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    pane = pane_for(qtbot, clinician)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.setFocus()  # as the queue hands the keyboard over
    tab_to(qtbot, "review.decide.numbness_tingling")
    press(Key.Key_Space)
    dialog = open_dialog(qtbot, pane)
    assert dialog.flag is not None
    assert dialog.flag.code == "numbness_tingling"
    choose(qtbot, dialog, Key.Key_M, "decision.manage")
    ok = dialog.findChild(QPushButton, "decision.ok")
    assert ok is not None
    assert not ok.isEnabled()  # a reason first
    press(Key.Key_E, Mod.AltModifier)
    wait_focus(qtbot, "decision.reason")
    type_text("Known neuropathy; follow up at the next visit")
    assert ok.isEnabled()
    with qtbot.waitSignal(pane.decided) as decided:
        press(Key.Key_Return)
    assert decided.args == [intake_id]
    back_to(qtbot, pane)

    def status() -> str:  # the pane reads the intake again on the background runner
        frames = {frame.objectName(): frame for frame in flag_frames(pane)}
        return frame_text(frames["review.flag.numbness_tingling"], "review.flagStatus")

    qtbot.waitUntil(lambda: not pane.is_loading() and not status().startswith("Open"))
    assert status().startswith("Decided: Manage in clinic — Dr Cora Clinician, ")
    frames = {frame.objectName(): frame for frame in flag_frames(pane)}
    assert decide_buttons(pane) == [
        "review.decide.cannot_bear_weight",
        "review.decide.persistent_pain",
    ]
    assert frame_text(frames["review.flag.cannot_bear_weight"], "review.flagStatus").startswith(
        "Open"
    )
    decisions = text_of(pane, "review.decisions")
    assert "Dr Cora Clinician: Manage in clinic, on “Numbness or tingling”." in decisions
    assert "Reason: Known neuropathy; follow up at the next visit" in decisions
    assert pane.message() == "The decision is on record."
    # The keyboard stays with the work: the next open flag.
    qtbot.waitUntil(lambda: focused().objectName() == "review.decide.cannot_bear_weight")
    [stored] = reviews.decisions_of(clinician.database, intake_id)
    assert (stored.decision, stored.decided_by) == ("manage_in_clinic", "clin")
    assert viewed(clinician) == [intake_id]  # the refresh after deciding is not a new view


def test_a_decision_for_the_whole_intake_closes_every_flag(
    qtbot: QtBot, clinician: Workstation, intake_id: int
) -> None:
    pane = pane_for(qtbot, clinician)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.setFocus()
    press(Key.Key_D, Mod.AltModifier)  # "Decide for the whole intake…"
    dialog = open_dialog(qtbot, pane)
    assert dialog.flag is None
    choose(qtbot, dialog, Key.Key_N, "decision.notNeeded")
    press(Key.Key_E, Mod.AltModifier)
    wait_focus(qtbot, "decision.reason")
    type_text("Seen in clinic today: walks normally again")
    with qtbot.waitSignal(pane.decided):
        press(Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.is_loading())  # read again
    assert decide_buttons(pane) == []
    for frame in flag_frames(pane)[:3]:
        assert frame_text(frame, "review.flagStatus").startswith(
            "Decided (for the whole intake): Not needed — Dr Cora Clinician, "
        )
    assert "Not needed, for the whole intake." in text_of(pane, "review.decisions")
    assert "Reviewed" in text_of(pane, "review.patient")


@pytest.mark.parametrize("role", ["front_desk", "admin"])
def test_no_one_but_a_clinician_is_given_decision_controls(
    qtbot: QtBot, role: str, request: pytest.FixtureRequest, intake_id: int
) -> None:
    workstation: Workstation = request.getfixturevalue(role)
    pane = pane_for(qtbot, workstation)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    for name in ("review.decideIntake", "review.letter"):
        assert pane.findChild(QWidget, name) is None
    assert decide_buttons(pane) == []
    if role == "admin":  # may read, not decide
        assert pane.intake_id == intake_id
        assert len(flag_frames(pane)) > 3
        assert viewed(workstation) == [intake_id]
    else:
        assert pane.intake_id is None
        assert flag_frames(pane) == []
        assert not find(pane, "review.scroll").isVisible()
        assert pane.message() == (
            "This intake cannot be shown: only a clinician or admin user may review "
            "intakes (you are desk)."
        )
        assert viewed(workstation) == []


def test_the_view_is_on_the_trail_once_per_opening_not_per_refresh(
    qtbot: QtBot, clinician: Workstation, front_desk: Workstation, intake_id: int
) -> None:
    other = intakes.submit(front_desk.database, front_desk.actor, urgent_and_soon()).intake_id
    pane = pane_for(qtbot, clinician)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.reload()
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.show_intake(intake_id)  # asked again for the one already open: a refresh
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert viewed(clinician) == [intake_id]
    pane.show_intake(other)
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert viewed(clinician) == [intake_id, other, intake_id]
    pane.clear()
    assert pane.intake_id is None
    assert not find(pane, "review.scroll").isVisible()
    pane.reload()  # nothing open: nothing read
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert viewed(clinician) == [intake_id, other, intake_id, intake_id]


def test_a_draft_is_not_shown_and_the_clinician_is_told_why(
    qtbot: QtBot, clinician: Workstation, front_desk: Workstation
) -> None:
    draft = intakes.save_draft(front_desk.database, front_desk.actor, urgent_and_soon())
    pane = pane_for(qtbot, clinician)
    pane.show_intake(draft.intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert pane.intake_id is None
    assert pane.message().startswith(
        f"This intake cannot be shown: intake {draft.intake_id} is not a submitted intake"
    )
    assert viewed(clinician) == []


def test_after_a_referral_the_letter_is_previewed_saved_and_kept(
    qtbot: QtBot,
    clinician: Workstation,
    intake_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(PrintPreviewDialog, "ask_for_save_path", lambda _self: target)
    pane = pane_for(qtbot, clinician)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    pane.setFocus()  # as the queue hands the keyboard over
    tab_to(qtbot, "review.decide.cannot_bear_weight")
    press(Key.Key_Space)
    dialog = open_dialog(qtbot, pane)
    choose(qtbot, dialog, Key.Key_R, "decision.refer")
    press(Key.Key_D, Mod.AltModifier)
    wait_focus(qtbot, "decision.destination")
    for _ in range(4):  # from "Choose where…" past sports medicine, podiatrist and GP
        press(Key.Key_Down)
    press(Key.Key_E, Mod.AltModifier)
    wait_focus(qtbot, "decision.reason")
    type_text("Could not take four steps; X-ray needed")
    with qtbot.waitSignal(pane.decided):
        press(Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.is_loading())  # read again
    [referral] = reviews.decisions_of(clinician.database, intake_id)
    assert (referral.destination, referral.urgency) == ("emergency", "urgent")

    letter = find(pane, "review.letter")
    assert letter.isEnabled()
    back_to(qtbot, pane)
    qtbot.waitUntil(lambda: focused() is letter)  # offered at once
    assert "Referral letter…" in pane.message()
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: pane.printing.preview is not None, timeout=30_000)
    preview = pane.printing.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.windowTitle() == "Referral letter: print preview"
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in pypdf.PdfReader(io.BytesIO(preview.pdf)).pages
    )
    assert "To: Emergency department" in text
    assert "Clinician's note: Could not take four steps; X-ray needed" in text
    assert "Referring clinician: Dr Cora Clinician" in text

    save = preview.findChild(QPushButton, "printPreview.save")
    assert save is not None
    with qtbot.waitSignal(pane.printing.recorded, timeout=30_000):
        save.click()
    [kept] = handouts.handouts_of(clinician.database, intake_id)
    assert (kept.kind, kept.created_by) == ("referral_letter", "clin")
    assert handouts.handout_pdf(clinician.database, kept.id) == preview.pdf == target.read_bytes()
    [event] = audit.events(clinician.database, action="handout.saved")
    assert (event.record_id, event.detail) == (intake_id, "referral_letter")
    qtbot.waitUntil(lambda: "Referral letter (A4)" in text_of(pane, "review.handouts"))
    assert text_of(pane, "review.handouts").endswith("by clin")
    assert pane.message() == "The handout is on record with this intake."
    assert viewed(clinician) == [intake_id]
    preview.reject()


def test_the_newest_referral_is_the_one_written_and_a_failure_is_told(
    qtbot: QtBot, clinician: Workstation, intake_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    urgent, soon, *_ = reviews.flags_of(clinician.database, intake_id)
    for flag, destination in ((urgent, "emergency"), (soon, "podiatrist")):
        reviews.record_decision(
            clinician.database,
            clinician.actor,
            intake_id,
            flag_id=flag.id,
            decision="refer",
            destination=destination,
            urgency="soon",
        )
    newest = reviews.decisions_of(clinician.database, intake_id)[-1]
    asked: list[tuple[int, int]] = []

    def refuse(_database: object, _actor: object, intake: int, decision: int) -> None:
        asked.append((intake, decision))
        raise StorageError("the database server cannot be reached; check the network")

    monkeypatch.setattr("clinic_app.gui.review.review_detail.referral_letter_for", refuse)
    pane = pane_for(qtbot, clinician)
    pane.show_intake(intake_id)
    qtbot.waitUntil(lambda: not pane.is_loading())
    letter = find(pane, "review.letter")
    assert isinstance(letter, QPushButton)
    assert letter.isEnabled()
    with qtbot.waitSignal(pane.printing.failed):
        letter.click()
    assert asked == [(intake_id, newest.id)]
    assert pane.message() == (
        "The referral letter could not be made. The database server cannot be reached; "
        "check the network."
    )
    assert pane.printing.preview is None
    assert handouts.handouts_of(clinician.database, intake_id) == []


def test_an_intake_assessed_under_the_older_set_keeps_it_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, front_desk: Workstation, clinician: Workstation
) -> None:
    """Stored assessments are never re-assessed silently: each card names its own set."""
    document = urgent_and_soon()
    document["symptoms"]["foot_colour"] = "blue"  # an emergency under 2027.1 only
    with monkeypatch.context() as before_the_update:
        before_the_update.setattr(intakes, "assess", partial(rules.assess, version="2026.1"))
        older = intakes.submit(front_desk.database, front_desk.actor, document).intake_id
    newer = intakes.submit(front_desk.database, front_desk.actor, document).intake_id
    pane = pane_for(qtbot, clinician)
    shown: dict[int, tuple[list[str], str]] = {}
    for intake_id in (older, newer):
        pane.show_intake(intake_id)
        qtbot.waitUntil(lambda: not pane.is_loading())
        frames = flag_frames(pane)
        codes = [frame.objectName().removeprefix("review.flag.") for frame in frames]
        shown[intake_id] = codes, frame_text(frames[0], "review.flagDetails")
    codes, details = shown[older]
    assert "circulation_compromise" not in codes
    assert "Rule set: 2026.1" in details
    codes, details = shown[newer]
    assert codes[0] == "circulation_compromise"
    assert "Rule set: 2027.1" in details
