"""The table of accounts an admin looks after: username, name, role, and whether it is on
(and whether it is locked out after failed sign-ins, and until when).

Each row is an `Account` from the accounts service; `ACCOUNT_ROLE` hands the account
itself to whoever acts on the selected row (reset its password, change its role).
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from clinic_app.gui.common.record_table import Index, RecordTableModel
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import minute_after, role_label
from clinic_app.services.users import Account

USERNAME = 0
NAME = 1
ROLE = 2
STATUS = 3
HEADERS = (
    QT_TRANSLATE_NOOP("UserTableModel", "Username"),
    QT_TRANSLATE_NOOP("UserTableModel", "Name"),
    QT_TRANSLATE_NOOP("UserTableModel", "Role"),
    QT_TRANSLATE_NOOP("UserTableModel", "Status"),
)
ACTIVE_WORDS = {
    True: QT_TRANSLATE_NOOP("UserTableModel", "active"),
    False: QT_TRANSLATE_NOOP("UserTableModel", "switched off"),
}
LOCKED_OUT = QT_TRANSLATE_NOOP("UserTableModel", "{status}, locked out until {time}")
"""The status of an account whose sign-ins are refused unchecked for now."""

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class UserTableModel(RecordTableModel):
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: tuple[Account, ...] = ()
        self._lockouts: dict[str, datetime] = {}

    def set_accounts(
        self, accounts: Sequence[Account], lockouts: Mapping[str, datetime] | None = None
    ) -> None:
        """Show these accounts instead, in the order given; `lockouts` gives when each
        locked-out username's lockout ends (services.users.lockouts)."""
        self.beginResetModel()
        self._accounts = tuple(accounts)
        self._lockouts = dict(lockouts or {})
        self.endResetModel()

    @property
    def accounts(self) -> tuple[Account, ...]:
        return self._accounts

    def row_of(self, username: str) -> int | None:
        return next(
            (row for row, account in enumerate(self._accounts) if account.username == username),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        if role == ACCOUNT_ROLE:
            return account
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(account, index.column())
        return None

    def _text(self, account: Account, column: int) -> str | None:
        if column == USERNAME:
            return account.username
        if column == NAME:
            return account.display_name
        if column == ROLE:
            return role_label(account.role)
        if column == STATUS:
            status = QCoreApplication.translate("UserTableModel", ACTIVE_WORDS[account.active])
            until = self._lockouts.get(account.username)
            if until is None:
                return status
            return QCoreApplication.translate("UserTableModel", LOCKED_OUT).format(
                status=status, time=minute_after(until)
            )
        return None
