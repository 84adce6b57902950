"""The languages the app speaks, by their BCP 47 tags (languages.md).

One list for every layer: the intake's `patient.language`, the clinic's settings, the
command line's `--language` and the staff windows all accept exactly these tags, so a tag
that one part knows and another refuses cannot happen. Pure: no Qt, no database.
"""

from dataclasses import dataclass
from functools import cache

from clinic_app import paths

ENGLISH = "en"
SPANISH = "es"
CHINESE = "zh-Hans"

# In the order a chooser lists them.
KNOWN_LANGUAGES: tuple[str, ...] = (ENGLISH, SPANISH, CHINESE)

# Each language's name in its own words, so a reader finds their language in any window.
OWN_NAMES: dict[str, str] = {
    ENGLISH: "English",
    SPANISH: "Español",
    CHINESE: "中文（简体）",
}


class UnknownLanguage(ValueError):
    """A tag that is not one of KNOWN_LANGUAGES; the message lists the known ones."""


def known_list() -> str:
    """The known tags as a reader sees them in a refusal: "en, es, zh-Hans"."""
    return ", ".join(KNOWN_LANGUAGES)


def parse_language(raw: str) -> str:
    """The known tag `raw` names, matched without regard to case ("zh-hans" is zh-Hans).

    Raises UnknownLanguage, whose message says what was given and which tags are known.
    """
    wanted = raw.strip().casefold()
    for tag in KNOWN_LANGUAGES:
        if tag.casefold() == wanted:
            return tag
    raise UnknownLanguage(f"unknown language {raw!r}: known languages are {known_list()}")


@dataclass(frozen=True)
class Review:
    """Who, if anyone, has read a language's patient text as a clinician (its [meta])."""

    language: str
    reviewed_by: str

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by.strip())


@cache
def review_of(language: str) -> Review:
    """The `[meta] reviewed_by` of `resources/handouts/<language>.toml`, "" when unreviewed.

    A language whose file is missing has certainly not been reviewed.
    """
    import tomllib  # here, not at the top: the windows' start-up needs only the tags

    path = paths.resources_dir() / "handouts" / f"{parse_language(language)}.toml"
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Review(language, "")
    meta = entries.get("meta", {})
    reviewed_by = meta.get("reviewed_by", "") if isinstance(meta, dict) else ""
    return Review(language, reviewed_by if isinstance(reviewed_by, str) else "")


def unreviewed_languages() -> tuple[str, ...]:
    """The languages whose patient text no clinician has reviewed yet, in chooser order."""
    return tuple(tag for tag in KNOWN_LANGUAGES if not review_of(tag).reviewed)


def patient_text_language(patient_language: str | None, clinic_default: str | None) -> str:
    """The language of what the patient reads (care sheet, follow-up sheet, the patient's
    part of the progress report): theirs when known, else the clinic's default patient
    language, else English (languages.md, "Who reads what").

    `patient_language` is the intake's `patient.language`, else the patient record's; a
    tag that is not known (a record damaged by hand) is passed over rather than printed
    in, so a sheet is always printed in a language the app has words for.
    """
    for candidate in (patient_language, clinic_default):
        if candidate is not None and candidate in KNOWN_LANGUAGES:
            return candidate
    return ENGLISH


def letter_language(clinic_letter_language: str | None) -> str:
    """The language of what another clinician reads (the referral letter, the clinician's
    part of the progress report): the clinic's letter language, else English.

    Never the patient's: a Spanish-reading patient's referral goes to a specialist who
    reads the clinic's own language.
    """
    if clinic_letter_language is not None and clinic_letter_language in KNOWN_LANGUAGES:
        return clinic_letter_language
    return ENGLISH
