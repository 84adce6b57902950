"""How long a call to the database may take before the person waiting is told.

There are two uses, with their own bounds, chosen where the database is opened:

- `DESK`, the desktop app (the default of `open_database`): someone is waiting at a
  window, so every call gives up within seconds and says why, and the window can say
  "offline" and try again later. SQLite waits 5 s for another workstation's write lock;
  PostgreSQL connects within 5 s, the server cancels a statement after 8 s, and the app
  gives up on a server that does not answer at all (a dropped network, a hung server)
  after 10 s. TCP keepalives and `tcp_user_timeout` make the operating system notice a
  dead network in about 10 s too, instead of the 15 minutes TCP takes by default.
- `COMMAND_LINE`, `clinic-intake` commands (import, export, backup, demo data, db
  upgrade): nobody is clicking, and a big import must not be cut short, so SQLite waits
  30 s for the lock and PostgreSQL has no statement timeout (but the same keepalives).

A clinic may tune the PostgreSQL ones in its URL (`connect_timeout=`, `keepalives_idle=`,
`tcp_user_timeout=`, `options=-c statement_timeout=...`): what the URL sets is kept, see
`clinic_app.storage.postgresql`.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CallBounds:
    lock_wait_seconds: float
    """SQLite: how long a write waits for another connection's write lock (busy timeout)."""
    connect_seconds: int
    """PostgreSQL: libpq's connect_timeout, per host tried (whole seconds, at least 2)."""
    statement_seconds: float | None
    """PostgreSQL: the server's statement_timeout; None leaves the server's own setting."""
    answer_grace_seconds: float | None
    """PostgreSQL: the app gives up on a call the server has not answered within
    statement_seconds plus this (the server's own cancel, cleaner, normally comes first);
    None waits as long as the operating system keeps the connection."""
    keepalive_idle_seconds: int
    keepalive_interval_seconds: int
    keepalive_count: int
    tcp_user_timeout_seconds: int
    """How long sent data may stay unacknowledged before the connection is dropped."""

    @property
    def answer_seconds(self) -> float | None:
        """How long the app waits for any one answer from a PostgreSQL server."""
        if self.statement_seconds is None or self.answer_grace_seconds is None:
            return None
        return self.statement_seconds + self.answer_grace_seconds


DESK = CallBounds(
    lock_wait_seconds=5,
    connect_seconds=5,
    statement_seconds=8,
    answer_grace_seconds=2,
    keepalive_idle_seconds=5,
    keepalive_interval_seconds=2,
    keepalive_count=3,
    tcp_user_timeout_seconds=10,
)
"""A window is waiting: every call answers, or fails in words, within about 10 s."""

COMMAND_LINE = CallBounds(
    lock_wait_seconds=30,
    connect_seconds=10,
    statement_seconds=None,
    answer_grace_seconds=None,
    keepalive_idle_seconds=30,
    keepalive_interval_seconds=10,
    keepalive_count=3,
    tcp_user_timeout_seconds=60,
)
"""A command runs unattended: long statements are fine, a dead network still is not."""
