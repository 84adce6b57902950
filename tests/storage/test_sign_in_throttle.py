"""Sign-in throttling (security.md, "guessing passwords at the desk"), on SQLite and
PostgreSQL, with a clock the test moves: five failures in a row lock a username or a
workstation out for 30 s, doubling to 15 minutes; an unknown name is locked out, refused
and timed alike; a success or an admin's lift starts the count afresh; all on the trail.
"""

import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from clinic_app.cli.main import main
from clinic_app.services import audit, this_workstation, users
from clinic_app.services.actor import Actor
from clinic_app.services.users import Account, SignInFailed, SignInThrottled
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.errors import NotAllowed
from clinic_app.storage.models import AuditEvent, SignInThrottle

PASSWORD = "a long enough password"
WRONG = "not the password at all"
DESK = "frontdesk #0001"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


class Clock:
    """UTC now, moved only by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def admin(database: Database) -> Account:
    boss = users.create_user(
        database, None, username="boss", display_name="Bo Boss", role="admin", password=PASSWORD
    )
    users.create_user(
        database,
        boss.actor(),
        username="amy",
        display_name="Amy",
        role="front_desk",
        password=PASSWORD,
    )
    return boss


def sign_in(
    database: Database, clock: Clock, name: str, password: str, workstation: str = DESK
) -> Account:
    return users.authenticate(database, name, password, workstation=workstation, clock=clock)


def fail(database: Database, clock: Clock, name: str, times: int, workstation: str = DESK) -> None:
    for _ in range(times):
        with pytest.raises(SignInFailed) as failed:
            sign_in(database, clock, name, WRONG, workstation)
        assert not isinstance(failed.value, SignInThrottled)


def refused(
    database: Database, clock: Clock, name: str, password: str, workstation: str = DESK
) -> datetime:
    """The end of the lockout a try (even with the right password) is refused for."""
    with pytest.raises(SignInThrottled) as throttled:
        sign_in(database, clock, name, password, workstation)
    return throttled.value.until


def trail(database: Database) -> list[tuple[str, str, str]]:
    with database.reading() as session:
        query = select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail)
        rows = session.execute(query.order_by(AuditEvent.id))
        return [(actor, action, detail) for actor, action, detail in rows]


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the scrypt derivations made: a refusal without a check makes none."""
    made: list[int] = []
    real = hashlib.scrypt

    def counted(*args: Any, **kwargs: Any) -> bytes:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    return made


@pytest.mark.parametrize("name", ["amy", "nobody"], ids=["known", "unknown"])
def test_the_sixth_try_is_refused_unchecked_for_30_seconds(
    database: Database, admin: Account, clock: Clock, hashes: list[int], name: str
) -> None:
    fail(database, clock, name, 5)
    checked = len(hashes)

    for wait in (0, 10, 29.9):  # even the right password is not looked at
        clock.now = START + timedelta(seconds=wait)
        assert refused(database, clock, name, PASSWORD) == START + timedelta(seconds=30)
    assert len(hashes) == checked

    clock.now = START + timedelta(seconds=30)
    if name == "amy":
        assert sign_in(database, clock, name, PASSWORD).username == "amy"
    else:
        fail(database, clock, name, 1)  # checked again (and wrong, being nobody's)
    assert len(hashes) == checked + 1


@pytest.mark.parametrize("name", ["amy", "nobody"], ids=["known", "unknown"])
def test_each_further_failure_doubles_the_wait_up_to_15_minutes(
    database: Database, admin: Account, clock: Clock, name: str
) -> None:
    fail(database, clock, name, 5)
    waits = []
    for _ in range(7):
        until = refused(database, clock, name, PASSWORD)
        waits.append((until - clock.now).total_seconds())
        clock.now = until
        fail(database, clock, name, 1)
    waits.append((refused(database, clock, name, PASSWORD) - clock.now).total_seconds())
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]


