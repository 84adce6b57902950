"""A follow-up typed through the widgets, from the patient's page to a printed sheet, on a
SQLite file and on PostgreSQL, under the GUI-thread guard (issue 18, item 4).
"""

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.followups.followup_form import FollowUpForm
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import handouts, intakes
from clinic_app.storage.database import Database
from gui.courses_on_record import opened, patients_page_of
from gui.driving import Key, find, focused, press, wait_focus
from gui.gui_thread import Guard, no_database_on_gui_thread

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    yield from opened(database_url)


@pytest.fixture
def guard(database: Database) -> Iterator[Guard]:
    with no_database_on_gui_thread(database) as guard:
        yield guard


def line(form: QWidget, path: str, text: str) -> None:
    field = find(form, path)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def click(root: QWidget, name: str) -> None:
    button = find(root, name)
    assert isinstance(button, QPushButton)
    assert button.isEnabled(), f"{name} is disabled: {button.toolTip()}"
    button.click()


def submitted_from_the_patients_page(
    qtbot: QtBot, front_desk: Workstation, guard: Guard
) -> tuple[MainWindow, FollowUpForm]:
    """Maya's intake on record; her follow-up found, typed and submitted from her page."""
    intake = json.loads(EXAMPLE.read_text())  # pain 4 at the first visit, 2026-11-20
    intake["measures"] = {"psfs": [{"activity": "Running 5 km", "score": 3}], "lefs_total": 40}
    with guard.aside():
        intakes.submit(front_desk.database, front_desk.actor, intake)

    window = patients_page_of(qtbot, front_desk, "okaf")
    courses = window.patients.courses
    course = courses.selected_course()
    assert course is not None
    assert course.status == "open"
    assert course.visits == 1
    assert [chart.objectName() for chart in courses.charts.charts()][:1] == ["progressChart.nprs"]

    follow_up_button = find(window, "patients.followUp")
    assert isinstance(follow_up_button, QPushButton)
    assert follow_up_button.isEnabled()
    follow_up_button.click()
    form = window.follow_up
    qtbot.waitUntil(lambda: form.course() is not None)
    assert window.tabs.currentWidget() is form
    wait_focus(qtbot, "visit_date")
    activity = find(form, "measures.psfs.0.activity")
    assert isinstance(activity, QLineEdit)
    assert activity.text() == "Running 5 km"

    # How it is now: the heel still, pain 6 (4 at the intake: worse by 2). The form's own
    # widgets: the intake form in the same window has fields of the same names.
    heel = find(form, "symptoms.locations.heel")
    heel.setFocus()
    press(Key.Key_Space)
    pain = find(form, "symptoms.pain_now")
    assert isinstance(pain, PainScale)
    pain.setFocus()
    press(Key.Key_6)
    assert pain.value() == 6
    # Running: walk-run, 10 km.
    status = find(form, "running.status")
    assert isinstance(status, QComboBox)
    status.setFocus()
    while status.currentData() != "walk_run":
        QTest.keyClick(focused(), Key.Key_Down)
    line(form, "running.weekly_distance", "10")
    # Measures: the earlier activity rated again, and the LEFS.
    line(form, "measures.psfs.0.score", "5")
    line(form, "measures.lefs_total", "46")

    qtbot.waitUntil(lambda: "worse_since_last_visit" in form.shown_flag_codes())
    assert find(form, "followup.flag.worse_since_last_visit").isVisible()

    form.submit()
    qtbot.waitUntil(lambda: form.result.isVisible(), timeout=20_000)
    assert form.status_text() == "Submitted"
    summary = form.result.charts.summary()
    assert "Pain: 4 at the first visit, 6 now; worse by 2" in summary
    assert "LEFS: 40 at the first visit, 46 now" in summary
    return window, form


def test_a_follow_up_from_the_patients_page_submitted_and_charted(
    qtbot: QtBot, front_desk: Workstation, guard: Guard
) -> None:
    window, form = submitted_from_the_patients_page(qtbot, front_desk, guard)
    courses = window.patients.courses
    click(form, "followup.done")
    assert window.tabs.currentWidget() is window.patients
    qtbot.waitUntil(
        lambda: (chosen := courses.selected_course()) is not None and chosen.visits == 2
    )
    qtbot.waitUntil(lambda: not window.patients.is_busy())
    window.close()


def test_the_submitted_follow_ups_sheet_in_the_print_preview(
    qtbot: QtBot,
    front_desk: Workstation,
    guard: Guard,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, form = submitted_from_the_patients_page(qtbot, front_desk, guard)
    click(form, "followup.print")
    qtbot.waitUntil(lambda: form.result.preview is not None, timeout=30_000)
    preview = form.result.preview
    assert preview is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    # Walk-run with pain above 2 and no earlier stage: stage 1, 1 min run, 1 min walk × 10,
    # which the sheet says in the patient's words.
    assert "stage 1 of 8" in text
    assert "Run 1 minute, then walk 1 minute. Do this 10 times." in text
    # The exercises of stage 1 follow on the pages after it, in the same PDF (one job).
    assert form.result.with_exercises.isChecked()
    assert text.index("stage 1 of 8") < text.index("Your exercises")
    assert "Calf raise" in text.split("Your exercises", 1)[1]

    # Saved to a file, the sheet is kept against the visit like every handout.
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF files (*.pdf)")
    )
    click(preview, "printPreview.save")
    # The file is written off the GUI thread, then the record is made off it too.
    qtbot.waitUntil(
        lambda: form.result.status_text() == "The follow-up sheet is kept with the visit.",
        timeout=30_000,
    )
    assert not form.result.is_recording()
    followup_id = form.result.followup_id
    assert followup_id is not None
    with guard.aside():
        [kept] = handouts.handouts_of_follow_up(front_desk.database, followup_id)
        assert handouts.handout_pdf(front_desk.database, kept.id) == preview.pdf
    assert (kept.kind, kept.followup_id, kept.language) == ("followup_sheet", followup_id, "en")
    assert target.read_bytes() == preview.pdf
    preview.reject()

    # Left out, the sheet goes alone.
    form.result.with_exercises.click()
    click(form, "followup.print")
    qtbot.waitUntil(
        lambda: form.result.preview is not None and form.result.preview is not preview,
        timeout=30_000,
    )
    alone = form.result.preview
    assert alone is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(alone.pdf)).pages)
    assert "stage 1 of 8" in text
    assert "Your exercises" not in text
    alone.reject()

    window.close()
