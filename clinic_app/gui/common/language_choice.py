"""Which window language each staff member chose on this workstation (languages.md).

Kept in one small JSON file in the per-user config folder (paths.config_dir(), folder
0700, file 0600), not in the database: a window language belongs to a person at a desk,
and the sign-in window must know it before anyone has signed in, so the file also keeps
the last language chosen here. It holds usernames and language tags, never patient data.

A damaged or unreadable file is not an error the user can act on: it is logged and read
as "nothing chosen", so the windows fall back to the system locale. No Qt here.
"""

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from clinic_app import paths
from clinic_app.languages import KNOWN_LANGUAGES

log = logging.getLogger(__name__)

FILE_NAME = "window-languages.json"


def choices_file() -> Path:
    return paths.config_dir() / FILE_NAME


@dataclass
class LanguageChoices:
    """`by_user`: username → tag; a user absent from it follows the system default.
    `last`: the newest choice made here (None for "System default"), for the sign-in
    window, which shows before anyone is known."""

    by_user: dict[str, str] = field(default_factory=dict)
    last: str | None = None

    def of(self, username: str) -> str | None:
        return self.by_user.get(username)

    def choose(self, username: str, language: str | None) -> None:
        """`language` None is "System default"."""
        if language is not None and language not in KNOWN_LANGUAGES:
            raise ValueError(f"unknown window language {language!r}")
        if language is None:
            self.by_user.pop(username, None)
        else:
            self.by_user[username] = language
        self.last = language

    def to_json(self) -> str:
        return json.dumps({"by_user": self.by_user, "last": self.last}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "LanguageChoices":
        """Only known tags are kept: a hand-edited or older file cannot pick a language
        the app has no catalogue for."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        by_user = raw.get("by_user", {})
        last = raw.get("last")
        return cls(
            by_user={
                str(name): tag
                for name, tag in (by_user.items() if isinstance(by_user, dict) else ())
                if tag in KNOWN_LANGUAGES
            },
            last=last if last in KNOWN_LANGUAGES else None,
        )


def load_choices(path: Path | None = None) -> LanguageChoices:
    """The choices on file; none when there is no file or it cannot be read."""
    path = path or choices_file()
    try:
        return LanguageChoices.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LanguageChoices()
    except (OSError, ValueError) as error:
        log.warning("window languages file %s not read (%s); using the defaults", path, error)
        return LanguageChoices()


def save_choices(choices: LanguageChoices, path: Path | None = None) -> None:
    """Written whole into a 0600 temporary file beside it, then renamed over it, so a
    crash leaves the old file or the new one, never half of one. Raises OSError."""
    import tempfile  # only when saving: start-up reads the file and nothing more

    path = path or choices_file()
    paths.private_dir(path.parent)
    descriptor, temporary = tempfile.mkstemp(prefix=".languages-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(choices.to_json())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
