"""File → Import patient answers…: QuestionnaireResponse files from a portal become patient
entries for the desk's check, imported on the background runner, all or none, and the
window says what happened in words."""

import json
from pathlib import Path
from typing import Any

import pytest
from intake_documents import document
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from clinic_app.fhir.answers import questionnaire_response
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.intake import IntakeInvalid, parse_intake
from clinic_app.services import patient_entries


def window_for(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def response_file(folder: Path, name: str, **replaced: Any) -> str:
    response = questionnaire_response(parse_intake(document()))
    response.update(replaced)
    path = folder / name
    path.write_text(json.dumps(response), encoding="utf-8")
    return str(path)


def message_of(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "message.importAnswers") is not None)
    box = window.findChild(QMessageBox, "message.importAnswers")
    assert box is not None
    return box


def test_the_file_menu_offers_the_import_and_opens_a_file_dialog(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    action = window.findChild(QAction, "action.importAnswers")
    assert action is not None
    assert action.text() == "&Import patient answers…"
    dialog = window.import_answers()
    assert isinstance(dialog, QFileDialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    dialog.reject()


def test_answers_are_imported_for_the_desk_s_check(
    qtbot: QtBot, front_desk: Workstation, tmp_path: Path
) -> None:
    window = window_for(qtbot, front_desk)
    files = [response_file(tmp_path, "a.json"), response_file(tmp_path, "b.json")]
    window.import_answer_files(files)
    box = message_of(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == "Imported 2 patient entries. They wait for the desk's check."
    waiting = patient_entries.waiting_entries(front_desk.database)
    assert [entry.source for entry in waiting] == ["fhir", "fhir"]
    box.close()


def test_one_refused_file_imports_nothing_and_the_problem_is_named(
    qtbot: QtBot, front_desk: Workstation, tmp_path: Path
) -> None:
    window = window_for(qtbot, front_desk)
    good = response_file(tmp_path, "good.json")
    unfinished = response_file(tmp_path, "unfinished.json", status="in-progress")
    window.import_answer_files([good, unfinished])
    box = message_of(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().splitlines() == [
        "Nothing was imported. Correct these files, then import them again:",
        f'{unfinished}: is not finished: status must be completed (got "in-progress")',
    ]
    assert patient_entries.waiting_entries(front_desk.database) == []
    box.close()


def _answer(items: list[dict[str, Any]], link_id: str, value: dict[str, Any]) -> bool:
    """Put `value` as the one answer of `link_id`, wherever it is nested."""
    for item in items:
        if item.get("linkId") == link_id:
            item["answer"] = [value]
            return True
        if _answer(item.get("item", []), link_id, value):
            return True
        for answer in item.get("answer", []):
            if _answer(answer.get("item", []), link_id, value):
                return True
    return False


def test_a_response_with_a_wrong_value_is_kept_for_the_desk_to_correct(
    qtbot: QtBot, front_desk: Workstation, tmp_path: Path
) -> None:
    """fhir.md: in the app, a response whose only problems are values is not thrown away;
    it waits in the list, and cannot be submitted until the desk corrects it."""
    response = questionnaire_response(parse_intake(document()))
    assert _answer(response["item"], "symptoms.pain_now", {"valueInteger": 14})
    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps(response), encoding="utf-8")
    window = window_for(qtbot, front_desk)
    window.tabs.setCurrentWidget(window.entries)
    window.import_answer_files([str(typo), response_file(tmp_path, "good.json")])
    box = message_of(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == (
        "Imported 2 patient entries. They wait for the desk's check. Entries with answers "
        "to correct before they can be submitted: 1. Open them in Patient entries."
    )
    qtbot.waitUntil(lambda: window.entries.model.rowCount() == 2)  # refreshed at once
    [kept] = [
        entry
        for entry in patient_entries.waiting_entries(front_desk.database)
        if patient_entries.entry(front_desk.database, entry.entry_id).document["symptoms"][
            "pain_now"
        ]
        == 14
    ]
    with pytest.raises(IntakeInvalid, match=r"symptoms\.pain_now"):
        patient_entries.check_in_entry(
            front_desk.database,
            front_desk.actor,
            kept.entry_id,
            patient_entries.entry(front_desk.database, kept.entry_id).document,
            None,
        )
    box.close()
