"""The desktop app's start-up path stays light: up to its first window (first-run or
sign-in, with `--exit-when-ready`) it loads neither ReportLab, Alembic nor pydantic, nor
the PDF renderer. They load when something is printed, a schema is upgraded or an
intake is opened, after sign-in (architecture: keep heavy imports off the start-up path).

The app runs in a fresh interpreter, through `clinic_app.cli.main.main` as the console
script calls it, on a database already at the current schema (an out-of-date one would
rightly load Alembic to upgrade it); the modules loaded by then are printed at exit,
and those loaded when the first window was shown (the day's first backup starts after
it, and loads SQLAlchemy to note itself on the audit trail).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.services import users
from clinic_app.storage.database import open_database

NOT_BEFORE_THE_FIRST_WINDOW = (
    "reportlab",
    "alembic",
    "pydantic",
    "clinic_app.handouts.render",
    "babel",  # dates and decimals of a printout (handouts/text.py): loaded when one is made
)

PROBE = """\
import json, sys
import clinic_app.gui.desk as desk
shown = []
start = desk.Desk.start
def start_and_note(self, **kwargs):
    start(self, **kwargs)
    shown.extend(sorted(sys.modules))
desk.Desk.start = start_and_note
from clinic_app.cli.main import main
code = main(["--exit-when-ready", "--db", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "shown": shown}))
"""


def modules_at_first_window(url: str, home: Path) -> tuple[list[str], list[str]]:
    """Every module loaded once the app has shown its first window and exited, and those
    loaded when the first window was shown (before the day's backup started)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(home)}
    env.pop("CLINIC_INTAKE_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    modules: list[str] = report["modules"]
    shown: list[str] = report["shown"]
    assert shown, "the first window was never shown"
    return modules, shown


def loaded(modules: list[str], name: str) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


@pytest.mark.parametrize("with_account", [False, True], ids=["first-run", "sign-in"])
def test_the_first_window_loads_no_heavy_library(
    tmp_path: Path, clinic_home: Path, with_account: bool
) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    database = open_database(url)  # created and brought to the current schema here
    try:
        if with_account:
            users.create_user(
                database,
                None,
                username="admin",
                display_name="Ada Admin",
                role="admin",
                password="correct horse battery",
            )
    finally:
        database.close()

    modules, shown = modules_at_first_window(url, clinic_home)

    assert loaded(modules, "PySide6.QtWidgets")  # it did get as far as a window
    assert loaded(
        modules,
        "clinic_app.gui.session.sign_in" if with_account else "clinic_app.gui.session.first_run",
    )
    heavy = [name for name in NOT_BEFORE_THE_FIRST_WINDOW if loaded(modules, name)]
    assert heavy == [], f"loaded before the first window: {heavy}"
    # Nor anything that only the main window needs (the intake form, the rules).
    assert not loaded(modules, "clinic_app.gui.main_window")
    assert not loaded(modules, "clinic_app.rules")
    if with_account:
        # Sign-in is chosen by a quick sqlite3 look: SQLAlchemy is not loaded for the first
        # window. (It loads after it, on the background runner, for the day's first backup
        # to be noted on the audit trail.)
        assert not loaded(shown, "sqlalchemy")
