"""The admin's Clinic settings page on a real database: what is typed is what every
workstation reads, the thresholds go back to their defaults, bad values are refused in
words, a save from an out-of-date page is refused (naming who saved), and the logo chosen
here is printed on the care sheet."""

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from handouts.logos import images_on_pages, picture
from intake_documents import document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin import settings_page
from clinic_app.gui.admin.settings_page import SettingsPage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import clinic_settings, intakes, users
from clinic_app.services.clinic_settings import ClinicDetails
from clinic_app.services.handouts import care_sheet_for
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.errors import NotAllowed, StorageError
from gui.driving import PASSWORD, Key, focused, press

W = TypeVar("W", bound=QWidget)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


@pytest.fixture
def other_workstation(database: Database, admin: Workstation) -> Iterator[Workstation]:
    """Another admin, Bea, at another workstation: her own connection to the same file."""
    bea = users.create_user(
        database, admin.actor, username="bea", display_name="Bea", role="admin", password=PASSWORD
    )
    elsewhere = open_database(f"sqlite:///{database.sqlite_path}")
    yield Workstation(elsewhere, bea)
    elsewhere.close()


def shown_page(qtbot: QtBot, workstation: Workstation) -> SettingsPage:
    page = SettingsPage(workstation)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_busy())  # the settings, read in the background
    return page


def line(page: SettingsPage, name: str) -> QLineEdit:
    return child(page, QLineEdit, f"settings.{name}")


