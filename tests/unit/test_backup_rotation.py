"""Which automatic backups rotation deletes: 7 daily, 4 weekly, 12 monthly, on a clock the
test sets (services/auto_backup.to_remove is a pure function of the backups and today).

Each row is a list of backup times, the day it is, and the times that must be left. The
backups here are names only: no file is touched.
"""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from clinic_app.services.auto_backup import KeptBackup, backup_name, read_name, to_remove

TODAY = date(2026, 12, 4)  # a Friday


def backups(*moments: str) -> list[KeptBackup]:
    made = []
    for moment in moments:
        taken = datetime.fromisoformat(moment)
        made.append(KeptBackup(Path(backup_name(taken, "exit")), taken, "exit"))
    return made


def left(moments: list[str], today: date = TODAY) -> list[str]:
    everything = backups(*moments)
    removed = {backup.path for backup in to_remove(everything, today)}
    return [f"{b.taken:%Y-%m-%d %H:%M}" for b in everything if b.path not in removed]


def every_day(first: date, last: date, at: str = "18:00") -> list[str]:
    days = (last - first).days + 1
    return [f"{first + timedelta(days=n)} {at}" for n in range(days)]


def test_every_backup_of_today_is_kept() -> None:
    today = ["2026-12-04 08:00", "2026-12-04 12:30", "2026-12-04 18:00"]
    assert left(today) == today


def test_an_earlier_day_keeps_only_its_newest() -> None:
    assert left(["2026-12-03 08:00", "2026-12-03 12:30", "2026-12-03 18:00"]) == [
        "2026-12-03 18:00"
    ]


def test_seven_daily_backups_are_kept_and_the_eighth_day_goes() -> None:
    # Every day from 16 November (a Monday) to today: the last 7 days stay daily.
    kept = left(every_day(date(2026, 11, 16), TODAY))
    assert kept[-7:] == every_day(date(2026, 11, 28), TODAY)
    assert "2026-11-27 18:00" not in kept  # day 8 back: not a week's or a month's newest


@pytest.mark.parametrize(
    ("moments", "today", "expected"),
    [
        pytest.param(
            every_day(date(2026, 11, 1), TODAY),
            TODAY,
            [
                "2026-11-15 18:00",  # newest of the week of 9 Nov
                "2026-11-22 18:00",  # newest of the week of 16 Nov
                *every_day(date(2026, 11, 28), TODAY),  # 7 daily, and 29 Nov: week of 23 Nov
            ],
            id="four-weeks",
        ),
        pytest.param(
            [f"{year}-{month:02d}-10 09:00" for year in (2025, 2026) for month in range(1, 13)],
            TODAY,
            # One a month for two years: this month and the 11 before, from January 2026.
            [f"2026-{month:02d}-10 09:00" for month in range(1, 13)],
            id="twelve-months",
        ),
        pytest.param(
            ["2025-12-31 17:00", "2026-01-01 09:00"],
            date(2026, 12, 31),
            ["2026-01-01 09:00"],  # December 2025 is the 13th month back
            id="the-thirteenth-month-goes",
        ),
        pytest.param(
            ["2026-11-02 08:00", "2026-11-20 08:00", "2026-11-20 17:00", "2026-11-30 09:00"],
            TODAY,
            # November's newest is the 30th; the 20th's newest is its week's (16-22 Nov).
            ["2026-11-20 17:00", "2026-11-30 09:00"],
            id="a-month-keeps-its-newest",
        ),
        pytest.param(
            ["2026-12-03 18:00", "2027-01-05 09:00"],
            TODAY,
            ["2026-12-03 18:00", "2027-01-05 09:00"],  # after today: a clock set back
            id="a-backup-from-the-future-is-kept",
        ),
        pytest.param([], TODAY, [], id="none"),
    ],
)
def test_rotation_table(moments: list[str], today: date, expected: list[str]) -> None:
    assert left(moments, today) == expected


def test_a_long_run_of_daily_backups_settles_at_no_more_than_7_4_12() -> None:
    # Two years of a backup every day, rotated each day as the app does.
    kept: list[KeptBackup] = []
    day = date(2025, 1, 1)
    while day <= TODAY:
        kept += backups(f"{day} 18:00")
        gone = {backup.path for backup in to_remove(kept, day)}
        kept = [backup for backup in kept if backup.path not in gone]
        day += timedelta(days=1)
    assert len(kept) <= 7 + 4 + 12
    assert len(kept) >= 12  # at least one a month for a year
    months = {(b.taken.year, b.taken.month) for b in kept}
    assert len(months) == 12
    assert min(kept, key=lambda b: b.taken).taken.date() >= date(2026, 1, 1)


def test_names_sort_by_time_and_read_back() -> None:
    taken = datetime(2026, 12, 4, 9, 30, 12)
    name = backup_name(taken, "start")
    assert name == "clinic-intake-2026-12-04T093012-start.sqlite3"
    assert read_name(Path(name)) == KeptBackup(Path(name), taken, "start")
    later = backup_name(taken + timedelta(seconds=1), "exit")
    assert sorted([later, name]) == [name, later]
    for other in (
        "clinic-intake.sqlite3",
        "clinic-intake-2026-13-04T093012-start.sqlite3",
        "notes.txt",
        "clinic-intake-2026-12-04T093012-later.sqlite3",
    ):
        assert read_name(Path(other)) is None
