"""The staff windows' language: which one, and Qt's translators that speak it.

languages.md: a per-user preference on this workstation, else the system locale, else
English. The sign-in window, shown before anyone is known, uses the last language chosen
here. Two translators are installed for a language: ours (resources/translations/
clinic_<tag>.qm, built from the .ts catalogues by `make ui`) and Qt's own qtbase_<lang>.qm,
so standard buttons (OK, Cancel, Yes, No) speak the same language as the rest.

Windows are built after their language is installed and are not retranslated while open,
which is why a new choice applies at the next sign-in. A missing catalogue is logged and
the windows stay English: the desk keeps working.

The CJK font in resources/fonts/ is added after the application font's families, so a
machine with no Chinese fonts still shows Chinese while Latin text keeps its own font.
Registering reads a 4 MB file (about 50 ms): in Chinese it is done before the first
window; otherwise when a user's window is built (it may show Chinese names, and the
language chooser names 中文 in its own script), so the sign-in window comes up as fast
in Spanish as in English.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from clinic_app import paths
from clinic_app.gui.common.language_choice import LanguageChoices, load_choices
from clinic_app.languages import CHINESE, ENGLISH, SPANISH

log = logging.getLogger(__name__)

QT_NAMES: dict[str, str] = {SPANISH: "es", CHINESE: "zh_CN"}
"""The name Qt's own catalogues use for each of our non-English tags."""

CJK_FONT = "DroidSansFallbackFull.ttf"


def catalogue_dir() -> Path:
    return paths.resources_dir() / "translations"


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    """Ours for a tag: clinic_es.qm, clinic_zh_Hans.qm (in `folder`, else the app's)."""
    return (folder or catalogue_dir()) / f"clinic_{language.replace('-', '_')}.qm"


def qt_catalogue_dirs() -> list[Path]:
    """Where Qt's qtbase_*.qm may be: Qt's own translations path, then PySide6's folder
    (a frozen bundle's Qt may report a path outside the bundle)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return found


def language_of_locale(name: str) -> str | None:
    """Our tag for a BCP 47 or POSIX locale name ("es-MX", "zh_CN", "zh-Hans-SG"); None
    for a language we have no windows in (traditional Chinese included)."""
    parts = name.replace("_", "-").split("-")
    first = parts[0].casefold()
    rest = {part.casefold() for part in parts[1:]}
    if first == "en":
        return ENGLISH
    if first == "es":
        return SPANISH
    if first == "zh":
        if "hant" in rest or rest & {"tw", "hk", "mo"}:
            return None
        return CHINESE
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages we have windows in; else English."""
    locale = locale or QLocale.system()
    refused: set[str] = set()  # "zh" after "zh-Hant-TW" is still traditional Chinese
    for name in [*locale.uiLanguages(), locale.name()]:
        first = name.replace("_", "-").split("-")[0].casefold()
        if first in refused:
            continue
        tag = language_of_locale(name)
        if tag is not None:
            return tag
        refused.add(first)
    return ENGLISH


def language_for(choices: LanguageChoices, username: str | None) -> str:
    """A signed-in user's own choice, else the system's; before sign-in (None), the last
    choice made on this workstation, else the system's."""
    chosen = choices.last if username is None else choices.of(username)
    return chosen or system_language()


class StaffLanguage:
    """The translators installed on the application, replaced as the desk changes hands.

    `catalogues` is where our .qm are (tests point it at ones they compiled themselves).
    """

    def __init__(self, app: QCoreApplication, catalogues: Path | None = None) -> None:
        self._app = app
        self._folder = catalogues
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def for_sign_in(self) -> str:
        return self.use(language_for(load_choices(), None))

    def for_user(self, username: str) -> str:
        language = self.use(language_for(load_choices(), username))
        self.register_font()
        return language

    def use(self, language: str) -> str:
        """Install `language`'s translators (none for English); the language in use."""
        if language == self.language and (self._installed or language == ENGLISH):
            return language
        self.remove()
        self.language = language
        if language == CHINESE:
            self.register_font()
        if language == ENGLISH:
            return language
        ours = QTranslator(self._app)
        path = catalogue_path(language, self._folder)
        if ours.load(str(path)):
            self._install(ours)
        else:
            log.warning("no window catalogue for %s at %s", language, path)
        qt_name = f"qtbase_{QT_NAMES[language]}"
        qt_own = QTranslator(self._app)
        if any(qt_own.load(qt_name, str(folder)) for folder in qt_catalogue_dirs()):
            self._install(qt_own)
        else:
            log.warning("Qt's own %s.qm not found", qt_name)
        return language

    def remove(self) -> None:
        """Back to English: every translator this installed comes off."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.language = ENGLISH

    def register_font(self) -> None:
        register_cjk_font()

    def catalogues(self) -> list[str]:
        """The files of the translators installed now (the self-test names them)."""
        return [Path(translator.filePath()).name for translator in self._installed]

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


_registered: list[str] = []
"""The CJK font's family once registered: once per process, whoever asks."""


def register_cjk_font() -> str | None:
    """Register the shipped CJK font and add it after the application font's own
    families, so Qt takes each Han character from it and every Latin one from the font
    it used before. Its family name, or None when it could not be registered.

    (Qt's addApplicationFallbackFontFamily, per script, is not in PySide6 6.12: it takes
    a QChar.Script, which PySide6 does not expose.)
    """
    if _registered:
        return _registered[0]
    path = paths.resources_dir() / "fonts" / CJK_FONT
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the CJK font %s could not be registered", path)
        return None
    font = QGuiApplication.font()
    if families[0] not in font.families():
        font.setFamilies([*font.families(), families[0]])
        QGuiApplication.setFont(font)
    _registered.append(families[0])
    return families[0]
