"""Small pieces of wording every room uses: a message as a sentence, a list in words, a
count with its noun, a role and a moment as the staff windows say them. No widgets here;
each room builds its own messages from these.

The translated pieces go through Qt's translation with fixed contexts ("Wording"), so
they read the same from any room (languages.md).
"""

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP

ROLE_LABELS: dict[str, str] = {
    "front_desk": QT_TRANSLATE_NOOP("Wording", "front desk"),
    "clinician": QT_TRANSLATE_NOOP("Wording", "clinician"),
    "admin": QT_TRANSLATE_NOOP("Wording", "administrator"),
}
"""Each role as the clinic says it (services.users.ROLE_WORDS, in the windows' language)."""

ROLES_WITH_ARTICLE: dict[str, str] = {
    "front_desk": QT_TRANSLATE_NOOP("Wording", "a front desk"),
    "clinician": QT_TRANSLATE_NOOP("Wording", "a clinician"),
    "admin": QT_TRANSLATE_NOOP("Wording", "an administrator"),
}
"""A role as it follows "is now" or "as": whole phrases, since articles differ by language."""


def sentence(message: str) -> str:
    """A message as a sentence: capital first letter, full stop at the end."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?", "。", "！", "？")) else message + "."


def listed_words(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c" (in the windows' language: "a, b y c", "a、b和c")."""
    if len(items) <= 1:
        return "".join(items)
    translate = QCoreApplication.translate
    comma = translate("Wording", ", ", "between the items of a list but the last two")
    return translate("Wording", "{items} and {last}").format(
        items=comma.join(items[:-1]), last=items[-1]
    )


def counted(count: int, noun: str) -> str:
    """ "1 flag", "3 flags": a count with its noun (nouns that take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def plural(translated: str, count: int) -> str:
    """A count in words, as `QCoreApplication.translate(context, "%n event(s)", "", count)`
    or `self.tr("%n event(s)", "", count)` gave it (lupdate needs that call written out).

    Translated, each language has its own plural forms (Spanish two, Chinese one). With no
    catalogue (English) Qt returns the source with the number in; its "(s)" is resolved
    the English way here, so English needs no catalogue. The number is written the
    windows' language's way ("1,234").
    """
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if count == 1 else "s")
    return translated.replace(str(count), window_locale().toString(count), 1)


def role_label(role: str) -> str:
    """A role in the windows' language ("front desk", "recepción")."""
    source = ROLE_LABELS.get(role)
    return QCoreApplication.translate("Wording", source) if source else role.replace("_", " ")


def role_with_article(role: str) -> str:
    """ "a clinician", "an administrator": what someone is, in the windows' language."""
    source = ROLES_WITH_ARTICLE.get(role)
    return QCoreApplication.translate("Wording", source) if source else role.replace("_", " ")


def window_locale() -> QLocale:
    """The locale of the windows' language, for month names and numbers: the translated
    catalogue says which (a message whose translation is its own Qt locale name)."""
    name = QCoreApplication.translate("Wording", "en_GB", "Qt locale name of this translation")
    return QLocale(name)


def moment_words(moment: datetime) -> str:
    """A moment as a message says it: "14:03 on 3 December 2026", local time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # this computer's zone
    return window_locale().toString(
        local, QCoreApplication.translate("Wording", "HH:mm 'on' d MMMM yyyy")
    )


def minute_after(moment: datetime) -> str:
    """A moment as "HH:MM" in this computer's time, the minute rounded up: "after 10:16"
    for 10:15:20 is a time at which whatever waits is sure to be over."""
    local = moment.astimezone()  # this computer's zone
    if local.second or local.microsecond:
        local += timedelta(minutes=1)
    return local.strftime("%H:%M")
