"""The kiosk's language: the patient's, for the kiosk alone, and the staff's again after.

Qt looks a text up in the translators installed on the application, newest first. The
kiosk installs one translator of its own on top while it runs and takes it off when it is
left, so the staff's translators (gui/common/translations.py) are never touched and their
windows speak the staff's language again as soon as the kiosk is gone.

The kiosk's translator answers every lookup itself: from our catalogue or Qt's own for the
patient's language, else with the English source text. It never lets a lookup fall
through to the staff's translators beneath, so an English-speaking patient at a desk whose
staff read Spanish sees English, not a mixture.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from clinic_app.gui.common.translations import (
    QT_NAMES,
    catalogue_path,
    qt_catalogue_dirs,
    register_cjk_font,
)
from clinic_app.languages import CHINESE, ENGLISH, KNOWN_LANGUAGES

log = logging.getLogger(__name__)


class KioskTranslator(QTranslator):
    """Every text in one language (`tag`), English where it has no translation."""

    def __init__(
        self, language: str, parent: QObject | None, catalogues: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.tag = language
        self._sources: list[QTranslator] = []
        if language == ENGLISH:
            return
        ours = QTranslator(self)
        path = catalogue_path(language, catalogues)
        if ours.load(str(path)):
            self._sources.append(ours)
        else:
            log.warning("no kiosk catalogue for %s at %s", language, path)
        qt_own = QTranslator(self)
        name = f"qtbase_{QT_NAMES[language]}"
        if any(qt_own.load(name, str(folder)) for folder in qt_catalogue_dirs()):
            self._sources.append(qt_own)

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803  (Qt's own parameter names)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        for source in self._sources:
            found = source.translate(context, sourceText, disambiguation, n)
            if found:
                return found
        return sourceText

    def isEmpty(self) -> bool:
        return False


class KioskLanguage:
    """Installs the patient's translator for the kiosk, and takes it off when it goes.
    `owner` is the kiosk's window.

    `words_in(language, context, text)` looks a text up in any language without
    installing it: the language page greets the patient in each language at once.
    """

    def __init__(
        self, app: QCoreApplication, owner: QObject, catalogues: Path | None = None
    ) -> None:
        self._app = app
        self._owner = owner
        self._folder = catalogues
        self._installed: KioskTranslator | None = None
        # Not installed, only asked: owned here (no parent), they go with this object.
        self._each = {tag: KioskTranslator(tag, None, catalogues) for tag in KNOWN_LANGUAGES}

    @property
    def language(self) -> str | None:
        return None if self._installed is None else self._installed.tag

    def use(self, language: str) -> None:
        """Speak `language` from now on (Qt sends every widget a LanguageChange)."""
        if self._installed is not None and self._installed.tag == language:
            return
        if language == CHINESE:
            register_cjk_font()
        # Owned by the kiosk's window: if it goes without being left, the translator goes
        # with it, and Qt takes a deleted translator off the application by itself.
        translator = KioskTranslator(language, self._owner, self._folder)
        self.leave()
        self._app.installTranslator(translator)
        self._installed = translator

    def leave(self) -> None:
        """Back to the staff's own language: the kiosk's translator comes off."""
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
            self._installed.deleteLater()
            self._installed = None

    def words_in(self, language: str, context: str, text: str) -> str:
        return self._each[language].translate(context, text)