def retype(widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    """Type over what the field shows (a number box keeps its suffix, as on screen)."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def message(page: SettingsPage) -> str:
    return child(page, QLabel, "settings.message").text()


def click(qtbot: QtBot, page: SettingsPage, name: str) -> None:
    """Click, then wait for what the click asked of the database (a save, a read)."""
    button = child(page, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy())


def read_elsewhere(database: Database) -> ClinicDetails:
    """The settings as another workstation reads them: a Database of its own."""
    other = open_database(f"sqlite:///{database.sqlite_path}")
    try:
        return clinic_settings.load(other)
    finally:
        other.close()


def test_what_is_typed_and_saved_is_what_another_workstation_reads(
    qtbot: QtBot, admin: Workstation
) -> None:
    page = shown_page(qtbot, admin)
    assert page.objectName() == "settingsPage"
    retype(line(page, "clinic_name"), "Stride Physio")
    address = child(page, QPlainTextEdit, "settings.address")
    address.setFocus()
    QTest.keyClicks(address, "12 Mill Lane")
    QTest.keyClick(address, Qt.Key.Key_Return)  # a new line, not a save
    QTest.keyClicks(address, "Springfield")
    retype(line(page, "phone"), "555-0100")
    retype(line(page, "emergency_number"), "+44 (0) 999")
    paper = child(page, QComboBox, "settings.paper")
    paper.setCurrentIndex(paper.findData("letter"))
    retype(child(page, QSpinBox, "settings.idle_lock_minutes"), "12")
    retype(child(page, QSpinBox, "settings.persistent_pain_days"), "5")
    retype(child(page, QDoubleSpinBox, "settings.max_weekly_increase"), "15")
    assert message(page) == ""
    assert page.has_unsaved_changes()
    click(qtbot, page, "settings.save")

    assert message(page) == "Saved."
    assert not page.has_unsaved_changes()
    saved = read_elsewhere(admin.database)
    assert dataclasses.replace(saved, version=0) == ClinicDetails(
        clinic_name="Stride Physio",
        address="12 Mill Lane\nSpringfield",
        phone="555-0100",
        emergency_number="+44 (0) 999",
        paper_size="letter",
        persistent_pain_days=5,
        max_weekly_increase=0.15,
        idle_lock_minutes=12,
        logo=None,
        version=0,
    )
    assert saved.version == 2


def test_tab_visits_every_field_in_order_and_ends_on_save(qtbot: QtBot, admin: Workstation) -> None:
    page = shown_page(qtbot, admin)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    line(page, "clinic_name").setFocus()
    visited = [focused().objectName()]
    for _ in range(13):
        press(Key.Key_Tab)
        visited.append(focused().objectName())
    assert visited == [
        f"settings.{name}"
        for name in (
            "clinic_name",
            "address",  # Tab leaves the address; Enter there starts a new line
            "phone",
            "emergency_number",
            "chooseLogo",  # Remove logo is skipped: there is no logo to remove
            "paper",
            "default_patient_language",
            "letter_language",
            "idle_lock_minutes",
            "persistent_pain_days",
            "max_weekly_increase",
            "restoreDefaults",
            "revert",
            "save",
        )
    ]


def test_the_thresholds_go_back_to_their_defaults_once_saved(
    qtbot: QtBot, admin: Workstation
) -> None:
    details = clinic_settings.load(admin.database)
    clinic_settings.save(
        admin.database,
        admin.actor,
        dataclasses.replace(details, persistent_pain_days=7, max_weekly_increase=0.25),
    )
    page = shown_page(qtbot, admin)
    days = child(page, QSpinBox, "settings.persistent_pain_days")
    rise = child(page, QDoubleSpinBox, "settings.max_weekly_increase")
    assert (days.value(), rise.value()) == (7, 25.0)
    assert "from now on" in child(page, QLabel, "settings.thresholdsNote").text()

    click(qtbot, page, "settings.restoreDefaults")
    assert (days.value(), rise.value()) == (3, 10.0)
    assert "Save to use them" in message(page)
    assert read_elsewhere(admin.database).persistent_pain_days == 7  # not yet

    click(qtbot, page, "settings.save")
    rules = read_elsewhere(admin.database).rule_settings()
    assert (rules.persistent_pain_days, rules.max_weekly_increase) == (3, 0.10)


def test_a_half_typed_number_is_refused_in_words_and_nothing_is_saved(
    qtbot: QtBot, admin: Workstation
) -> None:
    page = shown_page(qtbot, admin)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    before = read_elsewhere(admin.database)
    idle = child(page, QSpinBox, "settings.idle_lock_minutes")
    retype(idle, "0")
    assert not idle.hasAcceptableInput()
    QTest.keyClick(idle, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save, from there
    qtbot.waitUntil(lambda: not page.is_busy())

    assert message(page) == "Not saved. Lock after: type a whole number of minutes from 1 to 240."
    assert read_elsewhere(admin.database) == before
    assert idle.hasFocus()

    # Left half typed, it goes back to what it was: the page says so, in words.
    QTest.keyClick(idle, Qt.Key.Key_Tab)
    assert idle.value() == 5
    assert message(page) == (
        "Lock after: type a whole number of minutes from 1 to 240. "
        "It was put back to its last value."
    )


def test_an_emergency_number_the_sheet_cannot_print_is_refused_in_words(
    qtbot: QtBot, admin: Workstation
) -> None:
    page = shown_page(qtbot, admin)
    before = read_elsewhere(admin.database)
    number = line(page, "emergency_number")
    assert number.placeholderText() == "Empty: “your local emergency number”"
    retype(number, "999 or ask at the desk")
    QTest.keyClick(number, Qt.Key.Key_Return)  # Enter saves, as in the other lines
    qtbot.waitUntil(lambda: not page.is_busy())

    assert message(page).startswith("Not saved: The emergency number '999 or ask at the desk'")
    assert "digits, spaces and + ( ) -" in message(page)
    assert read_elsewhere(admin.database) == before
    assert number.text() == "999 or ask at the desk"  # kept, to be put right

    retype(number, "112")
    click(qtbot, page, "settings.save")
    assert message(page) == "Saved."
    assert read_elsewhere(admin.database).emergency_number == "112"
    assert read_elsewhere(admin.database).letterhead().emergency_number == "112"


def test_the_service_refuses_what_the_form_cannot_send(admin: Workstation) -> None:
    details = clinic_settings.load(admin.database)
    with pytest.raises(StorageError, match="between 1 and 240 minutes"):
        clinic_settings.save(
            admin.database, admin.actor, dataclasses.replace(details, idle_lock_minutes=0)
        )
    with pytest.raises(StorageError, match="must be a4 or letter"):
        clinic_settings.save(
            admin.database, admin.actor, dataclasses.replace(details, paper_size="a5")
        )
    with pytest.raises(StorageError, match="persistent_pain_days"):
        clinic_settings.save(
            admin.database, admin.actor, dataclasses.replace(details, persistent_pain_days=-1)
        )
    assert clinic_settings.load(admin.database) == details


def test_a_save_from_an_out_of_date_page_is_refused_and_nothing_is_lost(
    qtbot: QtBot,
    admin: Workstation,
    other_workstation: Workstation,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offers: list[str] = []
    answer = False

    def ask_to_reload(_parent: QWidget, text: str) -> bool:
        offers.append(text)
        return answer

    monkeypatch.setattr(settings_page, "ask_to_reload", ask_to_reload)
    mine = shown_page(qtbot, admin)
    hers = shown_page(qtbot, other_workstation)
    retype(line(hers, "clinic_name"), "Bea's Running Clinic")
    click(qtbot, hers, "settings.save")
    assert message(hers) == "Saved."

    retype(line(mine, "phone"), "555-0199")
    click(qtbot, mine, "settings.save")

    assert message(mine).startswith("Not saved: bea saved other settings at ")
    assert "Your changes are still in the form" in message(mine)
    assert offers == [message(mine)]
    assert line(mine, "phone").text() == "555-0199"  # kept, as declined
    stored = read_elsewhere(admin.database)
    assert (stored.clinic_name, stored.phone) == ("Bea's Running Clinic", "")

    answer = True
    click(qtbot, mine, "settings.save")
    assert len(offers) == 2
    assert line(mine, "clinic_name").text() == "Bea's Running Clinic"
    assert line(mine, "phone").text() == ""
    assert message(mine) == "These are the settings bea saved. Make your changes again and Save."
    retype(line(mine, "phone"), "555-0199")
    click(qtbot, mine, "settings.save")
    assert message(mine) == "Saved."
    stored = read_elsewhere(admin.database)
    assert (stored.clinic_name, stored.phone) == ("Bea's Running Clinic", "555-0199")


def test_settings_saved_elsewhere_show_when_the_page_is_shown_again(
    qtbot: QtBot, admin: Workstation, other_workstation: Workstation
) -> None:
    page = shown_page(qtbot, admin)
    page.hide()
    details = clinic_settings.load(other_workstation.database)
    clinic_settings.save(
        other_workstation.database,
        other_workstation.actor,
        dataclasses.replace(details, clinic_name="Stride Physio"),
    )
    page.show()
    qtbot.waitUntil(lambda: line(page, "clinic_name").text() == "Stride Physio")

    # Unsaved changes are not read over when the admin comes back to the page.
    retype(line(page, "phone"), "555-0100")
    page.hide()
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy())
    assert line(page, "phone").text() == "555-0100"
    click(qtbot, page, "settings.revert")
    assert line(page, "phone").text() == ""


def test_a_chosen_logo_is_printed_on_the_care_sheet_until_removed(
    qtbot: QtBot,
    admin: Workstation,
    front_desk: Workstation,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logo_file = tmp_path / "clinic-logo.png"
    logo_file.write_bytes(picture())
    chosen = [str(logo_file)]
    monkeypatch.setattr(settings_page, "choose_logo_file", lambda _parent: chosen[0])
    intake_id = intakes.submit(front_desk.database, front_desk.actor, document()).intake_id
    page = shown_page(qtbot, admin)
    preview = child(page, QLabel, "settings.logo")
    assert preview.text().startswith("No logo")
    assert not child(page, QPushButton, "settings.removeLogo").isEnabled()

    click(qtbot, page, "settings.chooseLogo")
    assert not preview.pixmap().isNull()
    assert "Save to print it" in message(page)
    assert read_elsewhere(admin.database).logo is None  # in the form only, so far
    click(qtbot, page, "settings.save")
    assert read_elsewhere(admin.database).logo == picture()
    assert images_on_pages(care_sheet_for(admin.database, intake_id).pdf)[0] == 1

    # A file that is no picture is refused, and the logo in the form stays as it was.
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture", encoding="utf-8")
    chosen[0] = str(notes)
    click(qtbot, page, "settings.chooseLogo")
    assert message(page) == (
        "The logo must be a PNG or JPEG picture (notes.png). The logo was not changed."
    )
    assert not preview.pixmap().isNull()
    assert not page.has_unsaved_changes()

    click(qtbot, page, "settings.removeLogo")
    assert preview.text().startswith("No logo")
    click(qtbot, page, "settings.save")
    assert read_elsewhere(admin.database).logo is None
    assert sum(images_on_pages(care_sheet_for(admin.database, intake_id).pdf)) == 0


def test_only_an_admin_may_save_and_the_page_says_so(qtbot: QtBot, front_desk: Workstation) -> None:
    page = shown_page(qtbot, front_desk)
    retype(line(page, "clinic_name"), "Not Our Clinic")
    click(qtbot, page, "settings.save")
    assert message(page) == (
        "Not saved: Only an admin user may change the clinic's settings (you are desk)."
    )
    assert read_elsewhere(front_desk.database).clinic_name == ""
    with pytest.raises(NotAllowed):
        clinic_settings.save(
            front_desk.database, front_desk.actor, clinic_settings.load(front_desk.database)
        )
