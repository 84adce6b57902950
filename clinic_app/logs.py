"""The log file: what went wrong, for whoever supports the clinic.

Patient data never goes to the log. Log records name records by id and describe
events; they never carry names, dates of birth, answers or document text.
"""

import logging
from pathlib import Path

from clinic_app import paths

LOG_FILE_NAME = "clinic-intake.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def configure_logging() -> Path | None:
    """Send the app's log records to the log file; None when it cannot be written."""
    try:
        path = paths.private_dir(paths.log_dir()) / LOG_FILE_NAME
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("clinic_app")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return path
