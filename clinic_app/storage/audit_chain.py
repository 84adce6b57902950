"""The audit trail's hash chain: what each event's SHA-256 covers, on both databases.

Anyone with the SQLite file or the PostgreSQL owner's rights can edit the trail without the
app's triggers noticing (security.md, "a quietly edited audit trail"). So each event carries
`event_hash`, a SHA-256 over its own content and `prev_hash` (the event before it's
`event_hash`): editing, removing or moving one event breaks the chain at that event or the
one after it, and `clinic-intake audit verify` finds where.

The hashed content, version 1, is this UTF-8 text, lines joined by a line feed (no final one):

    audit-chain-v1
    id=<id, decimal>
    at=<the moment in UTC: YYYY-MM-DDTHH:MM:SS.ffffffZ, always six fraction digits>
    actor=<n>:<actor>
    action=<n>:<action>
    record_type=<n>:<record type>          or  record_type=-  when there is none
    record_id=<record id, decimal>          or  record_id=-    when there is none
    detail=<n>:<detail>
    prev=<prev_hash: 64 lower-case hex digits; 64 zeros for the first event>

where <n> is the number of characters (code points) of the text after the colon: a detail
holding a line feed cannot pass for the next field. `event_hash` is the SHA-256 of that
text, in lower-case hex. Python (`event_hash` here) and PostgreSQL (`postgresql_function`)
build it the same way, and the chain runs in id order.

Who writes the hash:
- PostgreSQL: a BEFORE INSERT trigger, whatever the client sends. The kiosk's role may
  insert events but read none (kiosk_role.py), so the trigger's function is SECURITY
  DEFINER: it reads the last event as the tables' owner, with a fixed search_path. It
  takes a transaction-scoped advisory lock first, so two workstations inserting at once
  queue (the second until the first commits) instead of both following the same event;
  the app takes the same lock before its id is drawn from the sequence (models.py), so ids
  follow the chain, and the trigger gives a later id to a row whose id was drawn before the
  lock by someone else.
- SQLite: the app, in the write transaction (BEGIN IMMEDIATE holds the file's write lock,
  so no other connection can add an event between the read of the last one and the
  insert). A BEFORE INSERT trigger refuses an event with no hash, with an id not after the
  last one or with a `prev_hash` that is not the last event's hash: a chain cannot fork.
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

GENESIS = "0" * 64
"""The `prev_hash` of the first event on the trail."""
VERSION_LINE = "audit-chain-v1"
LOCK_KEY = 7_164_293_020_260_022
"""The key of the advisory lock that puts PostgreSQL's inserts in one line (issue 22)."""
SQLITE_GUARD = "audit_events_chained"
SQLITE_REFUSED = "audit_events: an event must carry its hash and follow the last event"
POSTGRESQL_FUNCTION = "audit_events_chain"


def moment(at: datetime) -> str:
    """The UTC form of a moment that the hash covers (a zone-less value is UTC already)."""
    utc = at.astimezone(UTC) if at.tzinfo is not None else at
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _sized(text: str | None) -> str:
    return "-" if text is None else f"{len(text)}:{text}"


def canonical(
    event_id: int,
    at: datetime,
    actor: str | None,
    action: str | None,
    record_type: str | None,
    record_id: int | None,
    detail: str | None,
    prev_hash: str,
) -> str:
    """The text an event's hash covers (the module docstring gives its form)."""
    lines: Sequence[str] = (
        VERSION_LINE,
        f"id={event_id}",
        f"at={moment(at)}",
        f"actor={_sized(actor)}",
        f"action={_sized(action)}",
        f"record_type={_sized(record_type)}",
        f"record_id={'-' if record_id is None else record_id}",
        f"detail={_sized(detail)}",
        f"prev={prev_hash}",
    )
    return "\n".join(lines)


def event_hash(
    event_id: int,
    at: datetime,
    actor: str | None,
    action: str | None,
    record_type: str | None,
    record_id: int | None,
    detail: str | None,
    prev_hash: str,
) -> str:
    """The SHA-256 of the event's canonical text, in lower-case hex."""
    text = canonical(event_id, at, actor, action, record_type, record_id, detail, prev_hash)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sqlite_guard() -> str:
    """The SQLite trigger that refuses an unchained event, or one that would fork the chain."""
    last = "(SELECT event_hash FROM audit_events ORDER BY id DESC LIMIT 1)"
    return (
        f"CREATE TRIGGER {SQLITE_GUARD} BEFORE INSERT ON audit_events"
        " WHEN NEW.event_hash IS NULL"
        " OR NEW.id <= coalesce((SELECT max(id) FROM audit_events), 0)"
        f" OR NEW.prev_hash IS NOT coalesce({last}, '{GENESIS}')"
        f" BEGIN SELECT RAISE(ABORT, '{SQLITE_REFUSED}'); END"
    )


def postgresql_function(schema: str) -> str:
    """The PostgreSQL trigger function that chains each new event (`schema`: the tables')."""

    def sized(column: str) -> str:
        return f"char_length(NEW.{column}) || ':' || NEW.{column}"

    content = " || chr(10) || ".join(
        (
            f"'{VERSION_LINE}'",
            "'id=' || NEW.id",
            """'at=' || to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')""",
            f"'actor=' || {sized('actor')}",
            f"'action=' || {sized('action')}",
            f"'record_type=' || coalesce({sized('record_type')}, '-')",
            "'record_id=' || coalesce(NEW.record_id::text, '-')",
            f"'detail=' || {sized('detail')}",
            "'prev=' || NEW.prev_hash",
        )
    )
    table = f'"{schema}".audit_events'
    return (
        f'CREATE FUNCTION "{schema}".{POSTGRESQL_FUNCTION}() RETURNS trigger'
        f' LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "{schema}", pg_temp'
        " AS $$ DECLARE last_id integer; last_hash text; BEGIN"
        f" PERFORM pg_advisory_xact_lock({LOCK_KEY});"
        f" SELECT id, event_hash INTO last_id, last_hash FROM {table}"
        " ORDER BY id DESC LIMIT 1;"
        " IF last_id IS NOT NULL AND NEW.id <= last_id THEN"
        f" NEW.id := nextval(pg_get_serial_sequence('{table}', 'id'));"
        " END IF;"
        f" NEW.prev_hash := coalesce(last_hash, '{GENESIS}');"
        f" NEW.event_hash := encode(sha256(convert_to({content}, 'UTF8')), 'hex');"
        " RETURN NEW; END $$"
    )


def postgresql_trigger(schema: str) -> str:
    return (
        f'CREATE TRIGGER {POSTGRESQL_FUNCTION} BEFORE INSERT ON "{schema}".audit_events'
        f' FOR EACH ROW EXECUTE FUNCTION "{schema}".{POSTGRESQL_FUNCTION}()'
    )
