"""`--language TAG` on `handout`, `letter` and `progress`: which language a printout is in.

One place decides (`chosen_language`), so every command refuses an unknown tag the same
way (exit 2, naming the known tags) and so the defaults can grow in one spot: today the
flag, else English; later the patient's own language and the clinic's settings.
"""

import argparse

from clinic_app.cli.problems import InvalidInput
from clinic_app.languages import ENGLISH, KNOWN_LANGUAGES, UnknownLanguage, parse_language


def add_language_option(
    parser: argparse.ArgumentParser, what: str, *, default: str = "the patient's, else the clinic's"
) -> None:
    """The --language option of a command that prints `what` ("the sheet")."""
    parser.add_argument(
        "--language",
        metavar="TAG",
        help=f"the language of {what}: {', '.join(KNOWN_LANGUAGES)} (default: {default})",
    )


def chosen_language(args: argparse.Namespace, *, default: str = ENGLISH) -> str:
    """The language to print in: --language when given, else `default`.

    An unknown tag is refused as invalid input (exit 2) before any work is done, with the
    list of known tags. Matching ignores case ("zh-hans" is zh-Hans).
    """
    raw: str | None = getattr(args, "language", None)
    if raw is None:
        return default
    try:
        return parse_language(raw)
    except UnknownLanguage as unknown:
        raise InvalidInput([f"--language: {unknown}"]) from None
