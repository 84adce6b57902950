"""The kiosk on its own PostgreSQL role (security.md, storage/kiosk_role.py), and the
desk's alert at another workstation: a kiosk started on the role's URL takes a whole
entry through its widgets, and a staff sign-in there points to the PIN instead of
failing; `clinic-intake kiosk` starts on that URL; an emergency answered at the kiosk
shows on a second workstation's alert bar, naming the kiosk."""

import itertools
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clinic_app.cli.kiosk import kiosk_command, kiosk_name
from clinic_app.cli.main import build_parser
from clinic_app.gui.common.desk_alert import DeskAlertBar
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.kiosk.kiosk_consent import ThanksPage
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.services import kiosk_access, kiosk_settings, patient_entries, users
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.kiosk_role import kiosk_role_statements
from gui.driving import PASSWORD
from gui.gui_thread import no_database_on_gui_thread
from gui.kiosk_driving import (
    KIOSK,
    LEFT,
    PATIENTS,
    agree,
    answer_the_questions,
    child,
    choose_language,
    leave,
    ready_for_a_kiosk,
    send,
    settled,
    sign,
)

_numbers = itertools.count()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clinic(database_url: str) -> Iterator[Database]:
    """The desk's own login to the clinic's database, ready for a kiosk."""
    database = open_database(database_url)
    ready_for_a_kiosk(database)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.fixture
def kiosk_url(database_url: str, clinic: Database) -> Iterator[str]:
    """The URL of the clinic's database for a new kiosk role (as the README's SQL makes)."""
    role = f"clinic_kiosk_gui_{os.getpid()}_{next(_numbers)}"
    with clinic.engine.begin() as connection:
        for statement in kiosk_role_statements(role):
            connection.execute(text(statement))
    try:
        yield (
            make_url(database_url)
            .set(username=role, password=None)
            .render_as_string(hide_password=False)
        )
    finally:
        owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with owner.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        owner.dispose()


def whole_entry(qtbot: QtBot, window: KioskWindow, language: str, *, emergency: bool) -> None:
    patient = PATIENTS[language]
    session = choose_language(qtbot, window, language)
    answer_the_questions(qtbot, session, patient, emergency=emergency)
    agree(qtbot, session)
    sign(qtbot, session)
    send(qtbot, session)
    settled(qtbot, window, ThanksPage)


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_kiosk_on_its_own_role_adds_an_entry_and_cannot_sign_staff_in(
    qtbot: QtBot, clinic: Database, kiosk_url: str
) -> None:
    kiosk = open_database(kiosk_url)
    try:
        assert kiosk_access.accounts_visible(kiosk) is None  # a kiosk login
        assert kiosk_access.accounts_visible(clinic) is True
        with no_database_on_gui_thread(kiosk):
            window = KioskWindow(kiosk, KIOSK)
            qtbot.addWidget(window, before_close_func=leave)
            window.start()
            qtbot.waitExposed(window)
            whole_entry(qtbot, window, "es", emergency=False)

            QTest.mouseClick(child(window, QAbstractButton, "kioskStaff"), LEFT)
            dialog = window.staff_dialog
            assert dialog is not None
            QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.username"), "admin")
            QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.password"), PASSWORD)
            QTest.mouseClick(child(dialog, QAbstractButton, "kioskStaff.signIn"), LEFT)
            said = child(dialog, QLabel, "kioskProblem")
            qtbot.waitUntil(said.isVisible)
            assert said.text() == (
                "Este quiosco no puede comprobar contraseñas con su acceso a la base de "
                "datos. Use el PIN del quiosco."
            )
            assert window.isVisible()
        assert QThreadPool.globalInstance().waitForDone(10_000)
    finally:
        kiosk.close()
    [waiting] = patient_entries.waiting_entries(clinic)
    stored = patient_entries.entry(clinic, waiting.entry_id)
    assert (stored.source, stored.finished, stored.language) == (KIOSK, True, "es")
    assert stored.document["patient"]["first_name"] == PATIENTS["es"].first


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_clinic_intake_kiosk_starts_on_the_kiosk_role(kiosk_url: str, tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CLINIC_INTAKE_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "clinic_app", "--exit-when-ready", "kiosk", "--db", kiosk_url],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_clinic_intake_kiosk_needs_a_database_with_an_account(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    open_database(f"sqlite:///{empty}").close()
    done = subprocess.run(
        [sys.executable, "-m", "clinic_app", "kiosk", "--db", f"sqlite:///{empty}"],
        # The test's own home: the new database's key is in its key file.
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert "no account yet" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_an_emergency_at_the_kiosk_alerts_a_second_workstation(
    qtbot: QtBot, clinic: Database, database_url: str
) -> None:
    second = open_database(database_url)
    try:
        clinician = users.create_user(
            second,
            users.list_users(second)[0].actor(),
            username="cora",
            display_name="Dr Cora Clinician",
            role="clinician",
            password=PASSWORD,
        )
        bar = DeskAlertBar(Workstation(second, clinician), poll_ms=200)
        qtbot.addWidget(bar)
        bar.show()
        bar.start()
        window = KioskWindow(clinic, KIOSK)
        qtbot.addWidget(window, before_close_func=leave)
        window.start()
        qtbot.waitExposed(window)
        whole_entry(qtbot, window, "en", emergency=True)
        # The patient sees only the thank-you; the desk sees the emergency.
        shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        assert shown == ["Thank you. Please let the front desk know you have finished."]
        qtbot.waitUntil(lambda: len(bar.shown()) == 1, timeout=15_000)
        [alert] = bar.shown()
        assert alert.source == KIOSK
        label = bar.row(alert.alert_id).findChild(QLabel, "deskAlert.words")
        assert label is not None
        assert f"(own entry at {KIOSK})" in label.text()
        assert label.text().startswith("⚠ Emergency")
        bar.stop()
        assert QThreadPool.globalInstance().waitForDone(10_000)
    finally:
        second.close()


def test_a_kiosk_is_named_after_its_computer_unless_told() -> None:
    assert kiosk_name(None) == (socket.gethostname().strip() or "kiosk")
    assert kiosk_name("  Tablet by the door ") == "Tablet by the door"
    args = build_parser().parse_args(["--db", "sqlite:///x.db", "kiosk", "--name", "Tablet"])
    assert (args.db, args.name, args.handler) == ("sqlite:///x.db", "Tablet", kiosk_command)
    args = build_parser().parse_args(["kiosk", "--db", "sqlite:///y.db"])
    assert (args.db, args.name) == ("sqlite:///y.db", None)


def test_a_kiosk_needs_no_set_up_beyond_an_account(qtbot: QtBot, tmp_path: Path) -> None:
    """No consent text published: the app's built-in one (migration 0008) is agreed to."""
    database = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        users.create_user(
            database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
        )
        built_in = kiosk_settings.current_consent(database, "zh-Hans")
        assert built_in is not None
        window = KioskWindow(database, KIOSK)
        qtbot.addWidget(window, before_close_func=leave)
        window.start()
        qtbot.waitExposed(window)
        whole_entry(qtbot, window, "zh-Hans", emergency=False)
        [waiting] = patient_entries.waiting_entries(database)
        stored = patient_entries.entry(database, waiting.entry_id)
        assert stored.consent_text_id == built_in.consent_text_id
        assert QThreadPool.globalInstance().waitForDone(10_000)
    finally:
        database.close()
