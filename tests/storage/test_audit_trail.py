"""The admin's reading of the audit trail: filters, paging, the admin-only rule and the CSV
export, on SQLite and PostgreSQL."""

import csv
import stat
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.audit import AuditFilter, Event
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, StorageError
from clinic_app.storage.models import AuditEvent

ADMIN = Actor(name="admin", role="admin")
NEW_YORK_WINTER = timezone(timedelta(hours=-5))
SYDNEY_SUMMER = timezone(timedelta(hours=11))
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def put(database: Database, *rows: tuple[datetime, str, str, str | None, int | None]) -> None:
    """Events at chosen moments (the service stamps `now`, which a test cannot choose)."""
    with database.writing() as session:
        session.add_all(
            AuditEvent(
                at=at, actor=who, action=action, record_type=kind, record_id=number, detail=""
            )
            for at, who, action, kind, number in rows
        )


EVERYTHING = AuditFilter()


def shown(database: Database, wanted: AuditFilter = EVERYTHING) -> list[tuple[str, str]]:
    return [(e.actor, e.action) for e in audit.page(database, ADMIN, wanted, limit=1000)]


@pytest.fixture
def trail(database: Database) -> Database:
    """A morning at the clinic, one event a minute, oldest first."""
    put(
        database,
        (T0, "ann", "sign_in", "user", 2),
        (T0 + timedelta(minutes=1), "Ann", "sign_in.failed", "user", None),
        (T0 + timedelta(minutes=2), "desk", "intake.submitted", "intake", 42),
        (T0 + timedelta(minutes=3), "joanna", "intake.viewed", "intake", 42),
        (T0 + timedelta(minutes=4), "ann", "intake.viewed", "intake", 42),
        (T0 + timedelta(minutes=5), "ann", "intake.viewed", "intake", 7),
        (T0 + timedelta(minutes=6), "desk", "handout.printed", "intake", 42),
        (T0 + timedelta(minutes=7), "desk", "handout.saved", "intake", 7),
        (T0 + timedelta(minutes=8), "a_b", "sign_in_extra", "patient", 42),
    )
    return database


def test_the_whole_trail_comes_newest_first_and_is_counted(trail: Database) -> None:
    assert shown(trail)[0] == ("a_b", "sign_in_extra")
    assert shown(trail)[-1] == ("ann", "sign_in")
    moments = [event.at for event in audit.page(trail, ADMIN)]
    assert moments == sorted(moments, reverse=True)
    assert audit.count(trail, ADMIN) == 9


def test_the_user_filter_matches_part_of_a_name_whatever_its_case(trail: Database) -> None:
    wanted = AuditFilter(user=" ANN ")
    assert shown(trail, wanted) == [
        ("ann", "intake.viewed"),
        ("ann", "intake.viewed"),
        ("joanna", "intake.viewed"),
        ("Ann", "sign_in.failed"),
        ("ann", "sign_in"),
    ]
    assert audit.count(trail, ADMIN, wanted) == 5
    # LIKE's wildcards are the letters typed, not wildcards.
    assert shown(trail, AuditFilter(user="a_b")) == [("a_b", "sign_in_extra")]
    assert shown(trail, AuditFilter(user="n_")) == []
    assert shown(trail, AuditFilter(user="%")) == []


def test_an_action_is_matched_exactly_and_a_family_with_its_members(trail: Database) -> None:
    assert shown(trail, AuditFilter(action="sign_in")) == [("ann", "sign_in")]
    # The family holds the action and its dotted members, not names that merely start alike.
    assert shown(trail, AuditFilter(action="sign_in.*")) == [
        ("Ann", "sign_in.failed"),
        ("ann", "sign_in"),
    ]
    assert [a for _, a in shown(trail, AuditFilter(action="handout.*"))] == [
        "handout.saved",
        "handout.printed",
    ]
    assert audit.count(trail, ADMIN, AuditFilter(action="intake.*")) == 4


def test_who_saw_intake_42(trail: Database) -> None:
    wanted = AuditFilter(action="intake.viewed", record_type="intake", record_id=42)
    assert shown(trail, wanted) == [("ann", "intake.viewed"), ("joanna", "intake.viewed")]
    # Every event on intake 42, and not patient 42, which only shares the number.
    assert audit.count(trail, ADMIN, AuditFilter(record_type="intake", record_id=42)) == 4
    assert audit.count(trail, ADMIN, AuditFilter(record_id=42)) == 5
    assert audit.count(trail, ADMIN, AuditFilter(record_type="user")) == 2


