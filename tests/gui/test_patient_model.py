"""The patients table model, without any window: Qt's model checks, the text of each
column and the row behind it."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_app.gui.patients.patient_model import (
    CLINIC_NUMBER,
    DATE_OF_BIRTH,
    NAME,
    PATIENT_ROLE,
    PatientTableModel,
)
from clinic_app.services.patients import PatientRow

MAYA = PatientRow(1, "Maya", "Okafor", date(1991, 3, 14), "P-10442", 1)
ZOE = PatientRow(2, "Zoë", "Ångström", date(1985, 1, 2), None, 3)

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_the_model_passes_qts_checks_empty_and_filled(qtmodeltester: ModelTester) -> None:
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check  # untyped in pytest-qt
    model = PatientTableModel()
    check(model)
    model.set_patients([MAYA, ZOE])
    check(model)
    model.set_patients([])
    check(model)


def test_each_column_shows_one_thing_about_the_patient() -> None:
    model = PatientTableModel()
    model.set_patients([MAYA, ZOE])

    def text(row: int, column: int) -> object:
        return model.data(model.index(row, column), DISPLAY)

    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [text(0, column) for column in (NAME, DATE_OF_BIRTH, CLINIC_NUMBER)] == [
        "Okafor, Maya",
        "1991-03-14",
        "P-10442",
    ]
    assert [text(1, column) for column in (NAME, DATE_OF_BIRTH, CLINIC_NUMBER)] == [
        "Ångström, Zoë",
        "1985-01-02",
        "",
    ]


def test_the_headers_name_the_columns() -> None:
    model = PatientTableModel()
    headers = [model.headerData(column, Qt.Orientation.Horizontal, DISPLAY) for column in range(3)]
    assert headers == ["Name", "Date of birth", "Clinic number"]
    assert model.headerData(3, Qt.Orientation.Horizontal, DISPLAY) is None


def test_the_patient_role_gives_the_row_itself_in_every_column() -> None:
    model = PatientTableModel()
    model.set_patients([MAYA, ZOE])
    assert {model.data(model.index(1, column), PATIENT_ROLE) for column in range(3)} == {ZOE}
    assert model.patient_at(0) is MAYA
    assert model.data(QModelIndex(), PATIENT_ROLE) is None


def test_the_rows_are_selectable_and_not_editable() -> None:
    model = PatientTableModel()
    model.set_patients([MAYA])
    flags = model.flags(model.index(0, NAME))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_new_results_reset_the_model(qtbot: QtBot) -> None:
    model = PatientTableModel()
    model.set_patients([MAYA])
    with (
        qtbot.waitSignal(model.modelAboutToBeReset, timeout=1000),
        qtbot.waitSignal(model.modelReset, timeout=1000),
    ):
        model.set_patients([ZOE, MAYA])
    assert model.patients == (ZOE, MAYA)
    assert model.data(model.index(0, NAME), DISPLAY) == "Ångström, Zoë"
