"""Who is at this workstation and which database it works on, handed to every window.

Passed in rather than kept in a global, so a test can build any window for any user on
any database without patching.
"""

from dataclasses import dataclass

from clinic_app.services.actor import Actor
from clinic_app.services.users import Account
from clinic_app.storage.database import Database


@dataclass(frozen=True)
class Workstation:
    database: Database
    account: Account

    @property
    def actor(self) -> Actor:
        return self.account.actor()

    def is_role(self, *roles: str) -> bool:
        """True when the signed-in user has one of `roles` (what a window may show)."""
        return self.account.role in roles
