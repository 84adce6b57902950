"""The words of the Questionnaire in each language: the app's own where it has them.

The foot's regions, the sides and the history conditions are read from the care sheet's
language files (resources/handouts/), so a patient reads the same word on the portal as on
their sheet; the rest from resources/fhir/<language>.toml. A field with no words yet (one
just added to the format) is still asked, under its own name, so it is never left out.
"""

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from clinic_app import paths
from clinic_app.languages import OWN_NAMES, parse_language

# Where the care sheet's files already name a field's choices or the field itself.
_SHEET_OPTIONS = {
    "symptoms.locations": ("regions",),
    "symptoms.side": ("letter", "sides"),
    "running.recent_changes": ("letter", "recent_changes"),
}
_SHEET_ITEMS = ("letter", "history")  # history.<name>: the condition's name


@dataclass(frozen=True)
class Words:
    """One language's texts: the title, each item's and each choice's."""

    language: str
    title: str
    items: dict[str, str]
    options: dict[str, dict[str, str]]

    def item(self, link_id: str) -> str:
        """The question's text, else the field's own name in words."""
        return self.items.get(link_id) or link_id.rsplit(".", 1)[-1].replace("_", " ").capitalize()

    def option(self, link_id: str, code: str) -> str:
        """A choice's text; the language names are each in their own language."""
        if link_id == "patient.language" and code in OWN_NAMES:
            return OWN_NAMES[code]
        return self.options.get(link_id, {}).get(code) or code.replace("_", " ")


def _section(entries: dict[str, Any], keys: tuple[str, ...]) -> dict[str, str]:
    found: Any = entries
    for key in keys:
        found = found.get(key, {}) if isinstance(found, dict) else {}
    return {k: v for k, v in found.items() if isinstance(v, str)} if isinstance(found, dict) else {}


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _read(path_parts: tuple[str, str]) -> dict[str, Any]:
    folder, name = path_parts
    path = paths.resources_dir() / folder / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def words_for(language: str) -> Words:
    """The words of `language` (a known tag; UnknownLanguage otherwise)."""
    tag = parse_language(language)
    own = _read(("fhir", tag))
    sheet = _read(("handouts", tag))
    items = dict(_section(own, ("items",)))
    for name, text in _section(sheet, _SHEET_ITEMS).items():
        items.setdefault(f"history.{name}", text)
    options = {
        link_id: dict(choices)
        for link_id, choices in own.get("options", {}).items()
        if isinstance(choices, dict)
    }
    for link_id, keys in _SHEET_OPTIONS.items():
        options[link_id] = {
            code: _first_upper(text) for code, text in _section(sheet, keys).items()
        }
    title = own.get("title")
    return Words(tag, title if isinstance(title, str) else "Intake", items, options)
