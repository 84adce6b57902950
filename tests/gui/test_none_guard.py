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
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit
    class Switch(QObject):
        flipped = Signal(bool)
    app = QApplication([])
    field = QLineEdit()
    switch = Switch()
    switch.flipped.connect(lambda on: None)
    if sys.argv[2] == "none":
        for number in range({CALLS}):
            field.setText(str(number))
    else:
        for number in range({CALLS}):
            switch.flipped.emit(number % 2 == 0)
    print("survived")
    """
)


def run(mode: str, calls: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, calls], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("calls", ["none", "bool"])
def test_many_qt_calls_are_survived_with_the_guard(calls: str) -> None:
    result = run("guarded", calls)
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
@pytest.mark.parametrize(
    ("calls", "lost"), [("none", "deallocating None"), ("bool", "deallocating True or False")]
)
def test_the_guard_is_still_needed(calls: str, lost: str) -> None:
    """Fails once PySide6 stops losing references: then drop clinic_app/gui/common/none_guard.py."""
    result = run("bare", calls)
    assert result.returncode != 0
    assert lost in result.stderr
