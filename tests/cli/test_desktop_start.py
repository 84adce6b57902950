"""Starting the desktop app from the command line: ready-exit, and no display."""

import os
import subprocess
import sys
from pathlib import Path


def start(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clinic_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_exit_when_ready_shows_the_first_window_and_exits_0(clinic_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(clinic_home)}
    result = start("--exit-when-ready", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_no_display_is_one_line_and_exit_1(clinic_home: Path) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["CLINIC_INTAKE_HOME"] = str(clinic_home)
    result = start(env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "no display found" in result.stderr