def test_an_unknown_name_fails_in_the_same_words_and_about_the_same_time(
    database: Database, admin: Account, clock: Clock, hashes: list[int]
) -> None:
    """Both do one scrypt derivation (the count is exact); the time is compared loosely,
    the best of four each, since a shared machine stalls any single try."""

    def timed(name: str, workstation: str) -> tuple[float, str]:
        began = time.perf_counter()
        with pytest.raises(SignInFailed) as failed:
            sign_in(database, clock, name, WRONG, workstation)
        return time.perf_counter() - began, str(failed.value)

    known = [timed("amy", f"known {number}") for number in range(4)]
    users._decoy.cache_clear()  # as after a start: the first unknown name costs no more
    before = len(hashes)
    unknown = [timed("nobody", f"unknown {number}") for number in range(4)]
    assert len(hashes) - before == 4  # one derivation per unknown try, as for a known one
    assert {message for _, message in known} == {message for _, message in unknown}
    fastest_known = min(seconds for seconds, _ in known)
    fastest_unknown = min(seconds for seconds, _ in unknown)
    assert 0.5 < fastest_unknown / fastest_known < 2.0

    # Four failures each so far: the fifth locks the known and the unknown name alike.
    fail(database, clock, "amy", 1, "known 9")
    fail(database, clock, "nobody", 1, "unknown 9")
    with pytest.raises(SignInThrottled) as known_refusal:
        sign_in(database, clock, "amy", PASSWORD, "known 10")
    with pytest.raises(SignInThrottled) as unknown_refusal:
        sign_in(database, clock, "nobody", PASSWORD, "unknown 10")
    assert str(known_refusal.value) == str(unknown_refusal.value)


def test_a_workstation_is_locked_out_whatever_names_are_tried_there(
    database: Database, admin: Account, clock: Clock
) -> None:
    for name in ("ann", "bob", "cat", "dan", "eve"):
        fail(database, clock, name, 1)
    assert refused(database, clock, "amy", PASSWORD) == START + timedelta(seconds=30)
    # The names themselves are not locked out: amy signs in at the next desk.
    assert sign_in(database, clock, "amy", PASSWORD, "backoffice #0002").username == "amy"


def test_a_username_is_locked_out_at_every_workstation(
    database: Database, admin: Account, clock: Clock
) -> None:
    for number in range(5):
        fail(database, clock, "amy", 1, f"desk {number}")
    assert refused(database, clock, "amy", PASSWORD, "a desk never used before")


def test_a_success_starts_the_count_afresh(
    database: Database, admin: Account, clock: Clock
) -> None:
    fail(database, clock, "amy", 4)
    sign_in(database, clock, "amy", PASSWORD)
    fail(database, clock, "amy", 4)  # four more are allowed, not one
    assert sign_in(database, clock, "amy", PASSWORD).username == "amy"


def test_an_admin_lifts_a_lockout_and_the_count_starts_afresh(
    database: Database, admin: Account, clock: Clock
) -> None:
    fail(database, clock, "amy", 5, "desk 1")
    fail(database, clock, "nobody", 5, "desk 2")
    with pytest.raises(NotAllowed):
        users.lift_lockout(database, Actor("desk", "front_desk"), "amy")

    assert users.lift_lockout(database, admin.actor(), "amy")
    assert users.lift_lockout(database, admin.actor(), "nobody")  # unknown names too
    assert not users.lift_lockout(database, admin.actor(), "amy")  # nothing left to lift
    assert refused(database, clock, "amy", PASSWORD, "desk 1")  # the desk is still out
    assert users.lift_workstation_lockout(database, admin.actor(), "desk 1")
    assert sign_in(database, clock, "amy", PASSWORD, "desk 1").username == "amy"
    fail(database, clock, "nobody", 4, "desk 3")  # a fresh count of five


def test_failures_lockouts_refusals_and_lifts_are_on_the_trail_without_a_password(
    database: Database, admin: Account, clock: Clock
) -> None:
    fail(database, clock, "nobody", 5)
    refused(database, clock, "nobody", PASSWORD)
    users.lift_lockout(database, admin.actor(), "nobody")

    events = [event for event in trail(database) if event[1].startswith("sign_in.")]
    actions = [action for _, action, _ in events]
    assert actions == [
        *["sign_in.failed"] * 5,
        "sign_in.locked_out",  # the name
        "sign_in.locked_out",  # and the workstation
        "sign_in.refused",
        "sign_in.lockout_lifted",
    ]
    assert {actor for actor, _, _ in events[:-1]} == {"nobody"}
    assert events[-1][0] == "boss"
    details = [detail for _, _, detail in events]
    assert details[5].startswith("username nobody: 5 failed sign-ins in a row")
    assert details[6].startswith(f"workstation {DESK}: 5 failed sign-ins in a row")
    assert "30 s" in details[5]
    assert DESK in details[7]
    for _, _, detail in trail(database):
        assert PASSWORD not in detail
        assert WRONG not in detail


