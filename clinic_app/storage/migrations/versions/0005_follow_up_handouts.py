"""A follow-up visit's printouts and its desk alerts (issue 18).

`handouts.kind` gains `followup_sheet` and `progress_report`: the follow-up sheet and the
progress report are kept against the visit (`handouts.followup_id`, from 0004) like every
other handout. On PostgreSQL the CHECK constraint is swapped in place. SQLite cannot
change a CHECK, so the table is rebuilt (a new table, the rows copied, the old one
dropped, the new one renamed); the rebuild drops the triggers that keep handouts
append-only, so they are made again exactly as 0001 made them, after the copy and before
the migration's transaction commits: at no committed moment is the table unprotected.

`desk_alerts.followup_id` names the follow-up visit whose emergency or urgent flag raised
an alert (null for an intake's own); `intake_id` is then the course's first visit, so an
alert still finds its patient the one way. desk_alerts has no triggers, so on SQLite the
column is added in place, as 0004 added its columns.

A downgrade refuses, in words, while a handout of a new kind is on record: handouts are
append-only and the old CHECK cannot hold them, so going back would mean deleting what
a patient was given. A follow-up's desk alerts go back to being their intake's.

Revision ID: 0005
Revises: 0004
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("care_sheet", "referral_letter")
NEW_KINDS = (*OLD_KINDS, "followup_sheet", "progress_report")
APPEND_ONLY_MESSAGE = "handouts are append-only"
"""The words 0001's triggers raise, which callers and tests match on."""
_COLUMNS = (
    "id, intake_id, kind, paper, language, large_print, created_by, created_at, pdf, sha256,"
    " followup_id"
)


def _kinds_check(kinds: tuple[str, ...]) -> str:
    return "kind IN ({})".format(", ".join(f"'{kind}'" for kind in kinds))


def upgrade() -> None:
    _allow_kinds(NEW_KINDS)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE desk_alerts ADD COLUMN followup_id INTEGER"
            " CONSTRAINT fk_desk_alerts_followup_id_followups REFERENCES followups (id)"
        )
    else:
        op.add_column(
            "desk_alerts",
            sa.Column(
                "followup_id",
                sa.Integer(),
                sa.ForeignKey("followups.id", name=op.f("fk_desk_alerts_followup_id_followups")),
                nullable=True,
            ),
        )
    op.create_index(
        op.f("ix_desk_alerts_followup_id"), "desk_alerts", ["followup_id"], unique=False
    )


def downgrade() -> None:
    bind = op.get_bind()
    new = bind.execute(
        sa.text(f"SELECT count(*) FROM handouts WHERE NOT ({_kinds_check(OLD_KINDS)})")
    ).scalar_one()
    if new:
        raise RuntimeError(
            f"cannot downgrade below 0005: {new} follow-up sheet(s) or progress report(s) "
            "are on record, and handouts are kept for good; restore a backup taken before "
            "the upgrade instead"
        )
    op.drop_index(op.f("ix_desk_alerts_followup_id"), table_name="desk_alerts")
    if bind.dialect.name == "sqlite":  # in place (SQLite 3.35+), as it was added
        op.execute("ALTER TABLE desk_alerts DROP COLUMN followup_id")
    else:
        op.drop_column("desk_alerts", "followup_id")
    _allow_kinds(OLD_KINDS)


def _allow_kinds(kinds: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        # op.f: the name as it is, not run through the models' naming convention again.
        op.drop_constraint(op.f("ck_handouts_kind"), "handouts", type_="check")
        op.create_check_constraint(op.f("ck_handouts_kind"), "handouts", _kinds_check(kinds))
        return
    # SQLite: rebuild the table with the new CHECK, then make its indexes and triggers again.
    op.execute("DROP TRIGGER IF EXISTS handouts_no_update")
    op.execute("DROP TRIGGER IF EXISTS handouts_no_delete")
    op.execute(
        "CREATE TABLE handouts_rebuilt ("
        " id INTEGER NOT NULL,"
        " intake_id INTEGER NOT NULL,"
        " kind VARCHAR(20) NOT NULL,"
        " paper VARCHAR(12) NOT NULL,"
        " language VARCHAR(12) NOT NULL,"
        " large_print BOOLEAN NOT NULL,"
        " created_by VARCHAR(200) NOT NULL,"
        " created_at DATETIME NOT NULL,"
        " pdf BLOB NOT NULL,"
        " sha256 VARCHAR(64) NOT NULL,"
        # A column constraint, as 0004 added it: 0004's downgrade drops the column in
        # place, which SQLite allows only when no table constraint names it.
        " followup_id INTEGER CONSTRAINT fk_handouts_followup_id_followups"
        " REFERENCES followups (id),"
        " CONSTRAINT pk_handouts PRIMARY KEY (id),"
        f" CONSTRAINT ck_handouts_kind CHECK ({_kinds_check(kinds)}),"
        " CONSTRAINT fk_handouts_intake_id_intakes FOREIGN KEY(intake_id)"
        " REFERENCES intakes (id)"
        ")"
    )
    op.execute(f"INSERT INTO handouts_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM handouts")
    op.execute("DROP TABLE handouts")  # its indexes go with it
    op.execute("ALTER TABLE handouts_rebuilt RENAME TO handouts")
    op.execute("CREATE INDEX ix_handouts_intake_id ON handouts (intake_id)")
    op.execute("CREATE INDEX ix_handouts_followup_id ON handouts (followup_id)")
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER handouts_no_{verb.lower()} BEFORE {verb} ON handouts "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
        )
