"""The words of the sheet and the letter, read from `resources/handouts/<language>.toml`.

The builders ask for a sentence by its key and fill its placeholders; they never hold
patient-facing prose themselves, so a translation is a new file and no new code. Dates and
decimals are written the language's way by Babel (CLDR data), for the locale the language
file names; lists of names and sentences put side by side follow patterns from the file,
so no English grammar ("heel, arch and ankle", "Sentence. Sentence.") leaks into another
language.

Babel is imported by the functions that format, never at import: the command line and the
desktop app load this module's package while they start, and start-up time is watched.
"""

import datetime
import string
import tomllib
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
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

    @property
    def locale(self) -> str:
        """The Babel locale of the file's `locale` key ("en_GB", "es", "zh_Hans_CN")."""
        return self.template("locale")

    def date(self, day: datetime.date) -> str:
        """A whole date as the language writes it: "20 November 2026",
        "20 de noviembre de 2026", "2026年11月20日" (CLDR's long format)."""
        from babel.dates import format_date

        return str(format_date(day, "long", locale=self.locale))

    def short_date(self, day: datetime.date) -> str:
        """A date where a whole one does not fit, on a chart's axis: "20 Nov", "20 nov",
        "11/20". The file's `dates.chart` is a CLDR skeleton, so Babel orders the parts."""
        from babel.dates import format_skeleton

        return str(format_skeleton(self.template("dates.chart"), day, locale=self.locale))

    def number(self, value: str | float | Decimal | Fraction) -> str:
        """A number as the language writes it: "37.1" in English, "37,1" in Spanish.

        `value` is usually already rounded by the rules' own helpers ("37.1", "48"), which
        write a point and no grouping; only the decimal sign changes, to the locale's, so
        the digits are exactly those the rules and the English sheet print.
        """
        if isinstance(value, Fraction):
            value = float(value)
        words = value if isinstance(value, str) else _plain_number(value)
        if "." not in words:
            return words
        from babel.numbers import get_decimal_symbol

        return words.replace(".", str(get_decimal_symbol(self.locale)))

    def listed(self, items: Iterable[str]) -> str:
        """Names in a sentence, joined by the file's patterns: "heel, arch and ankle",
        "talón, arco y tobillo", "足跟、足弓和脚踝"."""
        names = list(items)
        if not names:
            return ""
        if len(names) == 1:
            return names[0]
        joined = self("lists.pair", first=names[-2], second=names[-1])
        for name in reversed(names[:-2]):
            joined = self("lists.series", first=name, rest=joined)
        return joined

    def listed_items(self, items: Iterable[str]) -> str:
        """Entries a clinician reads one by one: "Diabetes; Low bone density"."""
        names = list(items)
        if not names:
            return ""
        joined = names[-1]
        for name in reversed(names[:-1]):
            joined = self("lists.items", first=name, rest=joined)
        return joined

    def together(self, *sentences: str) -> str:
        """Whole sentences in one paragraph: a space between them in English and Spanish,
        none in Chinese (the file's `lists.sentences`)."""
        parts = [sentence for sentence in sentences if sentence]
        if not parts:
            return ""
        joined = parts[0]
        for sentence in parts[1:]:
            joined = self("lists.sentences", first=joined, then=sentence)
        return joined

    def region(self, value: str) -> str:
        """A region of the foot map as it reads inside a sentence ("ball of the foot")."""
        return self(f"regions.{value}")

    def regions(self, values: Iterable[str]) -> str:
        """The marked regions, in the order marked, as a list in a sentence."""
        return self.listed(self.region(value) for value in values)

    def _lookup(self, key: str) -> Any:
        node: Any = self._entries
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise TextMissing(f"{self.language}: no text for {key}")
            node = node[part]
        return node


def _plain_number(value: float | Decimal) -> str:
    """48, 48.5 (never 48.0), as the rules write a number."""
    if isinstance(value, Decimal):
        return str(value.normalize()) if value != value.to_integral() else str(int(value))
    return str(int(value)) if float(value).is_integer() else repr(value)


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
