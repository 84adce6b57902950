"""Who may leave the kiosk, asked in ways its PostgreSQL role can answer.

A kiosk may run on the desk's own database login (the desk started it, or SQLite) or on
the kiosk's own PostgreSQL role (storage/kiosk_role.py), which may not read the users
table. Both the start-up ("is there an account?") and a staff sign-in read that table,
so here "permission denied" is not a failure of the database but the answer "this is a
kiosk login": the start-up goes on, and a sign-in is refused in words that point to the
kiosk PIN, never with a traceback.
"""

from sqlalchemy.exc import DBAPIError

from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError

_PERMISSION_DENIED = "42501"
"""PostgreSQL's SQLSTATE for insufficient privilege."""


class StaffSignInUnavailable(StorageError):
    """The kiosk's database login cannot check a staff password; the kiosk PIN can."""


def is_permission_denied(error: BaseException) -> bool:
    """Whether a driver error is the server refusing the login's privileges."""
    if not isinstance(error, DBAPIError):
        return False
    state = getattr(error.orig, "sqlstate", None)
    return state == _PERMISSION_DENIED or "permission denied" in str(error.orig).lower()


def accounts_visible(database: Database) -> bool | None:
    """Whether the database has an account: True or False on a desk's login, None on a
    kiosk's login, which may not read the users table (and needs no account to run)."""
    try:
        return users.has_users(database)
    except DBAPIError as error:
        if is_permission_denied(error):
            return None
        raise


def staff_sign_in(database: Database, username: str, password: str) -> Account:
    """A staff member's account, to leave the kiosk (users.authenticate, audited there).

    Raises SignInFailed for wrong credentials, and StaffSignInUnavailable on a kiosk's
    own database login, which cannot read the accounts.
    """
    try:
        return users.authenticate(database, username, password)
    except DBAPIError as error:
        if is_permission_denied(error):
            raise StaffSignInUnavailable(
                "this kiosk's database login cannot check staff passwords; use the kiosk PIN"
            ) from None
        raise
