"""Add user: a new account with its username, name, role and first password.

What the accounts service will refuse is said under the field as it is typed (a username
it cannot take, an empty name, a short password, two passwords that differ); whatever it
still refuses on Save (a username already taken, a role an admin no longer has) is shown
in the dialog, which stays open with everything typed.

The account is made on the background runner ("Adding…", Add user waiting for the
answer), so the dialog stays drawn and Cancel works while the database answers.
"""

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.admin.password_dialog import (
    NewPassword,
    message_label,
    show_message,
)
from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.dialog_height import fit_height
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import role_label, sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import users
from clinic_app.services.users import USERNAME, Account
from clinic_app.storage.models import ROLES

log = logging.getLogger(__name__)

USERNAME_HINT = QT_TRANSLATE_NOOP(
    "AddUserDialog", "2 to 64 lower-case letters, digits, '.', '_' or '-'; no spaces"
)


class AddUserDialog(QDialog):
    """Accepted once the account exists; `account` is then the new account."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))
        self._workstation = workstation
        self.account: Account | None = None
        self._attempted = False
        self._left: set[QWidget] = set()
        self._calls = DatabaseCalls("adding a user", self)

        form = QFormLayout()
        self._username = self._line(
            "addUser.username", self.tr("Username"), self.tr("&Username:"), form
        )
        self._username.setPlaceholderText(self.tr("e.g. maria.lopez"))
        self._username.setToolTip(
            self.tr("What they sign in with: {hint}").format(hint=self.tr(USERNAME_HINT))
        )
        self._username.setMaxLength(64)
        self._username_message = message_label("addUser.username.message", self)
        form.addRow("", self._username_message)
        self._name = self._line("addUser.display_name", self.tr("Name"), self.tr("&Name:"), form)
        self._name.setToolTip(self.tr("Shown on records and on referral letters"))
        self._name.setMaxLength(200)
        self._name_message = message_label("addUser.display_name.message", self)
        form.addRow("", self._name_message)
        self._role = QComboBox(self)
        self._role.setObjectName("addUser.role")
        self._role.setAccessibleName(self.tr("Role"))
        for role in ROLES:
            self._role.addItem(role_label(role).capitalize(), role)
        form.addRow(self.tr("&Role:"), self._role)
        self._password = NewPassword(form, self, "addUser")

        self._error = message_label("addUser.error", self)
        buttons = QDialogButtonBox(self)
        self._save = buttons.addButton(self.tr("&Add user"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._save.setObjectName("addUser.save")
        self._save.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("addUser.cancel")
        self._save.clicked.connect(self.save)
        self._calls.busy_changed.connect(lambda busy: self._save.setEnabled(not busy))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self._username.setFocus(Qt.FocusReason.OtherFocusReason)
        name_from_labels(self)

    def _line(self, name: str, words: str, label: str, form: QFormLayout) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(words)
        field.setProperty("invalid", False)
        field.textEdited.connect(lambda _text: self._edited())
        field.editingFinished.connect(lambda: self._leave(field))
        form.addRow(label, field)
        return field

    def _edited(self) -> None:
        self._error.hide()  # it was about what was typed before
        self._refresh()

    def _leave(self, field: QWidget) -> None:
        self._left.add(field)
        self._refresh()

    def _problems(self) -> dict[QWidget, str]:
        found: dict[QWidget, str] = {}
        username = self._username.text().strip()
        if not username:
            found[self._username] = self.tr("Type a username: what they will sign in with.")
        elif not USERNAME.fullmatch(username):
            found[self._username] = self.tr("A username is {hint}.").format(
                hint=self.tr(USERNAME_HINT)
            )
        if not self._name.text().strip():
            found[self._name] = self.tr(
                "Type their name, as it should appear on records and letters."
            )
        return found

    def _refresh(self) -> QWidget | None:
        """Show the messages due; returns the first field with a problem, if any."""
        problems = self._problems()
        for field, label in (
            (self._username, self._username_message),
            (self._name, self._name_message),
        ):
            due = field in problems and (self._attempted or field in self._left)
            show_message(field, label, problems[field] if due else None)
        wrong_password = self._password.refresh()
        fit_height(self)
        return next(iter(problems), wrong_password)

    def save(self) -> None:
        """Check every field, then ask the service; a refusal is shown in the dialog."""
        self._attempted = True
        self._password.attempted = True
        if self._calls.busy:
            return
        wrong = self._refresh()
        if wrong is not None:
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        database, actor = self._workstation.database, self._workstation.actor
        username, display_name = self._username.text().strip(), self._name.text().strip()
        role, password = str(self._role.currentData()), self._password.password
        self._error.setText(self.tr("Adding…"))
        self._error.show()
        self._calls.run(
            lambda: users.create_user(
                database,
                actor,
                username=username,
                display_name=display_name,
                role=role,
                password=password,
            ),
            self._added,
            self._refused,
        )

    def is_busy(self) -> bool:
        return self._calls.busy

    def reject(self) -> None:
        """Cancelled: an answer on its way does not close the dialog as added."""
        self._calls.forget()
        super().reject()

    def _added(self, account: Account) -> None:
        self.account = account
        self._error.hide()
        self._password.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        log.warning("adding a user failed: %s", message)
        self._error.setText(
            self.tr("The user was not added: {problem}").format(problem=sentence(message))
        )
        self._error.show()
        fit_height(self)