def test_days_are_the_clinics_local_days_not_utc_days(database: Database) -> None:
    # 03:30 UTC on 2 March is still the evening of 1 March in New York...
    late_evening = datetime(2024, 3, 2, 3, 30, tzinfo=UTC)
    # ...and 13:30 UTC on 1 March is already 2 March in Sydney.
    sydney_morning = datetime(2024, 3, 1, 13, 30, tzinfo=UTC)
    put(
        database,
        (late_evening, "late", "sign_in", None, None),
        (sydney_morning, "early", "sign_in", None, None),
    )
    first = date(2024, 3, 1)
    second = date(2024, 3, 2)

    in_new_york = AuditFilter(since=first, until=first, zone=NEW_YORK_WINTER)
    assert shown(database, in_new_york) == [("late", "sign_in"), ("early", "sign_in")]
    assert shown(database, AuditFilter(since=second, zone=NEW_YORK_WINTER)) == []

    in_sydney_first = AuditFilter(since=first, until=first, zone=SYDNEY_SUMMER)
    assert shown(database, in_sydney_first) == []
    in_sydney_second = AuditFilter(since=second, until=second, zone=SYDNEY_SUMMER)
    assert [who for who, _ in shown(database, in_sydney_second)] == ["late", "early"]
    assert shown(database, AuditFilter(until=first, zone=SYDNEY_SUMMER)) == []

    in_utc = AuditFilter(since=second, until=second, zone=UTC)
    assert shown(database, in_utc) == [("late", "sign_in")]


@pytest.fixture
def local_zone_ten_east(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("only POSIX lets a test change the process's time zone")
    monkeypatch.setenv("TZ", "AEST-10")  # POSIX spelling of UTC+10, no summer time
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone_ten_east")
def test_without_a_zone_the_days_are_this_computers(database: Database) -> None:
    put(database, (datetime(2024, 3, 1, 15, 0, tzinfo=UTC), "night", "sign_in", None, None))
    assert shown(database, AuditFilter(since=date(2024, 3, 2), until=date(2024, 3, 2))) == [
        ("night", "sign_in")
    ]
    assert shown(database, AuditFilter(until=date(2024, 3, 1))) == []


def test_pages_follow_each_other_without_gaps_or_repeats(database: Database) -> None:
    moment = T0
    # Several events share one moment: the id keeps their order stable.
    put(database, *((moment, f"user{n:02}", "sign_in", "user", n) for n in range(25)))
    everything = audit.page(database, ADMIN, limit=100)
    assert [e.record_id for e in everything] == list(range(24, -1, -1))

    by_offset = [
        event
        for start in range(0, 25, 10)
        for event in audit.page(database, ADMIN, offset=start, limit=10)
    ]
    assert by_offset == everything

    first = audit.page(database, ADMIN, limit=10)
    put(database, (T0 + timedelta(hours=1), "newcomer", "sign_in", "user", 99))
    second = audit.page(database, ADMIN, limit=10, after=first[-1])
    third = audit.page(database, ADMIN, limit=10, after=second[-1])
    assert first + second + third == everything  # the newcomer shifted nothing


@pytest.mark.parametrize("role", ["front_desk", "clinician"])
def test_only_an_admin_reads_or_exports_the_trail(
    trail: Database, tmp_path: Path, role: str
) -> None:
    someone = Actor(name="someone", role=role)
    with pytest.raises(NotAllowed, match="only an admin user may read the audit trail"):
        audit.page(trail, someone)
    with pytest.raises(NotAllowed, match="read the audit trail"):
        audit.count(trail, someone)
    target = tmp_path / "exports" / "trail.csv"
    target.parent.mkdir()
    with pytest.raises(NotAllowed, match="export the audit trail"):
        audit.export_csv(trail, someone, target, AuditFilter())
    assert list(target.parent.iterdir()) == []
    assert audit.events(trail, action="audit.exported") == []


def test_the_csv_holds_every_filtered_event_and_neutralises_formulas(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "EXPORT_CHUNK", 3)  # read in several chunks
    typed = ["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx", "plain", "Zoë"]
    put(
        database,
        *(
            (T0 + timedelta(seconds=n), name, "sign_in.failed", "user", None)
            for n, name in enumerate(typed)
        ),
        (T0 + timedelta(minutes=5), "ann", "intake.viewed", "intake", 42),
    )
    with database.writing() as session:
        session.add(
            AuditEvent(
                at=T0 - timedelta(minutes=1),
                actor="desk",
                action="handout.printed",
                record_type="intake",
                record_id=42,
                detail="=cmd|' /C calc'!A0",
            )
        )
    target = tmp_path / "exports" / "trail.csv"
    target.parent.mkdir()

    written = audit.export_csv(database, ADMIN, target, AuditFilter(zone=NEW_YORK_WINTER))

    assert written == 9
    assert target.read_bytes().startswith("\ufefftime,".encode())  # Excel reads it as UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["time", "user", "action", "record type", "record id", "detail"]
    assert len(rows) == 10
    assert rows[1] == ["2024-03-01T07:05:00-05:00", "ann", "intake.viewed", "intake", "42", ""]
    users = [row[1] for row in rows[2:9]]
    assert users == ["Zoë", "plain", "'\tx", "'@SUM(A1)", "'-2", "'+1", "'=HYPERLINK(1)"]
    assert rows[-1][1:] == ["desk", "handout.printed", "intake", "42", "'=cmd|' /C calc'!A0"]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t")) for row in rows for cell in row)
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["trail.csv"]  # no temporary left

    [exported] = audit.events(database, action="audit.exported")
    assert (exported.actor, exported.detail) == ("admin", "9 events")
    assert exported.record_type is None


def test_the_csv_follows_the_filter(trail: Database, tmp_path: Path) -> None:
    target = tmp_path / "ann.csv"
    wanted = AuditFilter(user="ann", action="intake.viewed", zone=UTC)
    assert audit.export_csv(trail, ADMIN, target, wanted) == 3
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["user"], row["record id"]) for row in rows] == [
        ("ann", "7"),
        ("ann", "42"),
        ("joanna", "42"),
    ]
    assert rows[0]["time"] == "2024-03-01T12:05:00+00:00"
    assert audit.events(trail, action="audit.exported")[0].detail == "3 events"


