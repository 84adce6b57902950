"""The desk's window under real database faults: it never freezes, never loses typing.

Real parts only: a front-desk MainWindow on the offscreen platform, a real PostgreSQL
cluster reached through tests/faults/proxy.py (which hangs or passes its bytes), a
PostgreSQL server of the test's own that is stopped and started again, real SQLite files
whose write lock another process holds. No database call is mocked.

Each test measures the longest gap between ticks of a 5 ms QTimer on the GUI thread
while the database misbehaves (a database call on the GUI thread would show as a gap of
seconds: the desk's bounds are 5 to 10 s, storage/bounds.py), checks every key typed is
in its field, and reads the database on a connection of its own, never the desk's, to see
that what was typed got there once the fault ends.
"""

import contextlib
import json
import os
import pwd
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import postgres_cluster
import pytest
from gui.driving import PASSWORD
from gui.waiting import settle
from postgres_cluster import Cluster, pg_ctl
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from clinic_app.gui.common.drafts_dialog import KEPT_HERE, DraftsDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage import migrate
from clinic_app.storage.bounds import DESK
from clinic_app.storage.database import Database, connect, open_database
from clinic_app.storage.models import Intake, Patient
from faults.desk_faults import (
    LONGEST_GAP_SECONDS,
    InBackground,
    LockHolder,
    TickWatch,
    Typist,
    drafts_in,
    journaled,
    journals,
    name_fields,
    release_collector,
)
from faults.proxy import FaultProxy

postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"
WORKER = Path(__file__).with_name("hung_desk_worker.py")
HANG_SECONDS = 20.0
LOCK_SECONDS = 60.0  # "a second workstation holding SQLite's write lock for a minute"
ANSWER_SECONDS = DESK.answer_seconds or 0.0
LONGEST_BOUND = max(
    ANSWER_SECONDS, DESK.connect_seconds, DESK.lock_wait_seconds, DESK.tcp_user_timeout_seconds
)
"""The faults outlast every bound the desk sets (checked in the tests), so each is hit."""


@pytest.fixture(autouse=True)
def collector_released() -> Iterator[None]:
    yield
    release_collector()


def desk_account(database: Database) -> Account:
    admin = users.create_user(
        database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
    )
    return users.create_user(
        database,
        admin.actor(),
        username="desk",
        display_name="Dee Desk",
        role="front_desk",
        password=PASSWORD,
    )


@contextlib.contextmanager
def opened(url: str) -> Iterator[Database]:
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()


@contextlib.contextmanager
def desk_session(qtbot: QtBot, url: str, account: Account) -> Iterator[MainWindow]:
    """The front desk's main window on the database at `url` (as the desk's Database URL
    names it), closed and its background calls finished at the end."""
    database = open_database(url)
    window = MainWindow(Workstation(database, account))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)  # the window's own first reads, before the test starts timing
        yield window
    finally:
        window.close()
        assert QThreadPool.globalInstance().waitForDone(60_000)
        database.close()


@pytest.fixture
def proxy(database_url: str) -> Iterator[FaultProxy]:
    server = make_url(database_url)
    with FaultProxy((server.host or "127.0.0.1", server.port or 5432)) as running:
        yield running


def through(database_url: str, proxy: FaultProxy) -> str:
    """The URL a workstation behind the proxy is set up with."""
    url = make_url(database_url).set(host="127.0.0.1", port=proxy.port)
    return url.render_as_string(hide_password=False)


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return document


def saved_before_the_fault(
    qtbot: QtBot, form: IntakeForm, direct: Database, saves: list[object]
) -> None:
    """Until the database has what was typed and the form has heard so (its `saved`
    came back to the GUI thread): a save landing later would look like one made during
    the fault."""

    def settled() -> bool:
        return bool(saves) and not form.keeper.busy and not form.keeper.pending

    qtbot.waitUntil(settled, timeout=10_000)
    qtbot.waitUntil(lambda: drafts_in(direct) == [form.binding.document()], timeout=10_000)
    saves.clear()


def patient_of(document: dict[str, Any]) -> tuple[str, str]:
    patient = document["patient"]
    return patient["first_name"], patient["last_name"]


def typed_names(typist: Typist) -> tuple[str, str]:
    return typist.expected["patient.first_name"], typist.expected["patient.last_name"]


def report(scenario: str, watch: TickWatch, typist: Typist) -> float:
    longest = watch.stop()
    print(
        f"{scenario}: longest gap between 5 ms ticks {longest * 1000:.1f} ms "
        f"({watch.ticks} ticks, {typist.keys} keys typed; as seen "
        f"{watch.longest_raw * 1000:.1f} ms, longest garbage collection "
        f"{watch.longest_collection * 1000:.1f} ms)"
    )
    return longest


