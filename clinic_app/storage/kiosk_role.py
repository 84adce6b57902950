"""The kiosk's own PostgreSQL role: it may add patients' entries and read nothing else.

A tablet in the waiting room is a public machine; if its database login leaks, it must
not open a single record (self-entry.md, security.md). So the role is granted exactly what
`patient_entries.add_entry` and the kiosk's settings reads need, table by table:

- INSERT on patient_entries, desk_alerts and audit_events, with their id sequences. These
  three are inserted without RETURNING (models.py: `implicit_returning` off; the id comes
  from the sequence first), because RETURNING needs SELECT on the columns it returns.
- SELECT on consent_texts (the clinic's consent wording, no patient's), on kiosk_pin (the
  PIN's hash), on alembic_version (the app checks the schema before anything else), and
  on three columns of the one clinic_settings row: its id and the two rule thresholds the
  live flags use.

An audit event is chained to the one before it (audit_chain.py) by a trigger that runs as
the tables' owner (SECURITY DEFINER), so the kiosk's events are chained without its role
reading a single event.

Nothing else: no SELECT on patients, intakes, patient_entries, users or the audit trail,
no UPDATE or DELETE anywhere. The PIN's hash is readable by the kiosk's login, and a PIN
is short; what it guards is leaving kiosk mode on the tablet, whose login the holder of
that hash already has. The administrator runs these statements once, as the owner of the
tables, after `clinic-intake db upgrade`; they can be run again (after a later upgrade)
without harm.
"""

import re

DEFAULT_ROLE = "clinic_kiosk"
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_INSERTED = ("patient_entries", "desk_alerts", "audit_events")
_SETTINGS_COLUMNS = ("id", "persistent_pain_days", "max_weekly_increase")


def kiosk_role_statements(role: str = DEFAULT_ROLE) -> list[str]:
    """The SQL that creates `role` (without a password: set one with ALTER ROLE or
    psql's \\password) and grants it what the kiosk needs, in order. Raises ValueError
    for a name that is not a plain lower-case SQL identifier."""
    if not _ROLE_NAME.fullmatch(role):
        raise ValueError(
            f"kiosk role {role!r}: use lower-case letters, digits and '_' (not first), "
            "at most 63 characters"
        )
    statements = [
        "DO $$ BEGIN"
        f" IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN"
        f" CREATE ROLE {role} LOGIN;"
        " END IF; END $$",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
    ]
    for table in _INSERTED:
        statements.append(f"GRANT INSERT ON {table} TO {role}")
        statements.append(f"GRANT USAGE ON SEQUENCE {table}_id_seq TO {role}")
    statements += [
        f"GRANT SELECT ON consent_texts TO {role}",
        f"GRANT SELECT ON kiosk_pin TO {role}",
        f"GRANT SELECT ON alembic_version TO {role}",
        f"GRANT SELECT ({', '.join(_SETTINGS_COLUMNS)}) ON clinic_settings TO {role}",
    ]
    return statements


def kiosk_role_sql(role: str = DEFAULT_ROLE) -> str:
    """The same statements as one script, for the README and for psql."""
    return "".join(f"{statement};\n" for statement in kiosk_role_statements(role))
