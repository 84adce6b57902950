"""The command line's start-up path stays light: `--help`, `--version` and the desktop app
build the same parser, and building it must not load the heavy libraries that only some
commands need (architecture: keep heavy imports off the start-up path)."""

import subprocess
import sys

HEAVY = ("pydantic", "reportlab", "sqlalchemy", "alembic", "babel")


def test_building_the_parser_loads_none_of_the_heavy_libraries() -> None:
    probe = (
        "import sys\n"
        "from clinic_app.cli.main import build_parser\n"
        "build_parser()\n"
        f"print(' '.join(name for name in {HEAVY!r} if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