def test_unlocking_a_locked_session_is_throttled_too(
    database: Database, admin: Account, clock: Clock
) -> None:
    def unlock(password: str) -> Account:
        return users.authenticate(
            database, "amy", password, purpose="unlock", workstation=DESK, clock=clock
        )

    for _ in range(5):
        with pytest.raises(SignInFailed):
            unlock(WRONG)
    with pytest.raises(SignInThrottled):
        unlock(PASSWORD)
    assert [action for _, action, _ in trail(database)][-1] == "unlock.refused"


def test_the_command_line_lifts_a_lockout(
    database: Database,
    database_url: str,
    admin: Account,
    clock: Clock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fail(database, clock, "amy", 5)

    def cli(*args: str) -> tuple[int, str]:
        code = main(["--db", database_url, "users", "unlock", *args])
        return code, capsys.readouterr().out

    assert cli("amy") == (0, "lifted the sign-in lockout of amy\n")
    assert cli("amy") == (0, "amy was not locked out\n")
    assert cli("--workstation", DESK) == (0, f"lifted the sign-in lockout of {DESK}\n")
    assert sign_in(database, clock, "amy", PASSWORD).username == "amy"
    lifts = [actor for actor, action, _ in trail(database) if action == "sign_in.lockout_lifted"]
    assert len(lifts) == 2
    assert all(actor.startswith("command line (") for actor in lifts)


def test_this_workstation_keeps_one_id_in_its_data_folder(tmp_path: Path) -> None:
    first = this_workstation.workstation_id(tmp_path)
    assert first == this_workstation.workstation_id(tmp_path)
    assert first != this_workstation.workstation_id(tmp_path / "another install")
    assert (tmp_path / this_workstation.ID_FILE).stat().st_mode & 0o777 == 0o600


def test_without_a_workstation_the_sign_in_counts_this_one(
    database: Database, admin: Account, clock: Clock
) -> None:
    """The GUI passes no workstation: the one counted is this computer's own id."""
    for number in range(5):
        with pytest.raises(SignInFailed):
            users.authenticate(database, f"guess{number}", WRONG, clock=clock)
    assert refused(database, clock, "amy", PASSWORD, this_workstation.workstation_id())


def test_every_workstation_on_the_database_sees_the_same_count(
    database: Database, database_url: str, admin: Account, clock: Clock
) -> None:
    """Two connections, as two computers have: failures at one lock the name at the other."""
    elsewhere = open_database(database_url)
    try:
        fail(database, clock, "amy", 3, "desk 1")
        fail(elsewhere, clock, "amy", 2, "desk 2")
        assert refused(database, clock, "amy", PASSWORD, "desk 1")
        assert refused(elsewhere, clock, "amy", PASSWORD, "desk 3")
    finally:
        elsewhere.close()


def test_failures_at_the_same_moment_are_all_counted(
    database: Database, admin: Account, clock: Clock
) -> None:
    """Eight workstations fail for one name at once: each failure that was checked counts
    (none is lost to another's write), and the rest were refused unchecked."""

    def one_try(number: int) -> str:
        try:
            sign_in(database, clock, "amy", WRONG, f"desk {number}")
        except SignInThrottled:
            return "refused"
        except SignInFailed:
            return "failed"
        return "signed in"

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(one_try, range(8)))
    with database.reading() as session:
        counted = session.scalar(
            select(SignInThrottle.failures).where(
                SignInThrottle.kind == "username", SignInThrottle.subject == "amy"
            )
        )
    assert counted == outcomes.count("failed") >= users.FAILURES_BEFORE_LOCKOUT
    assert outcomes.count("failed") + outcomes.count("refused") == 8


def test_an_admin_sees_which_names_are_locked_out_and_until_when(
    database: Database, admin: Account, clock: Clock
) -> None:
    fail(database, clock, "amy", 5, "desk 1")
    fail(database, clock, "nobody", 3, "desk 2")  # failing, but not locked out yet
    assert users.lockouts(database, admin.actor(), clock=clock) == {
        "amy": START + timedelta(seconds=30)
    }
    clock.advance(30)
    assert users.lockouts(database, admin.actor(), clock=clock) == {}
    with pytest.raises(NotAllowed):
        users.lockouts(database, Actor("desk", "front_desk"))


def test_every_throttle_action_on_the_trail_has_words_for_the_audit_page() -> None:
    """The audit page shows an action without words by its raw name ("sign_in.refused")."""
    actions = {*(name for names in users._AUDITED.values() for name in names)}
    actions |= {users.LOCKED_OUT, users.LOCKOUT_LIFTED}
    assert {name for name in actions if audit.describe_action(name) == name} == set()