def test_an_export_to_a_missing_folder_fails_in_words_and_leaves_nothing(
    trail: Database, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "trail.csv"
    with pytest.raises(StorageError, match="cannot write the audit trail export") as raised:
        audit.export_csv(trail, ADMIN, target, AuditFilter())
    assert str(target) in str(raised.value)
    assert "choose another folder" in str(raised.value)
    assert not target.parent.exists()
    assert audit.events(trail, action="audit.exported") == []


def test_an_export_that_cannot_be_recorded_leaves_no_file(
    trail: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unrecordable(session: Session, *_args: object, **_kwargs: object) -> None:
        session.add(AuditEvent(at=T0, action="audit.exported"))  # no actor: commit fails

    monkeypatch.setattr(audit, "record", unrecordable)
    target = tmp_path / "exports" / "trail.csv"
    target.parent.mkdir()
    with pytest.raises(IntegrityError):
        audit.export_csv(trail, ADMIN, target, AuditFilter())
    assert list(target.parent.iterdir()) == []  # renamed into place, then taken back


def test_the_actions_on_record_feed_the_filter_with_words(trail: Database) -> None:
    actions = audit.actions_on_record(trail)
    assert actions == sorted(set(actions))
    assert {"sign_in", "sign_in.failed", "intake.viewed", "handout.printed"} <= set(actions)
    assert audit.families(actions) == ["handout.*", "intake.*", "sign_in.*"]
    assert audit.record_types_on_record(trail) == ["intake", "patient", "user"]
    assert audit.describe_action("sign_in.failed") == "Sign-in failed"
    assert audit.describe_action("review.decided") == "Decision recorded"
    assert audit.describe_action("sign_in.*") == "Every sign-in event"
    assert audit.describe_action("letter.faxed") == "letter.faxed"
    assert audit.describe_record("intake", 42) == "Intake 42"
    assert audit.describe_record("clinic_settings", 1) == "Clinic settings"
    assert audit.describe_record(None, None) == ""


def test_the_unchecked_reading_keeps_working(trail: Database) -> None:
    [event] = audit.events(trail, actor="Ann")
    assert event == Event(
        T0 + timedelta(minutes=1), "Ann", "sign_in.failed", "user", None, "", event.id
    )
    assert len(audit.events(trail, limit=3)) == 3
