"""Who is doing something: a signed-in user, or the command line run by an OS user."""

import getpass
from dataclasses import dataclass

from clinic_app.storage.errors import NotAllowed


@dataclass(frozen=True)
class Actor:
    """The name written into records (`created_by`, audit events) and the role that limits."""

    name: str
    role: str
    user_id: int | None = None

    def require(self, *roles: str, to: str) -> None:
        """Refuse, in words, an action this actor's role does not allow."""
        if self.role not in roles:
            allowed = " or ".join(role.replace("_", " ") for role in roles)
            article = "an" if allowed[0] in "aeiou" else "a"
            raise NotAllowed(f"only {article} {allowed} user may {to} (you are {self.name})")


def command_line_actor() -> Actor:
    """The command line acts with admin rights, on behalf of the OS user running it."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        who = "unknown"
    return Actor(name=f"command line ({who})", role="admin")