@postgresql_only
@pytest.mark.slow
def test_a_hung_postgresql_leaves_the_desk_typing_and_gets_the_draft_when_it_answers(
    qtbot: QtBot, database_url: str, proxy: FaultProxy
) -> None:
    with opened(database_url) as direct:
        account = desk_account(direct)
        with desk_session(qtbot, through(database_url, proxy), account) as window:
            form = window.form
            first, last = name_fields(window)
            typist = Typist(qtbot, [first, last])
            typist.word(first, "Maya")
            typist.word(last, "Okafor")
            saves: list[object] = []
            failures: list[str] = []
            form.keeper.saved.connect(saves.append)
            form.keeper.failed.connect(failures.append)
            saved_before_the_fault(qtbot, form, direct, saves)
            failures.clear()

            watch = TickWatch()
            watch.start()
            proxy.hang()
            assert LONGEST_BOUND < HANG_SECONDS
            typist.type_for(HANG_SECONDS)
            hung_gap = watch.longest
            assert failures, "no save failed: the desk's database never hung"
            print(f"while hung, the desk was told: {failures[0]}")
            assert saves == []
            document = form.binding.document()
            assert patient_of(document) == typed_names(typist)
            qtbot.waitUntil(lambda: journaled(form.keeper.journal_path) == document, timeout=1000)
            assert drafts_in(direct) != [document]  # only this computer has the newest typing
            assert window.offline.isVisible()  # the banner says so, in words

            proxy.pass_traffic()
            qtbot.waitUntil(lambda: drafts_in(direct) == [document], timeout=30_000)
            qtbot.waitUntil(window.offline.isHidden)  # and goes once the database answers
            longest = report("PostgreSQL hung 20 s", watch, typist)
            print(f"  of which while hung: {hung_gap * 1000:.1f} ms")
            assert longest < LONGEST_GAP_SECONDS
            assert form.binding.document() == document
            qtbot.waitUntil(lambda: not form.keeper.journal_path.exists())


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.slow
def test_a_desk_killed_while_its_database_hangs_offers_every_key_back_at_the_next_start(
    qtbot: QtBot, request: pytest.FixtureRequest, database_url: str
) -> None:
    """PostgreSQL hangs in the proxy; SQLite 'hangs' on another process's write lock."""
    proxy: FaultProxy | None = None
    holder: LockHolder | None = None
    if database_url.startswith("sqlite"):
        app_url = database_url
        sqlite_path = Path(make_url(database_url).database or "")
    else:
        proxy = request.getfixturevalue("proxy")
        assert isinstance(proxy, FaultProxy)
        app_url = through(database_url, proxy)
    with opened(database_url) as direct:
        account = desk_account(direct)
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), app_url, "Maya", "Okafor", "-Jo"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert worker.stdin is not None
            assert worker.stdout is not None
            said = worker.stdout.readline().strip()
            assert said == "saved", worker.communicate(timeout=30)[1]
            if proxy is not None:
                proxy.hang()
            else:
                holder = LockHolder(sqlite_path)
            worker.stdin.write("go\n")
            worker.stdin.flush()
            said = worker.stdout.readline()
            assert said.startswith("journaled "), worker.communicate(timeout=30)[1]
        finally:
            worker.send_signal(signal.SIGKILL)
            _, errors = worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL
        assert "Traceback" not in errors, errors
        _, gap, seconds, shown = said.split(" ", 3)
        typed: dict[str, Any] = json.loads(shown)
        backend = make_url(database_url).get_backend_name()
        print(
            f"{backend}: killed {float(seconds):.1f} s into the hang; "
            f"its longest gap between 5 ms ticks {float(gap) * 1000:.1f} ms"
        )
        assert float(gap) < LONGEST_GAP_SECONDS
        assert patient_of(typed) == ("Maya-Jo", "Okafor")
        assert [patient_of(d) for d in drafts_in(direct)] == [("Maya", "Okafor")]
        assert len(journals()) == 1

        # The database is healthy again; the app starts again on the same workstation.
        if proxy is not None:
            proxy.pass_traffic()
        if holder is not None:
            holder.release()
            holder.close()
        with desk_session(qtbot, app_url, account) as window:
            offer = window.offer_drafts()
            qtbot.waitUntil(lambda: offer.done, timeout=20_000)
            dialog = offer.dialog
            assert isinstance(dialog, DraftsDialog)
            assert dialog.list.count() == 1  # the journal, in place of the older draft
            assert KEPT_HERE in dialog.list.item(0).text()
            assert "Maya-Jo Okafor" in dialog.list.item(0).text()
            with qtbot.waitSignal(dialog.accepted):
                QTest.keyClick(dialog.list, Qt.Key.Key_Return)
            assert window.form.binding.document() == typed  # complete, as it was typed
            qtbot.waitUntil(lambda: drafts_in(direct) == [typed], timeout=20_000)
            qtbot.waitUntil(lambda: journals() == [])


