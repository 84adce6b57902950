"""The desk's corrections to a patient's entry, kept on this computer until it is checked in.

While the desk checks a patient's own entry nothing goes to the database: the entry
itself waits in the list, and an intake is made only when the desk submits. So that a
crash, a closed laptop or a lock that someone else signs through does not cost the
corrections typed so far, each change is written here, beside the intake journal
(journal.py: the same crash-safe, encrypted writes on the same writer thread, 0600 files
in a 0700 folder). Opening the same entry again on this computer puts the corrections back.

A file is removed once its entry is checked in, when the desk chooses to leave the entry,
when it is discarded here, and when the list no longer holds the entry (another desk
dealt with it): a patient's answers do not outlive their use. Nothing of a file's content
is ever logged, only its name.
"""

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from clinic_app.services.journal import WRITER, journal_dir, read_file

log = logging.getLogger(__name__)

SUBFOLDER = "entries"
SUFFIX = ".entry.json"
FORMAT = 1


@dataclass(frozen=True)
class KeptCheck:
    """One entry's check as last typed here: the document the desk would record (the
    patient's answers with the desk's changes), which fields the desk changed, and the
    patient chosen as whose answers they are (None: a new patient)."""

    entry_id: int
    database: str
    typed_at: datetime
    typed_by: str
    document: dict[str, Any]
    changed: tuple[str, ...]
    patient_id: int | None

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "entry_id": self.entry_id,
                "database": self.database,
                "typed_at": self.typed_at.isoformat(),
                "typed_by": self.typed_by,
                "document": self.document,
                "changed": list(self.changed),
                "patient_id": self.patient_id,
            },
            ensure_ascii=True,
            separators=(",", ":"),
        ).encode("ascii")

    @classmethod
    def from_json(cls, data: bytes) -> "KeptCheck":
        """Raises ValueError (or KeyError/TypeError) on a file that is not one of these."""
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not an entry check of this format")
        document, changed, patient = raw["document"], raw["changed"], raw["patient_id"]
        if not isinstance(document, dict) or not isinstance(changed, list):
            raise ValueError("the file holds no document")
        if patient is not None and not isinstance(patient, int):
            raise ValueError("the chosen patient is not a number")
        return cls(
            entry_id=int(raw["entry_id"]),
            database=str(raw["database"]),
            typed_at=datetime.fromisoformat(str(raw["typed_at"])),
            typed_by=str(raw["typed_by"]),
            document=document,
            changed=tuple(str(path) for path in changed),
            patient_id=patient,
        )


def entry_journal_dir() -> Path:
    """This computer's folder of entry checks, created 0700 (inside the journal's folder,
    apart from the intake journals so none is offered as an intake draft)."""
    folder = journal_dir() / SUBFOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    folder.chmod(0o700)
    return folder


def path_of(folder: Path, database: str, entry_id: int) -> Path:
    return folder / f"{database}-{entry_id}{SUFFIX}"


def keep(
    folder: Path,
    database: str,
    entry_id: int,
    document: Mapping[str, Any],
    changed: Iterable[str],
    patient_id: int | None,
    typed_by: str,
) -> None:
    """Write the check as it stands now (on the writer thread; returns at once)."""
    kept = KeptCheck(
        entry_id,
        database,
        datetime.now(UTC),
        typed_by,
        dict(document),
        tuple(sorted(changed)),
        patient_id,
    )
    WRITER.put(path_of(folder, database, entry_id), kept.to_json())


def kept_check(folder: Path, database: str, entry_id: int) -> KeptCheck | None:
    """The check kept here for this entry of this database, if any. A file that cannot
    be read as one is removed (it could only mislead) and None returned."""
    path = path_of(folder, database, entry_id)
    try:
        data = read_file(path)
    except FileNotFoundError:
        return None
    except ValueError:
        log.warning("entry check %s was sealed with a key not on this computer", path.name)
        return None
    try:
        kept = KeptCheck.from_json(data)
    except (ValueError, KeyError, TypeError):
        log.warning("entry check %s is unreadable and was removed", path.name)
        WRITER.remove(path)
        return None
    if kept.entry_id != entry_id or kept.database != database:
        return None
    return kept


def forget(folder: Path, database: str, entry_id: int) -> None:
    """The check is done with (checked in, discarded, or left by the desk's choice)."""
    WRITER.remove(path_of(folder, database, entry_id))


def forget_all_but(folder: Path, database: str, waiting: Iterable[int]) -> list[int]:
    """Remove this database's kept checks of entries no longer waiting (another desk
    checked them in or discarded them); the entry numbers removed."""
    keep_ids = set(waiting)
    gone = []
    prefix = f"{database}-"
    for path in folder.glob(f"{prefix}*{SUFFIX}"):
        number = path.name[len(prefix) : -len(SUFFIX)]
        if number.isdigit() and int(number) not in keep_ids:
            WRITER.remove(path)
            gone.append(int(number))
    return sorted(gone)
