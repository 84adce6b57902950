"""A hash chain over the audit trail (issue 22): a quiet edit of an event shows.

Each event gains `prev_hash` and `event_hash` (clinic_app/storage/audit_chain.py gives the
content hashed). The events already on the trail are chained here, in id order, so
`clinic-intake audit verify` vouches for the whole trail from the upgrade on; what was
edited before the upgrade cannot be told, and the chain starts from the trail as it stood.
Filling them is the one UPDATE the append-only trail ever takes: on SQLite 0001's
UPDATE trigger is dropped for it and made again exactly as 0001 made it; on PostgreSQL
it is disabled for it and enabled again, in the same transaction.

From then on a trigger guards every insert: PostgreSQL's writes the hashes itself (as the
tables' owner, so the kiosk's role, which reads no event, still adds chained ones) and puts
concurrent inserts in one line; SQLite's refuses an event that does not follow the last.
The columns are added in place (a rebuild would drop the append-only triggers).

Revision ID: 0011
Revises: 0010
Created: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from clinic_app.storage import audit_chain as chain

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_MESSAGE = "audit_events are append-only"
"""The words 0001's triggers raise, which callers and tests match on."""
FILL_CHUNK = 1000
"""Events read and updated at a time while filling the chain."""

_EVENTS = sa.table(
    "audit_events",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("record_type", sa.String()),
    sa.column("record_id", sa.Integer()),
    sa.column("detail", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("event_hash", sa.String()),
)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("event_hash", sa.String(length=64), nullable=True))
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        _fill_chain()
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
        )
        op.execute(chain.sqlite_guard())
        return
    op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
    _fill_chain()
    op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(chain.postgresql_function(schema))
    op.execute(chain.postgresql_trigger(schema))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {chain.SQLITE_GUARD}")
        op.execute("ALTER TABLE audit_events DROP COLUMN event_hash")
        op.execute("ALTER TABLE audit_events DROP COLUMN prev_hash")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {chain.POSTGRESQL_FUNCTION} ON audit_events")
    op.execute(f"DROP FUNCTION IF EXISTS {chain.POSTGRESQL_FUNCTION}()")
    op.drop_column("audit_events", "event_hash")
    op.drop_column("audit_events", "prev_hash")


def _fill_chain() -> None:
    """Chain the events already on the trail, in id order, a chunk at a time."""
    bind = op.get_bind()
    previous = chain.GENESIS
    after = 0
    update = (
        sa.update(_EVENTS)
        .where(_EVENTS.c.id == sa.bindparam("event_id"))
        .values(prev_hash=sa.bindparam("prev"), event_hash=sa.bindparam("hash"))
    )
    while True:
        rows = bind.execute(
            sa.select(
                _EVENTS.c.id,
                _EVENTS.c.at,
                _EVENTS.c.actor,
                _EVENTS.c.action,
                _EVENTS.c.record_type,
                _EVENTS.c.record_id,
                _EVENTS.c.detail,
            )
            .where(_EVENTS.c.id > after)
            .order_by(_EVENTS.c.id)
            .limit(FILL_CHUNK)
        ).all()
        if not rows:
            return
        links = []
        for row in rows:
            linked = chain.event_hash(*row, prev_hash=previous)
            links.append({"event_id": row.id, "prev": previous, "hash": linked})
            previous = linked
        bind.execute(update, links)
        after = rows[-1].id
