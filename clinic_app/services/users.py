"""Accounts: create, sign in and out, unlock, reset, change role, switch off and on.

Passwords are kept only as scrypt hashes.

Sign-ins are throttled (security.md, "guessing passwords at the desk"): after
`FAILURES_BEFORE_LOCKOUT` failures in a row for one username, or at one workstation, each
further try is refused without checking the password, for 30 s, doubling with every
further failure up to 15 minutes. The counts live in the database (`sign_in_throttles`)
so every workstation on it shares them. An unknown username is counted, refused and timed
exactly like a known one, so neither the message, the lockout nor the time taken tells
anyone which names exist.

hashlib.scrypt is in the standard library (no compiled dependency to ship) and is a
memory-hard KDF; each hash records its own cost so stronger settings can come later.
"""

import base64
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_app.services import audit, this_workstation
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordNotFound, StorageError
from clinic_app.storage.models import ROLES, SignInThrottle, User
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


class SignInThrottled(SignInFailed):
    """Too many failed sign-ins in a row for this username or at this workstation: the
    password was not checked. `until` (UTC) is when a try will be checked again.

    A kind of SignInFailed, so a caller that knows nothing of throttling (the kiosk's
    staff sign-in) still refuses the try as it refuses a wrong password."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"too many failed sign-ins; try again after {until:%H:%M:%S} UTC")
        self.until = until


Clock = Callable[[], datetime]
"""Gives now, in UTC: the throttle's time, which tests control."""

FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT = timedelta(seconds=30)
LONGEST_LOCKOUT = timedelta(minutes=15)


def lockout_after(failures: int) -> timedelta | None:
    """How long further tries are refused after this many failures in a row (None: not
    yet). 30 s at the fifth, doubling with each failure after, at most 15 minutes."""
    if failures < FAILURES_BEFORE_LOCKOUT:
        return None
    doublings = min(failures - FAILURES_BEFORE_LOCKOUT, 10)  # 30 s * 2**5 is past the cap
    return min(FIRST_LOCKOUT * (1 << doublings), LONGEST_LOCKOUT)


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
# What the trail calls a success, a failure and an unchecked refusal of each purpose.
_AUDITED: dict[Purpose, tuple[str, str, str]] = {
    "sign_in": ("sign_in", "sign_in.failed", "sign_in.refused"),
    "unlock": ("session.unlocked", "unlock.failed", "unlock.refused"),
}
LOCKED_OUT = "sign_in.locked_out"
"""The trail's action when a username or workstation starts a lockout."""
LOCKOUT_LIFTED = "sign_in.lockout_lifted"
"""The trail's action when an administrator lifts one."""
_SUBJECT_LENGTH = 200  # sign_in_throttles.subject and audit_events.actor


def authenticate(
    database: Database,
    username: str,
    password: str,
    *,
    purpose: Purpose = "sign_in",
    workstation: str | None = None,
    clock: Clock = utc_now,
) -> Account:
    """The account for these credentials; a failure is recorded and refused in one message.

    `purpose` names what the password opens (a fresh sign-in, or a locked session), so the
    audit trail can tell the two apart. `workstation` names the computer tried at (default:
    this one, services/this_workstation.py). Raises SignInThrottled, without checking the
    password, while the username or the workstation is locked out; SignInFailed otherwise.
    """
    success, failure, refused = _AUDITED[purpose]
    who = username[:_SUBJECT_LENGTH] or "(blank)"
    place = (workstation or this_workstation.workstation_id())[:_SUBJECT_LENGTH]
    counted = (("username", who), ("workstation", place))
    now = clock()
    with database.reading() as session:
        until = _locked_until(session, counted, now)
    if until is not None:
        with database.writing() as session:
            audit.record(
                session,
                who,
                refused,
                "user",
                None,
                f"at {place}; locked out until {until:%H:%M:%S} UTC",
            )
        raise SignInThrottled(until)
    with database.reading() as session:
        user = session.scalar(select(User).where(User.username == username))
        stored = user.password_hash if user is not None else _decoy()
        matches = password_matches(password, stored)  # always pay the cost: no timing hint
        account = _account(user) if user is not None else None
    with database.writing() as session:
        if account is None or not matches or not account.active:
            audit.record(session, who, failure, "user", None, f"at {place}")
            for kind, subject in counted:
                _count_failure(session, who, kind, subject, now)
            failed = True
        else:
            _forget_failures(session, counted)
            audit.record(session, account.username, success, "user", account.id)
            failed = False
    if failed or account is None:
        raise SignInFailed("the username or password is not right, or the account is off")
    return account


