"""Accounts: create, sign in and out, unlock, reset, change role, switch off and on.

Passwords are kept only as scrypt hashes.

hashlib.scrypt is in the standard library (no compiled dependency to ship) and is a
memory-hard KDF; each hash records its own cost so stronger settings can come later.
"""

import base64
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordNotFound, StorageError
from clinic_app.storage.models import ROLES, User
from clinic_app.storage.types import utc_now

MIN_PASSWORD_LENGTH = 10
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
ROLE_WORDS = {"front_desk": "front desk", "clinician": "clinician", "admin": "administrator"}
"""Each role as the clinic says it, for screens and messages."""


def role_words(role: str) -> str:
    """A role as the clinic says it ("front desk", "administrator")."""
    return ROLE_WORDS.get(role, role.replace("_", " "))


class AccountRefused(StorageError):
    """A username, role or password that cannot be used; the message says why."""


class SignInFailed(StorageError):
    """Wrong username or password, or an account that is switched off."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: str
    active: bool

    def actor(self) -> Actor:
        return Actor(name=self.username, role=self.role, user_id=self.id)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${encoded[0]}${encoded[1]}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountRefused(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip() != password:
        raise AccountRefused("a password may not start or end with a space")


def create_user(
    database: Database,
    actor: Actor | None,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
) -> Account:
    """Add an account. `actor` is None only for the first admin, on an empty database."""
    if not USERNAME.fullmatch(username):
        raise AccountRefused(
            f"username {username!r}: use 2 to 64 lower-case letters, digits, '.', '_' or '-'"
        )
    if role not in ROLES:
        raise AccountRefused(f"role {role!r}: must be one of {', '.join(ROLES)}")
    if not display_name.strip():
        raise AccountRefused("a display name is needed (shown on records and letters)")
    check_new_password(password)
    with database.writing() as session:
        if actor is None:
            if session.scalar(select(User.id).limit(1)) is not None:
                raise NotAllowed("only an admin may add users once the first account exists")
            who = username
        else:
            actor.require("admin", to="add users")
            who = actor.name
        user = User(
            username=username,
            display_name=display_name.strip(),
            role=role,
            password_hash=hash_password(password),
            active=True,
            created_at=utc_now(),
        )
        session.add(user)
        try:
            session.flush()
        except IntegrityError:
            raise AccountRefused(f"username {username!r} is already taken") from None
        audit.record(session, who, "user.created", "user", user.id, f"role {role}")
        return _account(user)


def has_users(database: Database) -> bool:
    with database.reading() as session:
        return session.scalar(select(User.id).limit(1)) is not None


def list_users(database: Database) -> list[Account]:
    with database.reading() as session:
        return [_account(user) for user in session.scalars(select(User).order_by(User.username))]


Purpose = Literal["sign_in", "unlock"]
# What the trail calls a success and a failure of each purpose.
_AUDITED: dict[Purpose, tuple[str, str]] = {
    "sign_in": ("sign_in", "sign_in.failed"),
    "unlock": ("session.unlocked", "unlock.failed"),
}


def authenticate(
    database: Database, username: str, password: str, *, purpose: Purpose = "sign_in"
) -> Account:
    """The account for these credentials; a failure is recorded and refused in one message.

    `purpose` names what the password opens (a fresh sign-in, or a locked session), so the
    audit trail can tell the two apart.
    """
    success, failure = _AUDITED[purpose]
    with database.reading() as session:
        user = session.scalar(select(User).where(User.username == username))
        stored = user.password_hash if user is not None else _decoy()
        matches = password_matches(password, stored)  # always pay the cost: no timing hint
        account = _account(user) if user is not None else None
    with database.writing() as session:
        if account is None or not matches or not account.active:
            audit.record(session, username[:200] or "(blank)", failure, "user", None)
            failed = True
        else:
            audit.record(session, account.username, success, "user", account.id)
            failed = False
    if failed or account is None:
        raise SignInFailed("the username or password is not right, or the account is off")
    return account


def record_session_event(database: Database, account: Account, action: str) -> None:
    """Put a session's sign-out or lock on the trail ("sign_out", "session.locked")."""
    if action not in ("sign_out", "session.locked"):
        raise ValueError(f"not a session event: {action!r}")
    with database.writing() as session:
        audit.record(session, account.username, action, "user", account.id)


def deactivate_user(database: Database, actor: Actor, username: str) -> Account:
    """Switch an account off; its name stays on every record it made."""
    actor.require("admin", to="deactivate users")
    with database.writing() as session:
        user = _user(session, username)
        if user.role == "admin" and user.active:
            _refuse_last_admin(session, user, "switch them off")
        user.active = False
        audit.record(session, actor, "user.deactivated", "user", user.id)
        return _account(user)


def reactivate_user(database: Database, actor: Actor, username: str) -> Account:
    """Switch an account back on, with the password it had."""
    actor.require("admin", to="reactivate users")
    with database.writing() as session:
        user = _user(session, username)
        user.active = True
        audit.record(session, actor, "user.reactivated", "user", user.id)
        return _account(user)


def reset_password(database: Database, actor: Actor, username: str, password: str) -> Account:
    """Give an account a new password (the admin tells the user, who should change it)."""
    actor.require("admin", to="reset passwords")
    check_new_password(password)
    with database.writing() as session:
        user = _user(session, username)
        user.password_hash = hash_password(password)
        audit.record(session, actor, "user.password_reset", "user", user.id)
        return _account(user)


def change_role(database: Database, actor: Actor, username: str, role: str) -> Account:
    """Give an account another role; the last active admin keeps theirs."""
    actor.require("admin", to="change roles")
    if role not in ROLES:
        raise AccountRefused(f"role {role!r}: must be one of {', '.join(ROLES)}")
    with database.writing() as session:
        user = _user(session, username)
        if user.role == role:
            return _account(user)
        if user.role == "admin" and user.active:
            _refuse_last_admin(session, user, "change their role")
        user.role = role
        audit.record(session, actor, "user.role_changed", "user", user.id, f"role {role}")
        return _account(user)


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise RecordNotFound(f"there is no user {username!r}")
    return user


def _refuse_last_admin(session: Session, user: User, what: str) -> None:
    """Without an active admin nobody could add users or change settings again."""
    others = session.scalar(
        select(User.id).where(User.role == "admin", User.active, User.id != user.id)
    )
    if others is None:
        raise AccountRefused(
            f"{user.username!r} is the last active admin; add another admin before you {what}"
        )


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.display_name, user.role, user.active)


@functools.cache
def _decoy() -> str:
    """A hash to check unknown usernames against, so they take as long as known ones."""
    return hash_password(secrets.token_urlsafe(16))
