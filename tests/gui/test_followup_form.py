"""The Follow-up visit form, typed through its widgets, over the real follow-up services
and a real SQLite file, under the GUI-thread guard (tests/gui/test_followup_flow.py does
the whole way from the patient's page on both databases).

What is tested is the form: the course read when it opens, the earlier PSFS activities to
rate again, live flags as the desk types, refusals naming the field, the "Saving…" and
"Submitted" states, what went on record, the charts after a submit and the sheet's preview.
"""

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.followups.followup_form import SUBMITTED, FollowUpForm
from clinic_app.services import followups
from clinic_app.services.followups import StoredFollowUp
from gui.courses_on_record import course_on_record
from gui.driving import Key, Mod, find, focused, press, tab_to, wait_focus
from gui.gui_thread import Guard, no_database_on_gui_thread


@pytest.fixture
def course_id(front_desk: Workstation) -> int:
    return course_on_record(
        front_desk, {"measures.psfs": [{"activity": "Running 5 km", "score": 3}]}
    )


@pytest.fixture
def guard(front_desk: Workstation) -> Iterator[Guard]:
    with no_database_on_gui_thread(front_desk.database) as guard:
        yield guard


@pytest.fixture
def form(qtbot: QtBot, front_desk: Workstation, course_id: int, guard: Guard) -> FollowUpForm:
    form = FollowUpForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    form.open_course(course_id)
    qtbot.waitUntil(lambda: form.course() is not None)
    return form


def on_record(workstation: Workstation, guard: Guard, course_id: int) -> list[StoredFollowUp]:
    with guard.aside():
        return followups.follow_ups_in(workstation.database, course_id)


def statuses(workstation: Workstation, guard: Guard, course_id: int) -> list[str]:
    return [stored.status for stored in on_record(workstation, guard, course_id)]


def type_into(form: FollowUpForm, path: str, text: str) -> None:
    widget = find(form, path)
    widget.setFocus()
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    QTest.keyClicks(widget, text)


def rate(form: FollowUpForm, path: str, key: Qt.Key) -> None:
    scale = find(form, path)
    assert isinstance(scale, PainScale)
    scale.setFocus()
    QTest.keyClick(focused(), key)


def mark(form: FollowUpForm, name: str) -> None:
    box = find(form, name)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)


def choose(form: FollowUpForm, path: str, value: object) -> None:
    combo = find(form, path)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    while combo.currentData() != value:
        QTest.keyClick(combo, Qt.Key.Key_Down)


def test_the_course_fills_the_form(form: FollowUpForm) -> None:
    activity = find(form, "measures.psfs.0.activity")
    assert isinstance(activity, QLineEdit)
    assert activity.text() == "Running 5 km"
    side = find(form, "symptoms.side")
    assert isinstance(side, QComboBox)
    assert side.currentData() == "left"
    assert [form.steps.tabText(i) for i in range(4)] == [
        "How it is &now",
        "&Running",
        "&Measures",
        "Rea&diness",
    ]
    for path in (
        "running.status",
        "running.weekly_distance",
        "measures.lefs_total",
        "measures.faam_sports_percent",
        "measures.readiness.hop_10_pain_free",
        "symptoms.pain_now",
        "symptoms.locations",
    ):
        assert find(form, path).accessibleName(), path


def test_a_refusal_names_the_field(qtbot: QtBot, form: FollowUpForm) -> None:
    form.submit()
    assert form.status_text().startswith("Not submitted.")
    assert "Running now" in form.status_text() or "Pain now" in form.status_text()
    message = find(form, "symptoms.pain_now.message")
    assert message.isVisible()


