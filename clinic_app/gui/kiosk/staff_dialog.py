"""Leaving kiosk mode: the kiosk PIN, or a staff member's sign-in (self-entry.md).

Both are checked on the background runner. The PIN's five-tries lock lives in the
kiosk's PinGuard (one per kiosk window, with the clock a test moves); while it holds, the
dialog says until when, in the kiosk's language. A staff sign-in on the kiosk's own
PostgreSQL role cannot read the accounts: the service says so, and the dialog points to
the PIN instead of failing.
"""

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.lockout_words import locked_out_message
from clinic_app.services import kiosk_access
from clinic_app.services.kiosk_access import StaffSignInUnavailable
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.services.users import SignInFailed, SignInThrottled
from clinic_app.storage.database import Database


class StaffDialog(QDialog):
    """Accepted once a right PIN or staff sign-in is given."""

    def __init__(self, database: Database, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStaffDialog")
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.setModal(True)
        self._database = database
        self._guard = guard

        explain = QLabel(self.tr("Staff only: type the kiosk PIN, or sign in."))
        explain.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("kioskStaff.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_button = QPushButton(self.tr("Leave with the PIN"))
        self.pin_button.setObjectName("kioskStaff.leaveWithPin")
        self.username = QLineEdit()
        self.username.setObjectName("kioskStaff.username")
        self.password = QLineEdit()
        self.password.setObjectName("kioskStaff.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self.tr("Sign in and leave"))
        self.sign_in_button.setObjectName("kioskStaff.signIn")
        self.message = QLabel()
        self.message.setObjectName("kioskProblem")
        self.message.setWordWrap(True)
        self.message.hide()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("kioskStaff.cancel")

        form = QFormLayout()
        for words, field in (
            (self.tr("Kiosk PIN"), self.pin),
            (self.tr("Username"), self.username),
            (self.tr("Password"), self.password),
        ):
            label = QLabel(words)
            label.setBuddy(field)
            field.setAccessibleName(words)
            form.addRow(label, field)
            if field is self.pin:
                form.addRow("", self.pin_button)
        form.addRow("", self.sign_in_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)

        self._calls = DatabaseCalls("checking who leaves the kiosk", self)
        self._calls.busy_changed.connect(self._busy)
        self.pin_button.clicked.connect(self.try_pin)
        self.pin.returnPressed.connect(self.try_pin)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.password.returnPressed.connect(self.try_sign_in)
        cancel.clicked.connect(self.reject)

    def try_pin(self) -> None:
        database, guard, pin = self._database, self._guard, self.pin.text()
        self.pin.clear()
        until = guard.locked_until
        if until is not None:
            self._say(self._locked_words(until))
            return
        self._calls.run(lambda: guard.verify(database, pin), self._pin_checked, self._pin_failed)

    def try_sign_in(self) -> None:
        database, username, password = self._database, self.username.text(), self.password.text()
        self.password.clear()
        self._calls.run(
            lambda: _signed_in(database, username, password), self._signed_in, self._say
        )

    def _pin_checked(self, right: bool) -> None:
        if right:
            self.accept()
            return
        until = self._guard.locked_until
        self._say(self.tr("That PIN is not right.") if until is None else self._locked_words(until))

    def _pin_failed(self, message: str) -> None:
        until = self._guard.locked_until
        if until is not None:
            self._say(self._locked_words(until))
        elif not message.startswith("no kiosk PIN"):
            self._say(message)
        else:
            self._say(self.tr("This kiosk has no PIN. Please sign in as staff."))

    def _signed_in(self, outcome: str | datetime) -> None:
        if outcome == "signed_in":
            self.accept()
        elif isinstance(outcome, datetime):
            self._say(locked_out_message(outcome))
        elif outcome == "kiosk_login":
            self._say(
                self.tr(
                    "This kiosk cannot check staff passwords on its database login. "
                    "Please use the kiosk PIN."
                )
            )
        else:
            self._say(self.tr("The username or password is not right."))

    def _locked_words(self, until: datetime) -> str:
        shown = until.astimezone().strftime("%H:%M")
        return self.tr(
            "The PIN is locked after 5 wrong tries. Try again after {time}, or sign in as staff."
        ).format(time=shown)

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.show()

    def _busy(self, busy: bool) -> None:
        self.pin_button.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)


def _signed_in(database: Database, username: str, password: str) -> str | datetime:
    """How a staff sign-in went, as a word the dialog turns into its own language:
    "signed_in", "refused" or "kiosk_login"; or, while sign-ins are locked out, when a try
    will be checked again (the same words as the desk's sign-in, security.md)."""
    try:
        kiosk_access.staff_sign_in(database, username, password)
    except StaffSignInUnavailable:
        return "kiosk_login"
    except SignInThrottled as throttled:
        return throttled.until
    except SignInFailed:
        return "refused"
    return "signed_in"
