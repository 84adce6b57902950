"""Reset password: an admin gives an account a new password, typed twice.

Also home to `NewPassword`, the pair of fields the Add user dialog asks for a password
with, so both dialogs check a new password the same way: the length and spaces by the
accounts service's own rule (`users.check_new_password`), the slip by comparing the two.
That check is pure (no database); storing the new password runs on the background runner.
"""

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.dialog_height import fit_height, keep_text_whole
from clinic_app.gui.common.field_messages import set_invalid
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import users
from clinic_app.services.users import MIN_PASSWORD_LENGTH, Account

log = logging.getLogger(__name__)


def message_label(name: str, parent: QWidget) -> QLabel:
    """A field's message: red words under it, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "fieldMessage")
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(field: QWidget, label: QLabel, message: str | None) -> None:
    """Show `message` under `field` (outlined), or clear both when it is None."""
    set_invalid(field, message is not None)
    label.setText(message or "")
    label.setVisible(message is not None)
    field.setAccessibleDescription(message or "")


class NewPassword:
    """A new password typed twice, with a message under each field once it is due.

    `prefix` names the fields (`{prefix}.password`, `{prefix}.passwordAgain`) and their
    messages (`….message`). A field's message shows once the admin has left it (not at
    every key while a password is half typed), or after an attempt to save (`attempted`);
    from then on it follows each key, so it goes as soon as the problem is fixed.
    """

    def __init__(self, form: QFormLayout, parent: QDialog, prefix: str) -> None:
        self._dialog = parent
        self.attempted = False
        self._left: set[QLineEdit] = set()
        translate = QCoreApplication.translate
        self.first = self._field(f"{prefix}.password", translate("NewPassword", "Password"), parent)
        self.first.setPlaceholderText(
            translate("NewPassword", "at least {count} characters").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
        self.second = self._field(
            f"{prefix}.passwordAgain", translate("NewPassword", "Password again"), parent
        )
        self._first_message = message_label(f"{prefix}.password.message", parent)
        self._second_message = message_label(f"{prefix}.passwordAgain.message", parent)
        form.addRow(translate("NewPassword", "Pass&word:"), self.first)
        form.addRow("", self._first_message)
        form.addRow(translate("NewPassword", "Password a&gain:"), self.second)
        form.addRow("", self._second_message)

    def _field(self, name: str, words: str, parent: QWidget) -> QLineEdit:
        field = QLineEdit(parent)
        field.setObjectName(name)
        field.setAccessibleName(words)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setProperty("invalid", False)
        field.textEdited.connect(lambda _text: self._edited())
        field.editingFinished.connect(lambda: self._leave(field))
        return field

    @property
    def password(self) -> str:
        return self.first.text()

    def problems(self) -> dict[QLineEdit, str]:
        """What is wrong with each field, in words; empty when the password can be used."""
        found: dict[QLineEdit, str] = {}
        try:
            users.check_new_password(self.first.text())
        except users.AccountRefused as error:
            found[self.first] = sentence(str(error))
        if self.second.text() != self.first.text():
            found[self.second] = QCoreApplication.translate(
                "NewPassword", "The two passwords differ: type the same one twice."
            )
        return found

    def refresh(self) -> QLineEdit | None:
        """Show the messages due; returns the first field with a problem, if any."""
        problems = self.problems()
        fields = ((self.first, self._first_message), (self.second, self._second_message))
        for field, label in fields:
            due = field in problems and (self.attempted or field in self._left)
            show_message(field, label, problems[field] if due else None)
        return next(iter(problems), None)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _edited(self) -> None:
        self.refresh()
        fit_height(self._dialog)

    def _leave(self, field: QLineEdit) -> None:
        if field.text():
            self._left.add(field)
        self.refresh()
        fit_height(self._dialog)


class PasswordDialog(QDialog):
    """A new password for `account`; accepted once the accounts service has stored it.

    The admin tells the user the new password; the user should change it (for now, by
    asking an admin: the app has no self-service change yet).
    """

    def __init__(
        self, workstation: Workstation, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Reset password: {username}").format(username=account.username))
        self._workstation = workstation
        self.account = account
        self._calls = DatabaseCalls("resetting a password", self)

        intro = QLabel(
            self.tr(
                "A new password for {name} ({username}). Tell them in person, not by e-mail."
            ).format(name=account.display_name, username=account.username),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self._password = NewPassword(form, self, "resetPassword")

        self._error = message_label("resetPassword.error", self)
        buttons = QDialogButtonBox(self)
        self._save = buttons.addButton(
            self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._save.setObjectName("resetPassword.save")
        self._save.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("resetPassword.cancel")
        self._save.clicked.connect(self.save)
        self._calls.busy_changed.connect(lambda busy: self._save.setEnabled(not busy))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
        keep_text_whole(self)
        self._password.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Check the two fields, then ask the service; a refusal is shown here."""
        if self._calls.busy:
            return
        self._password.attempted = True
        wrong = self._password.refresh()
        fit_height(self)
        if wrong is not None:
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        database, actor = self._workstation.database, self._workstation.actor
        username, password = self.account.username, self._password.password
        self._error.setText(self.tr("Saving…"))
        self._error.show()
        self._calls.run(
            lambda: users.reset_password(database, actor, username, password),
            self._stored,
            self._refused,
        )

    def is_busy(self) -> bool:
        return self._calls.busy

    def reject(self) -> None:
        """Cancelled: an answer on its way does not close the dialog as done."""
        self._calls.forget()
        super().reject()

    def _stored(self, account: Account) -> None:
        self.account = account
        self._error.hide()
        self._password.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        log.warning("resetting a password failed: %s", message)
        self._error.setText(
            self.tr("The password was not changed: {problem}").format(problem=sentence(message))
        )
        self._error.show()
        fit_height(self)
