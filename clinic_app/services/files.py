"""Writing a file that holds patient data: whole or not at all, readable by its owner only."""

import contextlib
import os
import tempfile
from pathlib import Path

from clinic_app.storage.errors import StorageError


def write_private(path: Path, data: bytes, *, what: str = "") -> Path:
    """Write `data` to `path` through a temporary file beside it, flushed to disk and then
    renamed into place, so an interrupted or failed write leaves the old file (if any) and
    no partial one. mkstemp makes the file 0600. A failure is one StorageError line that
    names the path and `what` was being written ("the PDF").
    """
    action = f"cannot write {what}".rstrip()
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise StorageError(f"{path}: {action} ({error.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise StorageError(f"{path}: {action} ({error.strerror})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return path