def test_typed_flagged_submitted_charted_and_printed(
    qtbot: QtBot, form: FollowUpForm, front_desk: Workstation, guard: Guard, course_id: int
) -> None:
    mark(form, "symptoms.locations.arch")
    rate(form, "symptoms.pain_now", Qt.Key.Key_4)  # 2 at the intake: up 2
    choose(form, "running.status", "walk_run")
    type_into(form, "running.weekly_distance", "12")
    type_into(form, "measures.psfs.0.score", "6")
    type_into(form, "measures.lefs_total", "50")
    qtbot.waitUntil(lambda: "worse_since_last_visit" in form.shown_flag_codes())
    assert find(form, "followup.flag.worse_since_last_visit").isVisible()
    # Kept as a draft as it was typed.
    qtbot.waitUntil(
        lambda: [f.status for f in on_record(front_desk, guard, course_id)] == ["draft"]
    )
    qtbot.waitUntil(lambda: not form.is_busy())

    form.submit()
    assert form.status_text() in ("Saving…", SUBMITTED)
    qtbot.waitUntil(lambda: form.result.isVisible())
    assert form.status_text() == SUBMITTED
    (stored,) = on_record(front_desk, guard, course_id)  # the draft, now submitted
    assert stored.status == "submitted"
    document = stored.document
    assert document["symptoms"]["pain_now"] == 4
    assert document["measures"]["psfs"] == [{"activity": "Running 5 km", "score": 6}]
    assert document["course_started"] == "2026-11-20"
    names = [chart.objectName() for chart in form.result.charts.charts()]
    assert names[:2] == ["progressChart.nprs", "progressChart.psfs"]
    assert "Pain: 2 at the first visit, 4 now; worse by 2" in form.result.charts.summary()
    plan = find(form, "followup.result.plan")
    assert isinstance(plan, QLabel)
    assert "stage 1" in plan.text()  # walk-run, pain above 2

    print_button = find(form, "followup.print")
    assert isinstance(print_button, QPushButton)
    print_button.click()
    qtbot.waitUntil(lambda: form.result.preview is not None)
    preview = form.result.preview
    assert preview is not None
    # The one-page follow-up sheet, then the exercise sheet of stage 1, in one document.
    assert form.result.with_exercises.isChecked()
    assert preview.page_count() == 2
    preview.reject()


def test_every_focusable_control_has_a_name(form: FollowUpForm) -> None:
    nameless = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in form.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isEnabled()
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
        and not _named_by_buddy(form, widget)
        and not _inside_a_named_control(form, widget)
    ]
    assert nameless == [], "\n".join(nameless)


def _inside_a_named_control(form: FollowUpForm, widget: QWidget) -> bool:
    """A part Qt names from its whole: a combo box's popup list, a tab bar's tabs, the
    slider a pain scale hands its focus to."""
    if isinstance(widget, QTabBar) or widget.window() is not form.window():
        return True
    parent = widget.parentWidget()
    return parent is not None and parent.focusProxy() is widget and bool(parent.accessibleName())


def _named_by_buddy(form: FollowUpForm, widget: QWidget) -> bool:
    return any(label.buddy() is widget and label.text() for label in form.findChildren(QLabel))


def test_the_steps_by_keyboard(qtbot: QtBot, form: FollowUpForm) -> None:
    """Alt and a step's letter opens it; Tab runs through its fields in reading order."""
    form.window().activateWindow()
    wait_focus(qtbot, "visit_date")
    tab_to(qtbot, "symptoms.side")
    tab_to(qtbot, "symptoms.locations.heel")
    tab_to(qtbot, "symptoms.pain_now")
    press(Key.Key_5)
    scale = find(form, "symptoms.pain_now")
    assert isinstance(scale, PainScale)
    assert scale.value() == 5
    for letter, first in (
        (Key.Key_R, "running.status"),
        (Key.Key_M, "measures.psfs.0.activity"),
        (Key.Key_D, "measures.readiness.walk_30_min_pain_free"),
    ):
        press(letter, Mod.AltModifier)
        tab_to(qtbot, first)
    tab_to(qtbot, "measures.readiness.no_pain_next_morning")
    press(Key.Key_Down)  # Not checked → Yes
    assert form.document()["measures"]["readiness"]["no_pain_next_morning"] is True


def test_a_submit_during_a_draft_save_waits_for_its_version(
    qtbot: QtBot,
    form: FollowUpForm,
    front_desk: Workstation,
    guard: Guard,
    course_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A slow database: the draft's save is held until the submit has been asked for."""
    gate, saves = threading.Event(), []
    save = followups.save_follow_up_draft

    def slow_save(*args: Any, **kwargs: Any) -> followups.FollowUpDraftSaved:
        assert gate.wait(30)
        saved = save(*args, **kwargs)
        saves.append(saved)
        return saved

    monkeypatch.setattr(followups, "save_follow_up_draft", slow_save)
    mark(form, "symptoms.locations.arch")
    rate(form, "symptoms.pain_now", Qt.Key.Key_2)
    choose(form, "running.status", "easy_running")
    type_into(form, "running.weekly_distance", "20")
    form.save_draft_now()
    assert form.is_busy()
    form.submit()
    assert form.status_text() == "Saving…"
    assert on_record(front_desk, guard, course_id) == []  # not while the draft's save is out
    gate.set()
    qtbot.waitUntil(lambda: form.result.isVisible())
    # The submit went to the draft's row, at the version its save returned: one visit.
    (stored,) = on_record(front_desk, guard, course_id)
    assert [saved.followup_id for saved in saves] == [stored.followup_id]
    assert stored.status == "submitted"
    assert stored.version == saves[-1].version + 1
