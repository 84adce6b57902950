"""The words of the sheet and the letter, read from `resources/handouts/<language>.toml`.

The builders ask for a sentence by its key and fill its placeholders; they never hold
patient-facing prose themselves, so a translation is a new file and no new code.
"""

import string
import tomllib
from datetime import date
from functools import cache
from typing import Any

from clinic_app import paths

DEFAULT_LANGUAGE = "en"


class TextMissing(LookupError):
    """A sentence the builder needs is not in the language file (a translation gap)."""


class HandoutText:
    """One language's sentences, looked up by dotted key ("plan.ceiling")."""

    def __init__(self, language: str, entries: dict[str, Any]) -> None:
        self.language = language
        self._entries = entries

    def __call__(self, key: str, **values: object) -> str:
        """The sentence at `key`, its placeholders filled; every placeholder must be given."""
        return self.template(key).format_map({name: str(value) for name, value in values.items()})

    def template(self, key: str) -> str:
        """The sentence at `key` with its placeholders left in, for the renderer to fill."""
        template = self._lookup(key)
        if not isinstance(template, str):
            raise TextMissing(f"{self.language}: {key} is not a sentence")
        return template

    def has(self, key: str) -> bool:
        try:
            self._lookup(key)
        except TextMissing:
            return False
        return True

    def lines(self, key: str) -> tuple[str, ...]:
        """A list of sentences, such as the safety-net items."""
        entries = self._lookup(key)
        if not isinstance(entries, list) or not all(isinstance(line, str) for line in entries):
            raise TextMissing(f"{self.language}: {key} is not a list of sentences")
        return tuple(entries)

    def date(self, day: date) -> str:
        months = self.lines("dates.months")
        return self("dates.format", day=day.day, month=months[day.month - 1], year=day.year)

    def _lookup(self, key: str) -> Any:
        node: Any = self._entries
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise TextMissing(f"{self.language}: no text for {key}")
            node = node[part]
        return node


@cache
def handout_text(language: str = DEFAULT_LANGUAGE) -> HandoutText:
    """The sentences of one language, read once."""
    path = paths.resources_dir() / "handouts" / f"{language}.toml"
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TextMissing(f"no handout text for language {language!r} ({path})") from None
    return HandoutText(language, entries)


def placeholders(template: str) -> set[str]:
    """The names a sentence expects, for checking that translations keep them."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
