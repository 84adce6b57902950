"""How each staff member wants the windows to look on this workstation: the text size
(100 to 200 %) and the theme (accessibility.md, Text size and Themes).

Kept like the window language (language_choice.py), in one small JSON file in the per-user
config folder (0600): a look belongs to a person at a desk, and the sign-in window, shown
before anyone is known, takes the last look chosen here. Usernames, sizes and theme names
only. A damaged file is logged and read as nothing chosen. No Qt here.
"""

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinic_app import paths

log = logging.getLogger(__name__)

FILE_NAME = "window-looks.json"
TEXT_SIZES = (100, 125, 150, 175, 200)
"""The text sizes offered, in per cent of the app's usual 10 pt."""
THEMES = ("light", "dark", "high-contrast")
"""The themes one may pick (gui/common/themes.py); None follows the system's scheme."""


@dataclass(frozen=True)
class Look:
    text_percent: int = 100
    theme: str | None = None

    def __post_init__(self) -> None:
        if self.text_percent not in TEXT_SIZES:
            raise ValueError(f"a text size is one of {TEXT_SIZES} % (got {self.text_percent})")
        if self.theme is not None and self.theme not in THEMES:
            raise ValueError(f"no theme called {self.theme!r}")

    def to_json(self) -> dict[str, Any]:
        return {"text_percent": self.text_percent, "theme": self.theme}

    @classmethod
    def from_json(cls, raw: object) -> "Look":
        """The look `raw` gives; the usual look for anything it does not give rightly."""
        if not isinstance(raw, dict):
            return cls()
        size, theme = raw.get("text_percent", 100), raw.get("theme")
        return cls(
            size if size in TEXT_SIZES else 100,
            theme if theme in THEMES else None,
        )


@dataclass
class LookChoices:
    by_user: dict[str, Look] = field(default_factory=dict)
    last: Look = field(default_factory=Look)

    def of(self, username: str | None) -> Look:
        """`username`'s look; the last one chosen here before anyone has signed in."""
        return self.last if username is None else self.by_user.get(username, Look())

    def choose(self, username: str, look: Look) -> None:
        self.by_user[username] = look
        self.last = look

    def to_json(self) -> str:
        return json.dumps(
            {
                "by_user": {name: look.to_json() for name, look in self.by_user.items()},
                "last": self.last.to_json(),
            },
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> "LookChoices":
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        by_user = raw.get("by_user", {})
        return cls(
            by_user={
                str(name): Look.from_json(look)
                for name, look in (by_user.items() if isinstance(by_user, dict) else ())
            },
            last=Look.from_json(raw.get("last")),
        )


def looks_file() -> Path:
    return paths.config_dir() / FILE_NAME


def load_looks(path: Path | None = None) -> LookChoices:
    """The looks on file; none when there is no file or it cannot be read."""
    path = path or looks_file()
    try:
        return LookChoices.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LookChoices()
    except (OSError, ValueError) as error:
        log.warning("window looks file %s not read (%s); using the usual look", path, error)
        return LookChoices()


def save_looks(looks: LookChoices, path: Path | None = None) -> None:
    """Written whole, 0600, in a 0700 folder (services/files.py); StorageError if not."""
    from clinic_app.services.files import write_private  # only when saving

    path = path or looks_file()
    paths.private_dir(path.parent)
    write_private(path, looks.to_json().encode("utf-8"), what="the window looks")