def typed_through_a_server_outage(
    qtbot: QtBot,
    window: MainWindow,
    direct: Database,
    *,
    down: Callable[[], None],
    back: Callable[[], None],
    typed_while_down: float,
    scenario: str,
) -> dict[str, Any]:
    """Type through `down` and `back` (each run off the GUI thread, as an administrator's
    command would), then submit; the document once the database has it, for the checks.

    The server goes away with a draft already saved; saves fail while it is away (so the
    fault reached the desk), every key stays in its field, the draft lands once it is back,
    and the GUI thread never stalls."""
    form = window.form
    form.binding.load(example())
    first, last = name_fields(window)
    typist = Typist(qtbot, [first, last])
    typist.word(first, "-Jo")
    qtbot.waitUntil(lambda: drafts_in(direct) == [form.binding.document()], timeout=10_000)
    failures: list[str] = []
    form.keeper.failed.connect(failures.append)

    watch = TickWatch()
    watch.start()
    going = InBackground(down)
    typist.type_for(typed_while_down, until=going.done)
    going.check()
    assert failures, f"no save failed: {scenario}"
    print(f"{scenario}: the desk was told: {failures[-1]}")
    coming = InBackground(back)
    typist.type_for(2, until=coming.done)
    coming.check()
    document = form.binding.document()
    assert patient_of(document) == typed_names(typist)
    qtbot.waitUntil(lambda: drafts_in(direct) == [document], timeout=30_000)
    assert report(scenario, watch, typist) < LONGEST_GAP_SECONDS

    form.go_to(STEP_NAMES.index("review"))
    submit = window.findChild(QPushButton, "intake.submit")
    assert isinstance(submit, QPushButton)
    with qtbot.waitSignal(form.submitted, timeout=20_000):
        submit.click()
    return document


def intake_rows(database: Database) -> list[tuple[str, dict[str, Any]]]:
    with database.reading() as session:
        rows = session.execute(select(Intake.status, Intake.document)).all()
    return [(status, json.loads(document)) for status, document in rows]


@pytest.mark.slow
def test_a_server_stopped_and_started_mid_session_loses_no_typing_and_submits_once(
    qtbot: QtBot,
) -> None:
    if os.environ.get("CLINIC_INTAKE_TEST_PG", "").strip():
        pytest.skip("stops its server: needs a throwaway cluster of its own")
    programs = postgres_cluster.server_programs()
    if programs is None:
        pytest.skip("PostgreSQL's server programs are not installed")
    with postgres_cluster.running(programs) as cluster:
        setup = connect(cluster.url)
        migrate.upgrade(setup.engine)
        setup.close()
        with opened(cluster.url) as direct:
            account = desk_account(direct)
            with desk_session(qtbot, cluster.url, account) as window:
                document = typed_through_a_server_outage(
                    qtbot,
                    window,
                    direct,
                    down=lambda: pg_ctl(cluster, programs, "-m", "fast", "stop"),
                    back=lambda: pg_ctl(cluster, programs, "restart"),
                    typed_while_down=8,
                    scenario="PostgreSQL stopped and started",
                )
            assert intake_rows(direct) == [("submitted", document)]  # one intake, no twin
            with direct.reading() as session:
                assert session.scalar(select(func.count()).select_from(Patient)) == 1
            qtbot.waitUntil(lambda: journals() == [], timeout=5000)  # written by a thread


