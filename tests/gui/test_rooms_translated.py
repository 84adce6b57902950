"""The intake, patients, review, follow-up and kiosk rooms in Spanish and Chinese: each room's main
widget, built under a translator compiled from this repository's catalogues, shows no
English where its own catalogue has a translation.

Each widget is built twice, first in English (no translator) and then translated, and the
two are compared widget by widget: every label, button, tab, header, placeholder, tooltip
and accessible name whose English is one of the catalogue's sources must read differently
once translated, unless the catalogue itself says the same ("No" is Spanish too). Texts
drawn by gui/common's widgets, the Designer forms and Qt's standard buttons belong to their
own catalogues (translated there) and are not what this test is about.
"""

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.followups.followup_form import FollowUpForm
from clinic_app.gui.intake.intake_form import IntakeForm
from clinic_app.gui.intake.intake_result import IntakeResult
from clinic_app.gui.kiosk.kiosk_session import KioskSession
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.patients.patients_page import PatientsPage
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.review.review_page import ReviewPage
from clinic_app.services.kiosk_settings import PinGuard

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("es", "zh_Hans")
_TAGS = re.compile(r"<[^>]+>")
# Widgets whose words are gui/common's or a Designer form's, not this room's: the intake
# steps' Designer pages, and the follow-up form's symptom questions (the intake's fields,
# labelled and filled by gui/common).
_NOT_THIS_ROOMS = re.compile(r"^(intake\.page\.|symptoms\.(?!side$|locations$|pain_now$))")


def _this_rooms(widget: QWidget, root: QWidget) -> bool:
    """Whether `widget`'s words are the room's own (see `_NOT_THIS_ROOMS`): not inside a
    Designer page or a gui/common widget, and not one of Qt's standard buttons."""
    parent = widget.parentWidget()
    if (
        isinstance(parent, QDialogButtonBox)
        and isinstance(widget, QPushButton)
        and parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    ):
        return False
    current: QWidget | None = widget
    while current is not None and current is not root:
        if _NOT_THIS_ROOMS.match(current.objectName()):
            return False
        if type(current).__module__.startswith("clinic_app.gui.common"):
            return False
        current = current.parentWidget()
    return True


Texts = list[tuple[str, str]]
"""(where, English or translated text), in the order the widgets were made."""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The .qm of each catalogue, compiled by lrelease from the committed .ts."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    found = {}
    for language in LANGUAGES:
        target = folder / f"clinic_{language}.qm"
        subprocess.run(
            [str(lrelease), str(TRANSLATIONS / f"clinic_{language}.ts"), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        found[language] = target
    return found


def catalogue(language: str) -> dict[str, set[str]]:
    """Each English source of a language's catalogue with its translations (every
    numerus form, and the same source in several contexts)."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(TRANSLATIONS / f"clinic_{language}.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        found.setdefault(source, set()).update(forms or [translation.text or ""])
    return found


@pytest.fixture
def translator(compiled: dict[str, Path]) -> Iterator[Callable[[str], None]]:
    """Install a language's translator; it is removed again after the test, so the
    tests that follow read English."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(compiled[language])), compiled[language]
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _plain(text: str) -> str:
    return html.unescape(_TAGS.sub("", text)).strip()


def widgets_of(root: QWidget) -> list[tuple[str, QWidget]]:
    """`root` and every widget in it, each named by its place and kind, in the order made."""
    widgets = [root, *root.findChildren(QWidget)]
    return [
        (f"{number}:{type(widget).__name__}:{widget.objectName()}", widget)
        for number, widget in enumerate(widgets)
    ]


def texts_of(root: QWidget) -> Texts:
    """Every text a reader or a screen reader meets in `root`, with where it is."""
    found: Texts = []
    for where, widget in widgets_of(root):
        texts = [
            ("title", widget.windowTitle() if widget is root else ""),
            ("tooltip", widget.toolTip()),
            ("accessible", widget.accessibleName()),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(("text", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            texts += [(f"item {i}", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [(f"tab {i}", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                (f"header {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
        found += [(f"{where} {kind}", _plain(text)) for kind, text in texts]
    return found


def build_intake_form(workstation: Workstation) -> QWidget:
    return IntakeForm(workstation)


def build_intake_result(workstation: Workstation) -> QWidget:
    return IntakeResult(workstation)


def build_drafts_dialog(workstation: Workstation) -> QWidget:
    return DraftsDialog(workstation, [], folder=None)


def build_patients_page(workstation: Workstation) -> QWidget:
    return PatientsPage(workstation)


def build_review_page(workstation: Workstation) -> QWidget:
    return ReviewPage(workstation, poll_ms=3_600_000)


def build_follow_up_form(workstation: Workstation) -> QWidget:
    return FollowUpForm(workstation)


def build_new_patient_dialog(workstation: Workstation) -> QWidget:
    return NewPatientDialog(workstation)


def build_decision_dialog(workstation: Workstation) -> QWidget:
    return DecisionDialog(workstation, intake_id=1)


def build_kiosk_session(workstation: Workstation) -> QWidget:
    return KioskSession(workstation.database, "Waiting room", "en")


def build_kiosk_staff_dialog(workstation: Workstation) -> QWidget:
    return StaffDialog(workstation.database, PinGuard("Waiting room"))


ROOMS = {
    "intake": build_intake_form,
    "intake result": build_intake_result,
    "drafts": build_drafts_dialog,
    "patients": build_patients_page,
    "new patient": build_new_patient_dialog,
    "review": build_review_page,
    "decision": build_decision_dialog,
    "follow-up": build_follow_up_form,
    "kiosk": build_kiosk_session,
    "kiosk staff": build_kiosk_staff_dialog,
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("room", ROOMS)
def test_no_english_left_in_the_room(
    qtbot: QtBot,
    clinician: Workstation,
    translator: Callable[[str], None],
    room: str,
    language: str,
) -> None:
    build = ROOMS[room]
    words = catalogue(language)
    english_widget = build(clinician)
    qtbot.addWidget(english_widget)
    english = texts_of(english_widget)
    own = {
        where for where, widget in widgets_of(english_widget) if _this_rooms(widget, english_widget)
    }
    translator(language)
    translated_widget = build(clinician)
    qtbot.addWidget(translated_widget)
    translated = texts_of(translated_widget)

    assert [where for where, _ in translated] == [where for where, _ in english]
    ours = [
        (where, before, after)
        for (where, before), (_, after) in zip(english, translated, strict=True)
        if before in words and where.split(" ")[0] in own
    ]
    still_english = [
        (where, before)
        for where, before, after in ours
        if after == before != "" and before not in words[before]
    ]
    assert not still_english, f"{room} in {language} still shows English: {still_english}"
    assert len(ours) >= 5, f"{room}: only {len(ours)} of its texts were compared"


def test_a_translation_is_the_catalogues_own(
    qtbot: QtBot, front_desk: Workstation, translator: Callable[[str], None]
) -> None:
    """The words come from the committed catalogue (not just any change): the Patients
    page's New patient button, with its accelerator, in Spanish; a count in Chinese."""
    translator("es")
    page = PatientsPage(front_desk)
    qtbot.addWidget(page)
    button = page.findChild(QAbstractButton, "patients.new")
    assert button is not None
    assert button.text() == "Paciente &nuevo…"
    assert page.findChild(QLabel, "patients.status") is not None
    translator("zh_Hans")  # installed last, so it is asked first
    assert QCoreApplication.translate("PatientsPage", "%n patients found", None, 3) == (
        "找到 3 位患者"
    )
