"""The guard against PySide6 6.12.0's lost references to None, and whether it is needed."""

import subprocess
import sys
import textwrap

import pytest

CALLS = 20_000
SCRIPT = textwrap.dedent(
    f"""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.argv[1] == "guarded":
        import clinic_app.gui
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    field = QLineEdit()
    for number in range({CALLS}):
        field.setText(str(number))
    print("survived")
    """
)


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=60
    )


def test_many_qt_calls_are_survived_with_the_guard() -> None:
    result = run("guarded")
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_guard_is_still_needed() -> None:
    """Fails once PySide6 stops losing references: then drop clinic_app/gui/none_guard.py."""
    result = run("bare")
    assert result.returncode != 0
    assert "deallocating None" in result.stderr
