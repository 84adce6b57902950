"""Where the app keeps its files, resolved in one place.

`CLINIC_INTAKE_HOME` moves everything the app writes (data, settings, logs) under one
directory: tests and portable installs use it. Without it, the platform's usual user
directories are used. Resources are found the same way from a source checkout, an
installed wheel and a frozen bundle.
"""

import os
import sys
from pathlib import Path

import platformdirs

HOME_ENV = "CLINIC_INTAKE_HOME"
DB_ENV = "CLINIC_INTAKE_DB"
APP_DIR_NAME = "clinic-intake"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _home() -> Path | None:
    home = os.environ.get(HOME_ENV, "").strip()
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """Where the database file and other records live (not created here)."""
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def log_dir() -> Path:
    """Where the log file lives (not created here)."""
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_DIR_NAME, appauthor=False)


def config_dir() -> Path:
    """Where this workstation's per-user settings live, e.g. each staff member's window
    language (not created here). Never patient data: that belongs in the database."""
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_DIR_NAME, appauthor=False)


def private_dir(path: Path) -> Path:
    """Create a directory only its owner can enter, and return it."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The `resources/` folder: inside a frozen bundle, inside the wheel, or in a checkout."""
    return _shipped("resources")


def ui_dir() -> Path:
    """The `ui/` folder of Designer sources, found like `resources/`: the app reads the
    intake form's labels from it without building the form (gui/common/form_labels.py)."""
    return _shipped("ui")


def _shipped(folder: str) -> Path:
    """A top-level folder of the checkout, wherever this copy of the app carries it."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        *([Path(frozen_root) / folder] if frozen_root else []),
        _PACKAGE_DIR / folder,  # an installed wheel carries it inside the package
        _PACKAGE_DIR.parent / folder,  # a source checkout or editable install
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"the app's {folder} folder is missing (looked in {searched})")
