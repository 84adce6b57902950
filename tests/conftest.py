"""Every test runs with its own home: no test reads or writes a real user's files."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

import clinic_app.gui  # noqa: F401  (its PySide6 guard must be in place before any Qt call)

# Qt widgets in tests draw offscreen unless a test chooses a real X server itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No example database on disk (it would outlive the run); no deadline, since a shared
# 2-core machine can stall any single example.
settings.register_profile("clinic", database=None, deadline=None, print_blob=True)
settings.load_profile("clinic")


@pytest.fixture(autouse=True)
def clinic_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh CLINIC_INTAKE_HOME for each test, and no database chosen from outside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLINIC_INTAKE_HOME", str(home))
    monkeypatch.delenv("CLINIC_INTAKE_DB", raising=False)
    return home