def lockouts(database: Database, actor: Actor, *, clock: Clock = utc_now) -> dict[str, datetime]:
    """The usernames (known or not) whose tries are refused unchecked now, with when that
    ends: what the Users page shows beside each account. Admins only, since it tells who
    has been failing to sign in."""
    actor.require("admin", to="see sign-in lockouts")
    query = select(SignInThrottle.subject, SignInThrottle.locked_until).where(
        SignInThrottle.kind == "username", SignInThrottle.locked_until > clock()
    )
    with database.reading() as session:
        return {subject: until for subject, until in session.execute(query) if until is not None}


def lift_lockout(database: Database, actor: Actor, username: str) -> bool:
    """Let `username` (known or not) try again at once, with a fresh count; whether there
    was anything to lift. Admins only; a lift is on the trail."""
    return _lift(database, actor, "username", username, "lift sign-in lockouts")


def lift_workstation_lockout(database: Database, actor: Actor, workstation: str) -> bool:
    """The same for one workstation (as the trail names it, "host #id")."""
    return _lift(database, actor, "workstation", workstation, "lift sign-in lockouts")


def _locked_until(
    session: Session, counted: tuple[tuple[str, str], ...], now: datetime
) -> datetime | None:
    """The latest lockout end among these throttles that is still to come, if any."""
    ends: list[datetime] = []
    for kind, subject in counted:
        until = session.scalar(select(SignInThrottle.locked_until).where(*_matching(kind, subject)))
        if until is not None and until > now:
            ends.append(until)
    return max(ends, default=None)


def _matching(kind: str, subject: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return SignInThrottle.kind == kind, SignInThrottle.subject == subject


def _count_failure(session: Session, who: str, kind: str, subject: str, now: datetime) -> None:
    """One more failure in a row; a lockout starts at the fifth and with each after it.

    The row is made if missing (insert-or-nothing, so two first failures at once do not
    collide) and counted with one UPDATE … RETURNING, so two workstations failing at the
    same moment both count: neither reads a number the other is about to change.
    """
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(SignInThrottle)
        .values(kind=kind, subject=subject, failures=0)
        .on_conflict_do_nothing(index_elements=["kind", "subject"])
    )
    failures = session.execute(
        update(SignInThrottle)
        .where(*_matching(kind, subject))
        .values(failures=SignInThrottle.failures + 1, last_failed_at=now)
        .returning(SignInThrottle.failures)
    ).scalar_one()
    lockout = lockout_after(failures)
    if lockout is None:
        return
    until = now + lockout
    session.execute(
        update(SignInThrottle).where(*_matching(kind, subject)).values(locked_until=until)
    )
    audit.record(
        session,
        who,
        LOCKED_OUT,
        "user",
        None,
        f"{kind} {subject}: {failures} failed sign-ins in a row; tries refused unchecked for "
        f"{int(lockout.total_seconds())} s, until {until:%H:%M:%S} UTC",
    )


def _forget_failures(session: Session, counted: tuple[tuple[str, str], ...]) -> None:
    """A success ends the run of failures for the name and for the workstation: a desk
    that mistypes now and then over a day is never locked out for it."""
    for kind, subject in counted:
        session.execute(delete(SignInThrottle).where(*_matching(kind, subject)))


def _lift(database: Database, actor: Actor, kind: str, subject: str, to: str) -> bool:
    actor.require("admin", to=to)
    subject = subject[:_SUBJECT_LENGTH]
    with database.writing() as session:
        throttle = session.scalar(select(SignInThrottle).where(*_matching(kind, subject)))
        if throttle is None or throttle.failures == 0:
            return False
        detail = f"{kind} {subject}: {throttle.failures} failed sign-ins in a row"
        if throttle.locked_until is not None:
            detail += f", locked out until {throttle.locked_until:%H:%M:%S} UTC"
        user_id = (
            session.scalar(select(User.id).where(User.username == subject))
            if kind == "username"
            else None
        )
        session.delete(throttle)
        audit.record(session, actor, LOCKOUT_LIFTED, "user", user_id, detail)
        return True


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
    """A hash to check unknown usernames against, so they take as long as known ones.

    Random salt and digest, with the cost every stored hash has, rather than the hash of
    a random password: making that would cost one more scrypt, so the first unknown name
    tried after the app starts would take twice as long as a known one. No password
    matches it (the digest is 256 random bits)."""
    salt, digest = (base64.b64encode(secrets.token_bytes(size)).decode() for size in (16, 32))
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt}${digest}"