@pytest.mark.slow
def test_another_workstation_holding_the_sqlite_write_lock_for_a_minute(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.sqlite3"
    url = f"sqlite:///{path}"
    with opened(url) as direct:
        account = desk_account(direct)
        with desk_session(qtbot, url, account) as window:
            form = window.form
            first, last = name_fields(window)
            typist = Typist(qtbot, [first, last])
            typist.word(first, "Maya")
            typist.word(last, "Okafor")
            saves: list[object] = []
            failures: list[str] = []
            form.keeper.saved.connect(saves.append)
            form.keeper.failed.connect(failures.append)
            saved_before_the_fault(qtbot, form, direct, saves)
            failures.clear()

            holder = LockHolder(path)  # started before the timing: a process takes a moment
            try:
                watch = TickWatch()
                watch.start()
                assert LONGEST_BOUND < LOCK_SECONDS
                typist.type_for(LOCK_SECONDS)
                assert failures, "no save failed: the other process held no lock"
                assert "another workstation is saving" in failures[0]
                assert saves == []
                document = form.binding.document()
                assert patient_of(document) == typed_names(typist)
                qtbot.waitUntil(
                    lambda: journaled(form.keeper.journal_path) == document, timeout=1000
                )
                assert drafts_in(direct) != [document]  # reading goes on under the lock
                holder.release()
            finally:
                holder.close()
            qtbot.waitUntil(lambda: drafts_in(direct) == [document], timeout=20_000)
            longest = report(f"SQLite write lock held {LOCK_SECONDS:.0f} s", watch, typist)
            assert longest < LONGEST_GAP_SECONDS
            qtbot.waitUntil(lambda: not form.keeper.journal_path.exists())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def standby_of(primary: postgres_cluster.Cluster, programs: Path) -> Iterator[Cluster]:
    """A streaming standby of `primary` (pg_basebackup -R), running on a port of its own."""
    directory = Path(tempfile.mkdtemp(prefix="clinic-intake-pg-standby."))
    try:
        if os.geteuid() == 0:
            owner = pwd.getpwnam(postgres_cluster.SERVER_USER)
            os.chown(directory, owner.pw_uid, owner.pw_gid)
        directory.chmod(0o700)
        source = make_url(primary.url)
        subprocess.run(
            [
                *postgres_cluster._as_server_user(),
                str(programs / "pg_basebackup"),
                *("-D", str(directory / "data"), "-h", "127.0.0.1", "-p", str(source.port)),
                *("-U", postgres_cluster.SERVER_USER, "-R", "-X", "stream"),
            ],
            cwd="/",
            check=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
        port = _free_port()
        standby = Cluster(source.set(port=port).render_as_string(hide_password=False), directory)
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off"
            " -c max_connections=200"  # a hot standby needs at least the primary's
        )
        pg_ctl(standby, programs, "-o", options, "start")
        yield standby
    finally:
        postgres_cluster.stop(directory, programs)


@pytest.mark.slow
def test_a_failover_to_a_promoted_standby_loses_no_typing_and_submits_once(
    qtbot: QtBot,
) -> None:
    """A two-host URL (primary, standby; target_session_attrs=read-write): the primary
    stops mid-session, the standby is promoted, the desk goes on on it."""
    if os.environ.get("CLINIC_INTAKE_TEST_PG", "").strip():
        pytest.skip("stops its server: needs throwaway clusters of its own")
    programs = postgres_cluster.server_programs()
    if programs is None or not os.access(programs / "pg_basebackup", os.X_OK):
        pytest.skip("PostgreSQL's server programs (with pg_basebackup) are not installed")
    with postgres_cluster.running(programs) as primary:
        setup = connect(primary.url)
        migrate.upgrade(setup.engine)
        setup.close()
        with standby_of(primary, programs) as standby:
            ports = f"{make_url(primary.url).port},{make_url(standby.url).port}"
            url = (
                f"postgresql+psycopg://{postgres_cluster.SERVER_USER}@/postgres"
                f"?host=127.0.0.1,127.0.0.1&port={ports}&target_session_attrs=read-write"
                f"&sslmode=verify-full&sslrootcert={primary.ca}"  # the standby's certificate too
            )
            with opened(url) as direct:
                account = desk_account(direct)
                with opened(standby.url) as replica:  # the account has reached the standby
                    qtbot.waitUntil(lambda: len(users.list_users(replica)) == 2, timeout=10_000)
                with desk_session(qtbot, url, account) as window:
                    document = typed_through_a_server_outage(
                        qtbot,
                        window,
                        direct,
                        down=lambda: pg_ctl(primary, programs, "-m", "fast", "stop"),
                        back=lambda: pg_ctl(standby, programs, "promote"),
                        typed_while_down=4,
                        scenario="PostgreSQL failed over to its standby",
                    )
                with opened(standby.url) as promoted:
                    assert intake_rows(promoted) == [("submitted", document)]
                    with promoted.reading() as session:
                        assert session.scalar(select(func.count()).select_from(Patient)) == 1
                qtbot.waitUntil(lambda: journals() == [], timeout=5000)  # written by a thread
