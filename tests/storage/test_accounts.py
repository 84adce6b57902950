"""Account upkeep an admin does from Settings, and the session events the lock records."""

import pytest
from sqlalchemy import select

from clinic_app.services import users
from clinic_app.services.users import Account, AccountRefused, SignInFailed
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordNotFound
from clinic_app.storage.models import AuditEvent

PASSWORD = "a long enough password"


def _admin(database: Database) -> Account:
    return users.create_user(
        database, None, username="boss", display_name="Bo Boss", role="admin", password=PASSWORD
    )


def _user(database: Database, admin: Account, name: str, role: str) -> Account:
    return users.create_user(
        database,
        admin.actor(),
        username=name,
        display_name=name.title(),
        role=role,
        password=PASSWORD,
    )


def _actions(database: Database) -> list[tuple[str, str]]:
    with database.reading() as session:
        rows = session.execute(select(AuditEvent.actor, AuditEvent.action).order_by(AuditEvent.id))
        return [(actor, action) for actor, action in rows]


def test_a_reset_password_replaces_the_old_one(database: Database) -> None:
    admin = _admin(database)
    _user(database, admin, "amy", "front_desk")
    users.reset_password(database, admin.actor(), "amy", "a brand new password")
    with pytest.raises(SignInFailed):
        users.authenticate(database, "amy", PASSWORD)
    assert users.authenticate(database, "amy", "a brand new password").username == "amy"
    with pytest.raises(AccountRefused, match="at least"):
        users.reset_password(database, admin.actor(), "amy", "short")
    with pytest.raises(RecordNotFound, match="no user 'zed'"):
        users.reset_password(database, admin.actor(), "zed", "a brand new password")
    assert ("boss", "user.password_reset") in _actions(database)


def test_only_an_admin_keeps_accounts(database: Database) -> None:
    admin = _admin(database)
    clinician = _user(database, admin, "cora", "clinician")
    actor = clinician.actor()
    with pytest.raises(NotAllowed, match="only an admin user may reset passwords"):
        users.reset_password(database, actor, "boss", "a brand new password")
    with pytest.raises(NotAllowed, match="only an admin user may change roles"):
        users.change_role(database, actor, "cora", "admin")
    with pytest.raises(NotAllowed, match="only an admin user may reactivate users"):
        users.reactivate_user(database, actor, "cora")
    assert users.authenticate(database, "boss", PASSWORD).role == "admin"
    assert [a.role for a in users.list_users(database)] == ["admin", "clinician"]


def test_roles_change_but_the_last_admin_stays_one(database: Database) -> None:
    admin = _admin(database)
    _user(database, admin, "amy", "front_desk")
    assert users.change_role(database, admin.actor(), "amy", "clinician").role == "clinician"
    with pytest.raises(AccountRefused, match="role 'doctor'"):
        users.change_role(database, admin.actor(), "amy", "doctor")
    with pytest.raises(AccountRefused, match="last active admin"):
        users.change_role(database, admin.actor(), "boss", "clinician")
    # With a second admin, the first may step down.
    users.change_role(database, admin.actor(), "amy", "admin")
    assert users.change_role(database, admin.actor(), "boss", "clinician").role == "clinician"
    roles = {account.username: account.role for account in users.list_users(database)}
    assert roles == {"amy": "admin", "boss": "clinician"}
    assert [a for a in _actions(database) if a[1] == "user.role_changed"] == [
        ("boss", "user.role_changed")
    ] * 3


def test_a_switched_off_account_can_be_switched_on_again(database: Database) -> None:
    admin = _admin(database)
    _user(database, admin, "amy", "front_desk")
    users.deactivate_user(database, admin.actor(), "amy")
    with pytest.raises(SignInFailed):
        users.authenticate(database, "amy", PASSWORD)
    assert users.reactivate_user(database, admin.actor(), "amy").active
    assert users.authenticate(database, "amy", PASSWORD).active


def test_unlocking_and_session_events_are_told_apart_from_sign_in(database: Database) -> None:
    admin = _admin(database)
    users.record_session_event(database, admin, "session.locked")
    with pytest.raises(SignInFailed):
        users.authenticate(database, "boss", "not the password", purpose="unlock")
    users.authenticate(database, "boss", PASSWORD, purpose="unlock")
    users.record_session_event(database, admin, "sign_out")
    with pytest.raises(ValueError, match="not a session event"):
        users.record_session_event(database, admin, "user.created")
    assert _actions(database)[1:] == [
        ("boss", "session.locked"),
        ("boss", "unlock.failed"),
        ("boss", "session.unlocked"),
        ("boss", "sign_out"),
    ]
