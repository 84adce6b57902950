"""Reading an intake document from a file or standard input, before validation.

Everything that can go wrong before the fields are looked at (no such file, not
readable, not UTF-8, not JSON, not a JSON object) becomes one `DocumentUnreadable`
whose message names the file, so the command line never shows a traceback.
"""

import json
import sys
from pathlib import Path
from typing import Any

from clinic_app.intake.fields import described

STDIN = "-"


class DocumentUnreadable(ValueError):
    """The file could not be turned into a JSON object; its message names the file."""


def read_document(source: str) -> dict[str, Any]:
    """The JSON object in `source`: a file path, or "-" for standard input."""
    name = "stdin" if source == STDIN else source
    raw = sys.stdin.buffer.read() if source == STDIN else _read_bytes(Path(source))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentUnreadable(
            f"{name}: is not UTF-8 text (byte {error.start + 1} cannot be read)"
        ) from None
    return parse_document_text(text, name)


def parse_document_text(text: str, name: str) -> dict[str, Any]:
    """Decode JSON text that must hold one object; `name` is used in messages."""
    try:
        document = json.loads(
            text, object_pairs_hook=_refuse_repeated_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        raise DocumentUnreadable(
            f"{name}: is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except _NotStrictJson as error:
        raise DocumentUnreadable(f"{name}: is not valid JSON: {error}") from None
    except ValueError:  # a number too long for Python to convert (over 4300 digits)
        raise DocumentUnreadable(f"{name}: holds a number too long to read") from None
    except RecursionError:
        raise DocumentUnreadable(f"{name}: is nested too deeply to be an intake") from None
    if not isinstance(document, dict):
        raise DocumentUnreadable(
            f"{name}: must hold one JSON object {{…}} (got {described(document)})"
        )
    return document


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentUnreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentUnreadable(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise DocumentUnreadable(f"{path}: cannot be read (permission denied)") from None
    except OSError as error:
        raise DocumentUnreadable(f"{path}: cannot be read ({error.strerror})") from None


class _NotStrictJson(ValueError):
    pass


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise _NotStrictJson(f"the key {key!r} appears twice in one object")
        document[key] = value
    return document


def _refuse_constant(name: str) -> Any:
    raise _NotStrictJson(f"{name} is not a number JSON allows")
