"""The exercises beside the print button: shown drawn, edited by a clinician, printed as one job.

A real SQLite file, intakes submitted through the service, the real result page, a real
PDF previewed and printed to a file by a real QPrinter; only the print dialog's exec is
replaced. What the record keeps is compared with what was previewed and printed.
"""

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.exercises.catalogue import CATALOGUE
from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.gui.common.exercise_picture import ExercisePicture
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_result import IntakeResult
from clinic_app.handouts.text import handout_text
from clinic_app.paths import resources_dir
from clinic_app.services import intakes
from clinic_app.services.exercises import exercises_for
from clinic_app.services.handouts import care_sheet_for, handout_pdf, handouts_of
from clinic_app.storage.database import Database

WAIT = 60_000
TEXT = handout_text("en")


def maya(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    for dotted, value in changes.items():
        section, field = dotted.split("__")
        document[section][field] = value
    return document


def name(code: str) -> str:
    return TEXT(f"exercises.{code}.name")


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(WAIT)


@pytest.fixture
def printed_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "printed.pdf"

    def exec_(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return target


def result_for(
    qtbot: QtBot, database: Database, workstation: Workstation, document: dict[str, Any]
) -> tuple[IntakeResult, int]:
    submitted = intakes.submit(database, workstation.actor, document)
    page = IntakeResult(workstation)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.exercises.loaded, timeout=WAIT):
        page.show_result(submitted)
    return page, submitted.intake_id


def print_it(qtbot: QtBot, page: IntakeResult) -> bytes:
    """Press Print, then Print in the preview; the previewed bytes, once on record."""
    QTest.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printing.preview is not None, timeout=WAIT)
    preview = page.printing.preview
    assert preview is not None
    button = preview.findChild(QPushButton, "printPreview.print")
    assert button is not None
    with qtbot.waitSignal(page.printing.recorded, timeout=WAIT):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return preview.pdf


def test_the_desk_sees_the_chosen_exercises_drawn_and_prints_them_with_the_sheet(
    qtbot: QtBot, database: Database, front_desk: Workstation, printed_file: Path
) -> None:
    page, intake_id = result_for(qtbot, database, front_desk, maya())
    chosen = exercises_for(database, intake_id).choice.codes
    assert chosen, "the example intake should be given some exercises"
    panel = page.exercises
    assert tuple(panel.pictures) == chosen
    for code in chosen:
        picture = panel.pictures[code]
        assert picture.isVisible()
        assert picture.accessibleName() == name(code)
        assert picture.accessibleDescription() == TEXT(f"exercises.{code}.picture")
        label = panel.names[code]
        assert isinstance(label, QLabel)
        assert label.text() == name(code)
        assert label.isVisible()
    assert panel.ticks == {}, "only a clinician adds or removes"
    assert panel.to_print() == chosen

    previewed = print_it(qtbot, page)
    assert page.printing.preview is not None
    assert page.printing.preview.windowTitle() == "Care sheet and exercises: print preview"
    [kept] = handouts_of(database, intake_id)
    assert kept.kind == "care_sheet"
    assert handout_pdf(database, kept.id) == previewed
    text = pdf_text(previewed)
    assert text.index(TEXT("sheet.title")) < text.index(TEXT("exercises.title"))
    for code in chosen:
        assert name(code) in text
    for code in set(EXERCISE_CODES) - set(chosen):
        assert name(code) not in text
    printed = printed_file.read_bytes()
    assert len(pypdf.PdfReader(io.BytesIO(printed)).pages) == len(
        pypdf.PdfReader(io.BytesIO(previewed)).pages
    ), "one print job holds the sheet and the exercises"


def test_a_clinician_adds_and_removes_an_exercise_and_the_record_is_what_was_printed(
    qtbot: QtBot, database: Database, clinician: Workstation, printed_file: Path
) -> None:
    page, intake_id = result_for(qtbot, database, clinician, maya())
    panel = page.exercises
    assert tuple(panel.ticks) == EXERCISE_CODES
    chosen = exercises_for(database, intake_id).choice.codes
    removed = chosen[0]
    added = next(code for code in EXERCISE_CODES if code not in chosen)
    assert all(tick.isEnabled() for tick in panel.ticks.values())
    panel.ticks[removed].click()
    panel.ticks[added].click()
    expected = tuple(code for code in EXERCISE_CODES if code in {*chosen, added} - {removed})
    assert panel.to_print() == expected

    previewed = print_it(qtbot, page)
    [kept] = handouts_of(database, intake_id)
    assert handout_pdf(database, kept.id) == previewed
    text = pdf_text(previewed)
    assert name(added) in text
    assert name(removed) not in text


def test_with_a_referral_open_only_gentle_ones_are_shown_and_it_says_why(
    qtbot: QtBot, database: Database, front_desk: Workstation
) -> None:
    page, intake_id = result_for(
        qtbot, database, front_desk, maya(symptoms__numbness_or_tingling=True)
    )
    choice = exercises_for(database, intake_id).choice
    assert choice.gentle_only
    panel = page.exercises
    assert panel.pictures, "gentle exercises are still given"
    assert all(CATALOGUE[code].gentle for code in panel.pictures)
    assert "Only gentle exercises" in panel.note.text()


def test_leaving_the_exercises_out_prints_the_care_sheet_alone(
    qtbot: QtBot, database: Database, front_desk: Workstation, printed_file: Path
) -> None:
    page, _ = result_for(qtbot, database, front_desk, maya())
    page.exercises.with_sheet.click()
    assert page.exercises.to_print() == ()
    previewed = print_it(qtbot, page)
    assert page.printing.preview is not None
    assert page.printing.preview.windowTitle() == "Care sheet: print preview"
    assert TEXT("exercises.title") not in pdf_text(previewed)


def test_a_new_intake_leaves_nothing_of_this_patients_exercises_on_screen(
    qtbot: QtBot, database: Database, front_desk: Workstation
) -> None:
    page, _ = result_for(qtbot, database, front_desk, maya())
    shown = [label.text() for label in page.exercises.findChildren(QLabel)]
    names = [name(code) for code in page.exercises.pictures]
    assert names
    assert set(names) <= set(shown)
    new = page.findChild(QPushButton, "result.newIntake")
    assert new is not None
    new.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.exercises.names == {}
    assert page.exercises.pictures == {}
    assert page.exercises.findChildren(ExercisePicture) == []
    words = " ".join(label.text() for label in page.exercises.findChildren(QLabel))
    assert not any(text in words for text in names)


def test_the_rules_choice_after_an_emergency_prints_the_care_sheet_alone(
    database: Database, front_desk: Workstation
) -> None:
    """Print pressed before the panel has the exercises asks for the rules' choice (None);
    after an emergency flag that is none, and the sheet goes alone, as the panel would."""
    emergency = intakes.submit(database, front_desk.actor, maya(symptoms__foot_colour="pale"))
    printed = care_sheet_for(database, emergency.intake_id, exercises=None)
    assert printed.exercises == ()
    assert TEXT("exercises.title") not in pdf_text(printed.pdf)
    calm = intakes.submit(database, front_desk.actor, maya())
    chosen = exercises_for(database, calm.intake_id).choice.codes
    assert care_sheet_for(database, calm.intake_id, exercises=None).exercises == chosen
