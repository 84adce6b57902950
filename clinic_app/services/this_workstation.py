"""This computer's name for the sign-in throttle: stable across restarts, one per install.

A workstation's failed sign-ins are counted in the shared database (services/users.py), so
each computer needs a name that is the same every time the app starts and differs between
computers. The host name alone is not enough (clinics image several laptops as
"FRONTDESK"); a random id alone means nothing to an administrator reading the trail. So
the name is both: the host name, then a random id made on first use and kept in the data
folder.
"""

import logging
import os
import secrets
import socket
from pathlib import Path

from clinic_app import paths

log = logging.getLogger(__name__)

ID_FILE = "workstation-id"
"""The file in the data folder that keeps this install's random id."""
_MAX_LENGTH = 200  # the throttle's subject column


def workstation_id(folder: Path | None = None) -> str:
    """ "host #id", e.g. "frontdesk #3f9a2c1b"; `folder` is the data folder (default: the
    app's). When the id cannot be kept (a read-only folder), the host name alone is used
    and a warning logged: throttling still works, only less precisely."""
    host = socket.gethostname().strip() or "unknown host"
    try:
        install = _install_id(folder if folder is not None else paths.data_dir())
    except OSError as error:
        log.warning("cannot keep this workstation's id (%s); using the host name alone", error)
        return host[:_MAX_LENGTH]
    return f"{host[: _MAX_LENGTH - len(install) - 2]} #{install}"


def _install_id(folder: Path) -> str:
    """The id kept in `folder`, made (owner-readable only) on first use. Written with
    O_EXCL, so two windows starting together agree on one id."""
    path = paths.private_dir(folder) / ID_FILE
    try:
        stored = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        stored = ""
    if stored:
        return stored
    made = secrets.token_hex(4)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another window made it first: use theirs
        return path.read_text(encoding="ascii").strip() or made
    with os.fdopen(handle, "w", encoding="ascii") as stream:
        stream.write(made + "\n")
    return made
