"""What every table of records shares: patients found, accounts, the queue, the audit trail.

Each is a read-only list of rows under named columns, shown in a table the keyboard moves
through row by row. Their models and views were four copies of the same set-up; one model
base and one view factory keep them behaving alike (a change to one is a change to all).
"""

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A flat, read-only table whose columns are named by the subclass's `HEADERS`.

    The headers are shown translated in the context named after the subclass (mark them
    `QT_TRANSLATE_NOOP("PatientTableModel", "Name")` where they are written).

    Subclasses give `rowCount` and `data`; rows are selectable, never edited, never nested.
    """

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def record_table(
    model: RecordTableModel,
    parent: QWidget,
    *,
    name: str,
    accessible_name: str,
    stretch: int,
    alternating: bool = True,
) -> QTableView:
    """A view of `model`: whole rows, one at a time, never edited; Tab leaves the table
    (arrows move within it); columns fit their contents but `stretch`, which takes the rest.

    `alternating` row colours help the eye along a long list; the queue turns them off, as
    its urgency colours carry meaning.
    """
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(alternating)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
