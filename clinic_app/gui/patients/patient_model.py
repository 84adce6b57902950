"""The table of patients the desk searches and picks from: name, birth date, clinic number.

Each row is a `PatientRow` from the patients service; `PATIENT_ROLE` hands the row itself
to whoever needs more than the text shown (starting an intake, using an existing record).
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from clinic_app.gui.common.record_table import Index, RecordTableModel
from clinic_app.services.patients import PatientRow

NAME = 0
DATE_OF_BIRTH = 1
CLINIC_NUMBER = 2
HEADERS = (
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Name")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Date of birth")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Clinic number")),
)
"""The English sources of the column headers, translated when shown (`headerData`)."""

PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1


class PatientTableModel(RecordTableModel):
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patients: tuple[PatientRow, ...] = ()

    def set_patients(self, patients: Sequence[PatientRow]) -> None:
        """Show these patients instead, in the order given (a new search's results)."""
        self.beginResetModel()
        self._patients = tuple(patients)
        self.endResetModel()

    def patient_at(self, row: int) -> PatientRow:
        return self._patients[row]

    @property
    def patients(self) -> tuple[PatientRow, ...]:
        return self._patients

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        header = super().headerData(section, orientation, role)
        if isinstance(header, str):
            return QCoreApplication.translate("PatientTableModel", header)
        return header

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._patients)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._patients):
            return None
        patient = self._patients[index.row()]
        if role == PATIENT_ROLE:
            return patient
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(patient, index.column())
        return None

    @staticmethod
    def _text(patient: PatientRow, column: int) -> str | None:
        if column == NAME:
            return patient.display_name
        if column == DATE_OF_BIRTH:
            return patient.date_of_birth.isoformat()
        if column == CLINIC_NUMBER:
            return patient.clinic_number or ""
        return None
